"""Drift between an evaluation's sample and a reference (issue 19): ``computeEvaluationDrift``'s long task.

The reference is another evaluation's sample (``ME-...``), the training rows of a saved model
version (``S-...``: the emulator keeps no train set, so it reads the rows of the version's ML task's
input dataset as they are now, train and test rows together: an approximation), or by default the
evaluation recorded before this one in its store. The computation, on the columns both sides have
(the target and the prediction columns apart):

- **per column** (``univariateDriftResult``): a column is ``NUMERICAL`` when every non-empty value of
  both sides reads as a number, else ``CATEGORICAL`` (or as the parameters force it; ``enabled:
  false`` makes it ``IGNORED``). Numerical: the two-sample Kolmogorov-Smirnov statistic and p-value
  (``scipy.stats.ks_2samp``) and the population stability index over ``nbBins`` equal-width bins of
  the reference's range; categorical: Pearson's chi-square test of the 2 x k contingency table
  (``scipy.stats.chi2_contingency``) and the PSI over categories. PSI = sum((c - r) ln(c / r)) on
  proportions floored at 1e-4. Histograms when ``computeHistograms``.
- **drift model** (``driftModelResult``): a random forest (scikit-learn, 50 trees, seed 1337)
  trained to tell reference rows (0) from current rows (1), on 70% of the rows of both sides,
  numerical columns as numbers (missing: the median), categorical ones one-hot (top 50 values);
  its accuracy on the other 30%, its Wilson confidence interval at ``confidenceLevel``, the
  one-sided binomial test of that accuracy against 0.5 (``pvalue``), and each column's importance
  (the forest's impurity importances, summed over a column's one-hot features).
- **prediction drift** (``predictionDriftResult``), when both sides have the prediction column:
  chi-square p-value and PSI (classification), KS p-value and PSI (regression).

scikit-learn and scipy are imported inside the task only (the emulator's optional ``ml`` extra);
without them the task fails with a clear error naming the extra.
"""

from __future__ import annotations

import importlib
import math
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from dssclient._json import mapping_or_empty

from ..errors import RUNTIME, DSSError, bad_request, not_found
from ..futures import TaskControl

if TYPE_CHECKING:
    from ..models.evaluation_stores import Evaluation, EvaluationStore
    from ..state import DSSState, Project

PSI_FLOOR = 1e-4
MAX_CATEGORIES = 50
DRIFT_MODEL_SEED = 1337
MIN_ROWS_PER_SIDE = 10
# Rows of a saved model version's training dataset read as a reference.
MAX_REFERENCE_ROWS = 10_000

Sample = tuple[list[dict[str, Any]], list[list[Any]]]


def ml_module(name: str) -> Any:
    """An optional module of the ``ml`` extra (scikit-learn, scipy), imported when a computation needs it."""
    return importlib.import_module(name)


def missing_ml_extra(what: str) -> DSSError:
    """The failure of an ML computation when scikit-learn (the emulator's ``ml`` extra) is not installed."""
    return DSSError(
        500,
        RUNTIME,
        f"{what} needs scikit-learn, the emulator's optional 'ml' extra: pip install 'dssclient[emulator,ml]'",
    )


def _reference_sample(
    services: Any, project: Project, store: EvaluationStore, current: Evaluation, reference_id: str | None
) -> tuple[str, Sample | Callable[[], Sample]]:
    """The full id and sample of the reference (or what reads it, outside the lock). Hold the lock."""
    state: DSSState = services.state
    from ..models.evaluation_stores import EvaluationStores

    if reference_id is None:
        earlier = [e for e in store.evaluations.values() if e.created <= current.created and e.id != current.id]
        with_sample = [e for e in earlier if e.sample_rows is not None]
        if not with_sample:
            raise bad_request(
                f"Evaluation {current.id} has no earlier evaluation with a sample in its store: give a reference"
            )
        reference = max(with_sample, key=lambda e: e.created)
        return str(reference.info["ref"]["fullId"]), _sample_of(reference)
    if reference_id.startswith("ME-"):
        found = state.extension(EvaluationStores).find_evaluation(reference_id)
        if found is None or found[0].settings.get("projectKey") != project.key:
            raise not_found(f"Model evaluation does not exist: {reference_id}")
        return reference_id, _sample_of(found[1])
    if reference_id.startswith("S-"):
        from ..models.saved_models import SavedModels

        version = state.extension(SavedModels).version_of(project.key, reference_id)
        if version is None:
            raise not_found(f"Saved model version does not exist: {reference_id}")
        return reference_id, _training_rows(services, project, reference_id, version)
    raise bad_request(
        f"{reference_id} is not the full id of a model evaluation (ME-...) or saved model version (S-...)"
    )


