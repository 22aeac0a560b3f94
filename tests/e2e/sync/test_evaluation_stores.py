# Derived from tests/e2e/aio/test_evaluation_stores.py by scripts/unasync.py: do not edit.
"""Evaluation stores, evaluations, drift and comparisons, end to end against the emulator (issue 19).

Evaluations come from custom evaluations and from the standalone evaluation recipe (a dataset of
labels and predictions); their metrics are checked against values computed here from the rows.
"""

from __future__ import annotations

import math
import random
import warnings

import pytest

from dssclient import (
    BadRequestError,
    DataikuException,
    DSSClient,
    JobFailedError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.dss.drift import DataDriftParams, DriftParams, DriftResult, PerColumnDriftParamBuilder
from dssclient.dss.evaluationcomparison import DSSEvaluationComparison
from dssclient.dss.evaluationstore import DSSEvaluationStore
from dssclient.dss.future import DSSFuture
from dssclient.dss.ml import DSSTrainedPredictionModelDetails
from dssclient.dss.modelcomparison import DSSModelComparison, DSSModelComparisonSettings
from dssclient.dss.modelevaluationstore import (
    DSSModelEvaluation,
    DSSModelEvaluationFullInfo,
    DSSModelEvaluationStore,
    DSSModelEvaluationStoreSettings,
)
from dssclient.dss.project import DSSProject
from dssclient.dss.savedmodel import DSSSavedModel
from tests.e2e.sync.automation_helpers import upload_csv

READERS = [{"group": "readers", "readProjectContent": True}]


def scored_csv(seed: int, n: int = 200, shift: float = 0.0) -> tuple[bytes, list[tuple[float, str, str, str, float]]]:
    """Rows of a binary classifier's output: a feature ``x`` (shifted by ``shift``), a category ``c``
    (drawn the same on both sides), the label, the prediction and the probability of class 1."""
    rng = random.Random(seed)
    rows: list[tuple[float, str, str, str, float]] = []
    for _ in range(n):
        x = rng.gauss(shift, 1.0)
        c = rng.choice(["a", "b", "c"])
        label = "1" if x + rng.gauss(0, 0.7) > shift else "0"
        p1 = 1 / (1 + math.exp(-2 * (x - shift)))
        rows.append((round(x, 6), c, label, "1" if p1 >= 0.5 else "0", round(p1, 6)))
    text = "x,c,label,prediction,proba_1,proba_0\n" + "".join(
        f"{x},{c},{label},{pred},{p1},{round(1 - p1, 6)}\n" for x, c, label, pred, p1 in rows
    )
    return text.encode(), rows


def expected_metrics(rows: list[tuple[float, str, str, str, float]]) -> dict[str, float]:
    """Accuracy, precision, recall, f1 (class 1 positive), log loss and AUC, computed by hand."""
    tp = sum(1 for r in rows if r[2] == "1" and r[3] == "1")
    fp = sum(1 for r in rows if r[2] == "0" and r[3] == "1")
    fn = sum(1 for r in rows if r[2] == "1" and r[3] == "0")
    accuracy = sum(1 for r in rows if r[2] == r[3]) / len(rows)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    eps = 1e-15
    log_loss = -sum(math.log(min(max(r[4] if r[2] == "1" else 1 - r[4], eps), 1 - eps)) for r in rows) / len(rows)
    positives = [r[4] for r in rows if r[2] == "1"]
    negatives = [r[4] for r in rows if r[2] == "0"]
    pairs = sum((p > q) + 0.5 * (p == q) for p in positives for q in negatives)
    return {
        "accuracy": accuracy,
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall),
        "logLoss": log_loss,
        "auc": pairs / (len(positives) * len(negatives)),
    }


def new_project(client: DSSClient, key: str = "EV") -> DSSProject:
    return client.create_project(key, key, "admin")


def standalone_evaluation(project: DSSProject, store: DSSModelEvaluationStore, dataset: str, name: str) -> None:
    """A standalone evaluation recipe from ``dataset`` into ``store``, configured and run."""
    recipe = (
        project.new_recipe("standalone_evaluation", name)
        .with_input(dataset)
        .with_output_evaluation_store(store.mes_id)
        .create()
    )
    settings = recipe.get_settings()
    payload = settings.obj_payload
    payload.update(
        {
            "predictionType": "BINARY_CLASSIFICATION",
            "targetVariable": "label",
            "predictionVariable": "prediction",
            "isProbaAware": True,
            "probas": [{"key": "0", "value": "proba_0"}, {"key": "1", "value": "proba_1"}],
            "labels": [{"key": "custom:run", "value": name}],
        }
    )
    settings.save()
    recipe.run()


