"""The settings classes of ML tasks, on the settings a new task gets from the emulator (no HTTP: they make no call).

Each helper edits the task's settings dict in place; these tests read that dict after each edit.
"""

from __future__ import annotations

import copy
import datetime
import json
import warnings
from typing import Any

import pytest

from dssclient.dss import ml_task_settings as mls
from dssclient.dss.ml_task_settings import (
    CategoricalHyperparameterSettings,
    DSSMLAssertionCondition,
    DSSMLAssertionParams,
    DSSMLAssertionsParams,
    NumericalHyperparameterSettings,
    Range,
    SingleCategoryHyperparameterSettings,
    SingleValueHyperparameterSettings,
)
from dssclient.emulator.models.ml_defaults import guess_settings

TASK_KINDS = [
    ("PREDICTION", "BINARY_CLASSIFICATION", mls.DSSPredictionMLTaskSettings),
    ("PREDICTION", "MULTICLASS", mls.DSSPredictionMLTaskSettings),
    ("PREDICTION", "REGRESSION", mls.DSSPredictionMLTaskSettings),
    ("PREDICTION", "MULTI_TARGET_REGRESSION", mls.DSSMultiTargetPredictionMLTaskSettings),
    ("PREDICTION", "TIMESERIES_FORECAST", mls.DSSTimeseriesForecastingMLTaskSettings),
    ("PREDICTION", "CAUSAL_BINARY_CLASSIFICATION", mls.DSSCausalPredictionMLTaskSettings),
    ("CLUSTERING", None, mls.DSSClusteringMLTaskSettings),
]


COLUMNS = [
    {"name": "day", "type": "string"},
    {"name": "store", "type": "string"},
    {"name": "price", "type": "double"},
    {"name": "promo", "type": "string"},
    {"name": "churned", "type": "string"},
    {"name": "sales", "type": "double"},
]
ROWS = [
    {
        "day": f"2024-01-{i % 28 + 1:02d}",
        "store": f"s{i % 3}",
        "price": float(i),
        "promo": "yes" if i % 2 else "no",
        "churned": "true" if i % 3 else "false",
        "sales": float(i * 7 % 50),
    }
    for i in range(60)
]


def new_task_settings(task_type: str, prediction_type: str | None) -> dict[str, Any]:
    """The settings the emulator guesses for a new task of this kind (as ``create_*_ml_task`` gets them)."""
    body: dict[str, Any] = {"taskType": task_type, "inputDataset": "sales", "predictionType": prediction_type}
    if prediction_type in ("BINARY_CLASSIFICATION", "CAUSAL_BINARY_CLASSIFICATION"):
        body["targetVariable"] = "churned"
    elif prediction_type == "MULTICLASS":
        body["targetVariable"] = "store"
    elif prediction_type in ("REGRESSION", "TIMESERIES_FORECAST"):
        body["targetVariable"] = "sales"
    elif prediction_type == "MULTI_TARGET_REGRESSION":
        body["targetVariables"] = ["sales", "price"]
    if prediction_type == "TIMESERIES_FORECAST":
        body.update(timeVariable="day", timeseriesIdentifiers=["store"])
    if prediction_type == "CAUSAL_BINARY_CLASSIFICATION":
        body["treatmentVariable"] = "promo"
    if task_type == "CLUSTERING":
        del body["predictionType"]
    return guess_settings(body, COLUMNS, ROWS)


def settings_of(task_type: str = "PREDICTION", prediction_type: str | None = "BINARY_CLASSIFICATION") -> Any:
    raw = new_task_settings(task_type, prediction_type)
    return mls.settings_for_task(None, "PROJ", "an4lys1s", "t4sk", raw)


# -- every algorithm of every task type ---------------------------------------------------------


def _algorithm_cases() -> list[tuple[str, str | None, str]]:
    cases = []
    for task_type, prediction_type, settings_class in TASK_KINDS:
        for name in settings_class._algorithm_remap:
            cases.append((task_type, prediction_type, name))
    return cases


