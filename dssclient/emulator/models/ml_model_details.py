"""What DSS computes on a trained model after its training (issue 19), and where the results are kept.

The computations treat the model as a black box: they only call ``model.predict(rows)`` (the
engine's ``TrainedModel``, ``automation/ml_engine.py``) on rows the model was tested on, so that
they hold for every algorithm the engine trains:

* **partial dependence** (as DSS computes it): the feature is set to each point of its scale on
  every sampled row, and the average prediction (the log-odds of the positive class in binary
  classification, of each class in multiclass, clipped to [0.01, 0.99] first; the predicted value in
  regression) minus the average prediction on the rows as they are. A numerical feature's scale is
  50 evenly spaced points from its minimum to its maximum (its distribution: the share of rows in
  each of the 49 bins between them); a categorical feature's is its modalities, most frequent first,
  the 30 most frequent kept and the others averaged into ``__DKU_OTHERS__``.
* **subpopulation analyses**: the model's metrics on the rows of each modality of a column (each
  value of a categorical column, most frequent first, the rest gathered; quantile bins of a
  numerical column with more than ``MAX_MODALITIES`` distinct values; the empty cells apart), beside
  the metrics on all the rows.
* **Shapley feature importance**: Monte Carlo estimates of each feature's Shapley value on each
  sampled row (Strumbelj and Kononenko's sampling: for each step, a random background row and a
  random order of the features; the feature's contribution is the change of the model's output -
  the log-odds of the positive class, or the predicted value - when its value is taken from the
  explained row rather than from the background row, the features before it in the order taken
  from the explained row too). The absolute importance of a feature is the mean absolute value of
  its Shapley values, normalized so that they sum to 1.

The model must expose ``prediction_type``, ``target``, ``features``, ``classes`` and ``predict``;
the computations are plain Python (the model's own ``predict`` is what needs scikit-learn).
Results are kept per model location (a lab model, or a saved model version: each its own, as in
DSS) by :class:`ModelDetailsResults`; hold ``DSSState.lock`` while using it.
"""

from __future__ import annotations

import math
import random
import sys
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Protocol

from ..errors import bad_request, not_found

BINARY, MULTICLASS, REGRESSION, CLUSTERING = "BINARY_CLASSIFICATION", "MULTICLASS", "REGRESSION", "CLUSTERING"
NUMERIC, CATEGORY = "NUMERIC", "CATEGORY"
# Points of a numerical feature's partial dependence scale, and modalities kept for a categorical one.
PD_POINTS = 50
PD_MAX_CATEGORIES = 30
OTHERS = "__DKU_OTHERS__"
# Modalities of a subpopulation analysis: a numerical column with more distinct values is cut in
# this many quantile bins; a categorical one keeps this many values and gathers the rest.
MAX_MODALITIES = 10
# Bounds of the emulator (config.py's spirit): rows predicted by one computation, rows explained.
MAX_PREDICTED_ROWS = 200_000
MAX_SAMPLE_SIZE = 10_000
DEFAULT_SHAPLEY_SAMPLES = 100
DEFAULT_MC_STEPS = 20
LOG_ODDS_CLIP = (0.01, 0.99)
# Models whose results are kept, and generated documentations kept.
MAX_LOCATIONS = 1000
MAX_DOCUMENTS = 64

Row = Mapping[str, Any]


class PredictingModel(Protocol):
    """What the computations need of a trained model (the engine's ``TrainedModel`` has it)."""

    @property
    def prediction_type(self) -> str: ...

    @property
    def target(self) -> str | None: ...

    @property
    def features(self) -> Sequence[str]: ...

    @property
    def classes(self) -> Sequence[str] | None: ...

    def predict(self, rows: Sequence[Row]) -> list[dict[str, Any]]: ...


# -- the results kept per model -----------------------------------------------------------------------