def test_model_evaluation_store_lifecycle(client: DSSClient) -> None:
    project = new_project(client)
    store = project.create_model_evaluation_store("holdout evaluations")
    assert isinstance(store, DSSModelEvaluationStore) and store.mes_id == store.id
    llm = project.create_evaluation_store("llm evaluations", "LLM")
    agent = project.create_evaluation_store("agent evaluations", "AGENT")
    listed = project.list_model_evaluation_stores()
    assert [(type(s).__name__, s.id) for s in listed] == [
        ("DSSModelEvaluationStore", store.id),
        ("DSSEvaluationStore", llm.id),
    ]
    assert [s.id for s in project.list_evaluation_stores(flavor="AGENT")] == [agent.id]
    settings = store.get_settings()
    assert isinstance(settings, DSSModelEvaluationStoreSettings)
    assert settings.get_raw()["name"] == "holdout evaluations" and settings.get_raw()["mesFlavor"] == "TABULAR"
    settings.get_raw()["name"] = "renamed"
    settings.get_raw()["unknownKey"] = {"kept": 1}
    settings.save()
    again = (store.get_settings()).get_raw()
    assert again["name"] == "renamed" and again["unknownKey"] == {"kept": 1}
    assert store.get_latest_model_evaluation() is None
    assert store.list_model_evaluations() == []
    llm.delete()
    with pytest.raises(NotFoundError):
        llm.get_settings()
    with pytest.raises(BadRequestError):
        project.create_evaluation_store("bad", "IMAGES")
    with pytest.raises(ValueError, match="needs a name"):
        project.create_model_evaluation_store("  ")


def test_custom_evaluations_metrics_and_checks(client: DSSClient) -> None:
    project = new_project(client)
    store = project.create_model_evaluation_store("custom")
    accuracy = DSSModelEvaluationStore.MetricDefinition("accuracy", 0.8, "Accuracy")
    label = DSSEvaluationStore.LabelDefinition("custom:team", "risk")
    assert isinstance(accuracy, dict) and accuracy["metricCode"] == "accuracy"
    first = store.add_custom_evaluation([accuracy], evaluation_id="first", name="nightly", labels=[label])
    assert first["ref"]["fullId"] == f"ME-EV-{store.id}-first"
    store.add_custom_model_evaluation(
        [DSSModelEvaluationStore.MetricDefinition("accuracy", 0.9), {"metricCode": "auc", "value": 0.95}],
        evaluation_id="second",
    )
    evaluations = store.list_model_evaluations()
    assert [e.evaluation_id for e in evaluations] == ["first", "second"]
    assert all(isinstance(e, DSSModelEvaluation) for e in evaluations)
    latest = store.get_latest_model_evaluation()
    assert latest is not None and latest.evaluation_id == "second"
    info = store.get_model_evaluation("first").get_full_info()
    assert isinstance(info, DSSModelEvaluationFullInfo)
    assert info.metrics == {"accuracy": 0.8} and info.has_model is False and info.model_full_id is None
    assert info.user_meta["name"] == "nightly" and info.user_meta["labels"] == [{"key": "custom:team", "value": "risk"}]
    info.user_meta["name"] = "renamed"
    info.save_user_meta()
    assert (store.get_model_evaluation("first").get_full_info()).user_meta["name"] == "renamed"
    # Metrics and checks: the latest evaluation's, and the history over the evaluations.
    last = store.get_last_metric_values()
    assert last.get_partition_data("model_perf:accuracy", "second") is not None
    history = store.get_metric_history("model_perf:accuracy")
    assert [float(v["value"]) for v in history["values"]] == [0.8, 0.9]
    report = store.compute_metrics(metric_ids=["model_perf:auc"])
    assert report["computed"] == [{"metricId": "model_perf:auc", "value": "0.95", "dataType": "DOUBLE"}]
    check = {"type": "numericRange", "metricId": "model_perf:accuracy", "minimum": 0.85, "minimumEnabled": True}
    outcomes = store.run_checks(evaluation_id="first", checks={"checks": [check]})
    assert [r["value"]["outcome"] for r in outcomes["results"]] == ["ERROR"]
    assert [r["value"]["outcome"] for r in (store.run_checks(checks={"checks": [check]}))["results"]] == ["OK"]
    evaluation_metrics = store.get_model_evaluation("second").get_metrics()
    assert {m["metric"]["id"] for m in evaluation_metrics["metrics"]} == {"model_perf:accuracy", "model_perf:auc"}
    # Refusals: a duplicate id, no metric, a model in a store of another flavor, unknown ids.
    with pytest.raises(Exception, match="already exists"):
        store.add_custom_evaluation([accuracy], evaluation_id="first")
    with pytest.raises(BadRequestError, match="at least one metric"):
        store.add_custom_evaluation([])
    with pytest.raises(BadRequestError, match="saved model version"):
        store.add_custom_evaluation([accuracy], model="S-EV-nosuch-v1")
    with pytest.raises(NotFoundError):
        store.delete_model_evaluations(["first", "nosuch"])
    assert len(store.list_evaluations()) == 2  # nothing deleted
    store.get_evaluation("first").delete()
    store.delete_evaluations([latest])
    assert store.list_evaluations() == []
    store.add_custom_evaluation([accuracy], evaluation_id="third")
    with pytest.raises(BadRequestError, match="no sample"):
        store.get_evaluation("third").get_sample_df()


