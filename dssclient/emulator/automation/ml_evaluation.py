"""The evaluation recipes (issue 19), run by jobs: ``evaluation`` and ``standalone_evaluation``.

- ``evaluation``: inputs ``main`` (the labelled dataset) and ``model`` (a saved model); outputs
  ``evaluationStore`` (a model evaluation store), ``main`` (the scored rows: the input's columns,
  ``prediction``, and ``proba_<class>`` for classification unless ``outputProbabilities`` is
  false) and ``metrics`` (one row of metrics per run, appended), each optional. It scores the
  input with the saved model's active version (or the payload's ``modelVersionId``, unverified
  name), computes the metrics on the rows whose target is not empty, and records an evaluation:
  its metrics, its sample (the scored rows), the version it evaluated (``modelRef``).
- ``standalone_evaluation``: input ``main`` holds predictions and labels already (the payload's
  ``targetVariable``, ``predictionVariable``, ``probas`` mapping classes to columns, and
  ``predictionType``); output ``main`` is the store. No model.

Metrics carry the engine's names (``accuracy``, ``precision``, ``recall``, ``f1``, ``auc``,
``logLoss`` for classification; ``r2``, ``mae``, ``mse``, ``rmse``, ``pearson`` for regression),
computed with scikit-learn: binary ones take the last of the sorted classes as positive,
multiclass ones are macro averages (``auc``: one-vs-rest). ``dontComputePerformance`` records
the evaluation without metrics. scikit-learn is imported inside the run only (the ``ml`` extra).
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from dssclient._json import is_array, is_mapping, is_object

from ..futures import TaskControl
from . import executors
from .ml_drift import missing_ml_extra, ml_module
from .store import schema_columns

if TYPE_CHECKING:
    from ..state import DSSState

EVALUATION_TYPES = frozenset({"evaluation", "standalone_evaluation", "nlp_llm_evaluation", "nlp_agent_evaluation"})
# Evaluations of LLMs and agents need an LLM to judge them: the emulator has none, and refuses to run them.
LLM_EVALUATION_TYPES = frozenset({"nlp_llm_evaluation", "nlp_agent_evaluation"})
CLASSIFICATION = ("BINARY_CLASSIFICATION", "MULTICLASS")
PREDICTION_TYPES = (*CLASSIFICATION, "REGRESSION")
# Rows an evaluation reads (DSS samples big inputs too; the sample kept is bounded by the store).
MAX_EVALUATED_ROWS = 100_000


def is_evaluation_store(state: DSSState, project_key: str, ref: str) -> bool:
    """Whether a recipe's ref names an evaluation store of the project (issue 19)."""
    from ..models.evaluation_stores import EvaluationStores

    return ref in state.extension(EvaluationStores).of_project(project_key)


def _roles(definition: Mapping[str, Any], side: str) -> dict[str, list[str]]:
    roles = definition.get(side)
    found: dict[str, list[str]] = {}
    if is_mapping(roles):
        for role, content in roles.items():
            items = content.get("items") if is_mapping(content) else None
            found[str(role)] = [str(i["ref"]) for i in items if is_mapping(i) and "ref" in i] if is_array(items) else []
    return found


# -- metrics ----------------------------------------------------------------------------------------


def _number(text: Any) -> float | None:
    try:
        value = float(text)
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) else None


