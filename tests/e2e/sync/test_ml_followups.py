# Derived from tests/e2e/aio/test_ml_followups.py by scripts/unasync.py: do not edit.
"""Issue 19 follow-ups, end to end: the feature importance and linear coefficients of the training
details (``iperf``), the origin of a saved model version deployed from the lab (``smOrigin``).

The dataset is built so that one column decides the target (``x``); ``noise`` decides nothing and
``plan`` (dummified) nothing either.
"""

from __future__ import annotations

import random

import pytest

from dssclient import DSSClient
from dssclient.dss.ml import DSSMLTask, DSSTrainedPredictionModelDetails
from dssclient.dss.project import DSSProject
from tests.e2e.sync.automation_helpers import upload_csv

PROJECT = "MLFOLLOW"


def _csv(n: int = 400, seed: int = 11) -> bytes:
    """``x`` decides ``label`` and ``amount`` (``amount = 3x + 7`` plus a little noise)."""
    rng = random.Random(seed)
    lines = ["x,noise,plan,label,amount"]
    for _ in range(n):
        x = rng.uniform(0, 10)
        noise = rng.uniform(0, 10)
        plan = rng.choice(["free", "pro", "team"])
        label = "yes" if x + rng.gauss(0, 0.5) > 5 else "no"
        amount = 3 * x + 7 + rng.gauss(0, 0.1)
        lines.append(f"{x:.4f},{noise:.4f},{plan},{label},{amount:.4f}")
    return ("\n".join(lines) + "\n").encode()


def _trained(project: DSSProject, target: str, algorithms: set[str]) -> tuple[DSSMLTask, dict[str, str]]:
    """A task predicting ``target`` with the given algorithms (settings keys), trained; ids by algorithm."""
    mltask = project.create_prediction_ml_task("customers", target)
    settings = mltask.get_settings()
    raw = settings.get_raw()
    for key, value in raw["modeling"].items():
        if isinstance(value, dict) and "enabled" in value:
            value["enabled"] = key in algorithms
    for column in ("label", "amount"):
        if column != target:
            raw["preprocessing"]["per_feature"][column]["role"] = "REJECT"
    settings.save()
    ids = mltask.train()
    by_algorithm: dict[str, str] = {}
    for model_id in ids:
        details = mltask.get_trained_model_details(model_id)
        by_algorithm[details.get_raw()["algorithm"]] = model_id
    return mltask, by_algorithm


@pytest.fixture
def project(client: DSSClient) -> DSSProject:
    created = client.create_project(PROJECT, "ML follow-ups", "admin")
    upload_csv(created, "customers", _csv())
    return created


def test_random_forest_importance_ranks_the_deciding_feature_first(project: DSSProject) -> None:
    mltask, ids = _trained(project, "label", {"random_forest_classification"})
    details = mltask.get_trained_model_details(ids["RANDOM_FOREST_CLASSIFICATION"])
    importance = details.get_raw()["iperf"]["rawImportance"]
    variables, importances = importance["variables"], importance["importances"]
    assert len(variables) == len(importances) > 1
    ranked = sorted(zip(importances, variables, strict=True), reverse=True)
    assert ranked[0][1] == "x" and ranked[0][0] > 0.5
    assert sum(importances) == pytest.approx(1.0)
    # DSS's names of the preprocessed features: numeric ones by name, dummies as dummy:<feature>:<value>.
    assert "noise" in variables and {"dummy:plan:free", "dummy:plan:pro"} <= set(variables)
    assert all(v > 0 for v in importances)


def test_linear_models_have_their_coefficients(project: DSSProject) -> None:
    mltask, ids = _trained(project, "label", {"logistic_regression"})
    details = mltask.get_trained_model_details(ids["LOGISTIC_REGRESSION"])
    iperf = details.get_raw()["iperf"]
    assert "rawImportance" not in iperf  # a logistic regression has no feature importances
    coefficients = iperf["lmCoefficients"]
    by_name = dict(zip(coefficients["variables"], coefficients["coefs"], strict=True))
    assert max(by_name, key=lambda name: abs(by_name[name])) == "x"
    assert by_name["x"] > 0  # more x: more "yes", the second class
    assert len(coefficients["rescaledCoefs"]) == len(coefficients["coefs"])
    assert isinstance(coefficients["interceptCoef"], float)

    # A least-squares regression: its coefficients in the features' own units are the generating ones.
    regression, regression_ids = _trained(project, "amount", {"leastsquare_regression"})
    raw = (regression.get_trained_model_details(regression_ids["LEASTSQUARE_REGRESSION"])).get_raw()
    linear = raw["iperf"]["lmCoefficients"]
    rescaled = dict(zip(linear["variables"], linear["rescaledCoefs"], strict=True))
    assert rescaled["x"] == pytest.approx(3.0, abs=0.02)
    assert abs(rescaled["noise"]) < 0.02
    assert linear["rescaledInterceptCoef"] + rescaled.get("dummy:plan:free", 0.0) == pytest.approx(7.0, abs=0.3)


def test_clustering_details_have_no_importance(project: DSSProject) -> None:
    mltask = project.create_clustering_ml_task("customers")
    ids = mltask.train()
    details = mltask.get_trained_model_details(ids[0])
    assert "rawImportance" not in details.get_raw()["iperf"]
    assert not isinstance(details, DSSTrainedPredictionModelDetails)


def test_a_deployed_version_names_the_lab_model_it_came_from(project: DSSProject) -> None:
    mltask, ids = _trained(project, "label", {"random_forest_classification", "logistic_regression"})
    deployed = mltask.deploy_to_flow(ids["LOGISTIC_REGRESSION"], "churn", "customers")
    saved_model = project.get_saved_model(deployed["savedModelId"])
    (first,) = saved_model.list_versions()
    details = saved_model.get_version_details(first["id"])
    assert details.get_raw()["smOrigin"]["fullModelId"] == ids["LOGISTIC_REGRESSION"]
    origin = details.get_origin_analysis_trained_model()
    assert origin is not None and origin is not details
    assert origin.get_raw_snippet()["fullModelId"] == ids["LOGISTIC_REGRESSION"]
    assert origin.get_raw()["algorithm"] == "LOGISTIC_REGRESSION"

    # A redeployed version names its own lab model; the first one keeps its origin.
    mltask.redeploy_to_flow(ids["RANDOM_FOREST_CLASSIFICATION"], saved_model_id=saved_model.id)
    versions = saved_model.list_versions()
    assert len(versions) == 2
    by_origin: dict[str, str] = {}
    for version in versions:
        version_details = saved_model.get_version_details(version["id"])
        by_origin[version["id"]] = version_details.get_raw()["smOrigin"]["fullModelId"]
    assert by_origin[first["id"]] == ids["LOGISTIC_REGRESSION"]
    assert set(by_origin.values()) == {ids["LOGISTIC_REGRESSION"], ids["RANDOM_FOREST_CLASSIFICATION"]}
    active = saved_model.get_active_version()
    assert active is not None
    redeployed = saved_model.get_version_details(active["id"])
    origin = redeployed.get_origin_analysis_trained_model()
    assert origin is not None and origin.get_raw()["algorithm"] == "RANDOM_FOREST_CLASSIFICATION"