def test_standalone_evaluation_metrics_sample_and_drift(client: DSSClient) -> None:
    project = new_project(client)
    store = project.create_model_evaluation_store("scored")
    content, rows = scored_csv(seed=1)
    upload_csv(project, "scored_january", content)
    standalone_evaluation(project, store, "scored_january", "evaluate")
    shifted, shifted_rows = scored_csv(seed=2, shift=1.5)
    upload_csv(project, "scored_february", shifted)
    # A store has one producer: the same recipe evaluates February's rows.
    recipe = project.get_recipe("evaluate")
    settings = recipe.get_settings()
    settings.replace_input("scored_january", "scored_february")
    settings.save()
    recipe.run()

    evaluations = store.list_model_evaluations()
    assert len(evaluations) == 2
    january, february = evaluations
    info = january.get_full_info()
    assert info.prediction_type == "BINARY_CLASSIFICATION" and info.target_variable == "label"
    assert info.user_meta["labels"] == [{"key": "custom:run", "value": "evaluate"}]
    # The metrics are those of the rows: computed here by hand, they agree.
    for name, value in expected_metrics(rows).items():
        assert info.metrics[name] == pytest.approx(value, abs=1e-9), name
    assert info.metrics["nbRows"] == len(rows)
    assert (february.get_full_info()).metrics["accuracy"] == pytest.approx(expected_metrics(shifted_rows)["accuracy"])
    # The sample is the rows evaluated.
    frame = january.get_sample_df()
    assert list(frame.columns) == ["x", "c", "label", "prediction", "proba_1", "proba_0"]
    assert len(frame) == len(rows) and frame["x"].tolist() == pytest.approx([r[0] for r in rows])
    # The store's flow: the recipes write into it.
    usages = store.get_usages()
    assert usages == [{"type": "RECIPE_OUTPUT", "objectId": "evaluate", "objectProjectKey": "EV"}]

    # Drift of February against January (the previous evaluation, by default): x moved, c did not.
    result = february.compute_drift()
    assert isinstance(result, DriftResult)
    assert result.get_raw()["referenceId"] == january.full_id
    assert result.univariate_drift_result is not None and result.drift_model_result is not None
    columns = result.univariate_drift_result.per_column_drift_data
    assert set(columns) == {"x", "c"}
    assert columns["x"]["columnType"] == "NUMERICAL" and (columns["x"]["ksTestPvalue"] or 1.0) < 1e-6
    assert columns["c"]["columnType"] == "CATEGORICAL" and (columns["c"]["chiSquareTestPvalue"] or 0.0) > 0.001
    assert columns["x"]["populationStabilityIndex"] > columns["c"]["populationStabilityIndex"]
    accuracy = result.drift_model_result.drift_model_accuracy
    assert (
        accuracy.value > 0.7
        and accuracy.lower_confidence_interval < accuracy.value < accuracy.upper_confidence_interval
    )
    assert accuracy.pvalue < 0.01
    importance = result.drift_model_result.feature_drift_importance
    scores = dict(zip(importance["columns"], importance["columnDriftScores"], strict=True))
    assert scores["x"] > scores["c"]
    assert result.prediction_drift_result is not None and result.prediction_drift_result.psi is not None
    assert [s.name for s in result.per_column_settings or []] == ["x", "c"]

    # January against itself: no drift.
    same = january.compute_drift(reference=january)
    assert same.drift_model_result is not None
    assert same.drift_model_result.drift_model_accuracy.value < 0.7
    assert same.univariate_drift_result is not None
    assert same.univariate_drift_result.per_column_drift_data["x"]["ksTestPvalue"] == pytest.approx(1.0)

    # Parameters: c forced off, x as categorical, histograms off; the future form.
    params = DriftParams.from_params(
        PerColumnDriftParamBuilder()
        .with_column_drift_param("c", enabled=False)
        .with_column_drift_param("x", "CATEGORICAL")
        .build(),
        nb_bins=5,
        compute_histograms=False,
    )
    future = february.compute_drift(january.full_id, params, wait=False)
    assert isinstance(future, DSSFuture)
    forced = future.wait_for_result()
    handling = {s.name: s.actual_column_handling for s in forced.per_column_settings or []}
    assert handling == {"x": "CATEGORICAL", "c": "IGNORED"}
    assert forced.univariate_drift_result is not None
    assert "histogram" not in forced.univariate_drift_result.per_column_drift_data["x"]
    with pytest.warns(DeprecationWarning):
        old_params = DataDriftParams.from_params({}, nb_bins=4)
    with pytest.warns(DeprecationWarning):
        old = february.compute_data_drift(january, old_params)
    assert (old.univariate_drift_result.per_column_drift_data["x"]["ksTestPvalue"] or 1.0) < 1e-6

    # Refusals: an unknown reference, a custom evaluation (no sample), the first evaluation alone.
    with pytest.raises(NotFoundError):
        february.compute_drift(reference=f"ME-EV-{store.id}-nosuch")
    with pytest.raises(BadRequestError, match="no earlier evaluation"):
        january.compute_drift()
    with pytest.raises(ValueError, match="nb_bins"):
        DriftParams.from_params({}, nb_bins=1)
    with pytest.raises(ValueError, match="handling"):
        PerColumnDriftParamBuilder().with_column_drift_param("x", "TEXT")


