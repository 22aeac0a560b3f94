"""Conformance scenarios of saved models (issue 19): MLflow and external models made through the API,
their settings, the refusals of what the emulator does not run, and a model deployed from an ML
task, then listed, read and used by a scoring recipe.

The official client sends an MLflow import from a managed folder and an external version as a
multipart body without parts; dssclient sends one empty part: the request log holds no multipart
body, so both compare equal, and the emulator refuses both alike (it runs no model's code and
reaches no cloud endpoint).
"""

from __future__ import annotations

from typing import Any

from tests.conformance.framework import scenario


@scenario(("importSavedModelVersion", 400), ("createSavedModel", 400), ("getSavedModel", 404))
def saved_models_made_through_the_api(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("SMA", "Saved models", "admin")
    mlflow = project.create_mlflow_pyfunc_model("imported", "MULTICLASS")
    external = project.create_external_model("endpoints", "REGRESSION", {"protocol": "vertex-ai", "region": "eu"})
    seen["listed"] = sorted((m["name"], m["savedModelType"], m["type"]) for m in project.list_saved_models())
    settings = mlflow.get_settings()
    seen["prediction type"] = settings.prediction_type
    seen["metrics settings"] = settings.prediction_metrics_settings
    settings.get_raw()["description"] = "an MLflow model"
    settings.prediction_metrics_settings["evaluationMetric"] = "ACCURACY"
    settings.save()
    again = mlflow.get_settings().get_raw()
    seen["saved"] = (again["description"], again["miniTask"]["modeling"]["metrics"]["evaluationMetric"])
    seen["external"] = external.get_settings().get_raw()["proxyModelConfiguration"]
    seen["versions"] = mlflow.list_versions()
    seen["active"] = mlflow.get_active_version()
    seen["origin"] = mlflow.get_origin_ml_task()
    seen["usages"] = mlflow.get_usages()
    try:
        mlflow.import_mlflow_version_from_managed_folder("v1", "folder12", "model", code_env_name="INHERIT")
    except api.DataikuException as error:
        seen["import refused"] = "MLflow" in str(error)
    try:
        project.create_external_model("bad", "REGRESSION", {"protocol": "carrier-pigeon"})
    except api.DataikuException as error:
        seen["protocol refused"] = "protocol" in str(error)
    mlflow.delete()
    try:
        mlflow.get_settings()
    except api.DataikuException:
        seen["deleted"] = True
    seen["left"] = [m["name"] for m in project.list_saved_models()]
    return seen
