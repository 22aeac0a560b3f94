# Derived from tests/e2e/aio/test_ml_model_details.py by scripts/unasync.py: do not edit.
"""The details of trained models, end to end (issue 19): read, computed on, annotated, documented.

The models are trained by the emulator on a dataset built so that one column decides the target
(``x``; ``noise`` does not matter, ``plan`` a little): the post-training computations must see it
(the feature importance and the Shapley values rank ``x`` first, the partial dependence on ``x``
rises), and their metrics agree with the ones the training measured on the same held-out rows.
"""

from __future__ import annotations

import io
import random
import zipfile
from types import SimpleNamespace
from typing import Any

import pytest

from dssclient import BadRequestError, DSSClient, FutureFailedError, NotFoundError, PermissionDeniedError
from dssclient.dss.ml import (
    DSSMLTask,
    DSSPartialDependencies,
    DSSSubpopulationAnalyses,
    DSSSubpopulationModalityDefinition,
    DSSTrainedClusteringModelDetails,
    DSSTrainedPredictionModelDetails,
    DSSTrainedTimeseriesForecastingModelDetails,
)
from dssclient.dss.project import DSSProject
from dssclient.emulator.models.saved_models import SavedModels
from tests.e2e.sync.automation_helpers import upload_csv

PROJECT = "MLD"
SHARED_WITH_READERS = [{"group": "readers", "readProjectContent": True}]


def _csv(n: int = 500, seed: int = 5) -> bytes:
    """``x`` decides ``label`` (with a little noise) and ``amount``; ``noise`` decides nothing."""
    rng = random.Random(seed)
    lines = ["x,noise,plan,label,amount"]
    for _ in range(n):
        x = rng.uniform(0, 10)
        noise = rng.uniform(0, 10)
        plan = rng.choice(["free", "pro", "team"])
        label = "yes" if x + rng.gauss(0, 1) > 5 else "no"
        amount = 3 * x + rng.gauss(0, 1)
        lines.append(f"{x:.4f},{noise:.4f},{plan},{label},{amount:.4f}")
    return ("\n".join(lines) + "\n").encode()


def _project(client: DSSClient) -> DSSProject:
    project = client.create_project(PROJECT, "ML details", "admin", permissions=SHARED_WITH_READERS)
    upload_csv(project, "customers", _csv())
    return project


def _train(
    project: DSSProject, target: str, algorithms: dict[str, bool], prediction_type: str | None = None
) -> tuple[DSSMLTask, dict[str, str]]:
    """A task on ``customers`` predicting ``target`` with the given algorithms (by settings key), trained."""
    mltask = project.create_prediction_ml_task("customers", target, prediction_type=prediction_type)
    settings = mltask.get_settings()
    raw = settings.get_raw()
    for key in list(raw["modeling"]):
        if isinstance(raw["modeling"][key], dict) and "enabled" in raw["modeling"][key]:
            raw["modeling"][key]["enabled"] = algorithms.get(key, False)
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


def _details(mltask: DSSMLTask, model_id: str) -> DSSTrainedPredictionModelDetails:
    details = mltask.get_trained_model_details(model_id)
    assert isinstance(details, DSSTrainedPredictionModelDetails)
    return details


@pytest.fixture
def binary(client: DSSClient) -> tuple[DSSMLTask, dict[str, str]]:
    project = _project(client)
    return _train(project, "label", {"random_forest_classification": True, "logistic_regression": True})