def test_standalone_evaluation_refuses_bad_settings(client: DSSClient) -> None:
    project = new_project(client)
    store = project.create_model_evaluation_store("scored")
    content, _ = scored_csv(seed=3, n=30)
    upload_csv(project, "scored", content)
    recipe = (
        project.new_recipe("standalone_evaluation", "evaluate")
        .with_input("scored")
        .with_output_evaluation_store(store.mes_id)
        .create()
    )
    settings = recipe.get_settings()
    settings.obj_payload.update(
        {"predictionType": "BINARY_CLASSIFICATION", "targetVariable": "nosuch", "predictionVariable": "prediction"}
    )
    settings.save()
    with pytest.raises(JobFailedError, match="targetVariable 'nosuch' is not a column"):
        recipe.run()
    assert store.list_evaluations() == []


def test_model_comparison_with_two_compared_items(client: DSSClient) -> None:
    project = new_project(client)
    store = project.create_model_evaluation_store("custom")
    for evaluation_id, value in (("one", 0.7), ("two", 0.8)):
        store.add_custom_evaluation(
            [DSSEvaluationStore.MetricDefinition("accuracy", value)], evaluation_id=evaluation_id
        )
    comparison = project.create_model_comparison("one against two", "BINARY_CLASSIFICATION")
    assert isinstance(comparison, DSSModelComparison) and comparison.mec_id == comparison.id
    settings = comparison.get_settings()
    assert isinstance(settings, DSSModelComparisonSettings)
    assert settings.display_name == "one against two" and settings.model_task_type == "BINARY_CLASSIFICATION"
    first, second = (store.get_evaluation(e).full_id for e in ("one", "two"))
    settings.add_compared_item(first)
    settings.add_compared_item(second)
    settings.display_name = "renamed"
    settings.save()
    saved = comparison.get_settings()
    assert saved.get_compared_items() == [first, second] and saved.display_name == "renamed"
    with pytest.warns(DeprecationWarning):
        assert saved.prediction_type == "BINARY_CLASSIFICATION"
    saved.remove_compared_item(first)
    saved.save()
    assert (comparison.get_settings()).get_compared_items() == [second]
    item = comparison.get_evaluation_like_from_full_id(second)
    assert isinstance(item, DSSModelEvaluation) and item.evaluation_id == "two"
    with pytest.raises(ValueError, match="not a valid full model id"):
        comparison.get_evaluation_like_from_full_id("nonsense")
    # An item that is no full id is refused on save.
    bad = comparison.get_settings()
    bad.add_compared_item("nonsense")
    with pytest.raises(BadRequestError, match="not the full id"):
        bad.save()
    llm = project.create_evaluation_comparison("llms", "LLM")
    agents = project.create_evaluation_comparison("agents", "AGENT")
    listed = project.list_model_comparisons()
    assert [(type(c).__name__, c.comparison_id) for c in listed] == [
        ("DSSModelComparison", comparison.id),
        ("DSSEvaluationComparison", llm.comparison_id),
    ]
    assert [c.comparison_id for c in project.list_evaluation_comparisons(["AGENT"])] == [agents.comparison_id]
    assert isinstance(project.get_evaluation_comparison(llm.comparison_id), DSSEvaluationComparison)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        assert llm.mec_id == llm.comparison_id
    with pytest.raises(BadRequestError):
        project.create_model_comparison("no llm here", "LLM")
    llm.delete()
    with pytest.raises(NotFoundError):
        llm.get_settings()