class ComputedDetails:
    """The post-training results of one model location."""

    def __init__(self) -> None:
        self.partial_dependencies: dict[str, dict[str, Any]] = {}
        self.subpopulation_global: dict[str, Any] | None = None
        self.subpopulation_analyses: dict[str, dict[str, Any]] = {}
        self.subpopulation_params: tuple[int, int] | None = None
        self.global_explanations: dict[str, Any] | None = None

    def partial_dependencies_json(self) -> dict[str, Any]:
        return {"partialDependencies": list(self.partial_dependencies.values())}

    def subpopulation_json(self) -> dict[str, Any]:
        if self.subpopulation_global is None:
            return {}
        analyses = list(self.subpopulation_analyses.values())
        return {"global": self.subpopulation_global, "subpopulationAnalyses": analyses}


class ModelDetailsResults:
    """Every model location's post-training results: ``("lab", project, fullModelId)`` or
    ``("savedmodel", project, savedModelId, versionId)``; and the generated documentations, per
    project and kind of model (``lab`` or ``savedmodel``: DSS downloads them from two routes).
    Bounded: the locations least recently used, and the oldest documents, go first."""

    def __init__(self, state: Any) -> None:
        self.state = state
        self.results: OrderedDict[tuple[str, ...], ComputedDetails] = OrderedDict()
        self.documents: OrderedDict[tuple[str, str, str], bytes] = OrderedDict()
        self._next_document = 0

    def of(self, location: tuple[str, ...]) -> ComputedDetails:
        found = self.results.get(location)
        if found is None:
            found = self.results[location] = ComputedDetails()
            while len(self.results) > MAX_LOCATIONS:
                self.results.popitem(last=False)
        self.results.move_to_end(location)
        return found

    def add_document(self, kind: str, project_key: str, content: bytes) -> str:
        self._next_document += 1
        export_id = f"model-documentation-{self._next_document}"
        self.documents[(kind, project_key, export_id)] = content
        while len(self.documents) > MAX_DOCUMENTS:
            self.documents.popitem(last=False)
        return export_id

    def document(self, kind: str, project_key: str, export_id: str) -> bytes:
        content = self.documents.get((kind, project_key, export_id))
        if content is None:
            raise not_found(f"Model documentation export does not exist: {export_id}")
        return content

    def forget_project(self, project_key: str) -> None:
        for location in [loc for loc in self.results if loc[1] == project_key]:
            del self.results[location]
        for key in [key for key in self.documents if key[1] == project_key]:
            del self.documents[key]


# -- shared helpers -------------------------------------------------------------------------------------


def is_missing(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, float) and math.isnan(value))


def as_number(value: Any) -> float | None:
    """The value as a number, None when it is empty or not a number."""
    if is_missing(value) or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) or math.isinf(number) else number


def feature_type(rows: Sequence[Row], feature: str, declared: str | None = None) -> str:
    """NUMERIC or CATEGORY: as the model's preprocessing declares it, else by the values."""
    if declared in (NUMERIC, CATEGORY):
        return declared
    values = [row.get(feature) for row in rows if not is_missing(row.get(feature))]
    if values and all(as_number(v) is not None for v in values):
        return NUMERIC
    return CATEGORY


def sample_rows(rows: Sequence[Row], sample_size: int, random_state: int) -> tuple[list[Row], bool]:
    """(the rows, or a seeded sample of ``sample_size`` of them; whether it is a sample)."""
    if sample_size < 1:
        raise bad_request(f"Invalid sample size {sample_size}: it must be at least 1")
    size = min(sample_size, MAX_SAMPLE_SIZE)
    if size >= len(rows):
        return list(rows), False
    return random.Random(random_state).sample(list(rows), size), True


def _check_predicted_rows(count: int, what: str) -> None:
    if count > MAX_PREDICTED_ROWS:
        raise bad_request(
            f"Cannot compute {what}: it would score {count} rows, more than the emulator's bound of "
            f"{MAX_PREDICTED_ROWS}; use a smaller sample"
        )


def _log_odds(p: float) -> float:
    low, high = LOG_ODDS_CLIP
    p = min(max(p, low), high)
    return math.log(p / (1 - p))


