"""The settings a new ML task gets: DSS's "guess" from the input dataset's schema and rows.

:func:`guess_settings` answers the settings of a task (prediction or clustering) from the creation
body and the dataset's columns and a sample of its rows: the target and its prediction type (guessed
from the target's values when not given: numbers with many values are a regression, two values a
binary classification, else multiclass), each column's type and role, the target's remapping, the
split (random 80/20, seed 1337), and the algorithms DSS enables by default (random forest with
logistic regression for classification, random forest with ridge regression for regression,
k-means for clustering). ``mlsettings`` may extend this module (every algorithm DSS lists).
"""

from __future__ import annotations

import copy
import math
from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import bad_request

NUMERIC_STORAGE_TYPES = frozenset({"tinyint", "smallint", "int", "bigint", "float", "double"})
# A numeric target with more distinct values than this is a regression target (unverified bound).
MAX_CLASSES_FOR_NUMERIC_TARGET = 10
MAX_CLASSES = 1000
DEFAULT_SEED = 1337
CLASSIFICATION_ALGORITHMS = (
    ("random_forest_classification", True),
    ("logistic_regression", True),
    ("gbt_classification", False),
    ("decision_tree_classification", False),
    ("knn", False),
)
REGRESSION_ALGORITHMS = (
    ("random_forest_regression", True),
    ("ridge_regression", True),
    ("lasso_regression", False),
    ("leastsquare_regression", False),
    ("gbt_regression", False),
    ("decision_tree_regression", False),
    ("knn", False),
)
CLUSTERING_ALGORITHMS = (("kmeans_clustering", True), ("mini_batch_kmeans_clustering", False))
# Prediction types the public API creates (the engine trains the first three).
PREDICTION_TYPES = (
    "BINARY_CLASSIFICATION",
    "MULTICLASS",
    "REGRESSION",
    "TIMESERIES_FORECAST",
    "CAUSAL_BINARY_CLASSIFICATION",
    "CAUSAL_REGRESSION",
    "MULTI_TARGET_REGRESSION",
)


def _is_number(value: Any) -> bool:
    if isinstance(value, bool):
        return False
    if isinstance(value, int | float):
        return not math.isnan(float(value))
    try:
        return not math.isnan(float(str(value)))
    except ValueError:
        return False


def _present(rows: Sequence[Mapping[str, Any]], column: str) -> list[Any]:
    return [r[column] for r in rows if r.get(column) not in (None, "")]


def column_type(column: Mapping[str, Any], rows: Sequence[Mapping[str, Any]]) -> str:
    """NUMERIC or CATEGORY: numeric storage types, or strings whose present values all parse as numbers."""
    name = str(column.get("name"))
    if column.get("type") in NUMERIC_STORAGE_TYPES:
        return "NUMERIC"
    values = _present(rows, name)
    if column.get("type") in (None, "string") and values and all(_is_number(v) for v in values):
        return "NUMERIC"
    return "CATEGORY"


def guess_prediction_type(kind: str, values: Sequence[Any]) -> str:
    """DSS's guess of a target's prediction type from its values."""
    distinct = {str(v) for v in values}
    if len(distinct) == 2:
        return "BINARY_CLASSIFICATION"
    if kind == "NUMERIC" and len(distinct) > MAX_CLASSES_FOR_NUMERIC_TARGET:
        return "REGRESSION"
    return "MULTICLASS"


def _feature(kind: str, role: str) -> dict[str, Any]:
    if kind == "NUMERIC":
        return {
            "type": "NUMERIC",
            "role": role,
            "missing_handling": "IMPUTE",
            "missing_impute_with": "MEAN",
            "numerical_handling": "REGULAR",
            "rescaling": "AVGSTD",
        }
    return {
        "type": "CATEGORY",
        "role": role,
        "missing_handling": "NONE",
        "category_handling": "DUMMIFY",
        "dummy_clip": "MAX_NB_CATEGORIES",
        "max_nb_categories": 100,
    }


