"""ML task settings end to end: edit with the settings classes, save, read back the same; training follows them."""

from __future__ import annotations

import json
import random
from typing import Any

import pytest
from dssclient_generated.api import ml_tasks

from dssclient import AsyncDSSClient, BadRequestError, PermissionDeniedError
from dssclient.aio._requester import json_body
from dssclient.aio.dss.ml import (
    AsyncDSSPredictionMLTaskSettings,
    AsyncDSSTimeseriesForecastingMLTaskSettings,
    DSSMLAssertionCondition,
    DSSMLAssertionParams,
    LogitSettings,
    RandomForestSettings,
    Range,
)
from dssclient.aio.dss.project import AsyncDSSProject
from dssclient.emulator.models.ml_tasks import MLTasks
from tests.conftest import sent_bodies
from tests.e2e.aio.automation_helpers import upload_csv

pytestmark = pytest.mark.anyio  # unasync: remove

pytest.importorskip("sklearn")


def _csv(n: int = 200) -> bytes:
    rng = random.Random(11)
    lines = ["age,income,plan,churned,day"]
    for i in range(n):
        age, income = rng.randint(18, 80), rng.randint(10, 200)
        plan = rng.choice(["basic", "pro", "max"])
        churned = "yes" if (age < 35 and plan == "basic") or income < 40 else "no"
        lines.append(f"{age},{income},{plan},{churned},2024-01-{1 + i % 28:02d}")
    return ("\n".join(lines) + "\n").encode()


@pytest.fixture
async def project(client: AsyncDSSClient) -> AsyncDSSProject:
    project = await client.create_project("P", "Project", "admin")
    await upload_csv(project, "customers", _csv())
    return project


async def _prediction_settings(project: AsyncDSSProject) -> tuple[Any, AsyncDSSPredictionMLTaskSettings]:
    task = await project.create_prediction_ml_task("customers", "churned")
    settings = await task.get_settings()
    assert isinstance(settings, AsyncDSSPredictionMLTaskSettings)
    return task, settings


async def test_every_edit_is_saved_and_read_back_the_same(project: AsyncDSSProject, dss_emulator: Any) -> None:
    task, settings = await _prediction_settings(project)
    settings.reject_feature("day")
    settings.set_metric("F1")
    settings.set_metric(custom_metric="def score(y_valid, y_pred):\n    return 1.0", custom_metric_name="mine")
    settings.disable_all_algorithms()
    settings.set_algorithm_enabled("LOGISTIC_REGRESSION", True)
    forest = settings.get_algorithm_settings("RANDOM_FOREST_CLASSIFICATION")
    assert isinstance(forest, RandomForestSettings)
    forest.n_estimators = [20, 40]
    forest.max_tree_depth = Range(3, 9, nb_values=4)
    forest.selection_mode = "log2"
    search = settings.get_hyperparameter_search_settings()
    search.set_random_search(seed=5)
    search.set_kfold_validation(n_folds=3, stratified=False)
    settings.get_split_params().set_split_random(train_ratio=0.7)
    settings.set_diagnostics_enabled(False)
    settings.get_assertions_params().add_assertion(
        DSSMLAssertionParams.from_params(
            "young basic churn", {"enabled": False}, DSSMLAssertionCondition.from_expected_class(0.8, "yes")
        )
    )
    edited = json.loads(json.dumps(settings.get_raw()))
    await settings.save()
    assert sent_bodies(dss_emulator, "saveMLTaskSettings")[-1] == edited
    again = await task.get_settings()
    assert again.get_raw() == edited  # exactly what was sent, unknown keys and all
    assert isinstance(again, AsyncDSSPredictionMLTaskSettings)
    forest_again = again.get_algorithm_settings("RANDOM_FOREST_CLASSIFICATION")
    assert isinstance(forest_again, RandomForestSettings)
    assert forest_again.n_estimators.values == [20, 40]
    # The values were set under a grid search; the random search now set reads its own mode.
    assert forest_again.n_estimators.definition_mode == "RANGE"
    assert forest_again["n_estimators"]["gridMode"] == "EXPLICIT"
    assert again.get_enabled_algorithm_names() == ["LOGISTIC_REGRESSION"]
    assert again.get_hyperparameter_search_settings().strategy == "RANDOM"
    assert again.get_assertions_params().get_assertions_names() == ["young basic churn"]


