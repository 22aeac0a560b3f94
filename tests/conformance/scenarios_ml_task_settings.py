"""Conformance scenarios of ML task settings: the official client edits a task's settings with its settings classes.

Algorithms and their hyperparameters, the search, the split, metrics, features, assertions: edited,
saved, read back and trained on. The classes of assertions and ranges are taken from the module
of the flavour's settings class (``dataikuapi.dss.ml``, ``dssclient.dss.ml_task_settings``).
"""

from __future__ import annotations

import io
import random
import sys
from typing import Any

import pytest

from tests.conformance.framework import scenario

pytest.importorskip("sklearn")


def _csv(n: int = 150) -> bytes:
    rng = random.Random(5)
    lines = ["age,income,plan,churned,day"]
    for i in range(n):
        age, income = rng.randint(18, 80), rng.randint(10, 200)
        plan = rng.choice(["basic", "pro", "max"])
        churned = "yes" if (age < 35 and plan == "basic") or income < 40 else "no"
        lines.append(f"{age},{income},{plan},{churned},2024-01-{1 + i % 28:02d}")
    return ("\n".join(lines) + "\n").encode()


def _task(admin: Any) -> tuple[Any, Any]:
    project = admin.create_project("MLS", "ML settings", "admin")
    dataset = project.create_upload_dataset("customers")
    dataset.uploaded_add_file(io.BytesIO(_csv()), "customers.csv")
    dataset.autodetect_settings(infer_storage_types=True).save()
    return project, project.create_prediction_ml_task("customers", "churned")


@scenario()
def ml_task_settings_edited_saved_and_trained(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    _, task = _task(admin)
    settings = task.get_settings()
    classes = sys.modules[type(settings).__module__]
    seen["class"] = type(settings).__name__
    seen["possible"] = settings.get_all_possible_algorithm_names()
    seen["enabled_before"] = settings.get_enabled_algorithm_names()
    settings.reject_feature("day")
    settings.set_metric("F1")
    settings.disable_all_algorithms()
    settings.set_algorithm_enabled("DECISION_TREE_CLASSIFICATION", True)
    tree = settings.get_algorithm_settings("DECISION_TREE_CLASSIFICATION")
    tree.max_depth = [3]
    tree.criterion = ["entropy"]
    forest = settings.get_algorithm_settings("RANDOM_FOREST_CLASSIFICATION")
    forest.n_estimators.set_range(min=50, max=150, nb_values=3)
    forest.max_tree_depth = classes.Range(4, 8, nb_values=2)
    forest.selection_mode = "log2"
    seen["forest"] = {
        "class": type(forest).__name__,
        "mode": forest.n_estimators.definition_mode,
        "range": [forest.n_estimators.range.min, forest.n_estimators.range.max],
        "criterion": tree.criterion.get_values(),
    }
    search = settings.get_hyperparameter_search_settings()
    search.set_random_search(seed=3)
    search.set_kfold_validation(n_folds=3, stratified=False, cv_seed=7)
    search.n_iter = 6
    seen["search"] = [search.strategy, search.validation_mode, search.n_iter, search.cv_seed]
    settings.get_split_params().set_split_random(train_ratio=0.6)
    settings.get_assertions_params().add_assertion(
        classes.DSSMLAssertionParams.from_params(
            "young basic", {"enabled": False}, classes.DSSMLAssertionCondition.from_expected_class(0.75, "yes")
        )
    )
    settings.save()

    again = task.get_settings()
    seen["raw"] = again.get_raw()
    seen["enabled_after"] = again.get_enabled_algorithm_names()
    seen["depth"] = again.get_algorithm_settings("DECISION_TREE_CLASSIFICATION").max_depth.values
    seen["assertions"] = again.get_assertions_params().get_assertions_names()
    ids = task.train()
    snippets = task.get_trained_model_snippet(ids=ids)
    seen["trained"] = sorted((s["algorithm"], s["trainInfo"]["testRows"]) for s in snippets.values())
    # The emulator trained what the settings say: the one enabled algorithm, on a 60/40 split.
    assert seen["trained"] == [("DECISION_TREE_CLASSIFICATION", 60)], seen["trained"]
    return seen


@scenario(("saveMLTaskSettings", 400), ("saveMLTaskSettings", 403))
def ml_task_settings_refused(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project, task = _task(admin)
    settings = task.get_settings()
    settings.get_raw()["modeling"]["random_forest_classification"]["n_estimators"]["values"] = ["many"]
    seen["unreadable"] = False
    try:
        settings.save()
    except api.DataikuException as error:
        seen["unreadable"] = "Expected NUMBER but was STRING" in str(error)
    permissions = project.get_permissions()
    permissions["permissions"].append({"group": "readers", "readProjectContent": True})
    project.set_permissions(permissions)
    theirs = reader.get_project("MLS").get_ml_task(task.analysis_id, task.mltask_id).get_settings()
    seen["reader_sees"] = theirs.get_enabled_algorithm_names()
    theirs.set_metric("ACCURACY")
    seen["reader_refused"] = False
    try:
        theirs.save()
    except api.DataikuException:
        seen["reader_refused"] = True
    seen["metric"] = task.get_settings().get_raw()["modeling"]["metrics"]["evaluationMetric"]
    assert seen["unreadable"] and seen["reader_refused"] and seen["metric"] == "ROC_AUC", seen
    return seen


@scenario()
def ml_task_settings_of_forecasting_and_clustering(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project, _ = _task(admin)
    forecast = project.create_timeseries_forecasting_ml_task("customers", "income", "day")
    settings = forecast.get_settings()
    seen["class"] = type(settings).__name__
    settings.set_time_step(time_unit="WEEK", n_time_units=2, end_of_week_day=2)  # DSS reguesses
    settings = forecast.get_settings()
    settings.set_forecast_horizon(3, validation_horizons=2)
    settings = forecast.get_settings()
    seen["step"] = settings.get_time_step_params()
    seen["horizon"] = [settings.forecast_horizon, settings.get_raw()["evaluationParams"]["testSize"]]
    settings.set_numerical_interpolation("CONSTANT", 0)
    settings.set_duplicate_timestamp_handling("MEAN_MODE")
    settings.quantiles_to_forecast = [0.9, 0.5, 0.1]
    arima = settings.get_algorithm_settings("ARIMA")
    arima.trend = "ct"
    arima.p = 2
    settings.set_algorithm_enabled("PROPHET", True)
    settings.save()
    again = forecast.get_settings()
    seen["forecast_raw"] = again.get_raw()
    seen["arima"] = [
        again.get_algorithm_settings("ARIMA").trend.get_value(),
        again.get_algorithm_settings("ARIMA").p.get_value(),
    ]

    clustering = project.create_clustering_ml_task("customers")
    settings = clustering.get_settings()
    seen["clustering_possible"] = settings.get_all_possible_algorithm_names()
    settings.disable_all_algorithms()
    settings.set_algorithm_enabled("MINIBATCH_KMEANS", True)
    settings.get_algorithm_settings("MINIBATCH_KMEANS")["k"] = [4]
    settings.set_diagnostics_enabled(False)
    settings.save()
    seen["clustering_enabled"] = clustering.get_settings().get_enabled_algorithm_names()
    assert seen["horizon"] == [3, 6] and seen["arima"] == ["ct", 2], seen
    return seen