def _training_rows(services: Any, project: Project, reference_id: str, version: Any) -> Callable[[], Sample]:
    """What reads the rows a saved model version was trained on: the rows of its ML task's input dataset
    as they are now (DSS keeps the version's train set itself; the emulator does not: an approximation,
    train and test rows together). A version not deployed from an ML task of the project is refused."""
    from ..models.ml_tasks import MLTasks
    from .store import column_names, data_store, open_source

    origin = getattr(version, "origin", None)
    if not isinstance(origin, str):
        raise bad_request(f"Saved model version {reference_id} was not trained in an ML task: no rows to compare with")
    task, _ = services.state.extension(MLTasks).lab_model(project.key, origin)
    dataset = project.datasets.get(task.input_dataset)
    if dataset is None:
        raise bad_request(f"The training dataset {task.input_dataset} of {reference_id} no longer exists")
    names = column_names(dataset.definition)
    source = open_source(data_store(services), project.key, dataset.definition)

    def read() -> Sample:
        rows: list[list[Any]] = []
        for values in source.rows():
            if len(rows) >= MAX_REFERENCE_ROWS:
                source.close()
                break
            rows.append(list(values))
        return [{"name": n, "type": "string"} for n in names], rows

    return read


def _sample_of(evaluation: Evaluation) -> Sample:
    if evaluation.sample_columns is None or evaluation.sample_rows is None:
        raise bad_request(f"Evaluation {evaluation.id} has no sample (a custom evaluation): it cannot be compared")
    return evaluation.sample_columns, evaluation.sample_rows


def start_drift(
    services: Any,
    project: Project,
    store: EvaluationStore,
    evaluation: Evaluation,
    reference_id: str | None,
    params: Mapping[str, Any],
    login: str,
) -> dict[str, Any]:
    """Check the request, then start the computation as a long task; answers its state. Hold the lock."""
    reference_full_id, reference = _reference_sample(services, project, store, evaluation, reference_id)
    current = _sample_of(evaluation)
    current_id = str(evaluation.info["ref"]["fullId"])
    excluded = {str(evaluation.info.get("targetVariable") or ""), str(evaluation.info.get("predictionVariable") or "")}
    prediction_column = evaluation.info.get("predictionVariable")
    prediction_type = str(evaluation.info.get("predictionType") or "")
    settings = dict(params)

    def work(control: TaskControl) -> dict[str, Any]:
        control.set_progress([{"name": "Computing drift", "unit": "NONE", "cur": 0, "target": 1}])
        reference_sample = reference() if callable(reference) else reference
        result = compute_drift(reference_sample, current, settings, excluded, prediction_column, prediction_type)
        result["referenceId"] = reference_full_id
        result["currentId"] = current_id
        control.set_progress([{"name": "Computing drift", "unit": "NONE", "cur": 1, "target": 1}])
        return result

    payload = {"projectKey": project.key, "evaluationId": evaluation.id}
    task = services.futures.start(login, f"Compute drift of {current_id}", payload, work)
    state_json: dict[str, Any] = task.state_json(with_result=True)
    return state_json


# -- the computation ------------------------------------------------------------------------------


def _columns(sample: Sample) -> dict[str, list[Any]]:
    columns, rows = sample
    names = [str(column.get("name")) for column in columns]
    return {name: [row[index] if index < len(row) else None for row in rows] for index, name in enumerate(names)}


def _number(value: Any) -> float | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value) if math.isfinite(float(value)) else None
    text = str(value).strip()
    if not text:
        return None
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _default_handling(reference: list[Any], current: list[Any]) -> str:
    values = [v for v in reference + current if not _is_empty(v)]
    if not values:
        return "IGNORED"
    return "NUMERICAL" if all(_number(v) is not None for v in values) else "CATEGORICAL"


def _psi(reference: Sequence[float], current: Sequence[float]) -> float:
    total = 0.0
    for r, c in zip(reference, current, strict=True):
        r, c = max(r, PSI_FLOOR), max(c, PSI_FLOOR)
        total += (c - r) * math.log(c / r)
    return total


def _proportions(counts: Sequence[int]) -> list[float]:
    total = sum(counts)
    return [count / total if total else 0.0 for count in counts]