def classification_metrics(
    truth: Sequence[str],
    predicted: Sequence[str],
    probas: Sequence[Mapping[str, float]] | None,
    classes: Sequence[str] | None = None,
) -> dict[str, Any]:
    """The engine's classification metrics of labelled rows (see the module's docstring); ``classes`` in the
    model's order (its second is the positive class of a binary one), else the sorted values."""
    metrics = ml_module("sklearn.metrics")

    if classes is None or not set(truth) | set(predicted) <= set(classes):
        classes = sorted(set(truth) | set(predicted))
    result: dict[str, Any] = {"accuracy": float(metrics.accuracy_score(truth, predicted))}
    if len(classes) <= 2:
        positive = classes[-1]
        for name, scorer in (
            ("precision", metrics.precision_score),
            ("recall", metrics.recall_score),
            ("f1", metrics.f1_score),
        ):
            result[name] = float(scorer(truth, predicted, pos_label=positive, zero_division=0))
    else:
        for name, scorer in (
            ("precision", metrics.precision_score),
            ("recall", metrics.recall_score),
            ("f1", metrics.f1_score),
        ):
            result[name] = float(scorer(truth, predicted, average="macro", zero_division=0))
    if probas is not None and len(set(truth)) >= 2:
        proba_classes = [c for c in classes if any(c in p for p in probas)] or sorted({c for p in probas for c in p})
        proba_classes += sorted(({c for p in probas for c in p} | set(truth)) - set(proba_classes))
        matrix = [[float(p.get(c, 0.0)) for c in proba_classes] for p in probas]
        result["logLoss"] = float(metrics.log_loss(truth, matrix, labels=proba_classes))
        if len(proba_classes) == 2:
            result["auc"] = float(metrics.roc_auc_score([t == proba_classes[1] for t in truth], [m[1] for m in matrix]))
        elif set(truth) == set(proba_classes):
            result["mrocAUC"] = float(metrics.roc_auc_score(truth, matrix, multi_class="ovr", labels=proba_classes))
            result["auc"] = result["mrocAUC"]
    return result


def regression_metrics(truth: Sequence[float], predicted: Sequence[float]) -> dict[str, Any]:
    """The engine's regression metrics of labelled rows."""
    metrics = ml_module("sklearn.metrics")

    mse = float(metrics.mean_squared_error(truth, predicted))
    result: dict[str, Any] = {
        "r2": float(metrics.r2_score(truth, predicted)),
        "mae": float(metrics.mean_absolute_error(truth, predicted)),
        "mse": mse,
        "rmse": math.sqrt(mse),
        "evs": float(metrics.explained_variance_score(truth, predicted)),
    }
    if all(t != 0 for t in truth):
        result["mape"] = sum(abs((t - p) / t) for t, p in zip(truth, predicted, strict=True)) / len(truth)
    if len(set(truth)) > 1 and len(set(predicted)) > 1:
        mean_t, mean_p = sum(truth) / len(truth), sum(predicted) / len(predicted)
        cov = sum((t - mean_t) * (p - mean_p) for t, p in zip(truth, predicted, strict=True))
        var_t = sum((t - mean_t) ** 2 for t in truth)
        var_p = sum((p - mean_p) ** 2 for p in predicted)
        result["pearson"] = cov / math.sqrt(var_t * var_p)
    return result


def evaluation_metrics(
    prediction_type: str,
    truth: Sequence[str],
    predicted: Sequence[str],
    probas: Sequence[Mapping[str, float]] | None,
    classes: Sequence[str] | None = None,
) -> dict[str, Any]:
    """Metrics of the rows whose target and prediction are not empty (``nbRows``: how many)."""
    kept = [i for i, (t, p) in enumerate(zip(truth, predicted, strict=True)) if t != "" and p != ""]
    if not kept:
        raise executors.RecipeError("No row has both a target and a prediction: no metric can be computed")
    if prediction_type == "REGRESSION":
        pairs = [(_number(truth[i]), _number(predicted[i])) for i in kept]
        numeric = [(t, p) for t, p in pairs if t is not None and p is not None]
        if len(numeric) != len(pairs):
            raise executors.RecipeError("A regression's target and prediction must be numbers")
        result = regression_metrics([t for t, _ in numeric], [p for _, p in numeric])
    else:
        result = classification_metrics(
            [truth[i] for i in kept],
            [predicted[i] for i in kept],
            [probas[i] for i in kept] if probas else None,
            classes,
        )
    result["nbRows"] = len(kept)
    return result