def model_outputs(model: PredictingModel) -> Callable[[dict[str, Any]], list[float]]:
    """What the computations average per row: the log-odds of the positive class (binary), of each
    class (multiclass), or the predicted value (regression)."""
    kind = model.prediction_type
    classes = list(model.classes or [])
    if kind == REGRESSION:
        return lambda p: [float(p["prediction"])]
    if kind == BINARY:
        positive = classes[-1]
        return lambda p: [_log_odds(float(p["probas"][positive]))]
    if kind == MULTICLASS:
        return lambda p: [_log_odds(float(p["probas"][c])) for c in classes]
    raise bad_request(f"This computation is not available for a {kind} model")


def _average(vectors: Sequence[Sequence[float]]) -> list[float]:
    if not vectors:
        return []
    width = len(vectors[0])
    return [sum(v[i] for v in vectors) / len(vectors) for i in range(width)]


# -- partial dependence ---------------------------------------------------------------------------------


def partial_dependence(
    model: PredictingModel,
    rows: Sequence[Row],
    feature: str,
    *,
    sample_size: int,
    random_state: int,
    declared_type: str | None = None,
    is_date: bool = False,
) -> dict[str, Any]:
    """The partial dependence of the model's output on ``feature``, in DSS's shape."""
    if feature not in model.features:
        raise bad_request(f"Cannot compute the partial dependence of {feature!r}: it is not a feature of the model")
    sample, on_sample = sample_rows(rows, sample_size, random_state)
    if not sample:
        raise bad_request("Cannot compute a partial dependence: the model has no test rows")
    outputs = model_outputs(model)
    kind = feature_type(sample, feature, declared_type)
    result: dict[str, Any] = {"feature": feature}
    if kind == NUMERIC:
        numbers = [n for n in (as_number(r.get(feature)) for r in sample) if n is not None]
        if not numbers:
            raise bad_request(f"Cannot compute the partial dependence of {feature!r}: it has no value in the rows")
        low, high = min(numbers), max(numbers)
        points: list[Any] = [low + (high - low) * i / (PD_POINTS - 1) for i in range(PD_POINTS)]
        distribution = _histogram(numbers, points)
        result["featureBins"] = points
    else:
        counts: dict[Any, int] = {}
        for row in sample:
            value = row.get(feature)
            key = None if is_missing(value) else value
            counts[key] = counts.get(key, 0) + 1
        ordered = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))
        points = [value for value, _ in ordered]
        distribution = [count / len(sample) for _, count in ordered]
    _check_predicted_rows(len(sample) * (len(points) + 1), "this partial dependence")
    base = _average([outputs(p) for p in model.predict(sample)])
    batch = [{**row, feature: point} for point in points for row in sample]
    predictions = model.predict(batch)
    per_point = [
        _average([outputs(p) for p in predictions[i * len(sample) : (i + 1) * len(sample)]]) for i in range(len(points))
    ]
    if kind == CATEGORY and len(points) > PD_MAX_CATEGORIES:
        kept, rest = per_point[:PD_MAX_CATEGORIES], per_point[PD_MAX_CATEGORIES:]
        rest_weights = distribution[PD_MAX_CATEGORIES:]
        total = sum(rest_weights)
        merged = [sum(v[i] * w for v, w in zip(rest, rest_weights, strict=True)) / total for i in range(len(base))]
        per_point = [*kept, merged]
        points = [*points[:PD_MAX_CATEGORIES], OTHERS]
        distribution = [*distribution[:PD_MAX_CATEGORIES], total]
    if kind == CATEGORY:
        result["categories"] = points
    # One list per output (class), each with a value per point, relative to the base prediction.
    result["data"] = [[point[i] - base[i] for point in per_point] for i in range(len(base))]
    result.update(
        {
            "distribution": distribution,
            "computedPostTraining": True,
            "isDate": is_date,
            "nbRecords": len(sample),
            "onSample": on_sample,
            "randomState": random_state,
        }
    )
    return result


def _histogram(numbers: Sequence[float], edges: Sequence[float]) -> list[float]:
    """Share of the numbers in each bin between consecutive edges (the last bin includes its right edge)."""
    bins = len(edges) - 1
    counts = [0] * bins
    low, high = edges[0], edges[-1]
    for n in numbers:
        if high == low:
            index = 0
        else:
            index = min(int((n - low) / (high - low) * bins), bins - 1)
        counts[index] += 1
    return [c / len(numbers) for c in counts]