def test_details_read_what_the_training_did(binary: tuple[DSSMLTask, dict[str, str]]) -> None:
    mltask, ids = binary
    details = _details(mltask, ids["RANDOM_FOREST_CLASSIFICATION"])
    assert details.full_id == ids["RANDOM_FOREST_CLASSIFICATION"] == details.mltask_model_id
    metrics = details.get_performance_metrics()
    assert 0.8 < metrics["auc"] <= 1.0 and "accuracy" in metrics
    assert not {"trainInfo", "userMeta", "fullModelId", "algorithm"} & set(metrics)
    info = details.get_train_info()
    assert info["trainRows"] + info["testRows"] == 500
    assert details.get_modeling_settings()["algorithm"] == "RANDOM_FOREST_CLASSIFICATION"
    assert set(details.get_preprocessing_settings()["per_feature"]) == {"x", "noise", "plan"}
    assert "resolved" in details.get_actual_modeling_params()
    with pytest.raises(ValueError, match="hyperparameter"):
        details.get_hyperparameter_search_points()


def test_partial_dependence_rises_with_the_deciding_feature(
    binary: tuple[DSSMLTask, dict[str, str]],
) -> None:
    mltask, ids = binary
    details = _details(mltask, ids["LOGISTIC_REGRESSION"])
    assert (details.get_partial_dependencies()).list_features() == []
    computed = details.compute_partial_dependencies(["x", "plan"], sample_size=50, random_state=3)
    assert isinstance(computed, DSSPartialDependencies)
    assert sorted(computed.list_features()) == ["plan", "x"]
    on_x = computed.get_partial_dependence("x")
    raw = on_x.get_raw()
    assert on_x.get_computation_params() == {"nbRecords": 50, "randomState": 3, "onSample": True}
    curve = raw["data"][0]
    assert len(curve) == len(raw["featureBins"]) == 50
    # A logistic regression on x: the log-odds of "yes" rise with x all along (DSS clips the
    # probabilities to [0.01, 0.99] first, so they level off at the ends).
    assert all(b >= a - 1e-9 for a, b in zip(curve, curve[1:], strict=False))
    assert curve[-1] - curve[0] > 4
    assert sorted(computed.get_partial_dependence("plan").get_raw()["categories"]) == ["free", "pro", "team"]
    again = details.get_partial_dependencies()
    assert again.get_raw() == computed.get_raw()
    with pytest.raises(ValueError, match="cannot be found"):
        again.get_partial_dependence("noise")


def test_subpopulation_analyses_measure_each_modality_on_the_held_out_rows(
    binary: tuple[DSSMLTask, dict[str, str]],
) -> None:
    mltask, ids = binary
    details = _details(mltask, ids["RANDOM_FOREST_CLASSIFICATION"])
    analyses = details.compute_subpopulation_analyses("plan")
    assert isinstance(analyses, DSSSubpopulationAnalyses)
    assert analyses.list_analyses() == ["plan"]
    # The held-out rows, all of them: the same metrics as the training measured on them.
    overall = analyses.get_global()
    test_rows = details.get_train_info()["testRows"]
    assert overall.get_performance_metrics()["auc"] == pytest.approx(details.get_performance_metrics()["auc"])
    assert overall.get_prediction_info()["testWeight"] == test_rows
    plan = analyses.get_analysis("plan")
    assert plan.computed_as_type == "CATEGORY"
    assert plan.get_computation_params() == {"nbRecords": test_rows, "randomState": 1337, "onSample": False}
    modalities = {m.get_definition().value: m for m in plan.modalities}  # type: ignore[attr-defined]
    assert set(modalities) == {"free", "pro", "team"}
    assert sum(m.get_raw()["count"] for m in plan.modalities) == test_rows
    pro = plan.get_modality_data("pro")
    assert pro is modalities["pro"] and 0.5 < pro.get_performance_metrics()["auc"] <= 1
    assert 0 <= pro.get_prediction_info()["actualPositiveRatio"] <= 1
    with pytest.raises(ValueError, match="missing values"):
        plan.get_modality_data(DSSSubpopulationModalityDefinition.MISSING_VALUES)
    numeric = details.compute_subpopulation_analyses(["x"])
    assert isinstance(numeric, DSSSubpopulationAnalyses)
    assert numeric.list_analyses() == ["plan", "x"]
    on_x = numeric.get_analysis("x")
    assert on_x.computed_as_type == "NUMERIC"
    lowest = on_x.modalities[0].get_raw()["gte"]
    assert on_x.get_modality_data(lowest) is on_x.modalities[0]
    with pytest.raises(ValueError, match="Modality not found"):
        on_x.get_modality_data(lowest - 1)
    assert (details.get_subpopulation_analyses()).get_raw() == numeric.get_raw()


