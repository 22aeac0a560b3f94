"""Conformance scenarios of experiment tracking through DSS's MLflow extension (issue 19).

The official client has no call creating experiments or runs: the ``mlflow`` package does it, through
MLflow's tracking API on DSS. The scenarios send those requests as that package does (the official
client's ``_perform_json`` with the project header), and dssclient sends the same through its
extension's ``create_experiment`` / ``create_run`` / ``log_metric`` / ``log_param``.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conformance.framework import scenario

HEADER = "x-dku-mlflow-project-key"


def _tracking(client: Any, api: Any, key: str, method: str, path: str, body: dict[str, Any]) -> Any:
    """One of MLflow's tracking calls, as the mlflow package sends it (official client) or through our extension."""
    if api.name == "dataikuapi":
        return client._perform_json(method, "/api/2.0/mlflow" + path, body=body, headers={HEADER: key})
    extension = client.get_project(key).get_mlflow_extension()
    if path == "/experiments/create":
        return {"experiment_id": extension.create_experiment(body["name"])}
    if path == "/runs/create":
        return {"run": extension.create_run(body["experiment_id"], body["run_name"], body["start_time"])}
    if path == "/runs/log-metric":
        return extension.log_metric(body["run_id"], body["key"], body["value"], body["step"], body["timestamp"])
    if path == "/runs/log-parameter":
        return extension.log_param(body["run_id"], body["key"], body["value"])
    if path == "/runs/delete":
        return extension.delete_run(body["run_id"])
    if path == "/experiments/delete":
        return extension.delete_experiment(body["experiment_id"])
    raise AssertionError(path)


