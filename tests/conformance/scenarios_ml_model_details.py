"""Conformance scenarios of trained models' details (issue 19): the official client reads a model the
emulator trained, computes partial dependencies, subpopulation analyses and Shapley values on it,
reads its trees, saves its user metadata and generates its documentation; and meets the refusals.

Both runs train the same models on the same rows with the same seeds: their results are equal.
"""

from __future__ import annotations

import io
import random
from typing import Any

import pytest

from tests.conformance.framework import scenario


def _csv(n: int = 300, seed: int = 8) -> bytes:
    rng = random.Random(seed)
    lines = ["x,noise,plan,label"]
    for _ in range(n):
        x = rng.uniform(0, 10)
        label = "yes" if x + rng.gauss(0, 1) > 5 else "no"
        lines.append(f"{x:.3f},{rng.uniform(0, 10):.3f},{rng.choice(['free', 'pro', 'team'])},{label}")
    return ("\n".join(lines) + "\n").encode()


def _trained(admin: Any) -> tuple[Any, dict[str, str]]:
    project = admin.create_project(
        "MLD", "ML details", "admin", permissions=[{"group": "readers", "readProjectContent": True}]
    )
    dataset = project.create_upload_dataset("customers")
    dataset.uploaded_add_file(io.BytesIO(_csv()), "customers.csv")
    dataset.autodetect_settings(infer_storage_types=True).save()
    mltask = project.create_prediction_ml_task("customers", "label")
    settings = mltask.get_settings()
    modeling = settings.get_raw()["modeling"]
    for key in list(modeling):
        if isinstance(modeling[key], dict) and "enabled" in modeling[key]:
            modeling[key]["enabled"] = key in ("random_forest_classification", "logistic_regression")
    modeling["random_forest_classification"]["n_estimators"] = {"values": [10]}
    settings.save()
    ids: dict[str, str] = {}
    for model_id in mltask.train():
        ids[mltask.get_trained_model_details(model_id).get_raw()["algorithm"]] = model_id
    return mltask, ids


def _rounded(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 9)
    if isinstance(value, dict):
        return {k: _rounded(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_rounded(v) for v in value]
    return value


@scenario(("getLabModelTrees", 400), ("getLabModelScoringJar", 400), ("computeLabModelPartialDependencies", 403))
def trained_model_details(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    mltask, ids = _trained(admin)
    forest = mltask.get_trained_model_details(ids["RANDOM_FOREST_CLASSIFICATION"])
    seen["class"] = type(forest).__name__
    seen["metrics"] = _rounded(forest.get_performance_metrics())
    seen["train"] = {k: forest.get_train_info()[k] for k in ("trainRows", "testRows")}
    seen["modeling"] = forest.get_modeling_settings()["algorithm"]
    seen["diagnostics"] = [d.get_type() for d in forest.get_diagnostics()]
    dependencies = forest.compute_partial_dependencies(["x", "plan"], sample_size=40, random_state=2)
    seen["pd_features"] = sorted(dependencies.list_features())
    seen["pd_x"] = _rounded(dependencies.get_partial_dependence("x").get_raw())
    seen["pd_params"] = dependencies.get_partial_dependence("plan").get_computation_params()
    seen["pd_again"] = _rounded(forest.get_partial_dependencies().get_raw())
    analyses = forest.compute_subpopulation_analyses("plan")
    seen["subpop"] = analyses.list_analyses()
    plan = analyses.get_analysis("plan")
    seen["modalities"] = sorted(str(d) for d in plan.list_modalities())
    seen["pro"] = _rounded(plan.get_modality_data("pro").get_performance_metrics())
    seen["global"] = _rounded(analyses.get_global().get_prediction_info())
    future = forest.compute_shapley_feature_importance(mc_steps=5, num_samples=10)
    future.wait_for_result()
    explanations = forest.get_global_explanations()
    seen["importance"] = _rounded(explanations.get_absolute_importance())
    trees = forest.get_trees()
    seen["trees"] = (len(trees.get_trees()), trees.get_classes(), sorted(trees.get_feature_names()))
    root = trees.get_trees()[0].get_root()
    seen["root"] = _rounded(root.get_split_info())
    seen["left"] = root.get_left_child() is not None
    meta = forest.get_user_meta()
    meta["name"] = "Forest"
    meta["description"] = "ten trees"
    forest.save_user_meta()
    seen["meta"] = mltask.get_trained_model_details(ids["RANDOM_FOREST_CLASSIFICATION"]).get_user_meta()["name"]
    document = forest.generate_documentation().wait_for_result()
    stream = forest.download_documentation_stream(document["exportId"])
    seen["docx"] = b"".join(stream.iter_content(65536))[:2]
    stream.close()
    # Refusals: a linear model has no trees; the emulator exports no JAR; a reader computes nothing.
    linear = mltask.get_trained_model_details(ids["LOGISTIC_REGRESSION"])
    as_reader = reader.get_project("MLD").get_ml_task(mltask.analysis_id, mltask.mltask_id)
    read = as_reader.get_trained_model_details(ids["RANDOM_FOREST_CLASSIFICATION"])
    seen["reader_reads"] = sorted(read.get_partial_dependencies().list_features())
    errors: list[str] = []
    for refused in (linear.get_trees, forest.get_scoring_jar_stream, lambda: read.compute_partial_dependencies("x")):
        with pytest.raises(api.DataikuException) as caught:
            refused()
        errors.append(str(caught.value))
    seen["errors"] = errors
    return seen