def test_shapley_importance_ranks_the_deciding_feature_first(
    binary: tuple[DSSMLTask, dict[str, str]],
) -> None:
    mltask, ids = binary
    details = _details(mltask, ids["RANDOM_FOREST_CLASSIFICATION"])
    with pytest.raises(ValueError, match="compute_shapley_feature_importance"):
        details.get_global_explanations()
    future = details.compute_shapley_feature_importance(mc_steps=10, num_samples=30)
    result = future.wait_for_result()
    explanations = details.get_global_explanations()
    assert explanations.get_raw() == result
    importance = explanations.get_absolute_importance()
    assert importance is not None
    assert sum(importance.values()) == pytest.approx(1.0)
    assert max(importance, key=importance.__getitem__) == "x"
    assert importance["x"] > importance["noise"]
    observations = explanations.get_observations()
    assert len(observations["explanations"]["x"]) == len(observations["observations"]["x"]) == 30
    with pytest.raises(ValueError, match="not available"):
        explanations.get_facts()
    top = (details.compute_shapley_feature_importance(n_explanations=1, mc_steps=5, num_samples=10)).wait_for_result()
    assert list(top["absoluteImportance"]) == ["x"]


def test_random_forest_trees_are_its_fitted_trees(binary: tuple[DSSMLTask, dict[str, str]]) -> None:
    mltask, ids = binary
    details = _details(mltask, ids["RANDOM_FOREST_CLASSIFICATION"])
    tree_set = details.get_trees()
    assert tree_set.get_classes() == ["no", "yes"]
    assert set(tree_set.get_feature_names()) == {"x", "noise", "dummy:plan:free", "dummy:plan:pro", "dummy:plan:team"}
    trees = tree_set.get_trees()
    assert len(trees) == 100  # the task's guess: 100 trees
    root = trees[0].get_root()
    info = root.get_split_info()
    left, right = root.get_left_child(), root.get_right_child()
    assert left is not None and right is not None
    assert left.get_split_info()["nSamples"] + right.get_split_info()["nSamples"] == info["nSamples"]
    assert sum(info["probas"]) == pytest.approx(1.0)
    # Splits on x are at values of x itself (0 to 10), not on its rescaled values.
    x_splits = [
        t.get_root().get_split_info()["threshold"] for t in trees if t.get_root().get_split_info()["feature"] == "x"
    ]
    assert x_splits and all(2 < s < 8 for s in x_splits)
    with pytest.raises(BadRequestError, match="no tree data"):
        (_details(mltask, ids["LOGISTIC_REGRESSION"])).get_trees()


def test_lasso_coefficient_paths_end_at_the_model(client: DSSClient) -> None:
    project = _project(client)
    mltask, ids = _train(project, "amount", {"lasso_regression": True, "random_forest_regression": True})
    details = _details(mltask, ids["LASSO_REGRESSION"])
    paths = details.get_coefficient_paths()
    raw = paths.get_raw()
    assert "x" in paths.get_feature_names()
    on_x = paths.get_coefficient_path("x")
    assert on_x is not None and len(on_x) == len(raw["alphas"])
    # From the strongest regularization (every coefficient 0) to the model's own (x weighs most).
    assert on_x[0] == pytest.approx(0.0) and on_x[-1] > 1
    assert abs((paths.get_coefficient_path("noise") or [0.0])[-1]) < on_x[-1]
    with pytest.raises(BadRequestError, match="no coefficient paths"):
        (_details(mltask, ids["RANDOM_FOREST_REGRESSION"])).get_coefficient_paths()
    regression = _details(mltask, ids["RANDOM_FOREST_REGRESSION"])
    analyses = regression.compute_subpopulation_analyses("plan", wait=False)
    result = DSSSubpopulationAnalyses(analyses.wait_for_result(), "REGRESSION")
    assert result.get_global().get_performance_metrics()["r2"] == pytest.approx(
        regression.get_performance_metrics()["r2"]
    )
    assert set(result.get_global().get_prediction_info()) >= {"predictedAvg", "actualStd"}