@pytest.mark.parametrize(("task_type", "prediction_type", "name"), _algorithm_cases())
def test_every_algorithm_of_every_task_type_has_settings_with_its_hyperparameters(
    task_type: str, prediction_type: str | None, name: str
) -> None:
    settings = settings_of(task_type, prediction_type)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        algorithm = settings.get_algorithm_settings(name)
    assert algorithm is settings.get_algorithm_settings(name)  # one object, in the settings
    assert isinstance(algorithm.get("enabled"), bool)
    if task_type == "CLUSTERING":
        assert algorithm is settings.get_raw()["modeling"][settings._algorithm_remap[name]]
        return
    meta = settings._algorithm_remap[name]
    assert type(algorithm) is meta.algorithm_settings_class
    assert settings.get_raw()["modeling"][meta.algorithm_name] is algorithm
    for key, declared in algorithm._hyperparameters().items():
        assert key in algorithm, f"{name}: {key} missing"
        if isinstance(declared, mls._Simple):
            continue
        view = declared.view(algorithm)
        if isinstance(view, NumericalHyperparameterSettings):
            assert view.definition_mode in ("EXPLICIT", "RANGE")
            assert all(isinstance(v, (int, float)) for v in view.values)
            assert view.range.min <= view.range.max
        elif isinstance(view, CategoricalHyperparameterSettings):
            assert view.get_all_possible_values()
            assert set(view.get_values()) <= set(view.get_all_possible_values())
        elif isinstance(view, SingleCategoryHyperparameterSettings):
            assert view.accepted_values is None or view.get_value() in view.accepted_values
        elif isinstance(view, SingleValueHyperparameterSettings):
            assert view.accepted_types is None or isinstance(view.get_value(), tuple(view.accepted_types))
    json.dumps(settings.get_raw())  # the objects serialize as the dicts they are


# -- hyperparameters ----------------------------------------------------------------------------


def _random_forest() -> tuple[Any, mls.RandomForestSettings]:
    settings = settings_of()
    algorithm = settings.get_algorithm_settings("RANDOM_FOREST_CLASSIFICATION")
    assert isinstance(algorithm, mls.RandomForestSettings)
    return settings, algorithm


def test_numerical_hyperparameter_explicit_values_and_range() -> None:
    settings, rf = _random_forest()
    raw = settings.get_raw()["modeling"]["random_forest_classification"]
    rf.n_estimators.set_explicit_values([50, 150])
    assert raw["n_estimators"]["values"] == [50, 150] and raw["n_estimators"]["gridMode"] == "EXPLICIT"
    rf.n_estimators.set_range(min=60, max=120, nb_values=4)
    assert raw["n_estimators"]["range"]["min"] == 60 and raw["n_estimators"]["range"]["max"] == 120
    assert raw["n_estimators"]["range"]["nbValues"] == 4 and raw["n_estimators"]["gridMode"] == "RANGE"
    assert rf.n_estimators.definition_mode == "RANGE"
    rf.n_estimators.range.max = 130
    assert raw["n_estimators"]["range"]["max"] == 130
    # Attribute assignment, as the official client's: a list, a Range, another hyperparameter.
    rf.max_tree_depth = [4, 6]
    assert raw["max_tree_depth"]["values"] == [4, 6] and raw["max_tree_depth"]["gridMode"] == "EXPLICIT"
    rf.max_tree_depth = Range(2, 9, nb_values=3)
    assert raw["max_tree_depth"]["range"] == {**raw["max_tree_depth"]["range"], "min": 2, "max": 9, "nbValues": 3}
    rf.min_samples_leaf = rf.max_tree_depth
    assert raw["min_samples_leaf"]["values"] == [4, 6] and raw["min_samples_leaf"]["gridMode"] == "RANGE"
    assert raw["min_samples_leaf"]["range"]["max"] == 9


def test_numerical_hyperparameter_mode_follows_the_search_strategy() -> None:
    settings, rf = _random_forest()
    raw = settings.get_raw()["modeling"]["random_forest_classification"]["n_estimators"]
    settings.get_hyperparameter_search_settings().set_random_search(seed=7)
    rf.n_estimators.definition_mode = "EXPLICIT"
    assert raw["randomMode"] == "EXPLICIT"
    assert rf.strategy == "RANDOM"
    with pytest.raises(AttributeError):
        rf.strategy = "GRID"


def test_numerical_hyperparameter_refuses_bad_values_and_changes_nothing() -> None:
    settings, rf = _random_forest()
    before = copy.deepcopy(settings.get_raw()["modeling"]["random_forest_classification"])
    with pytest.raises(ValueError, match="below"):
        rf.n_estimators = [0, 10]  # the limit is 1
    with pytest.raises(TypeError):
        rf.n_estimators = ["ten"]  # type: ignore[list-item]
    with pytest.raises(TypeError):
        rf.n_estimators = 10  # type: ignore[assignment]
    with pytest.raises(ValueError):
        rf.n_estimators.set_range(min=100, max=50)
    with pytest.raises(ValueError):
        rf.max_feature_prop.set_range(max=2)  # the limit is 1
    with pytest.raises(ValueError):
        rf.n_estimators.set_range(nb_values=1)
    with pytest.raises(ValueError):
        rf.n_estimators.definition_mode = "SOMETIMES"
    with pytest.raises(ValueError):
        Range(5, 1)
    assert dict(settings.get_raw()["modeling"]["random_forest_classification"]) == before