def test_readers_read_and_cannot_write(client: DSSClient, reader_client: DSSClient) -> None:
    project = client.create_project("EV", "EV", "admin", permissions=READERS)
    store = project.create_model_evaluation_store("custom")
    store.add_custom_evaluation([{"metricCode": "accuracy", "value": 0.5}], evaluation_id="one")
    as_reader = reader_client.get_project("EV")
    reader_store = as_reader.get_model_evaluation_store(store.id)
    assert [e.evaluation_id for e in reader_store.list_model_evaluations()] == ["one"]
    assert (reader_store.get_model_evaluation("one").get_full_info()).metrics == {"accuracy": 0.5}
    with pytest.raises(PermissionDeniedError):
        as_reader.create_model_evaluation_store("mine")
    with pytest.raises(PermissionDeniedError):
        reader_store.add_custom_evaluation([{"metricCode": "accuracy", "value": 0.1}])
    with pytest.raises(PermissionDeniedError):
        reader_store.get_evaluation("one").delete()
    with pytest.raises(PermissionDeniedError):
        as_reader.create_model_comparison("mine", "REGRESSION")


def test_a_store_in_the_flow_and_its_build(client: DSSClient) -> None:
    project = new_project(client)
    store = project.create_model_evaluation_store("scored")
    content, _ = scored_csv(seed=4, n=40)
    upload_csv(project, "scored", content)
    standalone_evaluation(project, store, "scored", "evaluate")
    job = store.build()
    assert (job.get_status())["baseStatus"]["state"] == "DONE"
    assert len(store.list_evaluations()) == 2  # each build records an evaluation
    with pytest.raises(BadRequestError, match="used by recipe evaluate"):
        store.delete()
    zone = store.get_zone()
    assert zone.id == "default"


def churn_csv(seed: int, n: int = 300) -> bytes:
    """Customers and whether they churned (a rule the models learn well)."""
    rng = random.Random(seed)
    lines = ["age,income,plan,churned"]
    for _ in range(n):
        age, income = rng.randint(18, 80), rng.randint(10, 200)
        plan = rng.choice(["basic", "pro", "max"])
        churned = "yes" if (age < 35 and plan == "basic") or income < 40 else "no"
        lines.append(f"{age},{income},{plan},{churned}")
    return ("\n".join(lines) + "\n").encode()


