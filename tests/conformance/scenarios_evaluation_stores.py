"""Conformance scenarios of evaluation stores, evaluations, drift and comparisons (issue 19).

Each scenario is ordinary dataikuapi code; the official client runs it against the strict
emulator, then dssclient runs it and must observe the same results with equivalent requests.
Identifiers DSS draws are used but never returned; results hold names, counts, rounded metrics.
"""

from __future__ import annotations

import importlib
import io
import random
from typing import Any

import pytest

from tests.conformance.framework import scenario


def _churn_csv(seed: int, n: int) -> bytes:
    rng = random.Random(seed)
    lines = ["age,income,plan,churned"]
    for _ in range(n):
        age, income = rng.randint(18, 80), rng.randint(10, 200)
        plan = rng.choice(["basic", "pro", "max"])
        churned = "yes" if (age < 35 and plan == "basic") or income < 40 else "no"
        lines.append(f"{age},{income},{plan},{churned}")
    return ("\n".join(lines) + "\n").encode()


def _scored_csv(seed: int, shift: float) -> bytes:
    rng = random.Random(seed)
    lines = ["x,c,label,prediction,proba_0,proba_1"]
    for _ in range(150):
        x = rng.gauss(shift, 1.0)
        label = "1" if x + rng.gauss(0, 0.7) > shift else "0"
        p1 = round(1 / (1 + 2.718281828 ** (-2 * (x - shift))), 6)
        lines.append(f"{round(x, 6)},{rng.choice('abc')},{label},{'1' if p1 >= 0.5 else '0'},{round(1 - p1, 6)},{p1}")
    return ("\n".join(lines) + "\n").encode()


def _upload(project: Any, name: str, content: bytes) -> None:
    dataset = project.create_upload_dataset(name)
    dataset.uploaded_add_file(io.BytesIO(content), f"{name}.csv")
    dataset.autodetect_settings(infer_storage_types=True).save()


def _flavour_module(api: Any, name: str) -> Any:
    """The flavour's ``dss.<name>`` module (``dataikuapi.dss...`` or ``dssclient.dss...``)."""
    package = api.DSSClient.__module__.rsplit(".", 1)[0]
    return importlib.import_module(f"{package}.dss.{name}")


def _rounded(metrics: dict[str, Any]) -> dict[str, Any]:
    return {k: round(v, 6) if isinstance(v, float) else v for k, v in sorted(metrics.items())}