async def test_training_follows_the_enabled_algorithms_the_split_and_the_hyperparameters(
    project: AsyncDSSProject, dss_emulator: Any
) -> None:
    task, settings = await _prediction_settings(project)
    settings.disable_all_algorithms()
    settings.set_algorithm_enabled("DECISION_TREE_CLASSIFICATION", True)
    tree = settings.get_algorithm_settings("DECISION_TREE_CLASSIFICATION")
    tree.max_depth = [2]
    settings.get_split_params().set_split_random(train_ratio=0.6)
    await settings.save()
    [model_id] = await task.train()
    snippet = (await task.get_trained_model_snippet(ids=[model_id]))[model_id]
    assert snippet["algorithm"] == "DECISION_TREE_CLASSIFICATION"
    assert snippet["trainInfo"]["testRows"] == 80  # 40% of 200 rows
    trained = dss_emulator.state.extension(MLTasks).trained_model("P", model_id)
    assert trained.pipeline[-1].get_depth() <= 2  # the engine trained the tree the settings describe

    settings = await task.get_settings()
    assert isinstance(settings, AsyncDSSPredictionMLTaskSettings)
    settings.set_algorithm_enabled("DECISION_TREE_CLASSIFICATION", False)
    logit = settings.get_algorithm_settings("LOGISTIC_REGRESSION")
    assert isinstance(logit, LogitSettings)
    logit.enabled = True
    settings.get_split_params().set_split_random(train_ratio=0.9)
    await settings.save()
    [second] = await task.train()
    snippet = (await task.get_trained_model_snippet(ids=[second]))[second]
    assert snippet["algorithm"] == "LOGISTIC_REGRESSION" and snippet["trainInfo"]["testRows"] == 20


async def test_saving_settings_dss_cannot_read_is_refused_and_a_reader_cannot_save(
    project: AsyncDSSProject, reader_client: AsyncDSSClient, dss_emulator: Any
) -> None:
    task, settings = await _prediction_settings(project)
    settings.get_raw()["splitParams"]["ssdTrainingRatio"] = "most"  # type: ignore[typeddict-item]
    with pytest.raises(BadRequestError, match="ssdTrainingRatio"):
        await settings.save()
    settings = await task.get_settings()
    assert isinstance(settings, AsyncDSSPredictionMLTaskSettings)
    forest: Any = settings.get_raw()["modeling"]["random_forest_classification"]
    forest["n_estimators"]["values"] = ["many"]
    with pytest.raises(BadRequestError, match=r"Expected NUMBER but was STRING at path .*n_estimators\.values\[0\]"):
        await settings.save()
    forest["n_estimators"]["values"] = [100]
    forest["enabled"] = "yes"
    with pytest.raises(BadRequestError, match="Expected BOOLEAN"):
        await settings.save()
    # Unknown keys and values DSS does not know are kept, as DSS's JSON binding keeps them.
    settings = await task.get_settings()
    settings.get_raw()["modeling"]["metrics"]["evaluationMetric"] = "SOMETHING_NEW"
    settings.get_raw()["modeling"]["an_algorithm_of_tomorrow"] = {"enabled": False}  # type: ignore[typeddict-unknown-key]
    await settings.save()
    assert (await task.get_settings()).get_raw()["modeling"]["metrics"]["evaluationMetric"] == "SOMETHING_NEW"

    dss_emulator.state.projects["P"].permissions = [{"group": "readers", "readProjectContent": True}]
    theirs = await reader_client.get_project("P").get_ml_task(task.analysis_id, task.mltask_id).get_settings()
    theirs.get_raw()["splitParams"]["ssdTrainingRatio"] = 0.5
    with pytest.raises(PermissionDeniedError):
        await theirs.save()


async def test_forecasting_time_step_and_horizon_are_reguessed(project: AsyncDSSProject) -> None:
    task = await project.create_timeseries_forecasting_ml_task("customers", "income", "day")
    settings = await task.get_settings()
    assert isinstance(settings, AsyncDSSTimeseriesForecastingMLTaskSettings)
    await settings.set_time_step(time_unit="WEEK", n_time_units=2, end_of_week_day=2)
    again = await task.get_settings()
    assert isinstance(again, AsyncDSSTimeseriesForecastingMLTaskSettings)
    step = again.get_time_step_params()
    assert (step["timeunit"], step["numberOfTimeunits"], step["endOfWeekDay"]) == ("WEEK", 2, 2)
    await again.set_forecast_horizon(4, validation_horizons=3)
    third = await task.get_settings()
    assert isinstance(third, AsyncDSSTimeseriesForecastingMLTaskSettings)
    assert third.forecast_horizon == 4 and third.get_raw()["evaluationParams"]["testSize"] == 12
    classification_task, _ = await _prediction_settings(project)
    with pytest.raises(BadRequestError, match="not a time series forecasting task"):
        await project.client._requester.empty(
            ml_tasks.reguess_ml_task_with_forecasting_params.request_kwargs,
            "P",
            classification_task.analysis_id,
            classification_task.mltask_id,
            body=json_body({"forecastHorizon": 3}),
        )