def _numerical_drift(reference: list[float], current: list[float], nb_bins: int, histograms: bool) -> dict[str, Any]:
    stats = ml_module("scipy.stats")

    low, high = min(reference), max(reference)
    width = (high - low) / nb_bins if high > low else 1.0
    edges = [low + width * index for index in range(nb_bins + 1)]

    def binned(values: list[float]) -> list[int]:
        counts = [0] * nb_bins
        for value in values:
            index = int((value - low) / width) if high > low else 0
            counts[min(max(index, 0), nb_bins - 1)] += 1  # outside the reference's range: the end bins
        return counts

    ref_counts, cur_counts = binned(reference), binned(current)
    ks = stats.ks_2samp(reference, current)
    result: dict[str, Any] = {
        "columnType": "NUMERICAL",
        "populationStabilityIndex": _psi(_proportions(ref_counts), _proportions(cur_counts)),
        "ksTestStatistic": float(ks.statistic),
        "ksTestPvalue": float(ks.pvalue),
        "referenceMean": sum(reference) / len(reference),
        "currentMean": sum(current) / len(current),
    }
    if histograms:
        result["histogram"] = {"edges": edges, "reference": ref_counts, "current": cur_counts}
    return result


def _categorical_drift(reference: list[str], current: list[str], histograms: bool) -> dict[str, Any]:
    stats = ml_module("scipy.stats")

    ref_counter, cur_counter = Counter(reference), Counter(current)
    categories = sorted(set(ref_counter) | set(cur_counter))
    ref_counts = [ref_counter[c] for c in categories]
    cur_counts = [cur_counter[c] for c in categories]
    result: dict[str, Any] = {
        "columnType": "CATEGORICAL",
        "populationStabilityIndex": _psi(_proportions(ref_counts), _proportions(cur_counts)),
        "chiSquareTestStatistic": None,
        "chiSquareTestPvalue": None,
    }
    if len(categories) >= 2:
        chi2 = stats.chi2_contingency([ref_counts, cur_counts])
        result["chiSquareTestStatistic"] = float(chi2.statistic)
        result["chiSquareTestPvalue"] = float(chi2.pvalue)
    else:
        result["chiSquareTestStatistic"], result["chiSquareTestPvalue"] = 0.0, 1.0  # one value on both sides
    if histograms:
        result["histogram"] = {"categories": categories, "reference": ref_counts, "current": cur_counts}
    return result


def _wilson(accuracy: float, n: int, confidence_level: float) -> tuple[float, float]:
    stats = ml_module("scipy.stats")

    z = float(stats.norm.ppf(0.5 + confidence_level / 2))
    denominator = 1 + z * z / n
    center = (accuracy + z * z / (2 * n)) / denominator
    half = z * math.sqrt(accuracy * (1 - accuracy) / n + z * z / (4 * n * n)) / denominator
    return max(0.0, center - half), min(1.0, center + half)