# -- metrics on some rows ----------------------------------------------------------------------------------


def performance(model: PredictingModel, rows: Sequence[Row], predictions: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """``{"performanceMetrics", "perf": {"globalMetrics"}}`` of the model on labelled rows, or
    ``{"excluded": True, "reason"}`` when the metrics cannot be computed on them."""
    kind = model.prediction_type
    target = model.target
    if target is None:
        raise bad_request(f"A {kind} model has no target to measure it against")
    labelled = [(r, p) for r, p in zip(rows, predictions, strict=True) if not is_missing(r.get(target))]
    if not labelled:
        return {"excluded": True, "reason": "No row has a value of the target"}
    if kind == REGRESSION:
        return _regression_performance(labelled, target)
    if kind == BINARY:
        return _binary_performance(labelled, target, list(model.classes or []))
    raise bad_request(f"Subpopulation analyses are not available for a {kind} model")


def _regression_performance(labelled: Sequence[tuple[Row, dict[str, Any]]], target: str) -> dict[str, Any]:
    truth: list[float] = []
    predicted: list[float] = []
    for row, prediction in labelled:
        value = as_number(row.get(target))
        if value is None:
            continue
        truth.append(value)
        predicted.append(float(prediction["prediction"]))
    if not truth:
        return {"excluded": True, "reason": "No row has a numerical value of the target"}
    errors = [p - t for t, p in zip(truth, predicted, strict=True)]
    mse = _mean([e * e for e in errors])
    measures = {"mae": _mean([abs(e) for e in errors]), "mse": mse, "rmse": math.sqrt(mse)}
    variance = _std(truth) ** 2
    if len(truth) > 1 and variance > 0:
        measures["r2"] = 1 - mse / variance
    return {
        "performanceMetrics": measures,
        "perf": {
            "globalMetrics": {
                "predictionAvg": [_mean(predicted)],
                "predictionStd": [_std(predicted)],
                "targetAvg": [_mean(truth)],
                "targetStd": [_std(truth)],
                "testWeight": len(truth),
            }
        },
    }


def _binary_performance(
    labelled: Sequence[tuple[Row, dict[str, Any]]], target: str, classes: list[str]
) -> dict[str, Any]:
    positive = classes[-1]
    truth = [1 if str(row.get(target)) == str(positive) else 0 for row, _ in labelled]
    probas = [float(p["probas"][positive]) for _, p in labelled]
    predicted = [1 if str(p["prediction"]) == str(positive) else 0 for _, p in labelled]
    if len(set(truth)) < 2:
        # DSS leaves out a modality its scorer cannot measure (a single class: no AUC).
        return {"excluded": True, "reason": "The rows hold a single class of the target"}
    true_positives = sum(1 for t, p in zip(truth, predicted, strict=True) if t == p == 1)
    predicted_positives, actual_positives = sum(predicted), sum(truth)
    precision = true_positives / predicted_positives if predicted_positives else 0.0
    recall = true_positives / actual_positives
    eps = sys.float_info.epsilon  # where scikit-learn clips probabilities
    measures = {
        "auc": _auc(truth, probas),
        "accuracy": sum(1 for t, p in zip(truth, predicted, strict=True) if t == p) / len(truth),
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall > 0 else 0.0,
        "logLoss": -_mean(
            [
                math.log(min(max(p, eps), 1 - eps)) if t else math.log(min(max(1 - p, eps), 1 - eps))
                for t, p in zip(truth, probas, strict=True)
            ]
        ),
    }
    return {
        "performanceMetrics": measures,
        "perf": {
            "globalMetrics": {
                "predictionAvg": [_mean(probas)],
                "targetAvg": [_mean([float(t) for t in truth])],
                "testWeight": len(truth),
            }
        },
    }


def _auc(truth: Sequence[int], scores: Sequence[float]) -> float:
    """The area under the ROC curve: the Mann-Whitney statistic, ties counted half."""
    order = sorted(range(len(scores)), key=scores.__getitem__)
    ranks = [0.0] * len(scores)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and scores[order[j + 1]] == scores[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    positives = sum(truth)
    negatives = len(truth) - positives
    rank_sum = sum(r for r, t in zip(ranks, truth, strict=True) if t)
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)


def _mean(values: Sequence[float]) -> float:
    return sum(values) / len(values)


def _std(values: Sequence[float]) -> float:
    mean = _mean(values)
    return math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))