@scenario(
    ("renameMlflowExperiment", 409),
    ("restoreMlflowExperiment", 400),
    ("setMlflowRunInferenceInfo", 404),
    ("searchMlflowExperiments", 403),
    ("garbageCollectMlflow", 403),
    ("cleanMlflowExperimentTrackingDb", 403),
    ("importAnalysisModelsIntoMlflowExperiment", 404),
)
def mlflow_experiment_tracking(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    admin.create_project("MLF", "Tracking", "admin", permissions=[{"group": "readers", "readProjectContent": True}])
    admin.create_project("HIDDEN", "Hidden", "admin")
    mlflow = admin.get_project("MLF").get_mlflow_extension()
    churn = _tracking(admin, api, "MLF", "POST", "/experiments/create", {"name": "churn"})["experiment_id"]
    prices = _tracking(admin, api, "MLF", "POST", "/experiments/create", {"name": "prices"})["experiment_id"]
    run = _tracking(
        admin,
        api,
        "MLF",
        "POST",
        "/runs/create",
        {"experiment_id": churn, "run_name": "baseline", "start_time": 1700000000000},
    )["run"]
    run_id = run["info"]["run_id"]
    _tracking(admin, api, "MLF", "POST", "/runs/log-parameter", {"run_id": run_id, "key": "depth", "value": "4"})
    _tracking(
        admin,
        api,
        "MLF",
        "POST",
        "/runs/log-metric",
        {"run_id": run_id, "key": "auc", "value": 0.91, "timestamp": 1, "step": 0},
    )
    dropped = _tracking(
        admin,
        api,
        "MLF",
        "POST",
        "/runs/create",
        {"experiment_id": churn, "run_name": "dropped", "start_time": 1700000000000},
    )["run"]["info"]["run_id"]
    _tracking(admin, api, "MLF", "POST", "/runs/delete", {"run_id": dropped})

    seen["experiments"] = mlflow.list_experiments()
    seen["models"] = mlflow.list_models(run_id)
    seen["rename"] = mlflow.rename_experiment(prices, "house prices")
    with pytest.raises(api.DataikuException):
        mlflow.rename_experiment(prices, "churn")
    seen["restore run"] = mlflow.restore_run(dropped)
    _tracking(admin, api, "MLF", "POST", "/experiments/delete", {"experiment_id": prices})
    seen["deleted"] = mlflow.list_experiments(view_type="DELETED_ONLY")
    seen["restore"] = mlflow.restore_experiment(prices)
    with pytest.raises(api.DataikuException):
        mlflow.restore_experiment(prices)
    _tracking(admin, api, "MLF", "POST", "/experiments/delete", {"experiment_id": prices})
    mlflow.garbage_collect()
    seen["after gc"] = mlflow.list_experiments(view_type="ALL", max_results=10)

    mlflow.set_run_inference_info(run_id, "BINARY_CLASSIFICATION", [0, 1], code_env_name="py311", target="churned")
    with pytest.raises(ValueError):
        mlflow.set_run_inference_info(run_id, "MULTICLASS")
    with pytest.raises(api.DataikuException):
        mlflow.set_run_inference_info("0" * 32, "REGRESSION")
    with pytest.raises(api.DataikuException):
        mlflow.import_analyses_models_into_experiment(["A-MLF-a1-t1-s1-pp1-m1", "A-MLF-a1-t1-s1-pp1-m2"], churn)
    mlflow.create_experiment_tracking_dataset("runs", experiment_ids=[churn], order_by=["start_time DESC"])
    dataset = admin.get_project("MLF").get_dataset("runs").get_settings().get_raw()
    seen["dataset"] = (dataset["type"], dataset["params"])

    with pytest.raises(api.DataikuException):
        reader.get_project("HIDDEN").get_mlflow_extension().list_experiments()
    with pytest.raises(api.DataikuException):
        reader.get_project("MLF").get_mlflow_extension().garbage_collect()
    with pytest.raises(api.DataikuException):
        reader.get_project("MLF").get_mlflow_extension().clean_experiment_tracking_db()
    seen["reader"] = reader.get_project("MLF").get_mlflow_extension().list_experiments()
    mlflow.clean_experiment_tracking_db()
    seen["cleaned"] = mlflow.list_experiments(view_type="ALL")
    return seen


@scenario(("deployMlflowRunModel", 400), ("deployMlflowRunModel", 404), ("deployMlflowRunModel", 403))
def mlflow_run_model_deployment_refused(admin: Any, reader: Any, api: Any) -> Any:
    """Deploying a run's model (issue 19 follow-up): the emulator's runs log no model, so it is refused."""
    seen: dict[str, Any] = {}
    project = admin.create_project(
        "MLFD", "Deploy runs", "admin", permissions=[{"group": "readers", "readProjectContent": True}]
    )
    experiment = _tracking(admin, api, "MLFD", "POST", "/experiments/create", {"name": "churn"})["experiment_id"]
    run = _tracking(
        admin,
        api,
        "MLFD",
        "POST",
        "/runs/create",
        {"experiment_id": experiment, "run_name": "baseline", "start_time": 1700000000000},
    )["run"]["info"]["run_id"]
    saved_model = project.create_mlflow_pyfunc_model("imported", "BINARY_CLASSIFICATION")
    mlflow = project.get_mlflow_extension()
    attempts = {
        "deployed": lambda: mlflow.deploy_run_model(
            run,
            saved_model.id,
            version_id="v1",
            evaluation_dataset="customers",
            target_column_name="churned",
            class_labels=["no", "yes"],
            code_env_name="py311",
            model_name="model",
            binary_classification_threshold=0.4,
        ),
        "unknown run": lambda: mlflow.deploy_run_model("0" * 32, saved_model.id, version_id="v1"),
        "dash in version": lambda: mlflow.deploy_run_model(run, saved_model.id, version_id="v-1"),
        "by a reader": lambda: (
            reader.get_project("MLFD").get_mlflow_extension().deploy_run_model(run, saved_model.id, version_id="v1")
        ),
    }
    for name, attempt in attempts.items():
        try:
            attempt()
            seen[name] = "done"
        except api.DataikuException as error:
            text = str(error)
            seen[name] = next(
                (w for w in ("no model artifacts", "No run", "dashes", "Permission", "denied") if w in text), text
            )
    return seen