def test_user_meta_is_saved_with_the_model(binary: tuple[DSSMLTask, dict[str, str]]) -> None:
    mltask, ids = binary
    details = _details(mltask, ids["LOGISTIC_REGRESSION"])
    meta = details.get_user_meta()
    meta["name"] = "Baseline"
    meta["description"] = "The linear one"
    meta["labels"] = [{"key": "owner", "value": "ml-team"}]
    details.save_user_meta()
    reread = (_details(mltask, ids["LOGISTIC_REGRESSION"])).get_user_meta()
    assert (reread["name"], reread["description"], reread["labels"]) == (
        "Baseline",
        "The linear one",
        [{"key": "owner", "value": "ml-team"}],
    )
    other = (_details(mltask, ids["RANDOM_FOREST_CLASSIFICATION"])).get_user_meta()
    assert other["name"] != "Baseline"


def test_a_saved_model_version_has_its_own_computations(
    client: DSSClient, binary: tuple[DSSMLTask, dict[str, str]], dss_emulator: Any
) -> None:
    mltask, ids = binary
    deployed = mltask.deploy_to_flow(ids["LOGISTIC_REGRESSION"], "churn", "customers")
    saved_model_id = deployed["savedModelId"]
    lab = _details(mltask, ids["LOGISTIC_REGRESSION"])
    lab.compute_partial_dependencies("x", sample_size=20)
    project = client.get_project(PROJECT)
    with dss_emulator.state.lock:
        version_id = dss_emulator.state.extension(SavedModels).get(PROJECT, saved_model_id).active_version_id
    # The saved model's handle is the savedmodels area's: the details need only its client and ids.
    handle = SimpleNamespace(client=client, project_key=PROJECT, sm_id=saved_model_id)
    # (The version's details name the lab model it came from, as DSS's do.)
    details = {**lab.details, "smOrigin": {"fullModelId": ids["LOGISTIC_REGRESSION"]}}
    version = DSSTrainedPredictionModelDetails(details, lab.snippet, saved_model=handle, saved_model_version=version_id)
    # The version's results are its own: none yet, though the lab model has some.
    assert (version.get_partial_dependencies()).list_features() == []
    computed = version.compute_partial_dependencies("plan", sample_size=20)
    assert isinstance(computed, DSSPartialDependencies) and computed.list_features() == ["plan"]
    assert (lab.get_partial_dependencies()).list_features() == ["x"]
    version.get_user_meta()["name"] = "In the flow"
    version.save_user_meta()
    origin = version.get_origin_analysis_trained_model()
    assert origin is not None and origin.full_id == ids["LOGISTIC_REGRESSION"]
    assert project.project_key == PROJECT
    with pytest.raises(ValueError, match="ML task"):
        version.get_trees()
    (version.compute_shapley_feature_importance(mc_steps=3, num_samples=5)).wait_for_result()
    assert (version.get_global_explanations()).get_observations()["observations"] is not None
    with pytest.raises(ValueError, match="compute_shapley_feature_importance"):
        lab.get_global_explanations()
    analyses = version.compute_subpopulation_analyses("plan")
    assert analyses.list_analyses() == ["plan"]
    export = (version.generate_documentation()).wait_for_result()
    stream = version.download_documentation_stream(export["exportId"])
    assert (stream.read())[:2] == b"PK"
    stream.close()
    # Documents of saved model versions and of lab models are downloaded from their own routes.
    with pytest.raises(NotFoundError):
        lab.download_documentation_stream(export["exportId"])
    with pytest.raises(BadRequestError, match="Java scoring JAR"):
        version.get_scoring_jar_stream()


