"""The engine trains what the settings classes set: the hyperparameters of the algorithms it trains, the search's point.

Settings are a new task's (the emulator's guess, completed with every algorithm), edited with the
settings classes as a user would, then trained by ``train_model``.
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from dssclient.dss.ml_task_settings import DSSPredictionMLTaskSettings, Range
from dssclient.emulator.errors import DSSError
from dssclient.emulator.models.ml_defaults import guess_settings
from dssclient.emulator.models.ml_settings_rules import check_saved_settings

pytest.importorskip("sklearn")

from dssclient.emulator.automation.ml_engine import train_model  # noqa: E402

COLUMNS = [{"name": "a", "type": "double"}, {"name": "b", "type": "double"}, {"name": "label", "type": "string"}]


def _rows() -> list[dict[str, Any]]:
    rng = random.Random(3)
    rows = []
    for _ in range(200):
        a, b = rng.random(), rng.random()
        rows.append({"a": a, "b": b, "label": "yes" if a + b > 1 else "no"})
    return rows


def _settings(prediction_type: str = "BINARY_CLASSIFICATION") -> DSSPredictionMLTaskSettings:
    body = {"taskType": "PREDICTION", "inputDataset": "d", "targetVariable": "label", "predictionType": prediction_type}
    rows = _rows()
    if prediction_type == "REGRESSION":
        body["targetVariable"] = "a"
    return DSSPredictionMLTaskSettings(None, "P", "a", "t", guess_settings(body, COLUMNS, rows))  # type: ignore[arg-type]


def _model(settings: DSSPredictionMLTaskSettings, algorithm: str) -> Any:
    return train_model(_rows(), settings.get_raw(), algorithm).pipeline[-1]


def test_numerical_hyperparameters_take_the_first_point_of_their_search_space() -> None:
    settings = _settings()
    forest = settings.get_algorithm_settings("RANDOM_FOREST_CLASSIFICATION")
    forest.n_estimators = [7, 50]
    forest.min_samples_leaf = [4]
    assert (
        _model(settings, "RANDOM_FOREST_CLASSIFICATION").n_estimators,
        _model(settings, "RANDOM_FOREST_CLASSIFICATION").min_samples_leaf,
    ) == (7, 4)
    forest.n_estimators = Range(12, 40, nb_values=3)  # a range: the grid's first point
    assert _model(settings, "RANDOM_FOREST_CLASSIFICATION").n_estimators == 12
    settings.get_hyperparameter_search_settings().set_random_search()
    forest.n_estimators.definition_mode = "EXPLICIT"  # the random search's own mode
    assert _model(settings, "RANDOM_FOREST_CLASSIFICATION").n_estimators == 7


def test_categorical_and_single_valued_hyperparameters_reach_the_estimators() -> None:
    settings = _settings()
    forest = settings.get_algorithm_settings("RANDOM_FOREST_CLASSIFICATION")
    forest.selection_mode = "log2"
    assert _model(settings, "RANDOM_FOREST_CLASSIFICATION").max_features == "log2"
    forest.selection_mode = "number"
    forest.max_features = [1]
    assert _model(settings, "RANDOM_FOREST_CLASSIFICATION").max_features == 1
    tree = settings.get_algorithm_settings("DECISION_TREE_CLASSIFICATION")
    tree.criterion = ["entropy"]
    tree.splitter = ["random"]
    tree.max_depth = [2]
    fitted = _model(settings, "DECISION_TREE_CLASSIFICATION")
    assert (fitted.criterion, fitted.splitter, fitted.get_depth() <= 2) == ("entropy", "random", True)
    knn = settings.get_algorithm_settings("KNN")
    knn.k = [3]
    knn.distance_weighting = True
    knn.p = 1
    fitted = _model(settings, "KNN")
    assert (fitted.n_neighbors, fitted.weights, fitted.p) == (3, "distance", 1)
    logit = settings.get_algorithm_settings("LOGISTIC_REGRESSION")
    logit.penalty = ["l1"]
    logit.C = [0.5]
    fitted = _model(settings, "LOGISTIC_REGRESSION")
    assert fitted.C == 0.5 and fitted.solver == "liblinear"
    gbt = settings.get_algorithm_settings("GBT_CLASSIFICATION")
    gbt.learning_rate = [0.3]
    gbt.n_estimators = [15]
    fitted = _model(settings, "GBT_CLASSIFICATION")
    assert (fitted.learning_rate, fitted.n_estimators) == (0.3, 15)


def test_the_save_rules_accept_every_edit_of_the_classes_and_refuse_unreadable_values() -> None:
    settings = _settings()
    forest = settings.get_algorithm_settings("RANDOM_FOREST_CLASSIFICATION")
    forest.n_estimators = Range(10, 20)
    settings.get_split_params().set_split_kfold(n_folds=3)
    settings.set_metric(custom_metric="def score(y, p):\n    return 1")
    check_saved_settings(settings.get_raw())  # nothing refused
    settings.get_raw()["modeling"]["gridSearchParams"]["nFolds"] = 2.5
    with pytest.raises(DSSError, match="Expected an int but was 2.5"):
        check_saved_settings(settings.get_raw())
