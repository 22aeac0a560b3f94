"""The engine's ``iperf`` (issue 19 follow-up): coefficients brought back to the features' own units
whatever the rescaling, importances of tree models, none for multiclass linear models."""

from __future__ import annotations

import random
from typing import Any

import pytest

from dssclient.emulator.automation.ml_engine import train_model
from dssclient.emulator.models.ml_defaults import guess_settings

pytest.importorskip("sklearn")

COLUMNS = [
    {"name": "a", "type": "double"},
    {"name": "b", "type": "double"},
    {"name": "y", "type": "double"},
    {"name": "kind", "type": "string"},
]


def _rows(n: int = 300) -> list[dict[str, Any]]:
    rng = random.Random(3)
    rows: list[dict[str, Any]] = []
    for _ in range(n):
        a, b = rng.uniform(0, 100), rng.uniform(-5, 5)
        rows.append({"a": a, "b": b, "y": 2 * a - 4 * b + 10, "kind": ["s", "m", "l"][int(a) % 3]})
    return rows


def _settings(target: str, rescaling: str) -> dict[str, Any]:
    settings = guess_settings(
        {"inputDataset": "d", "taskType": "PREDICTION", "targetVariable": target}, COLUMNS, _rows()
    )
    per_feature = settings["preprocessing"]["per_feature"]
    for name in ("a", "b"):
        per_feature[name]["rescaling"] = rescaling
    for name in ("y", "kind"):
        if name != target:
            per_feature[name]["role"] = "REJECT"
    return settings


@pytest.mark.parametrize("rescaling", ["AVGSTD", "MINMAX", "NONE"])
def test_rescaled_coefficients_are_in_the_features_units(rescaling: str) -> None:
    trained = train_model(_rows(), _settings("y", rescaling), "LEASTSQUARE_REGRESSION")
    linear = trained.details["iperf"]["lmCoefficients"]
    rescaled = dict(zip(linear["variables"], linear["rescaledCoefs"], strict=True))
    assert rescaled == pytest.approx({"a": 2.0, "b": -4.0}, abs=1e-6)
    assert linear["rescaledInterceptCoef"] == pytest.approx(10.0, abs=1e-6)
    if rescaling == "NONE":
        assert linear["coefs"] == pytest.approx(linear["rescaledCoefs"])
    else:
        assert linear["coefs"] != pytest.approx(linear["rescaledCoefs"])


def test_trees_have_importances_and_multiclass_linear_models_no_coefficients() -> None:
    forest = train_model(_rows(), _settings("y", "AVGSTD"), "RANDOM_FOREST_REGRESSION")
    importance = forest.details["iperf"]["rawImportance"]
    assert importance["variables"][importance["importances"].index(max(importance["importances"]))] == "a"
    assert sum(importance["importances"]) == pytest.approx(1.0)
    assert "lmCoefficients" not in forest.details["iperf"]
    multiclass = train_model(_rows(), _settings("kind", "AVGSTD"), "LOGISTIC_REGRESSION")
    assert multiclass.prediction_type == "MULTICLASS"
    assert multiclass.details["iperf"] == {}  # DSS computes coefficients for one vector only