def test_documentation_from_the_default_template(binary: tuple[DSSMLTask, dict[str, str]], tmp_path: Any) -> None:
    mltask, ids = binary
    details = _details(mltask, ids["LOGISTIC_REGRESSION"])
    future = details.generate_documentation()
    result = future.wait_for_result()
    target = tmp_path / "model.docx"
    details.download_documentation_to_file(result["exportId"], target)
    document = zipfile.ZipFile(io.BytesIO(target.read_bytes())).read("word/document.xml").decode()
    assert "LOGISTIC_REGRESSION" in document and "auc" in document
    with pytest.raises(ValueError, match="Both folder id and path"):
        details.generate_documentation(folder_id="F")
    with pytest.raises(BadRequestError, match="default template only"):
        details.generate_documentation(folder_id="F", path="/template.docx")
    with pytest.raises(BadRequestError, match="default template only"):
        details.generate_documentation_from_custom_template(b"PK not a template")
    with pytest.raises(NotFoundError):
        details.download_documentation_to_file("model-documentation-999", tmp_path / "none.docx")


def test_what_the_emulator_cannot_export_is_refused(binary: tuple[DSSMLTask, dict[str, str]]) -> None:
    mltask, ids = binary
    details = _details(mltask, ids["RANDOM_FOREST_CLASSIFICATION"])
    with pytest.raises(BadRequestError, match="Java scoring JAR"):
        details.get_scoring_jar_stream()
    with pytest.raises(BadRequestError, match="PMML"):
        details.get_scoring_pmml_stream()
    with pytest.raises(BadRequestError, match="Python scoring format"):
        details.get_scoring_python_stream()
    with pytest.raises(BadRequestError, match="MLflow"):
        details.get_scoring_mlflow_stream()
    with pytest.raises(BadRequestError, match="Databricks"):
        details.export_to_databricks_registry("dbx", False, "m", "e")
    with pytest.raises(Exception, match="Only supported for Saved Model Versions"):
        details.export_to_snowflake_function("sf", "f")


def test_rights_and_unknown_models(binary: tuple[DSSMLTask, dict[str, str]], reader_client: DSSClient) -> None:
    mltask, ids = binary
    model_id = ids["LOGISTIC_REGRESSION"]
    as_reader = reader_client.get_project(PROJECT).get_ml_task(mltask.analysis_id, mltask.mltask_id)
    details = _details(as_reader, model_id)
    # A reader reads the results, and may not compute or annotate.
    assert (details.get_partial_dependencies()).list_features() == []
    with pytest.raises(PermissionDeniedError):
        details.compute_partial_dependencies("x")
    with pytest.raises(PermissionDeniedError):
        details.save_user_meta()
    with pytest.raises(PermissionDeniedError):
        details.compute_shapley_feature_importance()
    unknown = DSSTrainedPredictionModelDetails(
        details.details, details.snippet, mltask=mltask, mltask_model_id=model_id.replace("-m", "-m9")
    )
    with pytest.raises(NotFoundError):
        unknown.get_partial_dependencies()
    own = _details(mltask, model_id)
    with pytest.raises(BadRequestError, match="Not a feature"):
        own.compute_partial_dependencies("label")
    with pytest.raises(BadRequestError, match="not a time series"):
        DSSTrainedTimeseriesForecastingModelDetails(
            own.details, own.snippet, mltask=mltask, mltask_model_id=model_id
        ).get_per_timeseries_metrics()


