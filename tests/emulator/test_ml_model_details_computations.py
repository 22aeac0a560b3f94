"""The post-training computations of the emulator (issue 19) on models whose answers are known exactly.

The models here are plain functions of their inputs, so that the expected partial dependence,
subpopulation metrics and Shapley values can be derived by hand: a model that ignores a feature
gets a flat partial dependence and no Shapley importance on it; for an additive model the Shapley
value of a feature is its own term minus that term's average over the background rows.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pytest

from dssclient.emulator.errors import DSSError
from dssclient.emulator.models import ml_model_details as details


class FunctionModel:
    """A 'trained model' answering ``f(row)``: a value (regression) or the positive class's probability."""

    def __init__(self, prediction_type: str, features: list[str], f: Callable[[Mapping[str, Any]], float]) -> None:
        self.prediction_type = prediction_type
        self.target = "y"
        self.features = features
        self.classes = ["no", "yes"] if prediction_type == details.BINARY else None
        self.f = f
        self.calls = 0

    def predict(self, rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
        self.calls += 1
        answers: list[dict[str, Any]] = []
        for row in rows:
            value = self.f(row)
            if self.prediction_type == details.REGRESSION:
                answers.append({"prediction": value})
            else:
                label = "yes" if value >= 0.5 else "no"
                answers.append({"prediction": label, "probas": {"no": 1 - value, "yes": value}})
        return answers


def _rows(n: int = 400, seed: int = 3) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    for _ in range(n):
        x = rng.uniform(0, 10)
        plan = rng.choice(["free", "pro", "team"])
        noise = rng.uniform(0, 1)
        rows.append({"x": x, "plan": plan, "noise": noise, "y": 3 * x + (5 if plan == "pro" else 0)})
    return rows


def _additive(row: Mapping[str, Any]) -> float:
    return 3 * float(row["x"]) + (5 if row["plan"] == "pro" else 0)


def test_partial_dependence_of_an_additive_regression_follows_its_term() -> None:
    model = FunctionModel(details.REGRESSION, ["x", "plan", "noise"], _additive)
    rows = _rows()
    pd = details.partial_dependence(model, rows, "x", sample_size=100, random_state=7)
    assert pd["feature"] == "x" and pd["onSample"] is True and pd["nbRecords"] == 100
    bins, data = pd["featureBins"], pd["data"]
    assert len(bins) == details.PD_POINTS and len(data) == 1 and len(data[0]) == details.PD_POINTS
    # The model is 3x + ...: the dependence rises by 3 per unit of x, whatever the other features.
    slopes = {round((data[0][i + 1] - data[0][i]) / (bins[i + 1] - bins[i]), 6) for i in range(len(bins) - 1)}
    assert slopes == {3.0}
    assert sum(pd["distribution"]) == pytest.approx(1.0)
    flat = details.partial_dependence(model, rows, "noise", sample_size=100, random_state=7)
    assert all(abs(v) < 1e-9 for v in flat["data"][0])
    category = details.partial_dependence(model, rows, "plan", sample_size=1000, random_state=7)
    assert category["onSample"] is False and sorted(category["categories"]) == ["free", "pro", "team"]
    by_category = dict(zip(category["categories"], category["data"][0], strict=True))
    assert by_category["pro"] - by_category["free"] == pytest.approx(5.0)
    with pytest.raises(DSSError) as refused:
        details.partial_dependence(model, rows, "unknown", sample_size=10, random_state=1)
    assert refused.value.status == 400


def test_partial_dependence_of_a_classifier_is_in_log_odds() -> None:
    model = FunctionModel(details.BINARY, ["x"], lambda row: 0.2 if float(row["x"]) < 5 else 0.8)
    pd = details.partial_dependence(model, _rows(), "x", sample_size=50, random_state=1)
    first, last = pd["data"][0][0], pd["data"][0][-1]
    assert last - first == pytest.approx(math.log(0.8 / 0.2) - math.log(0.2 / 0.8))


def test_subpopulation_metrics_are_those_of_each_modality_rows() -> None:
    rows = _rows()
    # Right on "free" and "team", off by 2 on "pro": the analysis tells the modalities apart.
    model = FunctionModel(details.REGRESSION, ["x", "plan"], lambda r: _additive(r) + (2 if r["plan"] == "pro" else 0))
    predictions = model.predict(rows)
    analysis = details.subpopulation_analysis(
        model, rows, predictions, "plan", on_sample=False, random_state=1337, same_rows_as_split=True
    )
    assert analysis["computed_as_type"] == "CATEGORY" and analysis["nbRecords"] == len(rows)
    by_value = {m["value"]: m for m in analysis["modalities"]}
    assert set(by_value) == {"free", "pro", "team"}
    assert by_value["pro"]["performanceMetrics"]["mae"] == pytest.approx(2.0)
    assert by_value["free"]["performanceMetrics"]["mae"] == pytest.approx(0.0)
    assert sum(m["count"] for m in analysis["modalities"]) == len(rows)
    pro_targets = [r["y"] for r in rows if r["plan"] == "pro"]
    pro_average = sum(pro_targets) / len(pro_targets)
    assert by_value["pro"]["perf"]["globalMetrics"]["targetAvg"][0] == pytest.approx(pro_average)
    numeric = details.subpopulation_analysis(
        model, rows, predictions, "x", on_sample=False, random_state=1337, same_rows_as_split=True
    )
    assert numeric["computed_as_type"] == "NUMERIC" and len(numeric["modalities"]) == details.MAX_MODALITIES
    assert "gte" in numeric["modalities"][0] and all("gt" in m for m in numeric["modalities"][1:])
    assert sum(m["count"] for m in numeric["modalities"]) == len(rows)


def test_subpopulation_of_a_binary_classifier_measures_auc_and_leaves_out_single_class_modalities() -> None:
    rows = [{"x": i / 10, "g": "a" if i % 2 else "b", "y": "yes" if i >= 50 else "no"} for i in range(100)]
    rows += [{"x": 0.0, "g": "only-no", "y": "no"} for _ in range(5)]
    model = FunctionModel(details.BINARY, ["x", "g"], lambda r: min(max(float(r["x"]) / 10, 0.0), 1.0))
    model.target = "y"
    analysis = details.subpopulation_analysis(
        model, rows, model.predict(rows), "g", on_sample=False, random_state=1, same_rows_as_split=True
    )
    by_value = {m["value"]: m for m in analysis["modalities"]}
    assert by_value["a"]["performanceMetrics"]["auc"] == pytest.approx(1.0)
    assert by_value["only-no"]["excluded"] is True and "performanceMetrics" not in by_value["only-no"]


def test_shapley_values_of_an_additive_model_are_its_centred_terms() -> None:
    model = FunctionModel(details.REGRESSION, ["x", "plan", "noise"], _additive)
    rows = _rows(200)
    result = details.shapley_explanations(model, rows, n_explanations=None, mc_steps=30, num_samples=20)
    importance = result["absoluteImportance"]
    assert sum(importance.values()) == pytest.approx(1.0)
    assert max(importance, key=importance.__getitem__) == "x"
    assert importance["noise"] == 0.0
    # For an additive model, every order gives the same contribution: x's term minus the background's.
    explained_x = result["observations"]["x"]
    assert len(result["explanations"]["x"]) == 20 == result["nbRecords"]
    mean_x = sum(3 * float(r["x"]) for r in rows) / len(rows)
    for observed, value in zip(explained_x, result["explanations"]["x"], strict=True):
        assert value == pytest.approx(3 * observed - mean_x, abs=6.0)
    top_two = details.shapley_explanations(model, rows, n_explanations=2, mc_steps=5, num_samples=5)
    assert set(top_two["absoluteImportance"]) == {"x", "plan"}


def test_computations_are_bounded_and_refuse_bad_parameters() -> None:
    model = FunctionModel(details.REGRESSION, ["x", "plan", "noise"], _additive)
    rows = _rows(50)
    with pytest.raises(DSSError, match="at least 1"):
        details.shapley_explanations(model, rows, n_explanations=None, mc_steps=0, num_samples=5)
    with pytest.raises(DSSError, match="bound"):
        details.shapley_explanations(model, rows, n_explanations=None, mc_steps=10**6, num_samples=50)
    with pytest.raises(DSSError, match="at least 1"):
        details.partial_dependence(model, rows, "x", sample_size=0, random_state=1)
    clustering = FunctionModel(details.CLUSTERING, ["x"], lambda r: 0.0)
    with pytest.raises(DSSError, match="CLUSTERING"):
        details.partial_dependence(clustering, rows, "x", sample_size=10, random_state=1)


def test_binary_metrics_agree_with_scikit_learn() -> None:
    metrics = pytest.importorskip("sklearn.metrics")
    rng = random.Random(11)
    rows = [{"x": rng.random(), "y": rng.choice(["no", "yes"])} for _ in range(300)]
    # Ties on purpose: scores rounded to one decimal.
    model = FunctionModel(details.BINARY, ["x"], lambda r: round(float(r["x"]), 1))
    predictions = model.predict(rows)
    measured = details.performance(model, rows, predictions)["performanceMetrics"]
    truth = [1 if r["y"] == "yes" else 0 for r in rows]
    scores = [p["probas"]["yes"] for p in predictions]
    predicted = [1 if p["prediction"] == "yes" else 0 for p in predictions]
    assert measured["auc"] == pytest.approx(metrics.roc_auc_score(truth, scores))
    assert measured["logLoss"] == pytest.approx(metrics.log_loss(truth, scores))
    assert measured["f1"] == pytest.approx(metrics.f1_score(truth, predicted))
    assert measured["accuracy"] == pytest.approx(metrics.accuracy_score(truth, predicted))


def _engine_rows(n: int = 300, seed: int = 4) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    for _ in range(n):
        x = rng.uniform(0, 10)
        plan = rng.choice(["free", "pro"])
        amount = 3 * x + (4 if plan == "pro" else 0) + rng.gauss(0, 0.5)
        rows.append({"x": f"{x:.4f}", "plan": plan, "amount": f"{amount:.4f}"})
    return rows


def _engine_settings(algorithm_key: str, params: dict[str, Any]) -> dict[str, Any]:
    return {
        "taskType": "PREDICTION",
        "predictionType": "REGRESSION",
        "targetVariable": "amount",
        "preprocessing": {
            "per_feature": {
                "x": {"type": "NUMERIC", "role": "INPUT", "rescaling": "AVGSTD", "missing_impute_with": "MEAN"},
                "plan": {"type": "CATEGORY", "role": "INPUT", "category_handling": "DUMMIFY"},
                "amount": {"type": "NUMERIC", "role": "TARGET"},
            }
        },
        "splitParams": {"ttPolicy": "SPLIT_SINGLE_DATASET", "ssdTrainingRatio": 0.8, "ssdSeed": 1337},
        "modeling": {algorithm_key: {"enabled": True, **params}},
    }


def test_exported_trees_predict_what_the_model_predicts() -> None:
    ml_engine = pytest.importorskip("dssclient.emulator.automation.ml_engine")
    pytest.importorskip("sklearn")
    rows = _engine_rows()
    trained = ml_engine.train_model(
        rows, _engine_settings("decision_tree_regression", {"max_depth": 4}), "DECISION_TREE_REGRESSION"
    )
    structure = ml_engine.fitted_structure(trained)
    assert structure["featureNames"] == ["x", "dummy:plan:free", "dummy:plan:pro"]
    (tree,) = structure["trees"]["trees"]

    def walk(row: dict[str, Any]) -> float:
        # The thresholds are in the features' own units: the raw values find the leaf.
        node = 0
        while tree["leftChild"][node] >= 0:
            name = structure["featureNames"][tree["feature"][node]]
            value = float(row["x"]) if name == "x" else float(name == f"dummy:plan:{row['plan']}")
            node = tree["leftChild"][node] if value <= tree["threshold"][node] else tree["rightChild"][node]
        return float(tree["predict"][node])

    predicted = trained.predict(rows[:50])
    assert [walk(r) for r in rows[:50]] == pytest.approx([p["prediction"] for p in predicted])
    assert tree["nSamples"][0] == trained.details["trainInfo"]["trainRows"]
    assert structure["coefPaths"] is None


def test_lasso_coefficient_path_ends_at_the_model_coefficients() -> None:
    ml_engine = pytest.importorskip("dssclient.emulator.automation.ml_engine")
    pytest.importorskip("sklearn")
    rows = _engine_rows()
    trained = ml_engine.train_model(rows, _engine_settings("lasso_regression", {"alpha": 0.05}), "LASSO_REGRESSION")
    split = ml_engine.make_split(len(rows), trained.details["splitDesc"])
    paths = ml_engine.fitted_structure(trained, [rows[i] for i in split.train])["coefPaths"]
    assert paths["features"] == ["x", "dummy:plan:free", "dummy:plan:pro"]
    assert paths["alphas"][-1] == pytest.approx(0.05) and paths["alphas"] == sorted(paths["alphas"], reverse=True)
    assert all(c == pytest.approx(0.0, abs=1e-9) for c in paths["path"][0][0])
    model_coefficients = list(trained.pipeline.named_steps["model"].coef_)
    assert paths["path"][paths["currentIndex"]][0] == pytest.approx(model_coefficients, rel=1e-3, abs=1e-6)
    assert ml_engine.fitted_structure(trained)["trees"] is None