def _algorithms(table: Sequence[tuple[str, bool]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, enabled in table:
        out[key] = {"enabled": enabled}
    if "random_forest_classification" in out or "random_forest_regression" in out:
        for key in ("random_forest_classification", "random_forest_regression"):
            if key in out:
                out[key].update({"n_estimators": {"values": [100]}, "max_tree_depth": {"values": [8]}})
    if "kmeans_clustering" in out:
        out["kmeans_clustering"]["k"] = [3]
        out["mini_batch_kmeans_clustering"]["k"] = [3]
    return out


def guess_settings(
    body: Mapping[str, Any],
    columns: Sequence[Mapping[str, Any]],
    rows: Sequence[Mapping[str, Any]],
) -> dict[str, Any]:
    """The settings of a new task from its creation body, the dataset's schema and sample rows.

    Refuses (400) an unknown target, time or treatment column, and a prediction type DSS does not know.
    """
    names = [str(c.get("name")) for c in columns]
    task_type = body.get("taskType", "PREDICTION")
    dataset = str(body.get("inputDataset"))
    kinds = {str(c.get("name")): column_type(c, rows) for c in columns}
    settings: dict[str, Any] = {
        "taskType": task_type,
        "backendType": body.get("backendType") or "PY_MEMORY",
        "guessPolicy": body.get("guessPolicy") or "DEFAULT",
        "name": "",
        "splitParams": {
            "ttPolicy": "SPLIT_SINGLE_DATASET",
            "ssdSplitMode": "RANDOM",
            "ssdTrainingRatio": 0.8,
            "ssdSeed": DEFAULT_SEED,
            "kfold": False,
            "nFolds": 5,
            "ssdDatasetSmartName": dataset,
            "ssdSelection": {"samplingMethod": "HEAD_SEQUENTIAL", "maxRecords": 100000},
        },
        "diagnosticsSettings": {"enabled": True},
    }
    per_feature: dict[str, Any] = {}
    if task_type == "CLUSTERING":
        for name in names:
            per_feature[name] = _feature(kinds[name], "INPUT")
        settings["preprocessing"] = {"per_feature": per_feature}
        settings["modeling"] = {**_algorithms(CLUSTERING_ALGORITHMS), "metrics": {"evaluationMetric": "SILHOUETTE"}}
        settings["name"] = f"Clustering on {dataset}"
        return settings
    if task_type != "PREDICTION":
        raise bad_request(f"Unknown task type {task_type!r}: PREDICTION or CLUSTERING")
    prediction_type = body.get("predictionType")
    if prediction_type is not None and prediction_type not in PREDICTION_TYPES:
        raise bad_request(f"Unknown prediction type {prediction_type!r}")
    targets: list[str]
    if prediction_type == "MULTI_TARGET_REGRESSION":
        raw_targets = body.get("targetVariables")
        if not isinstance(raw_targets, list) or not raw_targets:
            raise bad_request("A multi-target task needs targetVariables")
        targets = [str(t) for t in raw_targets]  # pyright: ignore[reportUnknownVariableType, reportUnknownArgumentType]
        settings["targetVariables"] = list(targets)
    else:
        target = body.get("targetVariable")
        if not isinstance(target, str) or not target:
            raise bad_request("A prediction task needs a targetVariable")
        targets = [target]
        settings["targetVariable"] = target
    for target in targets:
        if target not in kinds:
            raise bad_request(f"Target variable {target!r} is not a column of dataset {dataset}")
    for key in ("timeVariable", "treatmentVariable"):
        value = body.get(key)
        if value is not None:
            if value not in kinds:
                raise bad_request(f"{key} {value!r} is not a column of dataset {dataset}")
            settings[key] = value
    identifiers = body.get("timeseriesIdentifiers")
    if identifiers is not None:
        for identifier in identifiers:
            if identifier not in kinds:
                raise bad_request(f"Time series identifier {identifier!r} is not a column of dataset {dataset}")
        settings["timeseriesIdentifiers"] = list(identifiers)
    if prediction_type is None:
        values = _present(rows, targets[0])
        prediction_type = guess_prediction_type(kinds[targets[0]], values)
        if body.get("guessPolicy") == "CAUSAL_PREDICTION":
            prediction_type = (
                "CAUSAL_BINARY_CLASSIFICATION" if prediction_type == "BINARY_CLASSIFICATION" else "CAUSAL_REGRESSION"
            )
    settings["predictionType"] = prediction_type
    special = {
        settings.get("timeVariable"),
        settings.get("treatmentVariable"),
        *settings.get("timeseriesIdentifiers", []),
    }
    for name in names:
        if name in targets:
            per_feature[name] = _feature(kinds[name], "TARGET")
        elif name in special:
            per_feature[name] = _feature(kinds[name], "REJECT")
        else:
            per_feature[name] = _feature(kinds[name], "INPUT")
    preprocessing: dict[str, Any] = {"per_feature": per_feature, "target_remapping": []}
    if prediction_type in ("BINARY_CLASSIFICATION", "MULTICLASS", "CAUSAL_BINARY_CLASSIFICATION"):
        counts: dict[str, int] = {}
        for value in _present(rows, targets[0]):
            counts[str(value)] = counts.get(str(value), 0) + 1
        if len(counts) > MAX_CLASSES:
            raise bad_request(f"Too many classes in target {targets[0]!r} ({len(counts)}, at most {MAX_CLASSES})")
        preprocessing["target_remapping"] = [
            {"sourceValue": value, "mappedValue": i, "sampleFreq": counts[value]}
            for i, value in enumerate(sorted(counts))
        ]
    settings["preprocessing"] = preprocessing
    classification = prediction_type in ("BINARY_CLASSIFICATION", "MULTICLASS", "CAUSAL_BINARY_CLASSIFICATION")
    table = CLASSIFICATION_ALGORITHMS if classification else REGRESSION_ALGORITHMS
    metric = "ROC_AUC" if classification else "R2"
    settings["modeling"] = {
        **_algorithms(table),
        "metrics": {"evaluationMetric": metric, "customMetrics": []},
        # The hyperparameter search (the emulator trains each algorithm's first values only).
        "gridSearchParams": {"mode": "SHUFFLE", "strategy": "GRID", "splitRatio": 0.8, "nFolds": 3, "cvSeed": 1337},
    }
    # Time-based ordering of the split (set_time_ordering): off by default.
    settings["time"] = {"enabled": False, "ascending": True}
    settings["name"] = f"Predict {', '.join(targets)} ({prediction_type})"
    if prediction_type == "TIMESERIES_FORECAST":
        _forecasting_defaults(settings)
    elif prediction_type in ("CAUSAL_BINARY_CLASSIFICATION", "CAUSAL_REGRESSION"):
        _causal_defaults(settings, rows)
    return copy.deepcopy(settings)


def _forecasting_defaults(settings: dict[str, Any]) -> None:
    """What a forecasting task's settings hold besides a prediction task's (values unverified, keys as the
    official ``DSSTimeseriesForecastingMLTaskSettings`` reads them)."""
    if "timeVariable" not in settings:
        raise bad_request("A time series forecasting task needs a timeVariable")
    settings.setdefault("timeseriesIdentifiers", [])
    settings["timestepParams"] = {"timeunit": "DAY", "numberOfTimeunits": 1, "endOfWeekDay": 1}
    settings["predictionLength"] = 1
    settings["evaluationParams"] = {"testSize": 1, "gapSize": 0}
    settings["quantilesToForecast"] = [0.1, 0.5, 0.9]
    settings["skipTooShortTimeseriesForTraining"] = True
    settings["preprocessing"]["timeseriesSampling"] = {
        "numericalInterpolateMethod": "LINEAR",
        "numericalExtrapolateMethod": "PREVIOUS_NEXT",
        "categoricalImputeMethod": "MOST_COMMON",
    }


def _causal_defaults(settings: dict[str, Any], rows: Sequence[Mapping[str, Any]]) -> None:
    """What a causal task's settings hold besides a prediction task's (values unverified, keys as the
    official ``DSSCausalPredictionMLTaskSettings`` reads them)."""
    treatment = settings.get("treatmentVariable")
    if treatment is None:
        raise bad_request("A causal prediction task needs a treatmentVariable")
    values = sorted({str(v) for v in _present(rows, str(treatment))})
    settings["treatmentValues"] = values
    settings["controlValue"] = values[0] if values else None
    settings["enableMultiTreatment"] = False
    remapping = settings["preprocessing"]["target_remapping"]
    if settings["predictionType"] == "CAUSAL_BINARY_CLASSIFICATION" and remapping:
        settings["positiveClass"] = remapping[-1]["sourceValue"]
    settings["modeling"]["meta_learners"] = ["S_LEARNER"]
    settings["modeling"]["propensityModeling"] = {
        "enabled": False,
        "calibrateProbabilities": False,
        "calibrationDataRatio": 0.2,
    }
