"""The emulator's training and scoring engine: real scikit-learn models on a dataset's rows.

Shared interface (other areas rely on it; keep it):

- :func:`make_split` cuts rows into train and held-out (test) parts as a task's ``splitParams`` ask
  (``SPLIT_SINGLE_DATASET`` with ``ssdTrainingRatio`` and ``ssdSeed``, or k-fold cross-test with
  ``kfold``/``nFolds``); explicit extracts (``EXPLICIT_FILTERING_*``) are refused with
  :class:`TrainingRefused`: the emulator does not evaluate DSS's filters.
- :func:`train_model(rows, settings, algorithm, *, split) <train_model>` trains one algorithm
  (DSS's name, ``RANDOM_FOREST_CLASSIFICATION``, ``LOGISTIC_REGRESSION``, ``KMEANS``, ...) on the
  train part, features handled as ``settings["preprocessing"]["per_feature"]`` says, and computes
  the metrics on the held-out rows only. It returns a :class:`TrainedModel`.
- :class:`TrainedModel` is picklable and holds the fitted pipeline; ``predict(rows)`` answers one
  dict per row: ``{"prediction": value}`` plus ``{"probas": {class: p}}`` for classification,
  ``{"cluster": "cluster_0"}`` for clustering. A row without a feature the model needs raises
  :class:`MissingFeatureError`.

scikit-learn is an optional dependency (the extra ``dssclient[ml]``): it is imported inside the
functions that train or score, never at import time, and its absence raises
:class:`MLEngineUnavailable` naming the extra. Training is deterministic for a given seed.
"""

from __future__ import annotations

import importlib
import math
import random
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

from dssclient._json import array_or_empty, is_array, is_mapping, mapping_or_empty

BINARY = "BINARY_CLASSIFICATION"
MULTICLASS = "MULTICLASS"
REGRESSION = "REGRESSION"
CLUSTERING = "CLUSTERING"
CLASSIFICATIONS = (BINARY, MULTICLASS)
# Prediction types a task may have whose training the engine does not do (DSS needs other engines).
UNSUPPORTED_PREDICTION_TYPES = (
    "TIMESERIES_FORECAST",
    "CAUSAL_BINARY_CLASSIFICATION",
    "CAUSAL_REGRESSION",
    "MULTI_TARGET_REGRESSION",
)

# DSS's algorithm names -> the key of their settings in ``settings["modeling"]`` (as the official
# client's algorithm tables name them), for the algorithms the engine trains.
CLASSIFICATION_ALGORITHMS = {
    "RANDOM_FOREST_CLASSIFICATION": "random_forest_classification",
    "LOGISTIC_REGRESSION": "logistic_regression",
    "DECISION_TREE_CLASSIFICATION": "decision_tree_classification",
    "GBT_CLASSIFICATION": "gbt_classification",
    "KNN": "knn",
}
REGRESSION_ALGORITHMS = {
    "RANDOM_FOREST_REGRESSION": "random_forest_regression",
    "RIDGE_REGRESSION": "ridge_regression",
    "LASSO_REGRESSION": "lasso_regression",
    "LEASTSQUARE_REGRESSION": "leastsquare_regression",
    "DECISION_TREE_REGRESSION": "decision_tree_regression",
    "GBT_REGRESSION": "gbt_regression",
    "KNN": "knn",
}
CLUSTERING_ALGORITHMS = {
    "KMEANS": "kmeans_clustering",
    "MINIBATCH_KMEANS": "mini_batch_kmeans_clustering",
}
DEFAULT_SEED = 1337
DEFAULT_TRAIN_RATIO = 0.8
MISSING_CATEGORY = "__DSS_MISSING__"


class MLEngineUnavailable(RuntimeError):
    """scikit-learn is not installed: the emulator cannot train or score."""

    def __init__(self) -> None:
        super().__init__(
            "Training and scoring models need scikit-learn: install the extra dssclient[ml] "
            "(pip install 'dssclient[ml]')"
        )


class TrainingRefused(ValueError):
    """The settings ask for something the engine does not do, or the data cannot be trained on."""


class MissingFeatureError(KeyError):
    """A row lacks a feature the model needs."""

    def __init__(self, feature: str) -> None:
        super().__init__(feature)
        self.feature = feature

    def __str__(self) -> str:
        return f"Missing feature in the row: {self.feature!r}"


def _sk(module: str) -> Any:
    """A module of scikit-learn, imported on first use (it ships no types: used as ``Any``)."""
    try:
        return importlib.import_module(module)
    except ImportError as e:
        raise MLEngineUnavailable() from e


def _sklearn() -> None:
    _sk("sklearn")


# -- the split ----------------------------------------------------------------------


@dataclass(frozen=True)
class Split:
    """Row indices of the train and held-out parts (``folds``: the k-fold cross-test's parts)."""

    train: tuple[int, ...]
    test: tuple[int, ...]
    desc: dict[str, Any]
    folds: tuple[tuple[int, ...], ...] = ()


def make_split(
    n_rows: int,
    split_params: Mapping[str, Any] | None,
    *,
    rows: Sequence[Mapping[str, Any]] | None = None,
    ascending: bool = True,
) -> Split:
    """The split ``splitParams`` asks for, over ``n_rows`` rows: a seeded shuffle (``ssdSplitMode``
    RANDOM, DSS's default), or the rows ordered by ``ssdColumn`` (SORTED: a time-ordered split, the
    test set the last rows in that order; ``rows`` give the column's values)."""
    params: Mapping[str, Any] = split_params or {}
    policy = params.get("ttPolicy", "SPLIT_SINGLE_DATASET")
    if policy != "SPLIT_SINGLE_DATASET":
        # Explicit extracts select rows with DSS's filters and sampling, which the emulator does not evaluate.
        raise TrainingRefused(f"The emulator does not train with the split policy {policy!r}")
    if n_rows < 2:
        raise TrainingRefused(f"Not enough rows to split into train and test sets ({n_rows})")
    seed = params.get("ssdSeed", DEFAULT_SEED)
    if not isinstance(seed, int) or isinstance(seed, bool):
        raise TrainingRefused(f"Invalid split seed: {seed!r}")
    mode = params.get("ssdSplitMode") or "RANDOM"
    if mode == "SORTED":
        column = params.get("ssdColumn")
        if not isinstance(column, str) or not column:
            raise TrainingRefused("A time-ordered split needs its column (ssdColumn)")
        if params.get("kfold") is True:
            raise TrainingRefused("The emulator does not cross-test (k-fold) a time-ordered split")
        keys = (
            [_sort_key(r.get(column)) for r in rows] if rows is not None else [(0, float(i), "") for i in range(n_rows)]
        )
        order = sorted(range(n_rows), key=lambda i: keys[i], reverse=not ascending)
    elif mode == "RANDOM":
        order = list(range(n_rows))
        random.Random(seed).shuffle(order)
    else:
        raise TrainingRefused(f"The emulator does not split in mode {mode!r} (RANDOM or SORTED)")
    if params.get("kfold") is True:
        n_folds = params.get("nFolds", 5)
        if not isinstance(n_folds, int) or isinstance(n_folds, bool) or not 2 <= n_folds <= n_rows:
            raise TrainingRefused(f"Invalid number of folds: {n_folds!r}")
        folds = tuple(tuple(sorted(order[i::n_folds])) for i in range(n_folds))
        desc = {"ttPolicy": policy, "kfold": True, "nFolds": n_folds, "ssdSeed": seed, "nbRows": n_rows}
        # The model kept is trained on every row; metrics are the folds' means (cross-test).
        return Split(tuple(range(n_rows)), (), desc, folds)
    ratio = params.get("ssdTrainingRatio", DEFAULT_TRAIN_RATIO)
    if not isinstance(ratio, int | float) or isinstance(ratio, bool) or not 0 < ratio < 1:
        raise TrainingRefused(f"Invalid train ratio: {ratio!r} (between 0 and 1, exclusive)")
    n_train = min(max(round(n_rows * ratio), 1), n_rows - 1)
    train, test = tuple(sorted(order[:n_train])), tuple(sorted(order[n_train:]))
    desc = {
        "ttPolicy": policy,
        "kfold": False,
        "ssdSplitMode": mode,
        "ssdTrainingRatio": ratio,
        "ssdSeed": seed,
        "trainRows": len(train),
        "testRows": len(test),
    }
    return Split(train, test, desc)