# -- subpopulation analyses -------------------------------------------------------------------------------


def subpopulation_analysis(
    model: PredictingModel,
    rows: Sequence[Row],
    predictions: Sequence[dict[str, Any]],
    feature: str,
    *,
    on_sample: bool,
    random_state: int,
    same_rows_as_split: bool,
    declared_type: str | None = None,
    is_date: bool = False,
) -> dict[str, Any]:
    """The model's performance on each modality of the column ``feature`` of the rows (scored as ``predictions``)."""
    if not rows or feature not in rows[0] and all(feature not in r for r in rows):
        raise bad_request(f"Cannot compute a subpopulation analysis on {feature!r}: no such column in the test rows")
    kind = feature_type(rows, feature, declared_type)
    if kind == NUMERIC and len({as_number(r.get(feature)) for r in rows} - {None}) <= MAX_MODALITIES:
        kind = CATEGORY
    groups = _numeric_groups(rows, feature) if kind == NUMERIC else _category_groups(rows, feature)
    modalities: list[dict[str, Any]] = []
    for info, indices in groups:
        modality = {**info, "count": len(indices), "weightedCount": len(indices)}
        modality.update(performance(model, [rows[i] for i in indices], [predictions[i] for i in indices]))
        modalities.append(modality)
    return {
        "feature": feature,
        "computed_as_type": kind,
        "modalities": modalities,
        "isDate": is_date,
        "sameNumRowsAsSplit": same_rows_as_split,
        "nbRecords": len(rows),
        "weightedNbRecords": len(rows),
        "randomState": random_state,
        "onSample": on_sample,
    }


def _category_groups(rows: Sequence[Row], feature: str) -> list[tuple[dict[str, Any], list[int]]]:
    by_value: dict[Any, list[int]] = {}
    for i, row in enumerate(rows):
        value = row.get(feature)
        by_value.setdefault(None if is_missing(value) else value, []).append(i)
    ordered = sorted(by_value.items(), key=lambda kv: (-len(kv[1]), str(kv[0])))
    groups: list[tuple[dict[str, Any], list[int]]] = []
    for index, (value, indices) in enumerate(ordered[:MAX_MODALITIES]):
        info: dict[str, Any] = {"index": index}
        if value is None:
            info["missing_values"] = True
        else:
            info["value"] = value
        groups.append((info, indices))
    rest = [i for _, indices in ordered[MAX_MODALITIES:] for i in indices]
    if rest:
        groups.append(({"index": len(groups), "value": f"Rest of '{feature}'"}, rest))
    return groups


def _numeric_groups(rows: Sequence[Row], feature: str) -> list[tuple[dict[str, Any], list[int]]]:
    valued = [(n, i) for i, n in ((i, as_number(r.get(feature))) for i, r in enumerate(rows)) if n is not None]
    numbers = sorted(n for n, _ in valued)
    # Quantile edges (duplicates dropped, as pandas' qcut does), the first bin closed on its left.
    edges = sorted({_quantile(numbers, q / MAX_MODALITIES) for q in range(MAX_MODALITIES + 1)})
    groups: list[tuple[dict[str, Any], list[int]]] = []
    for b in range(len(edges) - 1):
        low, high = edges[b], edges[b + 1]
        if b == 0:
            indices = [i for n, i in valued if low <= n <= high]
            info: dict[str, Any] = {"index": b, "gte": low, "lte": high}
        else:
            indices = [i for n, i in valued if low < n <= high]
            info = {"index": b, "gt": low, "lte": high}
        if indices:
            groups.append((info, indices))
    if len(edges) == 1:
        groups.append(({"index": 0, "gte": edges[0], "lte": edges[0]}, [i for _, i in valued]))
    missing = [i for i, r in enumerate(rows) if as_number(r.get(feature)) is None]
    if missing:
        groups.append(({"index": len(groups), "missing_values": True}, missing))
    for index, (info, _) in enumerate(groups):
        info["index"] = index
    return groups


