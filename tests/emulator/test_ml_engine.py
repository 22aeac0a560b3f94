"""The emulator's ML engine: real scikit-learn training, splits, metrics on held-out rows, scoring.

Also the guess of a new task's settings (models/ml_defaults.py) and the saved models' versions.
"""

from __future__ import annotations

import pickle
import random
import subprocess
import sys
from typing import Any

import pytest

from dssclient.emulator.automation import ml_engine
from dssclient.emulator.automation.ml_engine import MissingFeatureError, TrainingRefused, make_split, train_model
from dssclient.emulator.errors import DSSError
from dssclient.emulator.models.ml_defaults import guess_settings

pytest.importorskip("sklearn")


def _rows(n: int = 600, seed: int = 0) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    for i in range(n):
        a, b = rng.random(), rng.random()
        color = rng.choice(["red", "green", "blue"])
        label = "yes" if a + b + (0.4 if color == "red" else 0.0) > 1.1 else "no"
        kind = ["small", "medium", "large"][min(int((a + b) * 1.5), 2)]
        rows.append({"id": str(i), "a": str(a), "b": b, "color": color, "label": label, "kind": kind, "y": 3 * a - b})
    return rows


COLUMNS = [
    {"name": "id", "type": "string"},
    {"name": "a", "type": "string"},
    {"name": "b", "type": "double"},
    {"name": "color", "type": "string"},
    {"name": "label", "type": "string"},
    {"name": "kind", "type": "string"},
    {"name": "y", "type": "double"},
]


def _settings(target: str, *, reject: tuple[str, ...] = ("id",), **body: Any) -> dict[str, Any]:
    rows = _rows()
    settings = guess_settings(
        {"inputDataset": "d", "taskType": "PREDICTION", "targetVariable": target, **body}, COLUMNS, rows
    )
    for name in ("label", "kind", "y", *reject):
        if name != target:
            settings["preprocessing"]["per_feature"][name]["role"] = "REJECT"
    return settings


def test_guess_types_roles_prediction_type_and_default_algorithms() -> None:
    binary = guess_settings({"inputDataset": "d", "targetVariable": "label"}, COLUMNS, _rows())
    per_feature = binary["preprocessing"]["per_feature"]
    assert binary["predictionType"] == "BINARY_CLASSIFICATION"
    assert per_feature["a"]["type"] == "NUMERIC"  # strings that all parse as numbers
    assert per_feature["color"]["type"] == "CATEGORY"
    assert per_feature["label"]["role"] == "TARGET"
    assert [m["sourceValue"] for m in binary["preprocessing"]["target_remapping"]] == ["no", "yes"]
    assert ml_engine.enabled_algorithms(binary) == ["RANDOM_FOREST_CLASSIFICATION", "LOGISTIC_REGRESSION"]
    multi = guess_settings({"inputDataset": "d", "targetVariable": "kind"}, COLUMNS, _rows())
    assert multi["predictionType"] == "MULTICLASS"
    regression = guess_settings({"inputDataset": "d", "targetVariable": "y"}, COLUMNS, _rows())
    assert regression["predictionType"] == "REGRESSION"
    assert ml_engine.enabled_algorithms(regression) == ["RANDOM_FOREST_REGRESSION", "RIDGE_REGRESSION"]
    given = guess_settings(
        {"inputDataset": "d", "targetVariable": "y", "predictionType": "MULTICLASS"}, COLUMNS, _rows()
    )
    assert given["predictionType"] == "MULTICLASS"


def test_guess_refuses_an_unknown_target_column() -> None:
    with pytest.raises(DSSError) as caught:
        guess_settings({"inputDataset": "d", "targetVariable": "nope"}, COLUMNS, _rows())
    assert caught.value.status == 400
    assert "nope" in caught.value.message


def test_random_split_follows_ratio_and_seed() -> None:
    split = make_split(100, {"ssdTrainingRatio": 0.7, "ssdSeed": 3})
    assert len(split.train) == 70 and len(split.test) == 30
    assert not set(split.train) & set(split.test)
    assert make_split(100, {"ssdTrainingRatio": 0.7, "ssdSeed": 3}) == split
    assert make_split(100, {"ssdTrainingRatio": 0.7, "ssdSeed": 4}).test != split.test
    with pytest.raises(TrainingRefused):
        make_split(100, {"ttPolicy": "EXPLICIT_FILTERING_TWO_DATASETS"})
    with pytest.raises(TrainingRefused):
        make_split(100, {"ssdTrainingRatio": 1.5})