def _sort_key(value: Any) -> tuple[int, float, str]:
    # Numbers in numeric order, then other values as text; missing values last (in the test set).
    if value is None or value == "":
        return (2, 0.0, "")
    number = _number(value)
    if not math.isnan(number):
        return (0, number, "")
    return (1, 0.0, str(value))


# -- features -----------------------------------------------------------------------


@dataclass(frozen=True)
class FeaturePlan:
    """How the features of a task are handled: its input columns by type, and their options."""

    numeric: tuple[str, ...]
    categorical: tuple[str, ...]
    options: dict[str, dict[str, Any]]

    @property
    def features(self) -> tuple[str, ...]:
        return self.numeric + self.categorical


def feature_plan(settings: Mapping[str, Any], target: str | None) -> FeaturePlan:
    """The INPUT features of ``settings["preprocessing"]["per_feature"]`` (the target excluded)."""
    per_feature = mapping_or_empty(mapping_or_empty(settings.get("preprocessing")).get("per_feature"))
    numeric: list[str] = []
    categorical: list[str] = []
    options: dict[str, dict[str, Any]] = {}
    for name, params in per_feature.items():
        if not isinstance(params, Mapping) or name == target:
            continue
        params = cast("Mapping[str, Any]", params)
        if params.get("role") != "INPUT":
            continue
        kind = params.get("type")
        if kind == "NUMERIC":
            numeric.append(str(name))
        elif kind == "CATEGORY":
            categorical.append(str(name))
        else:
            # Text, vector and image features need DSS's own handlings: refused, not approximated.
            raise TrainingRefused(f"The emulator does not train on {kind} features ({name!r})")
        options[str(name)] = dict(params)
    if not numeric and not categorical:
        raise TrainingRefused("No input feature: set at least one feature's role to INPUT")
    return FeaturePlan(tuple(numeric), tuple(categorical), options)


def _number(value: Any) -> float:
    if value is None or value == "":
        return math.nan
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, int | float):
        return float(value)
    try:
        return float(str(value))
    except ValueError:
        return math.nan


def _category(value: Any) -> str:
    if value is None or value == "":
        return MISSING_CATEGORY
    return str(value)


def _matrix(plan: FeaturePlan, rows: Sequence[Mapping[str, Any]]) -> Any:
    """A pandas-free 2D object array: numeric columns as floats, categories as strings."""
    import numpy as np

    out = np.empty((len(rows), len(plan.features)), dtype=object)
    for i, row in enumerate(rows):
        for j, name in enumerate(plan.numeric):
            if name not in row:
                raise MissingFeatureError(name)
            out[i, j] = _number(row[name])
        offset = len(plan.numeric)
        for j, name in enumerate(plan.categorical):
            if name not in row:
                raise MissingFeatureError(name)
            out[i, offset + j] = _category(row[name])
    return out


def _numeric_transformer(plan: FeaturePlan) -> Any:
    SimpleImputer = _sk("sklearn.impute").SimpleImputer
    Pipeline = _sk("sklearn.pipeline").Pipeline
    FunctionTransformer = _sk("sklearn.preprocessing").FunctionTransformer
    MinMaxScaler = _sk("sklearn.preprocessing").MinMaxScaler
    StandardScaler = _sk("sklearn.preprocessing").StandardScaler

    # One imputation and one rescaling for all numeric features: the first feature's choice when
    # they differ would be wrong, so differing choices are refused.
    imputes = {str(plan.options[n].get("missing_impute_with", "MEAN")) for n in plan.numeric}
    rescalings = {str(plan.options[n].get("rescaling", "AVGSTD")) for n in plan.numeric}
    if len(imputes) > 1 or len(rescalings) > 1:
        raise TrainingRefused("The emulator needs one imputation and one rescaling for all numeric features")
    impute, rescaling = imputes.pop(), rescalings.pop()
    strategies = {"MEAN": "mean", "MEDIAN": "median", "CONSTANT": "constant"}
    if impute not in strategies:
        raise TrainingRefused(f"Unsupported imputation {impute!r}")
    fill = plan.options[plan.numeric[0]].get("impute_constant_value", 0) if impute == "CONSTANT" else None
    imputer = SimpleImputer(strategy=strategies[impute], fill_value=fill, keep_empty_features=True)
    scalers: dict[str, Any] = {
        "AVGSTD": StandardScaler(),
        "MINMAX": MinMaxScaler(),
        "NONE": FunctionTransformer(),
    }
    if rescaling not in scalers:
        raise TrainingRefused(f"Unsupported rescaling {rescaling!r}")
    return Pipeline([("impute", imputer), ("rescale", scalers[rescaling])])