def test_categorical_and_single_valued_hyperparameters() -> None:
    settings = settings_of()
    tree = settings.get_algorithm_settings("DECISION_TREE_CLASSIFICATION")
    assert isinstance(tree, mls.DecisionTreeSettings)
    raw = settings.get_raw()["modeling"]["decision_tree_classification"]
    tree.criterion = ["entropy"]
    assert raw["criterion"]["values"] == {"gini": {"enabled": False}, "entropy": {"enabled": True}}
    assert tree.criterion.get_values() == ["entropy"]
    with pytest.raises(ValueError):
        tree.criterion.set_values(["chaos"])
    rf = settings.get_algorithm_settings("RANDOM_FOREST_CLASSIFICATION")
    assert isinstance(rf, mls.RandomForestSettings)
    rf.selection_mode = "log2"
    assert settings.get_raw()["modeling"]["random_forest_classification"]["selection_mode"] == "log2"
    with pytest.raises(ValueError):
        rf.selection_mode = "most"
    rf.allow_sparse_matrices = True
    assert rf["allow_sparse_matrices"] is True
    with pytest.raises(TypeError):
        rf.allow_sparse_matrices = "yes"  # type: ignore[assignment]
    rf.n_jobs = 2
    assert rf["n_jobs"] == 2 and rf.n_jobs == 2
    with pytest.raises(TypeError):
        rf.n_jobs = "two"
    rf.enabled = True
    assert rf["enabled"] is True
    xgb = settings.get_algorithm_settings("XGBOOST_CLASSIFICATION")
    assert isinstance(xgb, mls.XGBoostSettings)
    xgb.lambda_ = [0.5, 1.5]
    assert settings.get_raw()["modeling"]["xgboost"]["lambda"]["values"] == [0.5, 1.5]
    with pytest.raises(AttributeError):
        _ = xgb.enable_cuda


# -- search ---------------------------------------------------------------------------------------


def test_hyperparameter_search_strategies_and_validation() -> None:
    settings = settings_of()
    search = settings.get_hyperparameter_search_settings()
    raw = settings.get_raw()["modeling"]["gridSearchParams"]
    search.set_grid_search(shuffle=False, seed=42)
    assert (raw["strategy"], raw["randomized"], raw["seed"]) == ("GRID", False, 42)
    search.n_iter = 12
    assert raw["nIter"] == 12
    search.set_random_search(seed=3)
    search.n_iter = 7
    assert (raw["strategy"], raw["seed"], raw["nIterRandom"]) == ("RANDOM", 3, 7)
    search.set_bayesian_search()
    assert raw["strategy"] == "BAYESIAN" and search.strategy == "BAYESIAN"
    search.set_kfold_validation(n_folds=4, stratified=False, cv_seed=11)
    assert (raw["mode"], raw["nFolds"], raw["stratified"], raw["cvSeed"]) == ("KFOLD", 4, False, 11)
    search.set_single_split_validation(split_ratio=0.7)
    assert (raw["mode"], raw["splitRatio"]) == ("SHUFFLE", 0.7)
    search.set_custom_validation("from sklearn.model_selection import KFold\ncv = KFold(3)")
    assert raw["mode"] == "CUSTOM" and raw["code"].startswith("from sklearn")
    search.timeout = 5
    search.parallelism = 2
    search.set_search_distribution(distributed=True, n_containers=3)
    assert (raw["timeout"], raw["nJobs"], raw["distributed"], raw["nContainers"]) == (5, 2, True, 3)
    with pytest.raises(ValueError):
        search.set_single_split_validation(split_ratio=1.5)
    with pytest.raises(ValueError):
        search.strategy = "EXHAUSTIVE"
    with pytest.raises(ValueError):
        search.set_kfold_validation(n_folds=0)
    assert raw["mode"] == "CUSTOM"  # a refused call changed nothing