@pytest.mark.parametrize("algorithm", ["RANDOM_FOREST_CLASSIFICATION", "LOGISTIC_REGRESSION"])
def test_binary_classification_learns_and_predicts_with_probabilities(algorithm: str) -> None:
    model = train_model(_rows(), _settings("label"), algorithm)
    assert model.prediction_type == "BINARY_CLASSIFICATION"
    assert model.classes == ["no", "yes"]
    assert set(model.features) == {"a", "b", "color"}
    assert model.metrics["auc"] > 0.9
    assert {"accuracy", "precision", "recall", "f1", "logLoss"} <= set(model.metrics)
    assert model.details["trainInfo"]["testRows"] == 120
    [high, low] = model.predict([{"a": 0.95, "b": 0.9, "color": "red"}, {"a": 0.05, "b": 0.1, "color": "blue"}])
    assert high["prediction"] == "yes" and low["prediction"] == "no"
    assert set(high["probas"]) == {"no", "yes"}
    assert abs(sum(high["probas"].values()) - 1) < 1e-9


def test_metrics_are_computed_on_the_held_out_rows_only() -> None:
    # The labels of the rows the split holds out are flipped: a model scored on its train rows
    # would look good; scored on the held-out rows it must look bad.
    rows = _rows()
    settings = _settings("label")
    split = make_split(len(rows), settings["splitParams"])
    clean = train_model(rows, settings, "LOGISTIC_REGRESSION", split=split)
    flipped = [dict(r) for r in rows]
    for i in split.test:
        flipped[i]["label"] = "no" if flipped[i]["label"] == "yes" else "yes"
    poisoned = train_model(flipped, settings, "LOGISTIC_REGRESSION", split=split)
    assert clean.metrics["accuracy"] > 0.9
    assert poisoned.metrics["accuracy"] < 0.1


def test_training_is_deterministic_for_a_seed_and_differs_across_seeds() -> None:
    settings = _settings("label")
    first = train_model(_rows(), settings, "RANDOM_FOREST_CLASSIFICATION")
    again = train_model(_rows(), settings, "RANDOM_FOREST_CLASSIFICATION")
    assert first.metrics == again.metrics
    settings["splitParams"]["ssdSeed"] = 99
    other = train_model(_rows(), settings, "RANDOM_FOREST_CLASSIFICATION")
    assert other.metrics != first.metrics


def test_multiclass_regression_and_kfold() -> None:
    multi = train_model(_rows(), _settings("kind"), "LOGISTIC_REGRESSION")
    assert multi.classes == ["large", "medium", "small"]
    assert multi.predict([{"a": 0.9, "b": 0.9, "color": "red"}])[0]["prediction"] == "large"
    regression = train_model(_rows(), _settings("y"), "RIDGE_REGRESSION")
    assert regression.metrics["r2"] > 0.95
    assert {"mae", "mse", "rmse"} <= set(regression.metrics)
    assert abs(regression.predict([{"a": 0.5, "b": 0.5, "color": "red"}])[0]["prediction"] - 1.0) < 0.2
    settings = _settings("label")
    settings["splitParams"].update({"kfold": True, "nFolds": 3})
    kfold = train_model(_rows(), settings, "LOGISTIC_REGRESSION")
    assert "aucstd" in kfold.metrics and kfold.details["splitDesc"]["nFolds"] == 3


def test_clustering_kmeans_assigns_clusters() -> None:
    settings = guess_settings({"inputDataset": "d", "taskType": "CLUSTERING"}, COLUMNS, _rows())
    for name in ("id", "label", "kind", "color", "y"):
        settings["preprocessing"]["per_feature"][name]["role"] = "REJECT"
    settings["modeling"]["kmeans_clustering"]["k"] = [4]
    model = train_model(_rows(), settings, "KMEANS")
    assert len(model.details["facts"]["clusters"]) == 4
    assert sum(c["size"] for c in model.details["facts"]["clusters"]) == 600
    assert model.predict([{"a": 0.1, "b": 0.2}])[0]["cluster"].startswith("cluster_")