def _preprocessor(plan: FeaturePlan) -> Any:
    ColumnTransformer = _sk("sklearn.compose").ColumnTransformer
    FunctionTransformer = _sk("sklearn.preprocessing").FunctionTransformer
    OneHotEncoder = _sk("sklearn.preprocessing").OneHotEncoder

    parts: list[tuple[str, Any, list[int]]] = []
    if plan.numeric:
        as_float = FunctionTransformer(_as_float)
        Pipeline = _sk("sklearn.pipeline").Pipeline

        parts.append(
            (
                "numeric",
                Pipeline([("float", as_float), ("handling", _numeric_transformer(plan))]),
                list(range(len(plan.numeric))),
            )
        )
    if plan.categorical:
        for name in plan.categorical:
            handling = plan.options[name].get("category_handling", "DUMMIFY")
            if handling != "DUMMIFY":
                raise TrainingRefused(f"Unsupported category handling {handling!r} ({name!r})")
        offset = len(plan.numeric)
        parts.append(
            (
                "category",
                OneHotEncoder(handle_unknown="ignore", sparse_output=False),
                list(range(offset, offset + len(plan.categorical))),
            )
        )
    return ColumnTransformer(parts)


def _as_float(x: Any) -> Any:
    return x.astype(float)


# -- algorithms ---------------------------------------------------------------------


def _hyper(params: Mapping[str, Any], key: str, default: Any) -> Any:
    """One value of a hyperparameter in DSS's shapes: a plain value, or the first of its ``values``."""
    value: Any = params.get(key)
    if is_mapping(value):
        values = array_or_empty(value.get("values"))
        return values[0] if values else default
    if is_array(value):
        return value[0] if value else default
    return default if value is None else value


def _estimator(prediction_type: str, algorithm: str, params: Mapping[str, Any], seed: int) -> Any:
    if prediction_type in CLASSIFICATIONS:
        GradientBoostingClassifier = _sk("sklearn.ensemble").GradientBoostingClassifier
        RandomForestClassifier = _sk("sklearn.ensemble").RandomForestClassifier
        LogisticRegression = _sk("sklearn.linear_model").LogisticRegression
        KNeighborsClassifier = _sk("sklearn.neighbors").KNeighborsClassifier
        DecisionTreeClassifier = _sk("sklearn.tree").DecisionTreeClassifier

        if algorithm == "RANDOM_FOREST_CLASSIFICATION":
            return RandomForestClassifier(
                n_estimators=int(_hyper(params, "n_estimators", 100)),
                max_depth=int(_hyper(params, "max_tree_depth", 8)) or None,
                min_samples_leaf=int(_hyper(params, "min_samples_leaf", 3)),
                random_state=seed,
                n_jobs=1,
            )
        if algorithm == "LOGISTIC_REGRESSION":
            return LogisticRegression(C=float(_hyper(params, "C", 1.0)), max_iter=1000)
        if algorithm == "DECISION_TREE_CLASSIFICATION":
            return DecisionTreeClassifier(max_depth=int(_hyper(params, "max_depth", 5)), random_state=seed)
        if algorithm == "GBT_CLASSIFICATION":
            return GradientBoostingClassifier(n_estimators=int(_hyper(params, "n_estimators", 100)), random_state=seed)
        if algorithm == "KNN":
            return KNeighborsClassifier(n_neighbors=int(_hyper(params, "k", 5)))
    elif prediction_type == REGRESSION:
        GradientBoostingRegressor = _sk("sklearn.ensemble").GradientBoostingRegressor
        RandomForestRegressor = _sk("sklearn.ensemble").RandomForestRegressor
        Lasso = _sk("sklearn.linear_model").Lasso
        LinearRegression = _sk("sklearn.linear_model").LinearRegression
        Ridge = _sk("sklearn.linear_model").Ridge
        KNeighborsRegressor = _sk("sklearn.neighbors").KNeighborsRegressor
        DecisionTreeRegressor = _sk("sklearn.tree").DecisionTreeRegressor

        if algorithm == "RANDOM_FOREST_REGRESSION":
            return RandomForestRegressor(
                n_estimators=int(_hyper(params, "n_estimators", 100)),
                max_depth=int(_hyper(params, "max_tree_depth", 8)) or None,
                min_samples_leaf=int(_hyper(params, "min_samples_leaf", 3)),
                random_state=seed,
                n_jobs=1,
            )
        if algorithm == "RIDGE_REGRESSION":
            return Ridge(alpha=float(_hyper(params, "alpha", 1.0)))
        if algorithm == "LASSO_REGRESSION":
            return Lasso(alpha=float(_hyper(params, "alpha", 1.0)))
        if algorithm == "LEASTSQUARE_REGRESSION":
            return LinearRegression()
        if algorithm == "DECISION_TREE_REGRESSION":
            return DecisionTreeRegressor(max_depth=int(_hyper(params, "max_depth", 5)), random_state=seed)
        if algorithm == "GBT_REGRESSION":
            return GradientBoostingRegressor(n_estimators=int(_hyper(params, "n_estimators", 100)), random_state=seed)
        if algorithm == "KNN":
            return KNeighborsRegressor(n_neighbors=int(_hyper(params, "k", 5)))
    elif prediction_type == CLUSTERING:
        KMeans = _sk("sklearn.cluster").KMeans
        MiniBatchKMeans = _sk("sklearn.cluster").MiniBatchKMeans

        k = int(_hyper(params, "k", 3))
        if algorithm == "KMEANS":
            return KMeans(n_clusters=k, random_state=seed, n_init=10)
        if algorithm == "MINIBATCH_KMEANS":
            return MiniBatchKMeans(n_clusters=k, random_state=seed, n_init=3)
    raise TrainingRefused(f"The emulator does not train the algorithm {algorithm!r} for {prediction_type}")


def algorithm_settings_key(prediction_type: str, algorithm: str) -> str:
    """The key of an algorithm's settings in ``settings["modeling"]`` (``random_forest_classification``)."""
    table = (
        CLASSIFICATION_ALGORITHMS
        if prediction_type in CLASSIFICATIONS
        else REGRESSION_ALGORITHMS
        if prediction_type == REGRESSION
        else CLUSTERING_ALGORITHMS
    )
    try:
        return table[algorithm]
    except KeyError:
        raise TrainingRefused(
            f"The emulator does not train the algorithm {algorithm!r} for {prediction_type}"
        ) from None


def enabled_algorithms(settings: Mapping[str, Any]) -> list[str]:
    """DSS's names of the algorithms the settings enable, among those the engine knows (stable order)."""
    prediction_type = task_prediction_type(settings)
    table = (
        CLASSIFICATION_ALGORITHMS
        if prediction_type in CLASSIFICATIONS
        else REGRESSION_ALGORITHMS
        if prediction_type == REGRESSION
        else CLUSTERING_ALGORITHMS
    )
    modeling = mapping_or_empty(settings.get("modeling"))
    found: list[str] = []
    for name, key in table.items():
        params = modeling.get(key)
        if isinstance(params, Mapping) and cast("Mapping[str, Any]", params).get("enabled") is True:
            found.append(name)
    return found