def deployed_model(project: DSSProject) -> tuple[str, str]:
    """A classifier of ``customers`` trained and deployed to the flow: its saved model's id, its lab model's."""
    task = project.create_prediction_ml_task("customers", "churned")
    ids = task.train()
    deployed = task.deploy_to_flow(ids[0], "churn model", "customers")
    return str(deployed["savedModelId"]), ids[0]


def test_evaluation_recipe_on_a_deployed_model(client: DSSClient) -> None:
    pytest.importorskip("sklearn")
    project = new_project(client)
    upload_csv(project, "customers", churn_csv(seed=7))
    saved_model_id, lab_model_id = deployed_model(project)
    upload_csv(project, "holdout", churn_csv(seed=8, n=120))
    store = project.create_model_evaluation_store("holdout evaluations")
    scored = project.create_dataset("holdout_scored", "Filesystem", params={"connection": "filesystem_managed"})
    metrics_out = project.create_dataset("holdout_metrics", "Filesystem", params={"connection": "filesystem_managed"})
    recipe = (
        project.new_recipe("evaluation", "evaluate_holdout")
        .with_input_model(saved_model_id)
        .with_input("holdout")
        .with_output(scored.name)
        .with_output_metrics(metrics_out.name)
        .with_output_evaluation_store(store.mes_id)
        .create()
    )
    settings = recipe.get_settings()
    settings.obj_payload["labels"] = [{"key": "custom:set", "value": "holdout"}]
    settings.save()
    recipe.run()
    recipe.run()  # a second run: a second evaluation

    evaluations = store.list_model_evaluations()
    assert len(evaluations) == 2
    info = evaluations[0].get_full_info()
    assert info.has_model is True and info.model_full_id is not None
    assert info.model_full_id.startswith(f"S-EV-{saved_model_id}-")
    assert info.target_variable == "churned" and info.prediction_type == "BINARY_CLASSIFICATION"
    assert info.user_meta["labels"] == [{"key": "custom:set", "value": "holdout"}]
    # The scored rows: one per input row, with the prediction and each class's probability.
    rows = [row for row in scored.iter_rows()]
    names = [c["name"] for c in (scored.get_settings()).get_raw()["schema"]["columns"]]
    assert names == ["age", "income", "plan", "churned", "prediction", "proba_no", "proba_yes"]
    assert len(rows) == 120
    # The evaluation's metrics are those of the scored rows.
    truth = [str(r[3]) for r in rows]
    predicted = [str(r[4]) for r in rows]
    accuracy = sum(t == p for t, p in zip(truth, predicted, strict=True)) / len(rows)
    assert info.metrics["accuracy"] == pytest.approx(accuracy)
    tp = sum(t == p == "yes" for t, p in zip(truth, predicted, strict=True))
    assert info.metrics["recall"] == pytest.approx(tp / truth.count("yes"))
    positives = [float(r[6]) for r in rows if r[3] == "yes"]
    negatives = [float(r[6]) for r in rows if r[3] == "no"]
    pairs = sum((p > q) + 0.5 * (p == q) for p in positives for q in negatives)
    assert info.metrics["auc"] == pytest.approx(pairs / (len(positives) * len(negatives)))
    assert info.metrics["accuracy"] > 0.8
    # One metrics row per run, appended.
    metric_rows = [row for row in metrics_out.iter_rows()]
    assert len(metric_rows) == 2
    # Drift of the second evaluation against the first: the same rows, no drift.
    first, second = evaluations
    result = second.compute_drift(first)
    assert result.drift_model_result is not None
    assert result.drift_model_result.drift_model_accuracy.value < 0.7
    # Drift against the version's training rows (its ML task's dataset, 300 rows): the same
    # distribution, so the drift model cannot tell them apart well.
    against_training = first.compute_drift(info.model_full_id)
    assert against_training.get_raw()["referenceId"] == info.model_full_id
    assert against_training.drift_model_result is not None
    assert against_training.drift_model_result.drift_model_accuracy.value < 0.75
    assert against_training.drift_model_result.get_raw()["referenceSampleSize"] == 300
    with pytest.raises(NotFoundError):
        first.compute_drift(f"S-EV-{saved_model_id}-v99")
    # A comparison of the saved model version and the evaluation.
    comparison = project.create_model_comparison("model against evaluation", "BINARY_CLASSIFICATION")
    settings_c = comparison.get_settings()
    settings_c.add_compared_item(info.model_full_id)
    settings_c.add_compared_item(first.full_id)
    settings_c.save()
    assert (comparison.get_settings()).get_compared_items() == [info.model_full_id, first.full_id]
    details = comparison.get_evaluation_like_from_full_id(lab_model_id)
    assert isinstance(details, DSSTrainedPredictionModelDetails)
    assert details.get_raw()["fullModelId"] == lab_model_id
    saved = comparison.get_evaluation_like_from_full_id(info.model_full_id)
    assert isinstance(saved, DSSSavedModel)
    # A custom evaluation of the version is accepted; of an unknown version, refused.
    store.add_custom_evaluation([{"metricCode": "accuracy", "value": 0.5}], model=info.model_full_id)
    with pytest.raises(BadRequestError):
        store.add_custom_evaluation([{"metricCode": "accuracy", "value": 0.5}], model=f"S-EV-{saved_model_id}-v99")