def test_time_ordering_switches_split_and_validation_modes() -> None:
    settings = settings_of()
    feature = next(
        name for name, f in settings.get_raw()["preprocessing"]["per_feature"].items() if f["role"] == "INPUT"
    )
    search = settings.get_hyperparameter_search_settings()
    search.set_kfold_validation()
    split = settings.get_split_params()
    split.set_split_random(train_ratio=0.75)
    split.set_time_ordering(feature, ascending=False)
    raw = settings.get_raw()
    assert raw["time"] == {**raw["time"], "enabled": True, "timeVariable": feature, "ascending": False}
    assert (raw["splitParams"]["ssdSplitMode"], raw["splitParams"]["ssdColumn"]) == ("SORTED", feature)
    assert raw["modeling"]["gridSearchParams"]["mode"] == "TIME_SERIES_KFOLD"
    search.set_single_split_validation()
    assert raw["modeling"]["gridSearchParams"]["mode"] == "TIME_SERIES_SINGLE_SPLIT"
    assert split.has_time_ordering() and split.get_time_ordering_variable() == feature
    assert split.is_time_ordering_ascending() is False
    split.unset_time_ordering()
    assert raw["modeling"]["gridSearchParams"]["mode"] == "SHUFFLE" and raw["splitParams"]["ssdSplitMode"] == "RANDOM"
    with pytest.warns(UserWarning):
        assert split.get_time_ordering_variable() is None
    with pytest.raises(ValueError):
        split.set_time_ordering("no such feature")


def test_split_params_random_kfold_and_explicit() -> None:
    settings = settings_of()
    split = settings.get_split_params()
    raw = settings.get_raw()["splitParams"]
    assert split.get_raw() is raw
    split.set_split_random(train_ratio=0.6, dataset_name="other")
    assert (raw["ttPolicy"], raw["ssdTrainingRatio"], raw["kfold"], raw["ssdDatasetSmartName"]) == (
        "SPLIT_SINGLE_DATASET",
        0.6,
        False,
        "other",
    )
    split.set_split_kfold(n_folds=3, selection={"samplingMethod": "FULL"})
    assert (raw["kfold"], raw["nFolds"], raw["ssdSelection"]) == (True, 3, {"samplingMethod": "FULL"})
    split.set_split_explicit({"samplingMethod": "FULL"}, None, dataset_name="train_ds", test_dataset_name="test_ds")
    assert raw["ttPolicy"] == "EXPLICIT_FILTERING_TWO_DATASETS"
    assert raw["eftdTrain"] == {"datasetSmartName": "train_ds", "selection": {"samplingMethod": "FULL"}}
    assert raw["eftdTest"] == {"datasetSmartName": "test_ds"}
    split.set_split_explicit(None, None, dataset_name="one", train_filter={"enabled": True})
    assert (raw["ttPolicy"], raw["efsdDatasetSmartName"], raw["efsdTrain"]) == (
        "EXPLICIT_FILTERING_SINGLE_DATASET",
        "one",
        {"filter": {"enabled": True}},
    )
    with pytest.raises(ValueError):
        split.set_split_explicit(None, None)
    with pytest.raises(ValueError):
        split.set_split_random(train_ratio=1.2)


# -- features, metrics, algorithms ------------------------------------------------------------------


def test_reject_and_use_feature() -> None:
    settings = settings_of()
    per_feature = settings.get_raw()["preprocessing"]["per_feature"]
    name = next(n for n, f in per_feature.items() if f["role"] == "INPUT")
    settings.reject_feature(name)
    assert per_feature[name]["role"] == "REJECT"
    settings.use_feature(name)
    assert per_feature[name]["role"] == "INPUT"
    assert settings.get_feature_preprocessing(name) is per_feature[name]
    with pytest.raises(ValueError, match="Unknown feature"):
        settings.reject_feature("nope")


def test_foreach_feature_skips_the_target() -> None:
    settings = settings_of()

    def reject(name: str, params: dict[str, Any]) -> dict[str, Any]:
        return {**params, "role": "REJECT"}

    settings.foreach_feature(reject)
    roles = {f["role"] for f in settings.get_raw()["preprocessing"]["per_feature"].values()}
    assert roles == {"REJECT", "TARGET"}