# -- running ------------------------------------------------------------------------------------------


def run_evaluation_recipe(runner: Any, activity: Any, control: TaskControl) -> None:
    """Run the evaluation or standalone evaluation recipe of an activity (``jobs._JobRunner``)."""
    with runner.state.lock:
        _, recipe = runner._context(activity)
        if recipe.type in LLM_EVALUATION_TYPES:
            raise executors.RecipeError(
                f"Cannot run {recipe.type} recipe {recipe.name}: the emulator has no LLM to evaluate with"
            )
    try:
        ml_module("sklearn.metrics")
    except ImportError as missing:
        raise missing_ml_extra("An evaluation recipe") from missing
    state: DSSState = runner.state
    with state.lock:
        project, recipe = runner._context(activity)
        decoded: object = json.loads(recipe.payload) if recipe.payload.strip() else {}
        if not is_object(decoded):
            raise executors.RecipeError(f"The payload of recipe {recipe.name} is not a JSON object")
        payload = decoded
        inputs, outputs = _roles(recipe.definition, "inputs"), _roles(recipe.definition, "outputs")
        recipe_type = recipe.type
        main_inputs = inputs.get("main") or []
        if len(main_inputs) != 1:
            raise executors.RecipeError(f"Recipe {recipe.name} needs exactly one main input dataset")
        schema, source = runner._input_source(project, main_inputs[0], activity.partition)
    names = [str(column.get("name")) for column in schema]
    rows: list[list[str]] = []
    for row in source.rows():
        control.check_abort()
        if len(rows) >= MAX_EVALUATED_ROWS:
            source.close()
            break
        rows.append(list(row))
    if recipe_type == "standalone_evaluation":
        _run_standalone(runner, activity, project, recipe.name, payload, names, rows, outputs)
    else:
        _run_model_evaluation(runner, activity, control, project, recipe.name, payload, schema, rows, inputs, outputs)


def _store_of(state: DSSState, project: Any, ref: str) -> Any:
    from ..models.evaluation_stores import EvaluationStores

    store = state.extension(EvaluationStores).of_project(project.key).get(ref)
    if store is None:
        raise executors.RecipeError(f"Output evaluation store {project.key}.{ref} does not exist")
    return store


def _labels(payload: Mapping[str, Any]) -> list[dict[str, Any]]:
    labels = payload.get("labels")
    return [dict(label) for label in labels if is_mapping(label)] if is_array(labels) else []


def _run_standalone(
    runner: Any,
    activity: Any,
    project: Any,
    recipe_name: str,
    payload: Mapping[str, Any],
    names: list[str],
    rows: list[list[str]],
    outputs: dict[str, list[str]],
) -> None:
    state: DSSState = runner.state
    prediction_type = payload.get("predictionType")
    if prediction_type not in PREDICTION_TYPES:
        raise executors.RecipeError(
            f"Recipe {recipe_name}: set predictionType ({', '.join(PREDICTION_TYPES)}) in its settings"
        )
    target, prediction = payload.get("targetVariable"), payload.get("predictionVariable")
    for what, column in (("targetVariable", target), ("predictionVariable", prediction)):
        if not isinstance(column, str) or column not in names:
            raise executors.RecipeError(f"Recipe {recipe_name}: {what} {column!r} is not a column of the input")
    assert isinstance(target, str) and isinstance(prediction, str)
    probas: list[dict[str, float]] | None = None
    mapping = payload.get("probas")
    if prediction_type in CLASSIFICATION and payload.get("isProbaAware") is True and is_array(mapping) and mapping:
        columns: dict[str, int] = {}
        for item in mapping:
            column = item.get("value") if is_mapping(item) else None
            if not isinstance(column, str) or column not in names:
                raise executors.RecipeError(
                    f"Recipe {recipe_name}: proba column {column!r} is not a column of the input"
                )
            columns[str(item.get("key"))] = names.index(column)
        probas = [{c: _number(row[i]) or 0.0 for c, i in columns.items()} for row in rows]
    truth = [row[names.index(target)] for row in rows]
    predicted = [row[names.index(prediction)] for row in rows]
    metrics = (
        {}
        if payload.get("dontComputePerformance") is True
        else evaluation_metrics(str(prediction_type), truth, predicted, probas)
    )
    store_refs = outputs.get("main") or []
    if len(store_refs) != 1:
        raise executors.RecipeError(f"Recipe {recipe_name} needs exactly one output evaluation store")
    info = {
        "hasModel": False,
        "evaluationType": "STANDALONE",
        "predictionType": prediction_type,
        "targetVariable": target,
        "predictionVariable": prediction,
        "evaluationDatasetRef": None,
        "userMeta": {"name": None, "labels": _labels(payload)},
    }
    with state.lock:
        store = _store_of(state, project, store_refs[0])
        _record(state, store, info, metrics, names, rows)
    runner.log(activity.id, f"Evaluation recorded in store {store_refs[0]}: {json.dumps(metrics, sort_keys=True)}")