def task_prediction_type(settings: Mapping[str, Any]) -> str:
    """``CLUSTERING`` for a clustering task, else the task's ``predictionType``."""
    if settings.get("taskType") == "CLUSTERING":
        return CLUSTERING
    prediction_type = settings.get("predictionType")
    if prediction_type in UNSUPPORTED_PREDICTION_TYPES:
        raise TrainingRefused(f"The emulator does not train {prediction_type} models")
    if prediction_type not in (*CLASSIFICATIONS, REGRESSION):
        raise TrainingRefused(f"Unknown prediction type {prediction_type!r}")
    return str(prediction_type)


# -- the trained model --------------------------------------------------------------


@dataclass
class TrainedModel:
    """A fitted model, its metrics on the held-out rows, and its details in DSS's shape."""

    prediction_type: str
    target: str | None
    features: tuple[str, ...]
    classes: list[str] | None
    algorithm: str
    metrics: dict[str, float]
    details: dict[str, Any]
    plan: FeaturePlan
    pipeline: Any = field(repr=False)
    train_seconds: float = 0.0

    def predict(self, rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
        """One prediction per row (``prediction``, ``probas`` or ``cluster``)."""
        _sklearn()
        if not rows:
            return []
        x = _matrix(self.plan, rows)
        if self.prediction_type == CLUSTERING:
            labels = self.pipeline.predict(x)
            return [{"cluster": f"cluster_{int(label)}"} for label in labels]
        if self.prediction_type in CLASSIFICATIONS:
            assert self.classes is not None
            probas = self.pipeline.predict_proba(x)
            order = [str(c) for c in self.pipeline.classes_]
            out: list[dict[str, Any]] = []
            for row_probas in probas:
                by_class = {c: 0.0 for c in self.classes}
                for c, p in zip(order, row_probas, strict=True):
                    by_class[c] = float(p)
                best = max(self.classes, key=lambda c: by_class[c])
                out.append({"prediction": best, "probas": by_class})
            return out
        return [{"prediction": float(v)} for v in self.pipeline.predict(x)]


def _classification_metrics(
    prediction_type: str, classes: list[str], y_true: Sequence[str], probas: Any, order: list[str]
) -> dict[str, float]:
    import numpy as np

    accuracy_score = _sk("sklearn.metrics").accuracy_score
    f1_score = _sk("sklearn.metrics").f1_score
    log_loss = _sk("sklearn.metrics").log_loss
    precision_score = _sk("sklearn.metrics").precision_score
    recall_score = _sk("sklearn.metrics").recall_score
    roc_auc_score = _sk("sklearn.metrics").roc_auc_score

    # Probabilities in the task's class order.
    full = np.zeros((len(y_true), len(classes)))
    for j, c in enumerate(order):
        full[:, classes.index(c)] = probas[:, j]
    y_pred = [classes[int(i)] for i in full.argmax(axis=1)]
    metrics: dict[str, float] = {"accuracy": float(accuracy_score(y_true, y_pred))}
    present = sorted(set(y_true))
    if prediction_type == BINARY:
        positive = classes[1]
        metrics["precision"] = float(precision_score(y_true, y_pred, pos_label=positive, zero_division=0))
        metrics["recall"] = float(recall_score(y_true, y_pred, pos_label=positive, zero_division=0))
        metrics["f1"] = float(f1_score(y_true, y_pred, pos_label=positive, zero_division=0))
        if len(present) == 2:
            metrics["auc"] = float(roc_auc_score([1 if y == positive else 0 for y in y_true], full[:, 1]))
    else:
        metrics["precision"] = float(precision_score(y_true, y_pred, average="macro", zero_division=0))
        metrics["recall"] = float(recall_score(y_true, y_pred, average="macro", zero_division=0))
        metrics["f1"] = float(f1_score(y_true, y_pred, average="macro", zero_division=0))
        if len(present) == len(classes):
            metrics["mrocAUC"] = float(roc_auc_score(y_true, full, multi_class="ovr", labels=classes))
            metrics["auc"] = metrics["mrocAUC"]
    metrics["logLoss"] = float(log_loss(y_true, full, labels=classes))
    return metrics


def _regression_metrics(y_true: Sequence[float], y_pred: Sequence[float]) -> dict[str, float]:
    explained_variance_score = _sk("sklearn.metrics").explained_variance_score
    mean_absolute_error = _sk("sklearn.metrics").mean_absolute_error
    mean_squared_error = _sk("sklearn.metrics").mean_squared_error
    r2_score = _sk("sklearn.metrics").r2_score

    mse = float(mean_squared_error(y_true, y_pred))
    metrics = {
        "r2": float(r2_score(y_true, y_pred)) if len(y_true) > 1 else 0.0,
        "mae": float(mean_absolute_error(y_true, y_pred)),
        "mse": mse,
        "rmse": math.sqrt(mse),
        "evs": float(explained_variance_score(y_true, y_pred)) if len(y_true) > 1 else 0.0,
    }
    if all(y != 0 for y in y_true):
        metrics["mape"] = float(sum(abs((t - p) / t) for t, p in zip(y_true, y_pred, strict=True)) / len(y_true))
    return metrics


def classes_of(settings: Mapping[str, Any], targets: Sequence[str]) -> list[str]:
    """The classes in the task's order: its ``target_remapping`` when set, else sorted values."""
    remapping = array_or_empty(mapping_or_empty(settings.get("preprocessing")).get("target_remapping"))
    classes = [str(m["sourceValue"]) for m in remapping if is_mapping(m) and "sourceValue" in m]
    if not classes:
        classes = sorted(set(targets))
    return classes


def train_model(
    rows: Sequence[Mapping[str, Any]],
    settings: Mapping[str, Any],
    algorithm: str,
    *,
    split: Split | None = None,
) -> TrainedModel:
    """Train ``algorithm`` on the train part of ``rows``; metrics on the held-out part only.

    ``split`` is the session's split (one for all its algorithms); None: the one ``splitParams`` asks.
    Raises :class:`TrainingRefused` for what the engine does not do, :class:`MLEngineUnavailable`
    without scikit-learn.
    """
    _sklearn()
    started = time.perf_counter()
    prediction_type = task_prediction_type(settings)
    target = None if prediction_type == CLUSTERING else settings.get("targetVariable")
    if prediction_type != CLUSTERING:
        if not isinstance(target, str) or not target:
            raise TrainingRefused("The task has no target variable")
        # Rows without a target value are dropped, as DSS does.
        rows = [r for r in rows if r.get(target) not in (None, "")]
    plan = feature_plan(settings, target)
    for name in plan.features:
        if rows and all(name not in r for r in rows):
            raise TrainingRefused(f"Feature {name!r} is not a column of the training data")
    if split is None:
        split = make_split(len(rows), settings.get("splitParams"), rows=rows, ascending=time_ascending(settings))
    if max((*split.train, *split.test), default=-1) >= len(rows):
        raise TrainingRefused("The split does not match the rows")
    params = mapping_or_empty(
        mapping_or_empty(settings.get("modeling")).get(algorithm_settings_key(prediction_type, algorithm))
    )
    seed = _seed(settings)
    classes: list[str] | None = None
    if prediction_type in CLASSIFICATIONS:
        assert target is not None
        classes = classes_of(settings, [str(r[target]) for r in rows])
        if prediction_type == BINARY and len(classes) != 2:
            raise TrainingRefused(f"Binary classification needs 2 classes of the target, found {len(classes)}")
        if len(classes) < 2:
            raise TrainingRefused("Classification needs at least 2 classes of the target")

    def fit(indices: Sequence[int]) -> Any:
        Pipeline = _sk("sklearn.pipeline").Pipeline

        part = [rows[i] for i in indices]
        pipeline = Pipeline(
            [
                ("preprocess", _preprocessor(plan)),
                (
                    "model",
                    with_settings_hyperparameters(
                        _estimator(prediction_type, algorithm, params, seed),
                        algorithm,
                        params,
                        mapping_or_empty(mapping_or_empty(settings.get("modeling")).get("gridSearchParams")),
                    ),
                ),
            ]
        )
        x = _matrix(plan, part)
        if prediction_type == CLUSTERING:
            pipeline.fit(x)
        elif prediction_type == REGRESSION:
            assert target is not None
            pipeline.fit(x, [_number(r[target]) for r in part])
        else:
            assert target is not None
            y = [str(r[target]) for r in part]
            if len(set(y)) < 2:
                raise TrainingRefused("The train set holds a single class of the target")
            pipeline.fit(x, y)
        return pipeline

    def evaluate(pipeline: Any, indices: Sequence[int]) -> dict[str, float]:
        part = [rows[i] for i in indices]
        x = _matrix(plan, part)
        if prediction_type == CLUSTERING:
            silhouette_score = _sk("sklearn.metrics").silhouette_score

            transformed = pipeline.named_steps["preprocess"].transform(x)
            labels = pipeline.named_steps["model"].predict(transformed)
            out = {"inertia": float(pipeline.named_steps["model"].inertia_)}
            if 1 < len(set(labels)) < len(part):
                out["silhouette"] = float(silhouette_score(transformed, labels))
            return out
        assert target is not None
        if prediction_type == REGRESSION:
            return _regression_metrics([_number(r[target]) for r in part], [float(v) for v in pipeline.predict(x)])
        assert classes is not None
        return _classification_metrics(
            prediction_type,
            classes,
            [str(r[target]) for r in part],
            pipeline.predict_proba(x),
            [str(c) for c in pipeline.classes_],
        )

    if prediction_type == CLUSTERING:
        # Clustering has no held-out part: DSS computes its metrics on the rows it clusters.
        indices = tuple(range(len(rows)))
        pipeline = fit(indices)
        metrics = evaluate(pipeline, indices)
    elif split.folds:
        fold_metrics: list[dict[str, float]] = []
        for fold in split.folds:
            held_out = set(fold)
            fold_metrics.append(evaluate(fit([i for i in range(len(rows)) if i not in held_out]), fold))
        metrics = {}
        for key in fold_metrics[0]:
            values = [m[key] for m in fold_metrics if key in m]
            mean = sum(values) / len(values)
            metrics[key] = mean
            metrics[key + "std"] = math.sqrt(sum((v - mean) ** 2 for v in values) / len(values))
        pipeline = fit(split.train)
    else:
        pipeline = fit(split.train)
        metrics = evaluate(pipeline, split.test)
    seconds = time.perf_counter() - started
    details = _details(prediction_type, target, plan, algorithm, params, metrics, split, settings, seconds, len(rows))
    if prediction_type == CLUSTERING:
        details["facts"] = _cluster_facts(pipeline, plan, rows)
    trained = TrainedModel(
        prediction_type=prediction_type,
        target=target,
        features=plan.features,
        classes=classes,
        algorithm=algorithm,
        metrics=metrics,
        details=details,
        plan=plan,
        pipeline=pipeline,
        train_seconds=seconds,
    )
    if prediction_type != CLUSTERING:
        details["iperf"] = intrinsic_perf(trained)
    return trained


def time_ascending(settings: Mapping[str, Any]) -> bool:
    """Whether a time-ordered split puts the greatest values of its column in the test set (``time.ascending``)."""
    return mapping_or_empty(settings.get("time")).get("ascending", True) is not False


def _seed(settings: Mapping[str, Any]) -> int:
    seed = mapping_or_empty(settings.get("splitParams")).get("ssdSeed", DEFAULT_SEED)
    return seed if isinstance(seed, int) and not isinstance(seed, bool) else DEFAULT_SEED


def _cluster_facts(pipeline: Any, plan: FeaturePlan, rows: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    labels = pipeline.predict(_matrix(plan, rows))
    sizes: dict[int, int] = {}
    for label in labels:
        sizes[int(label)] = sizes.get(int(label), 0) + 1
    return {
        "clusters": [
            {"cluster": f"cluster_{k}", "size": sizes.get(k, 0), "facts": []}
            for k in range(int(pipeline.named_steps["model"].n_clusters))
        ]
    }


def _details(
    prediction_type: str,
    target: str | None,
    plan: FeaturePlan,
    algorithm: str,
    params: Mapping[str, Any],
    metrics: dict[str, float],
    split: Split,
    settings: Mapping[str, Any],
    seconds: float,
    n_rows: int,
) -> dict[str, Any]:
    """The details of a trained model, keys as the official details classes read them."""
    preprocessing = mapping_or_empty(settings.get("preprocessing"))
    per_feature = mapping_or_empty(preprocessing.get("per_feature"))
    core: dict[str, Any] = {"taskType": "CLUSTERING" if prediction_type == CLUSTERING else "PREDICTION"}
    if prediction_type != CLUSTERING:
        core.update({"prediction_type": prediction_type, "target_variable": target, "predictionType": prediction_type})
    perf: dict[str, Any] = {"metrics": dict(metrics)}
    if prediction_type in CLASSIFICATIONS:
        perf["tiMetrics"] = dict(metrics)
    n_train = len(split.train)
    n_test = len(split.test)
    return {
        "coreParams": core,
        "algorithm": algorithm,
        "perf": perf,
        "iperf": {},
        "trainInfo": {
            "state": "DONE",
            "trainingTime": int(seconds * 1000),
            "trainRows": n_train if prediction_type != CLUSTERING else n_rows,
            "testRows": n_test,
            "fullRows": n_rows,
        },
        "modeling": {"algorithm": algorithm, **dict(params)},
        "actualParams": {"resolved": {"algorithm": algorithm, **dict(params)}},
        "preprocessing": {
            "per_feature": {name: dict(mapping_or_empty(per_feature.get(name))) for name in plan.features},
            "target_remapping": list(array_or_empty(preprocessing.get("target_remapping"))),
        },
        "splitDesc": dict(split.desc),
        "userMeta": {"name": algorithm, "description": "", "labels": []},
    }


# -- the fitted pipeline as the details show it (issue 19: owned by the mldetails branch) ------------


def fitted_structure(trained: TrainedModel, train_rows: Sequence[Mapping[str, Any]] | None = None) -> dict[str, Any]:
    """What DSS's details show of a fitted pipeline, computed from it.

    ``featureNames``: the preprocessed features (a numeric feature's own name, ``dummy:<feature>:<value>``
    for each value of a dummified one, ``N/A`` for its empty cells); ``trees`` (``{"featureNames",
    "classes", "trees"}``, DSS's parallel arrays per tree, split thresholds in the features' own units;
    None when the model has no trees); with
    ``train_rows`` (the rows it was trained on), ``coefPaths`` of a Lasso model (``{"features",
    "alphas", "path", "currentIndex"}``, None for the others).
    """
    _sklearn()
    import numpy as np

    if not hasattr(trained.pipeline, "named_steps"):
        # An ensemble of pipelines: no one preprocessing, no trees of its own.
        return {"featureNames": [], "trees": None, "coefPaths": None}
    preprocess = trained.pipeline.named_steps["preprocess"]
    model = trained.pipeline.named_steps["model"]
    names, undo = _preprocessed_features(trained)

    trees: dict[str, Any] | None = None
    estimators: list[Any] = []
    if hasattr(model, "tree_"):
        estimators = [model]
    elif hasattr(model, "estimators_"):
        estimators = [e for e in np.ravel(np.asarray(model.estimators_, dtype=object)) if hasattr(e, "tree_")]
    if estimators:
        is_classifier = trained.prediction_type in CLASSIFICATIONS
        fitted_classes = [str(c) for c in getattr(model, "classes_", [])]
        trees = {"featureNames": names, "trees": [_tree_arrays(e, trained, undo, fitted_classes) for e in estimators]}
        if is_classifier:
            trees["classes"] = list(trained.classes or [])

    coef_paths: dict[str, Any] | None = None
    if train_rows is not None and trained.algorithm == "LASSO_REGRESSION" and trained.target is not None:
        lasso_path = _sk("sklearn.linear_model").lasso_path
        x = preprocess.transform(_matrix(trained.plan, train_rows)).astype(float)
        y = np.asarray([_number(r[trained.target]) for r in train_rows], dtype=float)
        # The path to the model's own regularization from the strength that zeroes every coefficient
        # (on centred data, as the model fits its intercept), 20 points evenly spaced in log scale.
        centred_x, centred_y = x - x.mean(axis=0), y - y.mean()
        chosen = float(model.alpha)
        strongest = max(float(np.abs(centred_x.T @ centred_y).max()) / len(y), chosen)
        alphas = np.geomspace(strongest, chosen, num=20) if strongest > chosen else np.asarray([chosen])
        path: tuple[Any, Any, Any] = lasso_path(centred_x, centred_y, alphas=alphas)
        alphas, coefs = path[0], path[1]
        coef_paths = {
            "features": names,
            "alphas": [float(a) for a in alphas],
            "path": [[[float(c) for c in coefs[:, j]]] for j in range(int(coefs.shape[1]))],
            "currentIndex": len(alphas) - 1,
        }
    return {"featureNames": names, "trees": trees, "coefPaths": coef_paths}


def _preprocessed_features(trained: TrainedModel) -> tuple[list[str], list[tuple[float, float]]]:
    """The preprocessed features' names in DSS's naming, and per numeric one how to undo its rescaling.

    Names: a numeric feature's own name, ``dummy:<feature>:<value>`` for each value of a dummified one
    (``N/A`` for its empty cells), in the columns' order. Undo: ``(factor, offset)`` with
    ``x = scaled * factor + offset``.
    """
    preprocess = trained.pipeline.named_steps["preprocess"]
    names: list[str] = list(trained.plan.numeric)
    undo: list[tuple[float, float]] = [(1.0, 0.0)] * len(trained.plan.numeric)
    if trained.plan.numeric:
        rescale = preprocess.named_transformers_["numeric"].named_steps["handling"].named_steps["rescale"]
        if hasattr(rescale, "mean_") and getattr(rescale, "scale_", None) is not None:
            undo = [(float(s), float(m)) for s, m in zip(rescale.scale_, rescale.mean_, strict=True)]
        elif hasattr(rescale, "min_"):
            undo = [(1.0 / float(s), -float(m) / float(s)) for s, m in zip(rescale.scale_, rescale.min_, strict=True)]
    if trained.plan.categorical:
        encoder = preprocess.named_transformers_["category"]
        for feature, values in zip(trained.plan.categorical, encoder.categories_, strict=True):
            for value in values:
                label = "N/A" if str(value) == MISSING_CATEGORY else str(value)
                names.append(f"dummy:{feature}:{label}")
    return names, undo


def intrinsic_perf(trained: TrainedModel) -> dict[str, Any]:
    """The model's ``iperf`` as DSS computes it after training (issue 19 follow-up).

    ``rawImportance`` (models with ``feature_importances_``: the tree-based ones): ``{"variables",
    "importances"}`` over the preprocessed features, normalised to sum to 1, features of importance 0
    left out, as DSS does. ``lmCoefficients`` (linear models with one coefficient vector: regressions and
    binary logistic regression; DSS computes none for multiclass): ``{"variables", "coefs",
    "interceptCoef", "rescaledCoefs", "rescaledInterceptCoef"}``, zero coefficients left out; ``coefs``
    apply to the rescaled features, ``rescaledCoefs`` to the features in their own units. The
    significance figures DSS may add (``stderr``, ``tstat``, ``pvalue`` and their intercept
    counterparts) are not computed by the emulator.
    """
    _sklearn()
    import numpy as np

    if not hasattr(trained.pipeline, "named_steps"):
        return {}  # an ensemble of pipelines: no one set of preprocessed features
    model = trained.pipeline.named_steps["model"]
    names, undo = _preprocessed_features(trained)
    iperf: dict[str, Any] = {}
    importances = getattr(model, "feature_importances_", None)
    if importances is not None and len(importances) == len(names):
        values = np.asarray(importances, dtype=float)
        total = float(values.sum())
        if total > 0 and not math.isnan(total):
            kept = [(n, float(v) / total) for n, v in zip(names, values, strict=True) if v != 0 and not math.isnan(v)]
            iperf["rawImportance"] = {"variables": [n for n, _ in kept], "importances": [v for _, v in kept]}
    coef = getattr(model, "coef_", None)
    intercept = getattr(model, "intercept_", None)
    if coef is not None and intercept is not None:
        coefs = np.atleast_2d(np.asarray(coef, dtype=float))
        intercepts = np.atleast_1d(np.asarray(intercept, dtype=float))
        if coefs.shape == (1, len(names)) and intercepts.shape == (1,):
            variables: list[str] = []
            raw: list[float] = []
            rescaled: list[float] = []
            rescaled_intercept = float(intercepts[0])
            for j, (name, value) in enumerate(zip(names, coefs[0], strict=True)):
                factor, offset = undo[j] if j < len(undo) else (1.0, 0.0)
                factor = factor if factor != 0 else 1.0
                if j < len(undo):
                    rescaled_intercept -= float(value) * offset / factor
                if value == 0:
                    continue
                variables.append(name)
                raw.append(float(value))
                rescaled.append(float(value) / factor)
            iperf["lmCoefficients"] = {
                "variables": variables,
                "coefs": raw,
                "interceptCoef": float(intercepts[0]),
                "rescaledCoefs": rescaled,
                "rescaledInterceptCoef": rescaled_intercept,
            }
    return iperf


def _tree_arrays(
    estimator: Any, trained: TrainedModel, undo: Sequence[tuple[float, float]], fitted_classes: list[str]
) -> dict[str, Any]:
    """One fitted tree as DSS's parallel arrays (node 0 the root; -1 children and -2 features at leaves)."""
    tree = estimator.tree_
    n_numeric = len(trained.plan.numeric)
    thresholds: list[float] = []
    for feature, threshold in zip(tree.feature, tree.threshold, strict=True):
        if feature < 0:
            thresholds.append(-2.0)
        elif feature < n_numeric:
            factor, offset = undo[int(feature)]
            thresholds.append(float(threshold) * factor + offset)
        else:
            thresholds.append(float(threshold))
    arrays: dict[str, Any] = {
        "leftChild": [int(c) for c in tree.children_left],
        "rightChild": [int(c) for c in tree.children_right],
        "feature": [int(f) if f >= 0 else -2 for f in tree.feature],
        "threshold": thresholds,
        "impurity": [float(i) for i in tree.impurity],
        "nSamples": [int(n) for n in tree.n_node_samples],
    }
    values = tree.value  # (nodes, outputs, classes or 1)
    classes = list(trained.classes or [])
    if trained.prediction_type in CLASSIFICATIONS and values.shape[2] == len(fitted_classes) > 1:
        probas: list[list[float]] = []
        for node in values[:, 0, :]:
            total = float(node.sum())
            by_class = {c: float(v) / total if total > 0 else 0.0 for c, v in zip(fitted_classes, node, strict=True)}
            probas.append([by_class.get(c, 0.0) for c in classes])
        arrays["probas"] = probas
        if trained.prediction_type == BINARY:
            arrays["predict"] = [p[-1] for p in probas]
        else:
            arrays["predict"] = [float(max(range(len(p)), key=p.__getitem__)) for p in probas]
    else:
        # Regression trees (and a gradient boosting classifier's trees, on the gradient's scale).
        arrays["predict"] = [float(v) for v in values[:, 0, 0]]
    return arrays


# -- ensembles ----------------------------------------------------------------------

# Ensembling methods by kind of prediction (LINEAR_MODEL and LOGISTIC_MODEL, stacked models, are not done).
ENSEMBLE_METHODS = {
    BINARY: ("PROBA_AVERAGE", "VOTE"),
    MULTICLASS: ("PROBA_AVERAGE", "VOTE"),
    REGRESSION: ("AVERAGE", "MEDIAN"),
}
ENSEMBLE_ALGORITHM = "PYTHON_ENSEMBLE"


class _Ensemble:
    """Fitted member pipelines combined (picklable: a module-level class holding fitted pipelines)."""

    def __init__(self, members: list[Any], method: str, classes: list[str] | None) -> None:
        self.members = members
        self.method = method
        self.classes_ = classes

    def _member_probas(self, member: Any, x: Any) -> Any:
        import numpy as np

        assert self.classes_ is not None
        probas = member.predict_proba(x)
        full = np.zeros((probas.shape[0], len(self.classes_)))
        for j, c in enumerate(member.classes_):
            full[:, self.classes_.index(str(c))] = probas[:, j]
        return full

    def predict_proba(self, x: Any) -> Any:
        import numpy as np

        assert self.classes_ is not None
        if self.method == "VOTE":
            votes = np.zeros((x.shape[0], len(self.classes_)))
            for member in self.members:
                winners = self._member_probas(member, x).argmax(axis=1)
                votes[np.arange(x.shape[0]), winners] += 1
            return votes / len(self.members)
        return sum(self._member_probas(m, x) for m in self.members) / len(self.members)

    def predict(self, x: Any) -> Any:
        import numpy as np

        if self.classes_ is not None:
            classes: list[str] = self.classes_
            winners: list[int] = [int(i) for i in self.predict_proba(x).argmax(axis=1)]
            return np.array([classes[i] for i in winners])
        predictions = np.array([m.predict(x) for m in self.members])
        return np.median(predictions, axis=0) if self.method == "MEDIAN" else predictions.mean(axis=0)


def ensemble_model(
    held_out: Sequence[Mapping[str, Any]],
    settings: Mapping[str, Any],
    members: Sequence[TrainedModel],
    method: str,
) -> TrainedModel:
    """An ensemble of trained models (of one task and session: one split, the same features), its
    metrics computed on that split's held-out rows (``held_out``, the session keeps them).

    Raises :class:`TrainingRefused` for a method the engine does not do for the prediction type,
    members that differ in kind, features or split, and cross-tested (k-fold) members.
    """
    _sklearn()
    started = time.perf_counter()
    if len(members) < 2:
        raise TrainingRefused("An ensemble needs at least 2 models")
    first = members[0]
    prediction_type = first.prediction_type
    allowed = ENSEMBLE_METHODS.get(prediction_type, ())
    if method not in allowed:
        raise TrainingRefused(f"The emulator does not ensemble {prediction_type} models with {method}")
    split_desc = dict(first.details.get("splitDesc") or {})
    for member in members[1:]:
        if (member.prediction_type, member.target, member.plan, member.classes) != (
            first.prediction_type,
            first.target,
            first.plan,
            first.classes,
        ):
            raise TrainingRefused("The models to ensemble differ in their target, classes or features")
        if member.details.get("splitDesc") != split_desc:
            raise TrainingRefused("The models to ensemble were not trained on the same split")
    if split_desc.get("kfold") is True:
        raise TrainingRefused("The emulator does not ensemble cross-tested (k-fold) models")
    if not held_out:
        raise TrainingRefused("The split of the models to ensemble was removed (removeAllSplits)")
    target = first.target
    assert target is not None
    ensemble = _Ensemble([m.pipeline for m in members], method, first.classes)
    x = _matrix(first.plan, held_out)
    if prediction_type == REGRESSION:
        metrics = _regression_metrics([_number(r[target]) for r in held_out], [float(v) for v in ensemble.predict(x)])
    else:
        assert first.classes is not None
        metrics = _classification_metrics(
            prediction_type, first.classes, [str(r[target]) for r in held_out], ensemble.predict_proba(x), first.classes
        )
    seconds = time.perf_counter() - started
    params = {"method": method, "members": [m.algorithm for m in members]}
    split = Split((), tuple(range(len(held_out))), split_desc)
    details = _details(
        prediction_type, target, first.plan, ENSEMBLE_ALGORITHM, params, metrics, split, settings, seconds, 0
    )
    details["trainInfo"] = {**first.details.get("trainInfo", {}), "trainingTime": int(seconds * 1000)}
    return TrainedModel(
        prediction_type=prediction_type,
        target=target,
        features=first.features,
        classes=first.classes,
        algorithm=ENSEMBLE_ALGORITHM,
        metrics=metrics,
        details=details,
        plan=first.plan,
        pipeline=ensemble,
        train_seconds=seconds,
    )


# -- the hyperparameters the settings classes expose (mlsettings) -------------------------------

# DSS's numerical hyperparameters of the algorithms the engine trains, and scikit-learn's names for them.
_NUMERICAL_HYPERPARAMETERS: dict[str, dict[str, str]] = {
    "RANDOM_FOREST_CLASSIFICATION": {
        "n_estimators": "n_estimators",
        "max_tree_depth": "max_depth",
        "min_samples_leaf": "min_samples_leaf",
    },
    "RANDOM_FOREST_REGRESSION": {
        "n_estimators": "n_estimators",
        "max_tree_depth": "max_depth",
        "min_samples_leaf": "min_samples_leaf",
    },
    "GBT_CLASSIFICATION": {
        "n_estimators": "n_estimators",
        "max_depth": "max_depth",
        "min_samples_leaf": "min_samples_leaf",
        "learning_rate": "learning_rate",
    },
    "GBT_REGRESSION": {
        "n_estimators": "n_estimators",
        "max_depth": "max_depth",
        "min_samples_leaf": "min_samples_leaf",
        "learning_rate": "learning_rate",
    },
    "DECISION_TREE_CLASSIFICATION": {"max_depth": "max_depth", "min_samples_leaf": "min_samples_leaf"},
    "DECISION_TREE_REGRESSION": {"max_depth": "max_depth", "min_samples_leaf": "min_samples_leaf"},
    "LOGISTIC_REGRESSION": {"C": "C"},
    "RIDGE_REGRESSION": {"alpha": "alpha"},
    "LASSO_REGRESSION": {"alpha": "alpha"},
    "KNN": {"k": "n_neighbors"},
}
_INTEGER_PARAMETERS = frozenset({"n_estimators", "max_depth", "min_samples_leaf", "n_neighbors", "p", "leaf_size"})


def _first_enabled(value: Any) -> str | None:
    """The first enabled category of a categorical hyperparameter (``{"values": {name: {"enabled": ...}}}``)."""
    categories = mapping_or_empty(mapping_or_empty(value).get("values"))
    for name, state in categories.items():
        if mapping_or_empty(state).get("enabled"):
            return str(name)
    return None


def _first_searched(value: Any, strategy: str) -> Any:
    """The first point of a numerical hyperparameter's search space, in the mode of the search's strategy.

    ``EXPLICIT``: its first value; ``RANGE``: the range's lower bound (a grid's first point). The
    emulator trains that one point: it runs no search over the rest (a stated limit).
    """
    if not is_mapping(value):
        return value[0] if is_array(value) and value else value
    mode = value.get("gridMode" if strategy == "GRID" else "randomMode", "EXPLICIT")
    if mode == "RANGE":
        return mapping_or_empty(value.get("range")).get("min")
    values = array_or_empty(value.get("values"))
    return values[0] if values else None


def with_settings_hyperparameters(
    estimator: Any, algorithm: str, params: Mapping[str, Any], search: Mapping[str, Any]
) -> Any:
    """The estimator with the hyperparameters the task's settings give the algorithm (``set_params``).

    Numerical ones take the first point of their search space (:func:`_first_searched`); for the
    categorical and single-valued ones: the trees' feature selection (``selection_mode``,
    ``max_features``, ``max_feature_prop``), the split criterion and splitter, the loss of gradient
    boosting, the penalty of the logistic regression, the neighbours' weighting and metric.
    """
    strategy = str(search.get("strategy") or "GRID")
    chosen: dict[str, Any] = {}
    for key, name in _NUMERICAL_HYPERPARAMETERS.get(algorithm, {}).items():
        value = _first_searched(params.get(key), strategy)
        if isinstance(value, int | float) and not isinstance(value, bool):
            chosen[name] = int(value) if name in _INTEGER_PARAMETERS else float(value)
    if chosen.get("max_depth") == 0 and algorithm.startswith("RANDOM_FOREST"):
        chosen["max_depth"] = None  # DSS's 0: no limit
    if algorithm.startswith(("RANDOM_FOREST", "GBT")):
        mode = params.get("selection_mode")
        if mode in ("sqrt", "log2"):
            chosen["max_features"] = mode
        elif mode == "number":
            number = _first_searched(params.get("max_features"), strategy)
            if isinstance(number, int | float):
                chosen["max_features"] = int(number)
        elif mode == "prop":
            proportion = _first_searched(params.get("max_feature_prop"), strategy)
            if isinstance(proportion, int | float):
                chosen["max_features"] = float(proportion)
    if algorithm.startswith("DECISION_TREE"):
        for key in ("criterion", "splitter"):
            category = _first_enabled(params.get(key))
            if category is not None:
                chosen[key] = category
    if algorithm.startswith("GBT"):
        loss = _first_enabled(params.get("loss"))
        if loss is not None:
            chosen["loss"] = loss
    if algorithm == "LOGISTIC_REGRESSION" and _first_enabled(params.get("penalty")) == "l1":
        # l2 is scikit-learn's default; l1 needs a solver that has it. scikit-learn 1.8 names it l1_ratio=1.
        version = tuple(int(part) for part in str(_sk("sklearn").__version__).split(".")[:2] if part.isdigit())
        chosen.update({"l1_ratio": 1.0} if version >= (1, 8) else {"penalty": "l1"})
        chosen["solver"] = "liblinear"
    if algorithm == "KNN":
        if isinstance(params.get("distance_weighting"), bool):
            chosen["weights"] = "distance" if params["distance_weighting"] else "uniform"
        for key in ("p", "leaf_size"):
            if isinstance(params.get(key), int) and not isinstance(params.get(key), bool):
                chosen[key] = params[key]
        if params.get("algorithm") in ("auto", "kd_tree", "ball_tree", "brute"):
            chosen["algorithm"] = params["algorithm"]
    known = estimator.get_params(deep=False)
    return estimator.set_params(**{name: value for name, value in chosen.items() if name in known})