def _drift_model(
    reference: dict[str, list[Any]],
    current: dict[str, list[Any]],
    handled: dict[str, str],
    confidence_level: float,
) -> dict[str, Any]:
    stats = ml_module("scipy.stats")
    random_forest = ml_module("sklearn.ensemble").RandomForestClassifier
    train_test_split = ml_module("sklearn.model_selection").train_test_split

    n_ref = len(next(iter(reference.values())))
    n_cur = len(next(iter(current.values())))
    features: list[list[float]] = [[] for _ in range(n_ref + n_cur)]
    owners: list[str] = []
    for name, handling in handled.items():
        values = reference[name] + current[name]
        if handling == "NUMERICAL":
            numbers = [_number(v) for v in values]
            present = sorted(n for n in numbers if n is not None)
            median = present[len(present) // 2] if present else 0.0
            for row, number in zip(features, numbers, strict=True):
                row.append(number if number is not None else median)
            owners.append(name)
        else:
            top = [value for value, _ in Counter(str(v) for v in values).most_common(MAX_CATEGORIES)]
            for category in top:
                for row, value in zip(features, values, strict=True):
                    row.append(1.0 if str(value) == category else 0.0)
                owners.append(name)
    labels = [0] * n_ref + [1] * n_cur
    x_train, x_test, y_train, y_test = train_test_split(
        features, labels, test_size=0.3, random_state=DRIFT_MODEL_SEED, stratify=labels
    )
    forest = random_forest(n_estimators=50, max_depth=8, random_state=DRIFT_MODEL_SEED, n_jobs=1)
    forest.fit(x_train, y_train)
    predicted = forest.predict(x_test)
    n_test = len(y_test)
    correct = sum(1 for p, y in zip(predicted, y_test, strict=True) if int(p) == int(y))
    accuracy = correct / n_test
    lower, upper = _wilson(accuracy, n_test, confidence_level)
    pvalue = float(stats.binomtest(correct, n_test, 0.5, alternative="greater").pvalue)
    importance: dict[str, float] = dict.fromkeys(handled, 0.0)
    for owner, score in zip(owners, forest.feature_importances_, strict=True):
        importance[owner] += float(score)
    names = list(importance)
    return {
        "driftModelAccuracy": {"value": accuracy, "lower": lower, "upper": upper, "pvalue": pvalue},
        "driftVersusImportance": {"columns": names, "columnDriftScores": [importance[n] for n in names]},
        "referenceSampleSize": n_ref,
        "currentSampleSize": n_cur,
    }


def compute_drift(
    reference_sample: Sample,
    current_sample: Sample,
    params: Mapping[str, Any],
    excluded: set[str],
    prediction_column: Any,
    prediction_type: str,
) -> dict[str, Any]:
    """The drift of ``current_sample`` from ``reference_sample`` (see the module's docstring)."""
    try:
        ml_module("scipy.stats")
        ml_module("sklearn")
    except ImportError as missing:
        raise missing_ml_extra("Computing drift") from missing
    reference, current = _columns(reference_sample), _columns(current_sample)
    n_ref, n_cur = len(reference_sample[1]), len(current_sample[1])
    if n_ref < MIN_ROWS_PER_SIDE or n_cur < MIN_ROWS_PER_SIDE:
        raise bad_request(
            f"Drift needs at least {MIN_ROWS_PER_SIDE} rows on each side (reference: {n_ref}, current: {n_cur})"
        )
    raw_columns = params.get("columns")
    forced = mapping_or_empty(raw_columns)
    nb_bins = int(params.get("nbBins") or 10)
    histograms = params.get("computeHistograms") is not False
    confidence_level = float(params.get("confidenceLevel") or 0.95)
    per_column: list[dict[str, Any]] = []
    handled: dict[str, str] = {}
    univariate: dict[str, Any] = {}
    common = [name for name in current if name in reference and name not in excluded and not name.startswith("proba_")]
    for name in common:
        default = _default_handling(reference[name], current[name])
        setting = mapping_or_empty(forced.get(name))
        asked = setting.get("handling", "AUTO")
        enabled = setting.get("enabled") is not False
        actual, error = default, None
        if not enabled:
            actual = "IGNORED"
        elif asked == "NUMERICAL" and default == "CATEGORICAL":
            actual, error = "CATEGORICAL", f"Column {name} holds values that are not numbers: handled as categorical"
        elif asked in ("NUMERICAL", "CATEGORICAL") and default != "IGNORED":
            actual = asked
        entry: dict[str, Any] = {"name": name, "actualHandling": actual, "defaultHandling": default}
        if error is not None:
            entry["errorMessage"] = error
        per_column.append(entry)
        if actual == "IGNORED":
            continue
        handled[name] = actual
        univariate[name] = {"name": name, **_column_drift(reference[name], current[name], actual, nb_bins, histograms)}
    result: dict[str, Any] = {"perColumnSettings": per_column, "univariateDriftResult": {"columns": univariate}}
    if handled:
        result["driftModelResult"] = _drift_model(reference, current, handled, confidence_level)
    if isinstance(prediction_column, str) and prediction_column in reference and prediction_column in current:
        handling = "NUMERICAL" if prediction_type == "REGRESSION" else "CATEGORICAL"
        drift = _column_drift(reference[prediction_column], current[prediction_column], handling, nb_bins, False)
        result["predictionDriftResult"] = {
            "chiSquareTestPvalue": drift.get("chiSquareTestPvalue"),
            "ksTestPvalue": drift.get("ksTestPvalue"),
            "populationStabilityIndex": drift["populationStabilityIndex"],
        }
    return result


def _column_drift(
    reference: list[Any], current: list[Any], handling: str, nb_bins: int, histograms: bool
) -> dict[str, Any]:
    if handling == "NUMERICAL":
        ref_numbers = [n for n in (_number(v) for v in reference) if n is not None]
        cur_numbers = [n for n in (_number(v) for v in current) if n is not None]
        if ref_numbers and cur_numbers:
            return _numerical_drift(ref_numbers, cur_numbers, nb_bins, histograms)
    return _categorical_drift(
        ["" if _is_empty(v) else str(v) for v in reference],
        ["" if _is_empty(v) else str(v) for v in current],
        histograms,
    )