def _record(
    state: DSSState, store: Any, info: dict[str, Any], metrics: dict[str, Any], names: list[str], rows: list[list[str]]
) -> Any:
    from ..models.evaluation_stores import EvaluationStores

    model = state.extension(EvaluationStores)
    columns = [{"name": name, "type": "string"} for name in names]
    evaluation = model.record(store, info, metrics, None, (columns, rows))
    if not evaluation.info["userMeta"].get("name"):
        evaluation.info["userMeta"]["name"] = f"Evaluation {evaluation.id}"
    return evaluation


def _run_model_evaluation(
    runner: Any,
    activity: Any,
    control: TaskControl,
    project: Any,
    recipe_name: str,
    payload: Mapping[str, Any],
    schema: list[dict[str, Any]],
    rows: list[list[str]],
    inputs: dict[str, list[str]],
    outputs: dict[str, list[str]],
) -> None:
    state: DSSState = runner.state
    names = [str(column.get("name")) for column in schema]
    models = inputs.get("model") or []
    if len(models) != 1:
        raise executors.RecipeError(f"Recipe {recipe_name} needs exactly one input saved model (role model)")
    from ..models.saved_models import SavedModels

    with state.lock:
        saved_model = state.extension(SavedModels).find(project.key, models[0])
        if saved_model is None:
            raise executors.RecipeError(f"Input saved model {project.key}.{models[0]} does not exist")
        wanted = payload.get("modelVersionId")
        if isinstance(wanted, str) and wanted:
            version = saved_model.versions.get(wanted)
            if version is None:
                raise executors.RecipeError(f"Saved model {saved_model.id} has no version {wanted}")
        else:
            version = state.extension(SavedModels).active_version(saved_model)
            if version is None:
                raise executors.RecipeError(f"Saved model {saved_model.id} has no active version to evaluate")
        trained = version.trained
        full_model_id = saved_model.full_id(version.id)
    if trained.prediction_type not in PREDICTION_TYPES:
        raise executors.RecipeError(
            f"Saved model {saved_model.id} is a {trained.prediction_type} model: evaluation recipes evaluate "
            f"{', '.join(PREDICTION_TYPES)} models"
        )
    target = trained.target
    compute = payload.get("dontComputePerformance") is not True
    if compute and (target is None or target not in names):
        raise executors.RecipeError(
            f"Recipe {recipe_name}: the input has no column {target!r}, the target of the model: it cannot be evaluated"
        )
    records = [dict(zip(names, row, strict=False)) for row in rows]
    from .ml_engine import MissingFeatureError

    control.check_abort()
    try:
        predictions: list[dict[str, Any]] = trained.predict(records)
    except MissingFeatureError as missing:
        raise executors.RecipeError(f"Recipe {recipe_name}: {missing}") from None
    classes: list[str] = [str(c) for c in trained.classes or []]
    with_probas = trained.prediction_type in CLASSIFICATION and payload.get("outputProbabilities") is not False
    scored_names = [*names, "prediction"] + ([f"proba_{c}" for c in classes] if with_probas else [])
    scored_rows: list[list[str]] = []
    for row, prediction in zip(rows, predictions, strict=True):
        extra = [_text(prediction.get("prediction"))]
        if with_probas:
            extra += [_text(prediction.get("probas", {}).get(c)) for c in classes]
        scored_rows.append([*row, *extra])
    metrics: dict[str, Any] = {}
    if compute:
        assert target is not None
        truth = [row[names.index(target)] for row in rows]
        predicted = [_text(p.get("prediction")) for p in predictions]
        probas = None
        if trained.prediction_type in CLASSIFICATION:
            probas = [dict(p.get("probas") or {}) for p in predictions]
        metrics = evaluation_metrics(trained.prediction_type, truth, predicted, probas, classes or None)
    info = {
        "hasModel": True,
        "evaluationType": "EVALUATION_RECIPE",
        "modelRef": {"fullId": full_model_id},
        "predictionType": trained.prediction_type,
        "targetVariable": target,
        "predictionVariable": "prediction",
        "evaluationDatasetRef": (inputs.get("main") or [""])[0],
        "userMeta": {"name": None, "labels": _labels(payload)},
    }
    store_refs = outputs.get("evaluationStore") or []
    if store_refs:
        with state.lock:
            store = _store_of(state, project, store_refs[0])
            evaluation = _record(state, store, info, metrics, scored_names, scored_rows)
        runner.log(activity.id, f"Evaluation {evaluation.id} of {full_model_id} recorded in store {store_refs[0]}")
    string_columns = [dict(c) for c in schema]
    prediction_storage = "double" if trained.prediction_type == "REGRESSION" else "string"
    string_columns.append({"name": "prediction", "type": prediction_storage})
    if with_probas:
        string_columns += [{"name": f"proba_{c}", "type": "double"} for c in classes]
    for ref in outputs.get("main") or []:
        write_rows(runner, activity, project, ref, string_columns, scored_rows, append=False)
    for ref in outputs.get("metrics") or []:
        metric_names = sorted(metrics)
        columns = [
            {"name": "date", "type": "bigint"},
            {"name": "modelFullId", "type": "string"},
            *({"name": name, "type": "double"} for name in metric_names),
        ]
        row = [str(state.clock()), full_model_id, *(_text(metrics[name]) for name in metric_names)]
        with state.lock:
            dataset = project.datasets.get(ref)
            same = dataset is not None and [c.get("name") for c in schema_columns(dataset.definition)] == [
                c["name"] for c in columns
            ]
        write_rows(runner, activity, project, ref, columns, [row], append=same)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return str(value)


def write_rows(
    runner: Any,
    activity: Any,
    project: Any,
    ref: str,
    columns: list[dict[str, Any]],
    rows: list[list[str]],
    append: bool,
) -> None:
    """Write rows into an output dataset of the activity (its schema set to ``columns``)."""
    names = [str(c["name"]) for c in columns]
    writer = runner.store.new_writer(names)
    try:
        if append:
            runner._copy_existing(project.key, ref, activity.partition, names, writer)
        writer.write_all(rows)
    except BaseException:
        writer.discard()
        raise
    path = writer.close()
    with runner.state.lock:
        dataset = project.datasets.get(ref)
        if dataset is None:
            path.unlink(missing_ok=True)
            raise executors.RecipeError(f"Output dataset {ref} no longer exists")
        if [c.get("name") for c in schema_columns(dataset.definition)] != names:
            dataset.definition["schema"] = {"columns": columns, "userModified": False}
        runner.store.install(project.key, ref, activity.partition, path, names, runner.state.clock())