def test_a_row_missing_a_feature_is_refused_by_name() -> None:
    model = train_model(_rows(), _settings("label"), "LOGISTIC_REGRESSION")
    with pytest.raises(MissingFeatureError) as caught:
        model.predict([{"a": 0.3, "color": "red"}])
    assert caught.value.feature == "b"


def test_refusals_of_what_the_engine_does_not_do() -> None:
    settings = _settings("label")
    with pytest.raises(TrainingRefused, match="XGBOOST"):
        train_model(_rows(), settings, "XGBOOST_CLASSIFICATION")
    settings["preprocessing"]["per_feature"]["color"]["type"] = "TEXT"
    with pytest.raises(TrainingRefused, match="TEXT"):
        train_model(_rows(), settings, "LOGISTIC_REGRESSION")
    forecast = _settings("y")
    forecast["predictionType"] = "TIMESERIES_FORECAST"
    with pytest.raises(TrainingRefused, match="TIMESERIES_FORECAST"):
        train_model(_rows(), forecast, "RIDGE_REGRESSION")


def test_a_trained_model_pickles_and_predicts_the_same() -> None:
    model = train_model(_rows(), _settings("label"), "RANDOM_FOREST_CLASSIFICATION")
    row = [{"a": 0.4, "b": 0.7, "color": "green"}]
    assert pickle.loads(pickle.dumps(model)).predict(row) == model.predict(row)


def test_importing_the_engine_and_the_emulator_does_not_load_sklearn() -> None:
    code = (
        "import sys, dssclient.emulator.automation.ml_engine, dssclient.emulator.models.ml_tasks, "
        "dssclient.emulator.models.saved_models, dssclient.emulator.handlers, dssclient.dss.ml; "
        "print('sklearn' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_without_sklearn_training_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sklearn", None)
    with pytest.raises(ml_engine.MLEngineUnavailable, match=r"dssclient\[ml\]"):
        train_model(_rows(), _settings("label"), "LOGISTIC_REGRESSION")


def test_saved_model_versions_and_the_active_one() -> None:
    from dssclient.emulator.config import EmulatorConfig
    from dssclient.emulator.models.saved_models import SavedModels
    from dssclient.emulator.state import DSSState

    state = DSSState(EmulatorConfig())
    models = state.extension(SavedModels)
    trained = train_model(_rows(), _settings("label"), "LOGISTIC_REGRESSION")
    saved = models.create("P", "churn", "BINARY_CLASSIFICATION")
    first = models.add_version(saved, trained, activate=False)
    assert models.active_version(saved) is first  # the first version is active whatever asked
    second = models.add_version(saved, trained, activate=False)
    assert models.active_version(saved) is first and second.id == "2"
    third = models.add_version(saved, trained)
    assert models.active_version(saved) is third
    assert models.get("P", saved.id) is saved and models.of_project("P") == [saved]
    with pytest.raises(DSSError) as caught:
        models.get("P", "nope")
    assert caught.value.status == 404


def test_a_time_ordered_split_tests_on_the_last_rows_of_its_column() -> None:
    rows = _rows()
    params = {"ssdSplitMode": "SORTED", "ssdColumn": "b", "ssdTrainingRatio": 0.75}
    split = make_split(len(rows), params, rows=rows)
    assert max(rows[i]["b"] for i in split.train) <= min(rows[i]["b"] for i in split.test)
    descending = make_split(len(rows), params, rows=rows, ascending=False)
    assert min(rows[i]["b"] for i in descending.train) >= max(rows[i]["b"] for i in descending.test)
    settings = _settings("label")
    settings["splitParams"].update(params)
    settings["time"] = {"enabled": True, "timeVariable": "b", "ascending": False}
    model = train_model(rows, settings, "LOGISTIC_REGRESSION")
    assert model.details["splitDesc"]["ssdSplitMode"] == "SORTED"
    with pytest.raises(TrainingRefused, match="ssdColumn"):
        make_split(10, {"ssdSplitMode": "SORTED"})
    with pytest.raises(TrainingRefused, match="STRATIFIED"):
        make_split(10, {"ssdSplitMode": "STRATIFIED"})