@scenario(
    ("createEvaluationStore", 403),
    ("getEvaluation", 404),
    ("computeEvaluationDrift", 400),
)
def evaluation_stores_evaluations_and_drift(admin: Any, reader: Any, api: Any) -> Any:
    pytest.importorskip("sklearn")
    drift_module = _flavour_module(api, "modelevaluationstore")

    seen: dict[str, Any] = {}
    project = admin.create_project("P", "P", "admin")
    permissions = project.get_permissions()
    permissions["permissions"].append({"group": "readers", "readProjectContent": True})
    project.set_permissions(permissions)
    _upload(project, "customers", _churn_csv(7, 240))
    _upload(project, "holdout", _churn_csv(8, 100))
    _upload(project, "scored", _scored_csv(1, 0.0))
    _upload(project, "scored_later", _scored_csv(2, 1.5))

    store = project.create_model_evaluation_store("holdout evaluations")
    llm = project.create_evaluation_store("llm evaluations", "LLM")
    seen["stores"] = sorted(type(s).__name__ for s in project.list_model_evaluation_stores())
    seen["llm_only"] = [s.id == llm.id for s in project.list_evaluation_stores(flavor="LLM")]
    settings = store.get_settings()
    settings.get_raw()["description"] = "evaluations of the holdout set"
    settings.save()
    raw = store.get_settings().get_raw()
    seen["settings"] = (type(settings).__name__, raw["name"], raw["description"], raw["mesFlavor"])
    seen["latest_empty"] = store.get_latest_model_evaluation()

    # The evaluation recipe on a model deployed to the flow.
    task = project.create_prediction_ml_task("customers", "churned")
    ids = task.train()
    saved_model_id = task.deploy_to_flow(ids[0], "churn model", "customers")["savedModelId"]
    builder = project.new_recipe("evaluation", "evaluate_holdout")
    builder.with_input_model(saved_model_id)
    builder.with_input("holdout")
    builder.with_output_evaluation_store(store.mes_id)
    recipe = builder.create()
    recipe_settings = recipe.get_settings()
    recipe_settings.obj_payload["labels"] = [{"key": "custom:set", "value": "holdout"}]
    recipe_settings.save()
    recipe.run()
    evaluations = store.list_model_evaluations()
    info = evaluations[0].get_full_info()
    seen["evaluation"] = (
        type(info).__name__,
        info.has_model,
        info.model_full_id.startswith(f"S-P-{saved_model_id}-"),
        info.prediction_type,
        info.target_variable,
        info.user_meta["labels"],
        sorted(info.metrics),
        round(info.metrics["accuracy"], 6),
    )
    frame = evaluations[0].get_sample_df()
    seen["sample"] = (list(frame.columns), len(frame))
    info.user_meta["name"] = "renamed"
    info.save_user_meta()
    seen["renamed"] = evaluations[0].get_full_info().user_meta["name"]

    # The standalone evaluation recipe, twice (two evaluations), then drift between them.
    other = project.create_model_evaluation_store("scored evaluations")
    standalone = project.new_recipe("standalone_evaluation", "evaluate_scored")
    standalone.with_input("scored")
    standalone.with_output_evaluation_store(other.mes_id)
    standalone_recipe = standalone.create()
    standalone_settings = standalone_recipe.get_settings()
    standalone_settings.obj_payload.update(
        {
            "predictionType": "BINARY_CLASSIFICATION",
            "targetVariable": "label",
            "predictionVariable": "prediction",
            "isProbaAware": True,
            "probas": [{"key": "0", "value": "proba_0"}, {"key": "1", "value": "proba_1"}],
        }
    )
    standalone_settings.save()
    standalone_recipe.run()
    standalone_settings = standalone_recipe.get_settings()
    standalone_settings.replace_input("scored", "scored_later")
    standalone_settings.save()
    standalone_recipe.run()
    first, second = other.list_model_evaluations()
    seen["standalone_metrics"] = _rounded(first.get_full_info().metrics)
    with pytest.raises(api.DataikuException):
        first.compute_drift()  # nothing before the first evaluation
    drift = second.compute_drift()
    columns = drift.univariate_drift_result.per_column_drift_data
    seen["drift"] = (
        type(drift).__name__,
        round(drift.drift_model_result.drift_model_accuracy.value, 6),
        drift.drift_model_result.drift_model_accuracy.pvalue < 0.01,
        sorted(columns),
        columns["x"]["ksTestPvalue"] < 1e-6,
        [(s.name, s.actual_column_handling, s.default_column_handling) for s in drift.per_column_settings],
        drift.prediction_drift_result.psi is not None,
    )
    builder_of_columns = drift_module.PerColumnDriftParamBuilder()
    params = drift_module.DriftParams.from_params(
        builder_of_columns.with_column_drift_param("c", enabled=False).build(), nb_bins=5
    )
    forced = second.compute_drift(first, params)
    seen["forced"] = [(s.name, s.actual_column_handling) for s in forced.per_column_settings]

    # Custom evaluations, metrics and checks.
    accuracy = store.MetricDefinition("accuracy", 0.42, "Accuracy")
    store.add_custom_model_evaluation(
        [accuracy], evaluation_id="custom1", labels=[store.LabelDefinition("custom:team", "risk")]
    )
    seen["latest"] = store.get_latest_model_evaluation().evaluation_id
    seen["custom"] = store.get_model_evaluation("custom1").get_full_info().metrics
    seen["last_metrics"] = sorted(store.get_last_metric_values().get_all_ids())
    seen["history"] = [v["value"] for v in store.get_metric_history("model_perf:accuracy")["values"]][-1]
    seen["computed"] = store.compute_metrics(metric_ids=["model_perf:accuracy"])["computed"]
    seen["computed_all"] = len(store.compute_metrics()["computed"])
    check = {"type": "numericRange", "metricId": "model_perf:accuracy", "minimum": 0.5, "minimumEnabled": True}
    seen["checks"] = [r["value"]["outcome"] for r in store.run_checks(checks={"checks": [check]})["results"]]
    seen["evaluation_metrics"] = store.get_model_evaluation("custom1").get_metrics()["metrics"]
    seen["usages"] = [(u["type"], u["objectId"]) for u in store.get_usages()]
    with pytest.raises(api.DataikuException):
        store.get_model_evaluation("nosuch").get_full_info()
    with pytest.raises(api.DataikuException):
        reader.get_project("P").create_model_evaluation_store("mine")
    seen["reader_list"] = len(reader.get_project("P").get_model_evaluation_store(store.id).list_model_evaluations())
    store.delete_model_evaluations(["custom1"])
    seen["after_delete"] = len(store.list_model_evaluations())
    llm.delete()
    seen["stores_after"] = len(project.list_model_evaluation_stores())
    return seen


@scenario(("saveEvaluationComparison", 400), ("createModelComparison", 400))
def model_and_evaluation_comparisons(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("P", "P", "admin")
    store = project.create_model_evaluation_store("custom")
    for evaluation_id, value in (("one", 0.7), ("two", 0.8)):
        store.add_custom_evaluation([store.MetricDefinition("accuracy", value)], evaluation_id=evaluation_id)
    comparison = project.create_model_comparison("one against two", "BINARY_CLASSIFICATION")
    settings = comparison.get_settings()
    seen["created"] = (type(comparison).__name__, type(settings).__name__, settings.display_name)
    seen["task_type"] = settings.model_task_type
    first = store.get_evaluation("one").full_id
    second = store.get_evaluation("two").full_id
    settings.add_compared_item(first)
    settings.add_compared_item(second)
    settings.display_name = "renamed"
    settings.save()
    saved = comparison.get_settings()
    seen["items"] = [item.split("-")[-1] for item in saved.get_compared_items()]
    seen["name"] = saved.display_name
    saved.remove_compared_item(first)
    saved.save()
    seen["after_remove"] = [item.split("-")[-1] for item in comparison.get_settings().get_compared_items()]
    item = comparison.get_evaluation_like_from_full_id(second)
    seen["item"] = (type(item).__name__, item.evaluation_id)
    bad = comparison.get_settings()
    bad.add_compared_item("nonsense")
    with pytest.raises(api.DataikuException):
        bad.save()
    with pytest.raises(api.DataikuException):
        project.create_model_comparison("no llm", "LLM")
    llm = project.create_evaluation_comparison("llms", "LLM")
    seen["listed"] = sorted(type(c).__name__ for c in project.list_model_comparisons())
    seen["llm_only"] = len(project.list_evaluation_comparisons(["LLM"]))
    llm.delete()
    seen["after_delete"] = len(project.list_evaluation_comparisons())
    return seen