def test_set_metric_standard_and_custom() -> None:
    settings = settings_of()
    metrics = settings.get_raw()["modeling"]["metrics"]
    settings.set_metric("F1")
    assert metrics["evaluationMetric"] == "F1"
    settings.set_metric(custom_metric="def score(y_valid, y_pred):\n    return 1.0")
    settings.set_metric(
        custom_metric="def score(y_valid, y_pred):\n    return 0.5", custom_metric_greater_is_better=False
    )
    assert metrics["evaluationMetric"] == "CUSTOM"
    assert [m["name"] for m in metrics["customMetrics"]] == ["Custom score #1", "Custom score #2"]
    assert metrics["customEvaluationMetricName"] == "Custom score #2"
    assert metrics["customMetrics"][1]["greaterIsBetter"] is False
    with pytest.raises(ValueError):
        settings.set_metric()


def test_disable_all_algorithms_then_enable_one() -> None:
    settings = settings_of()
    settings.add_custom_python_model(
        "mine", "from sklearn.tree import DecisionTreeClassifier\nclf = DecisionTreeClassifier()"
    )
    assert "mine" in settings.get_enabled_algorithm_names()
    settings.disable_all_algorithms()
    assert settings.get_enabled_algorithm_names() == []
    modeling = settings.get_raw()["modeling"]
    assert all(not a["enabled"] for a in modeling["custom_python"])
    settings.set_algorithm_enabled("LOGISTIC_REGRESSION", True)
    settings.set_algorithm_enabled("XGBOOST_CLASSIFICATION", True)
    assert settings.get_enabled_algorithm_names() == ["LOGISTIC_REGRESSION", "XGBOOST_CLASSIFICATION"]
    assert modeling["logistic_regression"]["enabled"] is True and modeling["xgboost"]["enabled"] is True
    assert list(settings.get_enabled_algorithm_settings()) == ["LOGISTIC_REGRESSION", "XGBOOST_CLASSIFICATION"]
    assert settings.get_algorithm_settings("mine")["code"].startswith("from sklearn")
    with pytest.raises(ValueError, match="Unknown algorithm"):
        settings.set_algorithm_enabled("RANDOM_GUESS", True)


def test_diagnostics_weighting_and_assertions() -> None:
    settings = settings_of()
    raw = settings.get_raw()
    settings.set_diagnostics_enabled(False)
    assert raw["diagnosticsSettings"]["enabled"] is False
    some_type = raw["diagnosticsSettings"]["settings"][0]["type"]
    settings.set_diagnostic_type_enabled(some_type, False)
    assert raw["diagnosticsSettings"]["settings"][0]["enabled"] is False
    with pytest.raises(ValueError):
        settings.set_diagnostic_type_enabled("ML_DIAGNOSTICS_UNKNOWN", True)
    per_feature = raw["preprocessing"]["per_feature"]
    name = next(n for n, f in per_feature.items() if f["role"] == "INPUT")
    settings.set_weighting("SAMPLE_WEIGHT", name)
    assert (raw["weight"]["weightMethod"], raw["weight"]["sampleWeightVariable"], per_feature[name]["role"]) == (
        "SAMPLE_WEIGHT",
        name,
        "WEIGHT",
    )
    settings.set_weighting("CLASS_WEIGHT")
    assert per_feature[name]["role"] == "INPUT" and raw["weight"]["weightMethod"] == "CLASS_WEIGHT"
    with pytest.raises(ValueError):
        settings_of("PREDICTION", "REGRESSION").set_weighting("CLASS_WEIGHT")
    assertions = settings.get_assertions_params()
    condition = DSSMLAssertionCondition.from_expected_class(0.9, "yes")
    assertions.add_assertion(DSSMLAssertionParams.from_params("mostly yes", {"enabled": True}, condition))
    assert assertions.get_assertions_names()[-1] == "mostly yes"
    found = assertions.get_assertion("mostly yes")
    assert found is not None and found.condition.expected_class == "yes" and found.condition.expected_min is None
    assert raw["assertionsParams"]["assertions"][-1]["assertionCondition"] == {
        "expectedValidRatio": 0.9,
        "expectedClass": "yes",
    }
    assertions.delete_assertion("mostly yes")
    assert assertions.get_assertion("mostly yes") is None
    with pytest.raises(ValueError):
        assertions.delete_assertion("mostly yes")
    assert isinstance(assertions, DSSMLAssertionsParams)