def _quantile(ordered: Sequence[float], q: float) -> float:
    position = q * (len(ordered) - 1)
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


# -- Shapley feature importance ----------------------------------------------------------------------------


def shapley_explanations(
    model: PredictingModel,
    rows: Sequence[Row],
    *,
    n_explanations: int | None,
    mc_steps: int | None,
    num_samples: int | None,
    random_state: int = 1337,
) -> dict[str, Any]:
    """Monte Carlo Shapley values of each feature on a sample of the rows (see the module's docstring)."""
    if model.prediction_type not in (BINARY, REGRESSION):
        # DSS explains multiclass models per class; the emulator does not (refused rather than guessed).
        raise bad_request(f"Shapley feature importance is not available for a {model.prediction_type} model")
    features = list(model.features)
    n_explanations = len(features) if n_explanations is None else n_explanations
    mc_steps = DEFAULT_MC_STEPS if mc_steps is None else mc_steps
    num_samples = DEFAULT_SHAPLEY_SAMPLES if num_samples is None else num_samples
    for name, value in (("n_explanations", n_explanations), ("mc_steps", mc_steps), ("num_samples", num_samples)):
        if value < 1:
            raise bad_request(f"Invalid {name} {value}: it must be at least 1")
    if not rows:
        raise bad_request("Cannot compute Shapley values: the model has no test rows")
    explained, on_sample = sample_rows(rows, num_samples, random_state)
    _check_predicted_rows(len(explained) * mc_steps * (len(features) + 1), "these Shapley values")
    rng = random.Random(random_state)
    outputs = model_outputs(model)
    # Each step: a background row and an order; the path from the background row to the explained
    # row, one feature at a time, in that order. Consecutive rows of a path differ by one feature.
    batch: list[dict[str, Any]] = []
    orders: list[list[str]] = []
    for row in explained:
        for _ in range(mc_steps):
            background = rows[rng.randrange(len(rows))]
            order = features[:]
            rng.shuffle(order)
            orders.append(order)
            current = {**background}
            batch.append(dict(current))
            for feature in order:
                current[feature] = row.get(feature)
                batch.append(dict(current))
    values = [outputs(p)[0] for p in model.predict(batch)]
    shapley: dict[str, list[float]] = {f: [0.0] * len(explained) for f in features}
    position = 0
    for r in range(len(explained)):
        for step in range(mc_steps):
            order = orders[r * mc_steps + step]
            for k, feature in enumerate(order):
                shapley[feature][r] += (values[position + k + 1] - values[position + k]) / mc_steps
            position += len(features) + 1
    mean_abs = {f: sum(abs(v) for v in shapley[f]) / len(explained) for f in features}
    top = sorted(features, key=lambda f: -mean_abs[f])[:n_explanations]
    total = sum(mean_abs[f] for f in top)
    return {
        "absoluteImportance": {f: (mean_abs[f] / total if total > 0 else 0.0) for f in top},
        "explanations": {f: shapley[f] for f in top},
        "observations": {f: [row.get(f) for row in explained] for f in features},
        "nbRecords": len(explained),
        "randomState": random_state,
        "onSample": on_sample,
        "computationParams": {"n_explanations": n_explanations, "mc_steps": mc_steps, "num_samples": num_samples},
    }


# -- clustering -------------------------------------------------------------------------------------------


def scatter_plots(
    model: PredictingModel, rows: Sequence[Row], *, sample_size: int = 1000, random_state: int = 1337
) -> dict[str, Any]:
    """A sample of the rows, the value of each feature and the cluster of each row."""
    sample, _ = sample_rows(rows, sample_size, random_state)
    predictions = model.predict(sample)
    return {
        "features": {f: [row.get(f) for row in sample] for f in model.features},
        "cluster": [str(p.get("cluster", p.get("prediction"))) for p in predictions],
    }