def test_evaluation_recipe_refusals(client: DSSClient) -> None:
    pytest.importorskip("sklearn")
    project = new_project(client)
    upload_csv(project, "customers", churn_csv(seed=7))
    saved_model_id, _ = deployed_model(project)
    upload_csv(project, "unlabelled", b"age,income,plan\n30,20,basic\n50,100,pro\n")
    upload_csv(project, "incomplete", b"age,plan,churned\n30,basic,yes\n")
    stores: list[DSSModelEvaluationStore] = []
    for dataset, message in (("unlabelled", "no column 'churned'"), ("incomplete", "income")):
        store = project.create_model_evaluation_store(f"evaluations of {dataset}")
        stores.append(store)
        recipe = (
            project.new_recipe("evaluation", f"evaluate_{dataset}")
            .with_input_model(saved_model_id)
            .with_input(dataset)
            .with_output_evaluation_store(store.mes_id)
            .create()
        )
        with pytest.raises(JobFailedError, match=message):
            recipe.run()
        assert store.list_evaluations() == []
    with pytest.raises(NotFoundError):
        project.new_recipe("evaluation").with_input_model("nosuch").with_input("unlabelled").create()


def test_llm_evaluation_recipes_are_built_and_refused_when_run(client: DSSClient) -> None:
    project = new_project(client)
    store = project.create_evaluation_store("llm evaluations", "LLM")
    upload_csv(project, "questions", b"question,answer\nwhy,because\n")
    recipe = (
        project.new_recipe("nlp_llm_evaluation", "evaluate_llm")
        .with_input("questions")
        .with_output_evaluation_store(store.id)
        .create()
    )
    definition = (recipe.get_settings()).get_recipe_raw_definition()
    assert definition["type"] == "nlp_llm_evaluation"
    assert definition["outputs"]["evaluationStore"]["items"][0]["ref"] == store.id
    with pytest.raises(JobFailedError, match="no LLM"):
        recipe.run()
    agent = project.new_recipe("nlp_agent_evaluation").with_input("questions").with_output_metrics("m")
    assert agent.recipe_proto["type"] == "nlp_agent_evaluation"
    assert agent.recipe_proto["outputs"]["metrics"]["items"] == [{"ref": "m", "appendMode": True}]


def test_without_scikit_learn_drift_and_evaluations_name_the_extra(
    client: DSSClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dssclient.emulator.automation import ml_drift, ml_evaluation

    project = new_project(client)
    store = project.create_model_evaluation_store("scored")
    content, _ = scored_csv(seed=5, n=40)
    upload_csv(project, "scored", content)
    standalone_evaluation(project, store, "scored", "evaluate")
    project.get_recipe("evaluate").run()
    first, second = store.list_model_evaluations()

    def missing(name: str) -> None:
        raise ImportError(f"No module named {name!r}")

    monkeypatch.setattr(ml_drift, "ml_module", missing)
    monkeypatch.setattr(ml_evaluation, "ml_module", missing)
    with pytest.raises(DataikuException, match=r"dssclient\[emulator,ml\]"):
        second.compute_drift(first)
    with pytest.raises(JobFailedError, match=r"dssclient\[emulator,ml\]"):
        project.get_recipe("evaluate").run()
    assert len(store.list_evaluations()) == 2
