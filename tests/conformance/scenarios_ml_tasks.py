"""Conformance scenarios of ML tasks (issue 19): create, guess, settings, train, models, deploy to the flow.

Each scenario is ordinary dataikuapi code; the official client runs it against the strict
emulator, then dssclient runs it and must observe the same results with equivalent requests.
Identifiers DSS draws are used but never returned; results hold names, counts and outcomes.
"""

from __future__ import annotations

import io
import random
from typing import Any

import pytest

from tests.conformance.framework import scenario


def _csv() -> bytes:
    rng = random.Random(11)
    lines = ["age,income,plan,churned"]
    for _ in range(240):
        age, income = rng.randint(18, 80), rng.randint(10, 200)
        plan = rng.choice(["basic", "pro", "max"])
        churned = "yes" if (age < 35 and plan == "basic") or income < 40 else "no"
        lines.append(f"{age},{income},{plan},{churned}")
    return ("\n".join(lines) + "\n").encode()


@scenario(
    ("createMLTask", 400),
    ("trainMLTask", 403),
    ("getMLTaskModelDetails", 404),
    ("trainMLTask", 501),
    ("ensembleMLTaskModels", 400),
)
def ml_task_train_and_deploy(admin: Any, reader: Any, api: Any) -> Any:
    pytest.importorskip("sklearn")
    seen: dict[str, Any] = {}
    project = admin.create_project("P", "P", "admin")
    permissions = project.get_permissions()
    permissions["permissions"].append({"group": "readers", "readProjectContent": True})
    project.set_permissions(permissions)
    dataset = project.create_upload_dataset("customers")
    dataset.uploaded_add_file(io.BytesIO(_csv()), "customers.csv")
    dataset.autodetect_settings(infer_storage_types=True).save()

    with pytest.raises(api.DataikuException):
        project.create_prediction_ml_task("customers", "no_such_column")
    task = project.create_prediction_ml_task("customers", "churned")
    status = task.get_status()
    seen["status"] = (status["guessing"], status["training"], status["fullModelIds"])
    settings = task.get_settings()
    raw = settings.get_raw()
    seen["settings"] = (
        type(settings).__name__,
        raw["predictionType"],
        raw["targetVariable"],
        sorted((name, f["type"], f["role"]) for name, f in raw["preprocessing"]["per_feature"].items()),
    )
    raw["splitParams"]["ssdTrainingRatio"] = 0.75
    settings.save()
    seen["ratio"] = task.get_settings().get_raw()["splitParams"]["ssdTrainingRatio"]
    seen["listed"] = len(project.list_ml_tasks()["mlTasks"])

    ids = task.train(session_name="first")
    seen["trained"] = len(ids)
    snippets = task.get_trained_model_snippet(ids=ids)
    seen["algorithms"] = sorted(s["algorithm"] for s in snippets.values())
    seen["metrics"] = sorted(round(s["auc"], 6) for s in snippets.values())
    seen["test_rows"] = sorted(s["trainInfo"]["testRows"] for s in snippets.values())
    best = max(ids, key=lambda i: snippets[i]["auc"])
    details = task.get_trained_model_details(best)
    seen["details"] = (type(details).__name__, details.get_raw()["algorithm"], details.get_raw_snippet()["sessionId"])
    seen["session_ids"] = len(task.get_trained_models_ids(session_id="s1"))
    with pytest.raises(api.DataikuException):
        task.get_trained_model_details(best.replace("-m", "-m9"))

    ensemble = task.ensemble(ids, "PROBA_AVERAGE")
    ensembled = task.get_trained_model_snippet(ensemble)
    seen["ensemble"] = (ensembled["algorithm"], ensembled["trainInfo"]["state"], round(ensembled["auc"], 6))
    with pytest.raises(api.DataikuException):
        task.ensemble(ids, "AVERAGE")
    deployed = task.deploy_to_flow(best, "churn model", "customers")
    seen["recipe"] = deployed["trainRecipeName"]
    seen["recipe_type"] = project.get_recipe(deployed["trainRecipeName"]).get_settings().type
    other = next(i for i in ids if i != best)
    seen["redeploy"] = task.redeploy_to_flow(other, saved_model_id=deployed["savedModelId"], activate=False)
    seen["redeploy_again"] = task.redeploy_to_flow(other, recipe_name=deployed["trainRecipeName"])

    # A reader reads the task and cannot train it.
    theirs = reader.get_project("P").get_ml_task(task.analysis_id, task.mltask_id)
    seen["reader_status"] = theirs.get_status()["training"]
    with pytest.raises(api.DataikuException):
        theirs.start_train()

    forecast = project.create_timeseries_forecasting_ml_task("customers", "income", "age")
    seen["forecast"] = type(forecast.get_settings()).__name__
    with pytest.raises(api.DataikuException):
        forecast.start_train()
    seen["queues"] = list(project.list_mltask_queues())
    task.delete_trained_model(other)
    seen["after_delete_model"] = len(task.get_trained_models_ids())
    task.remove_unused_splits()
    task.remove_all_splits()
    task.delete()
    seen["after_delete"] = project.list_ml_tasks()["mlTasks"]
    return seen
