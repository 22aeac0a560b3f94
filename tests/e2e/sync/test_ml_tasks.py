# Derived from tests/e2e/aio/test_ml_tasks.py by scripts/unasync.py: do not edit.
"""ML tasks end to end: create and guess, settings round trip, train, trained models, deploy to the flow."""

from __future__ import annotations

import random
from typing import Any

import pytest

from dssclient import (
    BadRequestError,
    ConflictError,
    DataikuException,
    DSSClient,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.dss.ml import (
    DSSClusteringMLTaskSettings,
    DSSMLTask,
    DSSMLTaskQueues,
    DSSPredictionMLTaskSettings,
    DSSTimeseriesForecastingMLTaskSettings,
    DSSTrainedClusteringModelDetails,
    DSSTrainedPredictionModelDetails,
)
from dssclient.dss.project import DSSProject
from dssclient.emulator.models.saved_models import SavedModels
from tests.conftest import sent_bodies
from tests.e2e.sync.automation_helpers import upload_csv

pytest.importorskip("sklearn")


def _csv(n: int = 300) -> bytes:
    rng = random.Random(7)
    lines = ["age,income,plan,churned,day"]
    for i in range(n):
        age, income = rng.randint(18, 80), rng.randint(10, 200)
        plan = rng.choice(["basic", "pro", "max"])
        churned = "yes" if (age < 35 and plan == "basic") or income < 40 else "no"
        lines.append(f"{age},{income},{plan},{churned},2024-01-{1 + i % 28:02d}")
    return ("\n".join(lines) + "\n").encode()


@pytest.fixture
def project(client: DSSClient) -> DSSProject:
    project = client.create_project("P", "Project", "admin")
    upload_csv(project, "customers", _csv())
    return project


def test_create_guess_settings_train_details(project: DSSProject) -> None:
    task = project.create_prediction_ml_task("customers", "churned")
    assert isinstance(task, DSSMLTask)
    status = task.get_status()
    assert status["guessing"] is False and status["training"] is False and status["fullModelIds"] == []
    settings = task.get_settings()
    assert isinstance(settings, DSSPredictionMLTaskSettings)
    raw = settings.get_raw()
    assert raw["predictionType"] == "BINARY_CLASSIFICATION" and raw["targetVariable"] == "churned"
    assert raw["preprocessing"]["per_feature"]["age"]["type"] == "NUMERIC"
    assert raw["preprocessing"]["per_feature"]["churned"]["role"] == "TARGET"
    # A round trip keeps what DSS does not know, and the engine reads the new split.
    raw["preprocessing"]["per_feature"]["day"]["role"] = "REJECT"
    raw["splitParams"]["ssdTrainingRatio"] = 0.75
    raw["custom"] = {"kept": 1}
    settings.save()
    again = (task.get_settings()).get_raw()
    assert again["splitParams"]["ssdTrainingRatio"] == 0.75 and again["custom"] == {"kept": 1}

    ids = task.train(session_name="first", session_description="defaults")
    assert len(ids) == 2
    assert all(i.startswith(f"A-P-{task.analysis_id}-{task.mltask_id}-s1-pp1-m") for i in ids)
    snippets = task.get_trained_model_snippet(ids=ids)
    assert {s["algorithm"] for s in snippets.values()} == {"RANDOM_FOREST_CLASSIFICATION", "LOGISTIC_REGRESSION"}
    best = max(ids, key=lambda i: snippets[i]["auc"])
    assert snippets[best]["auc"] > 0.8
    assert snippets[best]["trainInfo"]["testRows"] == 75
    details = task.get_trained_model_details(best)
    assert isinstance(details, DSSTrainedPredictionModelDetails)
    assert details.get_raw()["fullModelId"] == best and details.get_raw_snippet()["sessionId"] == "s1"
    assert details.get_raw()["perf"]["metrics"]["auc"] == snippets[best]["auc"]

    second = task.train()
    assert all("-s2-" in i for i in second)
    assert task.get_trained_models_ids(session_id="s1") == ids
    forests = task.get_trained_models_ids(algorithm="RANDOM_FOREST_CLASSIFICATION")
    assert len(forests) == 2
    task.delete_trained_model(second[0])
    assert second[0] not in task.get_trained_models_ids()
    listed = project.list_ml_tasks()
    assert [(t["analysisId"], t["mlTaskId"]) for t in listed["mlTasks"]] == [(task.analysis_id, task.mltask_id)]


def test_deploy_to_flow_then_redeploy_adds_versions(project: DSSProject, dss_emulator: Any) -> None:
    task = project.create_prediction_ml_task("customers", "churned")
    ids = task.train()
    deployed = task.deploy_to_flow(ids[0], "churn model", "customers")
    assert deployed["trainRecipeName"] == "train_churn_model"
    recipe = project.get_recipe(deployed["trainRecipeName"])
    assert (recipe.get_settings()).type == "prediction_training"
    saved = dss_emulator.state.extension(SavedModels).get("P", deployed["savedModelId"])
    assert list(saved.versions) == ["1"] and saved.active_version_id == "1"
    answer = task.redeploy_to_flow(ids[1], saved_model_id=deployed["savedModelId"], activate=False)
    assert answer["impactsDownstream"] is False
    assert list(saved.versions) == ["1", "2"] and saved.active_version_id == "1"
    answer = task.redeploy_to_flow(ids[1], recipe_name=deployed["trainRecipeName"])
    assert answer["impactsDownstream"] is True and saved.active_version_id == "3"
    prediction = saved.versions["3"].trained.predict([{"age": 20, "income": 100, "plan": "basic", "day": ""}])
    assert prediction[0]["prediction"] in ("yes", "no")
    assert sent_bodies(dss_emulator, "redeployMLTaskModelToFlow")[0]["activate"] is False
    # The flow: the dataset feeds the training recipe, which produces the saved model.
    nodes = (project.get_flow().get_graph()).nodes
    assert nodes[deployed["trainRecipeName"]]["predecessors"] == ["customers"]
    assert nodes[deployed["savedModelId"]]["type"] == "COMPUTABLE_SAVED_MODEL"
    assert nodes[deployed["savedModelId"]]["predecessors"] == [deployed["trainRecipeName"]]
    with pytest.raises(BadRequestError):
        task.redeploy_to_flow(ids[0])
    with pytest.raises(NotFoundError):
        task.redeploy_to_flow(ids[0], saved_model_id="nope")


def test_clustering_and_other_kinds_of_tasks(project: DSSProject) -> None:
    clustering = project.create_clustering_ml_task("customers")
    settings = clustering.get_settings()
    assert isinstance(settings, DSSClusteringMLTaskSettings)
    for name in ("churned", "day", "plan"):
        settings.get_raw()["preprocessing"]["per_feature"][name]["role"] = "REJECT"
    settings.save()
    [model_id] = clustering.train()
    assert isinstance(clustering.get_trained_model_details(model_id), DSSTrainedClusteringModelDetails)
    deployed = clustering.deploy_to_flow(model_id, "segments", "customers")
    assert (project.get_recipe(deployed["trainRecipeName"]).get_settings()).type == "clustering_training"
    prediction = project.create_prediction_ml_task("customers", "churned")
    [first, *_] = prediction.train()
    with pytest.raises(ConflictError, match="CLUSTERING"):
        prediction.redeploy_to_flow(first, saved_model_id=deployed["savedModelId"])
    forecast = project.create_timeseries_forecasting_ml_task("customers", "income", "day")
    assert isinstance(forecast.get_settings(), DSSTimeseriesForecastingMLTaskSettings)
    with pytest.raises(DataikuException, match="TIMESERIES_FORECAST"):
        forecast.start_train()
    assert list(project.list_mltask_queues()) == []
    assert isinstance(project.list_mltask_queues(), DSSMLTaskQueues)


def test_refusals(project: DSSProject, client: DSSClient, reader_client: DSSClient, dss_emulator: Any) -> None:
    with pytest.raises(BadRequestError, match="nope"):
        project.create_prediction_ml_task("customers", "nope")
    with pytest.raises(NotFoundError):
        project.create_prediction_ml_task("missing", "churned")
    task = project.create_prediction_ml_task("customers", "churned")
    with pytest.raises(NotFoundError):
        task.get_trained_model_details(f"A-P-{task.analysis_id}-{task.mltask_id}-s9-pp1-m9")
    with pytest.raises(NotFoundError):
        project.get_ml_task(task.analysis_id, "nope").get_status()
    with pytest.raises(ValueError):
        task.start_ensembling([], "VOTE")
    with pytest.raises(DataikuException):
        DSSMLTask.from_full_model_id(client, "not-a-model-id")
    same = DSSMLTask.from_full_model_id(client, f"A-P-{task.analysis_id}-{task.mltask_id}-s1-pp1-m1")
    assert (same.project_key, same.analysis_id, same.mltask_id) == ("P", task.analysis_id, task.mltask_id)
    # A reader reads the task, and may not train it or change it.
    dss_emulator.state.projects["P"].permissions = [{"group": "readers", "readProjectContent": True}]
    theirs = reader_client.get_project("P").get_ml_task(task.analysis_id, task.mltask_id)
    assert (theirs.get_status())["training"] is False
    with pytest.raises(PermissionDeniedError):
        theirs.start_train()
    with pytest.raises(PermissionDeniedError):
        (theirs.get_settings()).save()
    with pytest.raises(PermissionDeniedError):
        reader_client.get_project("P").create_prediction_ml_task("customers", "churned")
    task.delete()
    with pytest.raises(NotFoundError):
        task.get_status()


def test_reguess_with_a_new_target_or_prediction_type(project: DSSProject) -> None:
    task = project.create_prediction_ml_task("customers", "churned")
    task.guess(target_variable="plan")
    raw = (task.get_settings()).get_raw()
    assert (raw["targetVariable"], raw["predictionType"]) == ("plan", "MULTICLASS")
    assert raw["preprocessing"]["per_feature"]["plan"]["role"] == "TARGET"
    assert raw["preprocessing"]["per_feature"]["churned"]["role"] == "INPUT"
    task.guess(prediction_type="BINARY_CLASSIFICATION", full_reguess=False)
    assert (task.get_settings()).get_raw()["predictionType"] == "BINARY_CLASSIFICATION"
    task.guess(reguess_level="FULL_REGUESS")
    assert (task.get_settings()).get_raw()["predictionType"] == "BINARY_CLASSIFICATION"
    with pytest.raises(BadRequestError, match="one core parameter"):
        task.guess(prediction_type="REGRESSION", target_variable="age")
    with pytest.raises(BadRequestError, match="nope"):
        task.guess(target_variable="nope")
    with pytest.raises(ValueError):
        task.guess(reguess_level="SOMETIMES")  # type: ignore[arg-type]


def test_a_model_that_fails_to_train_is_reported_failed(project: DSSProject) -> None:
    task = project.create_prediction_ml_task("customers", "churned")
    settings = task.get_settings()
    settings.get_raw()["preprocessing"]["per_feature"]["plan"]["type"] = "TEXT"
    settings.save()
    ids = task.train()
    snippets = task.get_trained_model_snippet(ids=ids)
    assert {s["trainInfo"]["state"] for s in snippets.values()} == {"FAILED"}
    assert "TEXT" in snippets[ids[0]]["trainInfo"]["failure"]["message"]
    with pytest.raises(NotFoundError):
        task.get_trained_model_details(ids[0])
    with pytest.raises(BadRequestError):
        task.deploy_to_flow(ids[0], "broken", "customers")
    # Settings the emulator cannot train with are refused before anything starts.
    settings.get_raw()["splitParams"]["ttPolicy"] = "EXPLICIT_FILTERING_TWO_DATASETS"
    settings.save()
    with pytest.raises(BadRequestError, match="split policy"):
        task.start_train()


def test_forecasting_and_causal_tasks_get_their_settings(project: DSSProject) -> None:
    forecast = project.create_timeseries_forecasting_ml_task("customers", "income", "day", ["plan"])
    raw = (forecast.get_settings()).get_raw()
    assert (raw["timeVariable"], raw["timeseriesIdentifiers"]) == ("day", ["plan"])
    assert raw["preprocessing"]["per_feature"]["day"]["role"] == "REJECT"
    forecast._reguess_with_forecasting_params({"forecastHorizon": 7, "validationHorizons": 2})
    raw = (forecast.get_settings()).get_raw()
    assert (raw["predictionLength"], raw["evaluationParams"]["testSize"]) == (7, 14)
    causal = project.create_causal_prediction_ml_task("customers", "churned", "plan")
    raw = (causal.get_settings()).get_raw()
    assert raw["predictionType"] == "CAUSAL_BINARY_CLASSIFICATION"
    assert (raw["treatmentValues"], raw["controlValue"]) == (["basic", "max", "pro"], "basic")
    with pytest.raises(BadRequestError, match="forecasting"):
        causal._reguess_with_forecasting_params({"forecastHorizon": 7})
    multi = project.create_multi_target_prediction_ml_task("customers", ["age", "income"])
    raw = (multi.get_settings()).get_raw()
    assert raw["targetVariables"] == ["age", "income"] and raw["predictionType"] == "MULTI_TARGET_REGRESSION"
    with pytest.raises(DataikuException, match="MULTI_TARGET_REGRESSION"):
        multi.start_train()


def test_without_scikit_learn_training_names_the_extra(project: DSSProject, monkeypatch: pytest.MonkeyPatch) -> None:
    from dssclient.emulator.handlers import ml_tasks

    task = project.create_prediction_ml_task("customers", "churned")
    monkeypatch.setattr(ml_tasks, "sklearn_installed", lambda: False)
    with pytest.raises(InternalServerError, match=r"dssclient\[ml\]") as caught:
        task.start_train()
    assert caught.value.status_code == 501
    assert (task.get_status())["training"] is False


def test_training_samples_the_rows_the_split_selection_asks(project: DSSProject) -> None:
    task = project.create_prediction_ml_task("customers", "churned")
    settings = task.get_settings()
    settings.get_raw()["splitParams"]["ssdSelection"] = {"samplingMethod": "RANDOM_FIXED_NB", "maxRecords": 100}
    settings.save()
    [first, *_] = task.train()
    assert (task.get_trained_model_snippet(first))["trainInfo"]["fullRows"] == 100
    settings.get_raw()["splitParams"]["ssdSelection"] = {"samplingMethod": "HEAD_SEQUENTIAL", "maxRecords": 40}
    settings.save()
    [first, *_] = task.train()
    assert (task.get_trained_model_snippet(first))["trainInfo"]["fullRows"] == 40
    settings.get_raw()["splitParams"]["ssdSelection"] = {"samplingMethod": "COLUMN_BASED"}
    settings.save()
    with pytest.raises(BadRequestError, match="COLUMN_BASED"):
        task.start_train()


def test_ensemble_of_a_session_and_split_removal(project: DSSProject) -> None:
    task = project.create_prediction_ml_task("customers", "churned")
    ids = task.train()
    ensemble_id = task.ensemble(ids, "PROBA_AVERAGE")
    assert ensemble_id.startswith(f"A-P-{task.analysis_id}-{task.mltask_id}-s1-pp1-m")
    snippet = task.get_trained_model_snippet(ensemble_id)
    assert snippet["algorithm"] == "PYTHON_ENSEMBLE" and snippet["trainInfo"]["state"] == "DONE"
    assert 0.5 < snippet["auc"] <= 1
    assert ensemble_id in task.get_trained_models_ids()
    deployed = task.deploy_to_flow(ensemble_id, "ensembled", "customers")
    assert deployed["savedModelId"]
    with pytest.raises(InternalServerError, match="LINEAR_MODEL"):
        task.start_ensembling(ids, "LINEAR_MODEL")
    with pytest.raises(BadRequestError, match="VOTE|AVERAGE"):
        task.ensemble(ids, "AVERAGE")
    more = task.train()
    with pytest.raises(BadRequestError, match="one session"):
        task.start_ensembling([ids[0], more[0]], "VOTE")
    task.remove_unused_splits()
    task.ensemble(more, "VOTE")
    task.remove_all_splits()
    with pytest.raises(BadRequestError, match="not kept"):
        task.start_ensembling(more, "VOTE")
    assert len(task.train()) == 2  # training new models stays possible


def test_a_session_that_cannot_train_on_the_rows_fails_its_models(project: DSSProject) -> None:
    upload_csv(project, "tiny", b"x,label\n1,a\n")
    task = project.create_prediction_ml_task("tiny", "label", prediction_type="BINARY_CLASSIFICATION")
    ids = task.train()
    snippets = task.get_trained_model_snippet(ids=ids)
    assert len(ids) == 2 and {s["trainInfo"]["state"] for s in snippets.values()} == {"FAILED"}
    assert "Not enough rows" in snippets[ids[0]]["trainInfo"]["failure"]["message"]
