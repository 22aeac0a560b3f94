"""Conformance scenarios of saved models (issue 19): MLflow and external models made through the API,
their settings, the refusals of what the emulator does not run, and a model deployed from an ML
task, then listed, read and used by a scoring recipe.

The official client sends an MLflow import from a managed folder and an external version as a
multipart body without parts; dssclient sends one empty part: the request log holds no multipart
body, so both compare equal, and the emulator refuses both alike (it runs no model's code and
reaches no cloud endpoint).
"""

from __future__ import annotations

import io
import random
from typing import Any

import pytest

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


def _labelled_csv(rows: int, seed: int, with_target: bool = True) -> bytes:
    rng = random.Random(seed)
    lines = ["age,income,plan" + (",churned" if with_target else "")]
    for _ in range(rows):
        age, income = rng.randint(18, 80), rng.randint(10, 200)
        plan = rng.choice(["basic", "pro", "max"])
        churned = "yes" if (age < 35 and plan == "basic") or income < 40 else "no"
        lines.append(f"{age},{income},{plan}" + (f",{churned}" if with_target else ""))
    return ("\n".join(lines) + "\n").encode()


def _upload(project: Any, name: str, content: bytes) -> Any:
    dataset = project.create_upload_dataset(name)
    dataset.uploaded_add_file(io.BytesIO(content), f"{name}.csv")
    dataset.autodetect_settings(infer_storage_types=True).save()
    return dataset


@scenario(("deleteSavedModelVersions", 400), ("setSavedModelActiveVersion", 403))
def saved_model_deployed_listed_read_and_scored(admin: Any, reader: Any, api: Any) -> Any:
    pytest.importorskip("sklearn")
    seen: dict[str, Any] = {}
    project = admin.create_project("SMS", "Saved models scored", "admin")
    permissions = project.get_permissions()
    permissions["permissions"].append({"group": "readers", "readProjectContent": True})
    project.set_permissions(permissions)
    _upload(project, "customers", _labelled_csv(240, 11))
    _upload(project, "prospects", _labelled_csv(100, 12, with_target=False))
    task = project.create_prediction_ml_task("customers", "churned")
    ids = task.train(session_name="first")
    snippets = task.get_trained_model_snippet(ids=ids)
    best = max(ids, key=lambda i: snippets[i]["auc"])
    deployed = task.deploy_to_flow(best, "churn model", "customers")

    (listed,) = project.list_saved_models()
    seen["listed"] = (listed["name"], listed["type"], listed["miniTask"]["predictionType"])
    saved_model = project.get_saved_model(deployed["savedModelId"])
    settings = saved_model.get_settings()
    seen["settings"] = (settings.prediction_type, settings.get_raw()["lastExportedFrom"] == best)
    seen["origin"] = type(saved_model.get_origin_ml_task()).__name__
    versions = saved_model.list_versions()
    seen["versions"] = [v["active"] for v in versions]
    active = saved_model.get_active_version()
    details = saved_model.get_version_details(active["id"])
    seen["details"] = (
        type(details).__name__,
        details.get_raw()["algorithm"] == snippets[best]["algorithm"],
        round(details.get_raw_snippet()["auc"], 6) == round(snippets[best]["auc"], 6),
    )
    # The version names the lab model it was deployed from (smOrigin), whose details it reads.
    origin = details.get_origin_analysis_trained_model()
    seen["origin model"] = (type(origin).__name__, origin.get_raw_snippet()["fullModelId"] == best)
    metrics = saved_model.get_metric_values(active["id"]).get_raw()
    seen["metrics"] = sorted(m["metric"]["id"] for m in metrics["metrics"])

    builder = project.new_recipe("prediction_scoring", "score_prospects")
    builder.with_input_model(saved_model.id)
    builder.with_input("prospects")
    builder.with_new_output("scored", "filesystem_managed")
    recipe = builder.create()
    seen["usages"] = [(u["type"], u["objectId"]) for u in saved_model.get_usages()]
    recipe.run()
    scored = project.get_dataset("scored")
    seen["schema"] = [c["name"] for c in scored.get_schema()["columns"]]
    rows = list(scored.iter_rows())
    seen["rows"] = len(rows)
    seen["probas sum to 1"] = all(abs(float(r[3]) + float(r[4]) - 1) < 1e-9 for r in rows)
    seen["predictions"] = sorted({r[5] for r in rows})

    try:
        saved_model.delete_versions([active["id"]])
    except api.DataikuException as error:
        seen["active version kept"] = "active version" in str(error)
    try:
        reader.get_project("SMS").get_saved_model(saved_model.id).set_active_version(active["id"])
    except api.DataikuException:
        seen["reader refused"] = True
    return seen