def test_clustering_details_facts_and_scatter_plots(client: DSSClient) -> None:
    project = _project(client)
    mltask = project.create_clustering_ml_task("customers")
    model_ids = mltask.train()
    details = mltask.get_trained_model_details(model_ids[0])
    assert isinstance(details, DSSTrainedClusteringModelDetails)
    facts = details.get_facts()
    clusters = facts.get_raw()["clusters"]
    assert sum(facts.get_cluster_size(i) for i in range(len(clusters))) == 500
    assert facts.get_facts_for_cluster_and_feature(0, "x") == [
        f for f in facts.get_facts_for_cluster(0) if f["feature_label"] == "x"
    ]
    assert "fullModelId" not in details.get_performance_metrics()
    scatter = details.get_scatter_plots()
    assert {"x", "noise", "plan"} <= set(scatter.get_feature_names())
    plot = scatter.get_scatter_plot("x", "noise")
    assert len(plot["cluster"]) == len(plot["x"]) == len(plot["y"]) == 500
    assert plot["x"] != plot["y"]
    assert set(plot["cluster"]) == {c["cluster"] for c in clusters if c["size"] > 0}
    predicting, ids = _train(project, "label", {"logistic_regression": True})
    prediction = _details(predicting, ids["LOGISTIC_REGRESSION"])
    as_clustering = DSSTrainedClusteringModelDetails(
        prediction.details, prediction.snippet, mltask=predicting, mltask_model_id=ids["LOGISTIC_REGRESSION"]
    )
    with pytest.raises(BadRequestError, match="for clustering models"):
        as_clustering.get_scatter_plots()


def test_a_multiclass_model_has_a_partial_dependence_per_class(client: DSSClient) -> None:
    project = _project(client)
    mltask, ids = _train(project, "plan", {"logistic_regression": True}, prediction_type="MULTICLASS")
    details = _details(mltask, ids["LOGISTIC_REGRESSION"])
    computed = details.compute_partial_dependencies("x", sample_size=30)
    curves = computed.get_partial_dependence("x").get_raw()["data"]
    assert len(curves) == 3 and all(len(curve) == 50 for curve in curves)
    # Subpopulations: binary classifiers and regressions only, as DSS computes them. Shapley values: DSS
    # explains a multiclass model class by class, which the emulator does not do (refused, not guessed).
    with pytest.raises(BadRequestError, match="MULTICLASS"):
        details.compute_subpopulation_analyses("x")
    with pytest.raises(BadRequestError, match="MULTICLASS"):
        details.compute_shapley_feature_importance()


def test_an_ensemble_is_computed_on_as_a_black_box(binary: tuple[DSSMLTask, dict[str, str]]) -> None:
    mltask, ids = binary
    ensemble_id = mltask.ensemble(list(ids.values()), "PROBA_AVERAGE")
    details = _details(mltask, ensemble_id)
    analyses = details.compute_subpopulation_analyses("plan")
    assert analyses.get_global().get_performance_metrics()["auc"] == pytest.approx(
        details.get_performance_metrics()["auc"]
    )
    with pytest.raises(BadRequestError, match="no tree data"):
        details.get_trees()


def test_the_test_rows_are_the_sessions_split_data(client: DSSClient) -> None:
    project = _project(client)
    mltask, ids = _train(project, "label", {"logistic_regression": True})
    details = _details(mltask, ids["LOGISTIC_REGRESSION"])
    # The dataset changes after the training: the session's split data still holds the test rows.
    dataset = project.get_dataset("customers")
    dataset.clear()
    dataset.uploaded_add_file(io.BytesIO(_csv(n=100, seed=9)), "customers.csv")
    analyses = details.compute_subpopulation_analyses("plan")
    assert analyses.get_global().get_performance_metrics()["auc"] == pytest.approx(
        details.get_performance_metrics()["auc"]
    )
    # Without the split data, the dataset no longer holds the rows the model was tested on: refused.
    mltask.remove_all_splits()
    with pytest.raises(FutureFailedError, match="cannot find its test rows again"):
        details.compute_partial_dependencies("x")