def test_multi_target_and_clustering_settings() -> None:
    multi = settings_of("PREDICTION", "MULTI_TARGET_REGRESSION")
    assert isinstance(multi, mls.DSSMultiTargetPredictionMLTaskSettings)
    assert multi.get_all_possible_algorithm_names() == [
        "RANDOM_FOREST_REGRESSION",
        "RIDGE_REGRESSION",
        "NEURAL_NETWORK",
    ]
    targets = multi.get_target_variables()
    targets.append("changed")
    assert "changed" not in multi.get_raw().get("multiTargetVariables", [])
    with pytest.raises(NotImplementedError):
        multi.get_assertions_params()
    clustering = settings_of("CLUSTERING", None)
    assert isinstance(clustering, mls.DSSClusteringMLTaskSettings)
    clustering.disable_all_algorithms()
    clustering.set_algorithm_enabled("KMEANS", True)
    assert clustering.get_enabled_algorithm_names() == ["KMEANS"]
    assert clustering.get_raw()["modeling"]["kmeans_clustering"]["enabled"] is True


def test_timeseries_settings_without_reguess() -> None:
    settings = settings_of("PREDICTION", "TIMESERIES_FORECAST")
    assert isinstance(settings, mls.DSSTimeseriesForecastingMLTaskSettings)
    raw = settings.get_raw()
    settings.set_time_step(time_unit="WEEK", n_time_units=2, end_of_week_day=2, reguess=False)
    assert raw["timestepParams"] == {
        **raw["timestepParams"],
        "timeunit": "WEEK",
        "numberOfTimeunits": 2,
        "endOfWeekDay": 2,
    }
    with pytest.raises(ValueError):
        settings.set_time_step(time_unit="FORTNIGHT", reguess=False)
    horizon = settings.forecast_horizon
    tests = raw["evaluationParams"]["testSize"] // horizon
    settings.set_forecast_horizon(horizon + 1, reguess=False)
    assert (raw["predictionLength"], raw["evaluationParams"]["testSize"]) == (horizon + 1, (horizon + 1) * tests)
    settings.evaluation_gap = 1
    assert raw["evaluationParams"]["gapSize"] == 1
    with pytest.raises(ValueError):
        settings.evaluation_gap = horizon + 5
    settings.set_numerical_interpolation("CONSTANT", 3)
    settings.set_categorical_imputation("CONSTANT", "none")
    settings.set_duplicate_timestamp_handling("MEAN_MODE")
    settings.set_resampling_dates("CUSTOM", datetime.date(2024, 1, 1), "AUTO")
    sampling = settings.get_resampling_params()
    assert (sampling["numericalInterpolateMethod"], sampling["numericalInterpolateConstantValue"]) == ("CONSTANT", 3)
    assert (sampling["categoricalImputeMethod"], sampling["categoricalConstantValue"]) == ("CONSTANT", "none")
    assert (sampling["startDateMode"], sampling["customStartDate"], sampling["endDateMode"]) == (
        "CUSTOM",
        "2024-01-01",
        "AUTO",
    )
    settings.quantiles_to_forecast = [0.9, 0.5, 0.1, 0.5]
    assert raw["quantilesToForecast"] == [0.1, 0.5, 0.9]
    arima = settings.get_algorithm_settings("ARIMA")
    assert isinstance(arima, mls.ArimaSettings)
    arima.trend = "ct"
    assert raw["modeling"]["arima_timeseries"]["trend"] == "ct"


def test_causal_settings() -> None:
    settings = settings_of("PREDICTION", "CAUSAL_BINARY_CLASSIFICATION")
    assert isinstance(settings, mls.DSSCausalPredictionMLTaskSettings)
    forest = settings.get_algorithm_settings("CAUSAL_FOREST")
    assert isinstance(forest, mls.CausalForestSettings)
    settings.meta_learners = ["T_LEARNER"]
    assert settings.get_raw()["modeling"]["meta_learners"] == ["T_LEARNER"]
    with pytest.raises(ValueError):
        settings.meta_learners = ["Z_LEARNER"]
    settings.set_treatment_analysis_enabled(True, calibrate_propensity=True, calibration_data_ratio=0.2)
    assert settings.get_treatment_analysis_settings() == {
        **settings.get_treatment_analysis_settings(),
        "enabled": True,
        "calibrateProbabilities": True,
        "calibrationDataRatio": 0.2,
    }
    with pytest.raises(NotImplementedError):
        settings.add_custom_mllib_model()


def test_the_settings_reject_a_task_of_another_type() -> None:
    raw = new_task_settings("PREDICTION", "REGRESSION")
    with pytest.raises(ValueError, match="Unknown prediction type"):
        mls.DSSTimeseriesForecastingMLTaskSettings(None, "PROJ", "a", "t", raw)