def test_ensembles_combine_their_members_and_are_scored_on_the_held_out_rows() -> None:
    rows = _rows()
    settings = _settings("label")
    split = make_split(len(rows), settings["splitParams"])
    members = [
        train_model(rows, settings, a, split=split) for a in ("LOGISTIC_REGRESSION", "DECISION_TREE_CLASSIFICATION")
    ]
    held_out = [rows[i] for i in split.test]
    average = ml_engine.ensemble_model(held_out, settings, members, "PROBA_AVERAGE")
    assert average.algorithm == "PYTHON_ENSEMBLE" and average.metrics["auc"] > 0.9
    row = [{"a": 0.9, "b": 0.8, "color": "red"}]
    expected = sum(m.predict(row)[0]["probas"]["yes"] for m in members) / 2
    assert abs(average.predict(row)[0]["probas"]["yes"] - expected) < 1e-9
    vote = ml_engine.ensemble_model(held_out, settings, members, "VOTE")
    assert vote.predict(row)[0]["probas"]["yes"] in (0.0, 0.5, 1.0)
    # Scored on the held-out rows given: flipping their labels ruins the metrics.
    flipped = [dict(r, label="no" if r["label"] == "yes" else "yes") for r in held_out]
    assert ml_engine.ensemble_model(flipped, settings, members, "PROBA_AVERAGE").metrics["accuracy"] < 0.2
    regression = _settings("y")
    split = make_split(len(rows), regression["splitParams"])
    reg_members = [
        train_model(rows, regression, a, split=split) for a in ("RIDGE_REGRESSION", "RANDOM_FOREST_REGRESSION")
    ]
    median = ml_engine.ensemble_model([rows[i] for i in split.test], regression, reg_members, "MEDIAN")
    assert median.metrics["r2"] > 0.9
    with pytest.raises(TrainingRefused, match="VOTE"):
        ml_engine.ensemble_model([rows[i] for i in split.test], regression, reg_members, "VOTE")
    with pytest.raises(TrainingRefused, match="differ"):
        ml_engine.ensemble_model(held_out, settings, [members[0], reg_members[0]], "PROBA_AVERAGE")
    assert pickle.loads(pickle.dumps(average)).predict(row) == average.predict(row)


def test_the_models_bound_what_they_keep(monkeypatch: pytest.MonkeyPatch) -> None:
    from dssclient.emulator.config import EmulatorConfig
    from dssclient.emulator.models import ml_tasks, saved_models
    from dssclient.emulator.state import DSSState

    state = DSSState(EmulatorConfig())
    tasks = state.extension(ml_tasks.MLTasks)
    monkeypatch.setattr(ml_tasks, "MAX_SESSIONS_PER_TASK", 2)
    task = tasks.create("P", "d", _settings("label"))
    sessions = [tasks.new_session(task, None, None) for _ in range(2)]
    model = tasks.reserve_model(task, sessions[0], "LOGISTIC_REGRESSION")
    kept = tasks.reserve_model(task, sessions[1], "LOGISTIC_REGRESSION")
    tasks.new_session(task, None, None)  # a third: the oldest goes, with its models
    assert [s.id for s in task.sessions] == ["s2", "s3"]
    assert model.full_id not in task.models and kept.full_id in task.models
    monkeypatch.setattr(ml_tasks, "MAX_TASKS_PER_PROJECT", 1)
    with pytest.raises(DSSError) as caught:
        tasks.create("P", "d", _settings("label"))
    assert caught.value.status == 400
    monkeypatch.setattr(saved_models, "MAX_VERSIONS_PER_SAVED_MODEL", 2)
    models = state.extension(saved_models.SavedModels)
    trained = train_model(_rows(), _settings("label"), "LOGISTIC_REGRESSION")
    saved = models.create("P", "m", "BINARY_CLASSIFICATION")
    first = models.add_version(saved, trained)
    for _ in range(3):
        models.add_version(saved, trained, activate=False)
    assert list(saved.versions) == ["1", "4"] and models.active_version(saved) is first
