"""What a new ML task's settings hold beyond the guess: every algorithm with its hyperparameters, in DSS's shape.

DSS's settings of a task hold one entry per algorithm its backend knows, whatever the task's
prediction type (``get_all_possible_algorithm_names`` of the official client lists them all, and
``get_algorithm_settings`` reads ``modeling[<key>]``), each ``{"enabled": ..., <hyperparameters>}``:

- a numerical hyperparameter searched over explicit values or a range::

    {"gridMode": "EXPLICIT", "randomMode": "RANGE", "values": [100],
     "range": {"min": 80, "max": 200, "nbValues": 3, "scaling": "LINEAR"}, "limit": {"min": 1}}

- a categorical one, each category enabled or not: ``{"values": {"gini": {"enabled": true}, ...}}``;
- a single value (``"n_jobs": 4``, ``"selection_mode": "sqrt"``).

The keys and kinds follow the official client's settings classes (``RandomForestSettings``, ...);
the values are DSS's usual defaults (where they are not known, plausible ones: nothing reads them
but the engine, for the algorithms it trains). :func:`complete_modeling` adds what a task's
``modeling`` lacks and never changes what it has.
"""

from __future__ import annotations

import copy
from typing import Any

_Spec = dict[str, Any]


def _num(
    values: list[float],
    low: float,
    high: float,
    *,
    limit_min: float | None = None,
    limit_max: float | None = None,
    nb_values: int = 3,
    scaling: str = "LINEAR",
) -> _Spec:
    limit: dict[str, float] = {}
    if limit_min is not None:
        limit["min"] = limit_min
    if limit_max is not None:
        limit["max"] = limit_max
    return {
        "gridMode": "EXPLICIT",
        "randomMode": "RANGE",
        "values": values,
        "range": {"min": low, "max": high, "nbValues": nb_values, "scaling": scaling},
        "limit": limit,
    }


def _cat(enabled: list[str], *others: str) -> _Spec:
    return {"values": {name: {"enabled": name in enabled} for name in [*enabled, *others]}}


def _random_forest(*, sparse: bool = True, regression: bool = False) -> _Spec:
    # Features tried at each split: the square root of their number for a classification, all of
    # them (a proportion of 1) for a regression, as scikit-learn's forests do by default.
    spec: _Spec = {
        "n_estimators": _num([100], 80, 200, limit_min=1),
        "min_samples_leaf": _num([1], 1, 20, limit_min=1),
        "max_tree_depth": _num([8], 5, 10, limit_min=0),
        "max_feature_prop": _num([1.0 if regression else 0.1], 0.1, 1, limit_min=0, limit_max=1),
        "max_features": _num([3], 1, 20, limit_min=1),
        "n_jobs": 4,
        "selection_mode": "prop" if regression else "sqrt",
    }
    if sparse:
        spec["allow_sparse_matrices"] = False
    return spec


def _gbt(classification: bool) -> _Spec:
    return {
        "n_estimators": _num([100], 10, 500, limit_min=1),
        "max_depth": _num([3], 3, 8, limit_min=1),
        "min_samples_leaf": _num([1], 1, 20, limit_min=1),
        "max_features": _num([3], 1, 20, limit_min=1),
        "max_feature_prop": _num([0.1], 0.1, 0.5, limit_min=0, limit_max=1),
        "learning_rate": _num([0.1], 0.05, 0.5, limit_min=0),
        "loss": _cat(["log_loss"], "exponential")
        if classification
        else _cat(["squared_error"], "absolute_error", "huber"),
        "selection_mode": "sqrt",
    }


def _decision_tree(classification: bool) -> _Spec:
    return {
        "max_depth": _num([5], 3, 10, limit_min=1),
        "min_samples_leaf": _num([1], 1, 20, limit_min=1),
        "criterion": _cat(["gini"], "entropy")
        if classification
        else _cat(["squared_error"], "friedman_mse", "absolute_error"),
        "splitter": _cat(["best"], "random"),
    }


def _sgd(classification: bool) -> _Spec:
    return {
        "alpha": _num([0.0001], 0.00001, 0.001, limit_min=0, scaling="LOGARITHMIC"),
        "loss": _cat(["log_loss"], "modified_huber") if classification else _cat(["squared_error"], "huber"),
        "penalty": _cat(["l2"], "l1", "elasticnet"),
        "l1_ratio": 0.15,
        "max_iter": 1000,
        "tol": 0.001,
        "n_jobs": 2,
    }


def _svm() -> _Spec:
    return {
        "custom_gamma": _num([0.001], 0.0001, 1, limit_min=0, scaling="LOGARITHMIC"),
        "C": _num([1.0], 0.01, 100, limit_min=0, scaling="LOGARITHMIC"),
        "gamma": _cat(["scale"], "auto", "custom"),
        "kernel": _cat(["rbf"], "linear", "poly", "sigmoid"),
        "coef0": 0.0,
        "tol": 0.001,
        "max_iter": -1,
    }


def _lightgbm(*, python: bool = True) -> _Spec:
    spec: _Spec = {
        "boosting_type": _cat(["gbdt"], "dart", "goss"),
        "num_leaves": _num([31], 8, 64, limit_min=2),
        "learning_rate": _num([0.1], 0.01, 0.5, limit_min=0),
        "n_estimators": _num([100], 50, 300, limit_min=1),
        "min_split_gain": _num([0.0], 0, 1, limit_min=0),
        "min_child_weight": _num([0.001], 0.0001, 0.1, limit_min=0),
        "min_child_samples": _num([20], 5, 50, limit_min=0),
        "colsample_bytree": _num([1.0], 0.5, 1, limit_min=0, limit_max=1),
        "reg_alpha": _num([0.0], 0, 1, limit_min=0),
        "reg_lambda": _num([0.0], 0, 1, limit_min=0),
        "random_state": 1337,
        "n_jobs": 4,
        "max_depth": -1,
        "subsample": 1.0,
        "subsample_freq": 0,
        "use_bagging": False,
    }
    if python:
        spec.update({"early_stopping": False, "early_stopping_rounds": 5, "allow_sparse_matrices": False})
    return spec


def _catboost() -> _Spec:
    return {
        "learning_rate": _num([0.1], 0.01, 0.5, limit_min=0),
        "max_depth": _num([6], 4, 10, limit_min=1, limit_max=16),
        "l2_leaf_reg": _num([3.0], 1, 10, limit_min=0),
        "border_count": _num([254], 32, 254, limit_min=1, limit_max=65535),
        "random_strength": _num([1.0], 0, 10, limit_min=0),
        "min_data_in_leaf": _num([1], 1, 50, limit_min=1),
        "bagging_temperature": _num([1.0], 0, 10, limit_min=0),
        "border_count_mode_auto": True,
        "bootstrap_type": "Auto",
        "grow_policy": "SymmetricTree",
        "nthread": 4,
        "n_estimators": 1000,
        "enable_early_stopping": True,
        "early_stopping_rounds": 5,
    }


_XGBOOST_OBJECTIVES = {
    "BINARY_CLASSIFICATION": (["binary_logistic"], ("binary_logitraw", "binary_hinge")),
    "MULTICLASS": (["multi_softprob"], ("multi_softmax",)),
    "CAUSAL_BINARY_CLASSIFICATION": (["binary_logistic"], ("binary_logitraw", "binary_hinge")),
}


def _xgboost(prediction_type: str, *, python: bool = True) -> _Spec:
    enabled, others = _XGBOOST_OBJECTIVES.get(
        prediction_type, (["reg_squarederror"], ("reg_gamma", "reg_tweedie", "count_poisson"))
    )
    spec: _Spec = {
        "max_depth": _num([3], 3, 10, limit_min=1),
        "learning_rate": _num([0.2], 0.01, 0.5, limit_min=0, limit_max=1),
        "gamma": _num([0.0], 0, 1, limit_min=0),
        "min_child_weight": _num([1.0], 1, 10, limit_min=0),
        "max_delta_step": _num([0.0], 0, 1, limit_min=0),
        "subsample": _num([1.0], 0.5, 1, limit_min=0, limit_max=1),
        "colsample_bytree": _num([1.0], 0.5, 1, limit_min=0, limit_max=1),
        "colsample_bylevel": _num([1.0], 0.5, 1, limit_min=0, limit_max=1),
        "alpha": _num([0.0], 0, 1, limit_min=0),
        "lambda": _num([1.0], 0, 10, limit_min=0),
        "booster": _cat(["gbtree"], "dart", "gblinear"),
        "objective": _cat(enabled, *others),
        "n_estimators": 300,
        "nthread": 4,
        "scale_pos_weight": 1.0,
        "base_score": 0.5,
        "impute_missing": False,
        "missing": -99999.0,
        "tree_method": "hist",
        "seed": 1337,
        "tweedie_variance_power": 1.5,
    }
    if python:
        spec.update({"enable_early_stopping": True, "early_stopping_rounds": 4, "allow_sparse_matrices": False})
    return spec


def _neural_network() -> _Spec:
    return {
        "layer_sizes": _num([100], 50, 200, limit_min=1),
        "activation": "relu",
        "solver": "adam",
        "alpha": 0.0001,
        "batch_size": 200,
        "auto_batch": True,
        "max_iter": 200,
        "seed": 1337,
        "tol": 0.0001,
        "early_stopping": True,
        "validation_fraction": 0.1,
        "beta_1": 0.9,
        "beta_2": 0.999,
        "epsilon": 1e-08,
        "learning_rate": "constant",
        "power_t": 0.5,
        "momentum": 0.9,
        "nesterovs_momentum": True,
        "shuffle": True,
        "learning_rate_init": 0.001,
    }


def _deep_neural_network() -> _Spec:
    return {
        "learning_rate": _num([0.001], 0.0001, 0.01, limit_min=0, scaling="LOGARITHMIC"),
        "hidden_layers": _num([2], 1, 5, limit_min=1),
        "units": _num([32], 16, 128, limit_min=1),
        "batch_size": 32,
        "max_epochs": 100,
        "early_stopping_enabled": True,
        "early_stopping_patience": 5,
        "early_stopping_threshold": 0.001,
    }


def _tabicl(*, classification: bool, v2: bool) -> _Spec:
    spec: _Spec = {
        "n_estimators": _num([32], 4, 32, limit_min=1),
        "norm_none": True,
        "norm_power": True,
        "norm_quantile": False,
        "norm_quantile_rtdl": False,
        "norm_robust": False,
        "random_state": 1337,
        "n_jobs": 4,
        "batch_size": 8,
        "outlier_threshold": 4.0,
    }
    if classification:
        spec["softmax_temperature"] = 0.9
    if v2:
        spec["offload_mode"] = "auto"
    if classification and v2:
        spec["class_shuffle_method"] = "shift"
    if classification and not v2:
        spec["class_shift"] = _cat(["true"], "false")
    return spec


def _mllib_tree(*, ensemble: bool) -> _Spec:
    spec: _Spec = {
        "max_depth": _num([5], 3, 10, limit_min=1),
        "cache_node_ids": False,
        "checkpoint_interval": 10,
        "max_bins": 32,
        "max_memory_mb": 256,
        "min_info_gain": 0.0,
        "min_instance_per_node": 1,
    }
    if ensemble:
        spec.update({"num_trees": _num([20], 10, 100, limit_min=1), "seed": 1337, "subsampling_rate": 1.0})
    return spec


def _gluonts_common(*, parallel_samples: bool = True) -> _Spec:
    spec: _Spec = {
        "context_length": _num([1], 1, 5, limit_min=1),
        "full_context": False,
        "batch_size": 32,
        "epochs": 10,
        "auto_num_batches_per_epoch": True,
        "num_batches_per_epoch": 50,
        "seed": 1337,
    }
    if parallel_samples:
        spec["num_parallel_samples"] = 100
    return spec


def prediction_algorithms(prediction_type: str) -> dict[str, _Spec]:
    """The algorithms of a single-target (or causal) prediction task, by key in ``modeling``, all disabled."""
    algorithms: dict[str, _Spec] = {
        "random_forest_classification": _random_forest(),
        "random_forest_regression": _random_forest(regression=True),
        "extra_trees": _random_forest(),
        "gbt_classification": _gbt(True),
        "gbt_regression": _gbt(False),
        "decision_tree_classification": _decision_tree(True),
        "decision_tree_regression": _decision_tree(False),
        "ridge_regression": {"alpha": _num([1.0], 0.01, 100, limit_min=0, scaling="LOGARITHMIC"), "alphaMode": "AUTO"},
        "lasso_regression": {
            "alpha": _num([1.0], 0.01, 100, limit_min=0, scaling="LOGARITHMIC"),
            "alphaMode": "AUTO_CV",
        },
        "leastsquare_regression": {"n_jobs": 2},
        "sgd_regression": _sgd(False),
        "knn": {
            "k": _num([5], 1, 20, limit_min=1),
            "algorithm": "auto",
            "distance_weighting": False,
            "p": 2,
            "leaf_size": 30,
        },
        "logistic_regression": {
            "C": _num([1.0], 0.01, 100, limit_min=0, scaling="LOGARITHMIC"),
            "penalty": _cat(["l2"], "l1"),
            "multi_class": "multinomial",
            "n_jobs": 2,
        },
        "neural_network": _neural_network(),
        "deep_neural_network_regression": _deep_neural_network(),
        "deep_neural_network_classification": _deep_neural_network(),
        "svc_classifier": _svm(),
        "svm_regression": _svm(),
        "sgd_classifier": _sgd(True),
        "lars_params": {"max_features": 0, "K": 1},
        "lightgbm_classification": _lightgbm(),
        "lightgbm_regression": _lightgbm(),
        "catboost_classification": _catboost(),
        "catboost_regression": _catboost(),
        "xgboost": _xgboost(prediction_type),
        "deep_learning_sparkling": {},
        "gbm_sparkling": {},
        "rf_sparkling": {},
        "glm_sparkling": {},
        "nb_sparkling": {},
        "mllib_logit": {
            "reg_param": _num([0.1], 0.01, 1, limit_min=0),
            "enet_param": _num([0.0], 0, 1, limit_min=0, limit_max=1),
            "max_iter": 100,
        },
        "mllib_naive_bayes": {"lambda": _num([1.0], 0.1, 10, limit_min=0)},
        "mllib_linreg": {
            "reg_param": _num([0.1], 0.01, 1, limit_min=0),
            "enet_param": _num([0.0], 0, 1, limit_min=0, limit_max=1),
            "max_iter": 100,
        },
        "mllib_rf": {
            **_mllib_tree(ensemble=True),
            "impurity": "gini"
            if "CLASSIFICATION" in prediction_type or prediction_type == "MULTICLASS"
            else "variance",
            "subset_strategy": "auto",
        },
        "mllib_gbt": {**_mllib_tree(ensemble=True), "step_size": _num([0.1], 0.01, 1, limit_min=0)},
        "mllib_dt": _mllib_tree(ensemble=False),
        "vertica_linear_regression": {},
        "vertica_logistic_regression": {},
        "keras": {},
        "tabicl_classification": _tabicl(classification=True, v2=False),
        "tabiclv2_classification": _tabicl(classification=True, v2=True),
        "tabiclv2_regression": _tabicl(classification=False, v2=True),
    }
    if prediction_type.startswith("CAUSAL"):
        algorithms["causal_forest"] = {
            "n_estimators": _num([100], 80, 200, limit_min=1),
            "max_depth": _num([8], 5, 10, limit_min=0),
            "min_samples_leaf": _num([5], 1, 20, limit_min=1),
            "max_feature_prop": _num([0.1], 0.1, 0.5, limit_min=0, limit_max=1),
            "max_features": _num([3], 1, 20, limit_min=1),
            "criterion": _cat(["mse"], "het"),
            "selection_mode": "auto",
            "honest": True,
            "n_jobs": 4,
        }
    return {key: {"enabled": False, **spec} for key, spec in algorithms.items()}


def multi_target_algorithms() -> dict[str, _Spec]:
    """The algorithms of a multi-target regression task, all disabled."""
    algorithms = {
        "random_forest_regression": _random_forest(regression=True),
        "ridge_regression": {"alpha": _num([1.0], 0.01, 100, limit_min=0, scaling="LOGARITHMIC"), "alphaMode": "AUTO"},
        "neural_network": _neural_network(),
    }
    return {key: {"enabled": False, **spec} for key, spec in algorithms.items()}


def timeseries_algorithms() -> dict[str, _Spec]:
    """The algorithms of a time series forecasting task, all disabled."""
    algorithms: dict[str, _Spec] = {
        "arima_timeseries": {
            "p": 1,
            "d": 0,
            "q": 0,
            "P": 0,
            "D": 0,
            "Q": 0,
            "s": 1,
            "trend": "c",
            "trend_offset": 1,
            "enforce_stationarity": True,
            "enforce_invertibility": True,
            "concentrate_scale": False,
        },
        "croston_timeseries": {
            "variant": _cat(["original"], "sba", "tsb"),
            "alpha_d": _num([0.1], 0.01, 1, limit_min=0, limit_max=1),
            "alpha_p": _num([0.1], 0.01, 1, limit_min=0, limit_max=1),
        },
        "ets_timeseries": {
            "trend": _cat(["add"], "none", "mul"),
            "damped_trend": _cat(["false"], "true"),
            "seasonal": _cat(["none"], "add", "mul"),
            "error": _cat(["add"], "mul"),
            "seasonal_periods": 1,
            "include_unstable": False,
            "seed": 1337,
        },
        "nhits_timeseries": {
            "context_length": _num([1], 1, 5, limit_min=1),
            "learning_rate": _num([0.001], 0.0001, 0.01, limit_min=0, scaling="LOGARITHMIC"),
            "batch_size": 32,
            "max_steps": 1000,
            "patience": 5,
            "random_state": 1337,
        },
        "tft_timeseries": {
            "context_length": _num([1], 1, 5, limit_min=1),
            "hidden_size_factor": _num([1], 1, 4, limit_min=1),
            "learning_rate": _num([0.001], 0.0001, 0.01, limit_min=0, scaling="LOGARITHMIC"),
            "n_rnn_layers": _num([1], 1, 3, limit_min=1),
            "n_head": _num([4], 1, 8, limit_min=1),
            "batch_size": 32,
            "max_steps": 1000,
            "patience": 5,
            "random_state": 1337,
            "max_hidden_size": 256,
            "limit_hidden_size": True,
        },
        "random_forest_regression": _random_forest(sparse=False, regression=True),
        "xgboost": _xgboost("TIMESERIES_FORECAST", python=False),
        "ridge_regression": {"alpha": _num([1.0], 0.01, 100, limit_min=0, scaling="LOGARITHMIC"), "alphaMode": "AUTO"},
        "lightgbm_regression": _lightgbm(python=False),
        "trivial_identity_timeseries": {},
        "seasonal_naive_timeseries": {"season_length": _num([1], 1, 12, limit_min=1)},
        "autoarima_timeseries": {
            "m": _num([1], 1, 12, limit_min=1),
            "information_criterion": _cat(["aic"], "bic", "hqic", "oob"),
            "test": _cat(["kpss"], "adf", "pp"),
            "seasonal_test": _cat(["ocsb"], "ch"),
            "method": _cat(["lbfgs"], "newton", "nm", "bfgs", "powell", "cg", "ncg", "basinhopping"),
            "start_p": 2,
            "max_p": 5,
            "d": None,
            "max_d": 2,
            "start_q": 2,
            "max_q": 5,
            "start_P": 1,
            "max_P": 2,
            "D": None,
            "max_D": 1,
            "start_Q": 1,
            "max_Q": 2,
            "max_order": 5,
            "stationary": False,
            "maxiter": 50,
        },
        "seasonal_loess_timeseries": {
            "period": _num([1], 1, 12, limit_min=1),
            "seasonal": _num([7], 3, 15, limit_min=3),
            "trend": _num([9], 3, 15, limit_min=3),
            "low_pass": _num([3], 3, 15, limit_min=3),
            "seasonal_deg": _cat(["1"], "0"),
            "trend_deg": _cat(["1"], "0"),
            "low_pass_deg": _cat(["1"], "0"),
            "seasonal_jump": _num([1], 1, 5, limit_min=1),
            "trend_jump": _num([1], 1, 5, limit_min=1),
            "low_pass_jump": _num([1], 1, 5, limit_min=1),
            "auto_trend": True,
            "auto_low_pass": True,
        },
        "prophet_timeseries": {
            "growth": "linear",
            "floor": 0.0,
            "cap": 1.0,
            "n_changepoints": 25,
            "changepoint_range": 0.8,
            "yearly_seasonality": "auto",
            "weekly_seasonality": "auto",
            "daily_seasonality": "auto",
            "seed": 1337,
            "seasonality_mode": _cat(["additive"], "multiplicative"),
            "seasonality_prior_scale": _num([10.0], 0.01, 10, limit_min=0, scaling="LOGARITHMIC"),
            "changepoint_prior_scale": _num([0.05], 0.001, 0.5, limit_min=0, scaling="LOGARITHMIC"),
            "holidays_prior_scale": _num([10.0], 0.01, 10, limit_min=0, scaling="LOGARITHMIC"),
        },
        "gluonts_npts_timeseries": {
            "context_length": _num([1], 1, 5, limit_min=1),
            "kernel_type": _cat(["exponential"], "uniform"),
            "exp_kernel_weights": _num([1.0], 0.1, 10, limit_min=0),
            "feature_scale": _num([1000.0], 1, 10000, limit_min=0),
            "full_context": False,
            "use_seasonal_model": True,
            "use_default_time_features": True,
            "seed": 1337,
        },
        "gluonts_torch_simple_feed_forward_timeseries": {
            **_gluonts_common(parallel_samples=False),
            "distr_output": _cat(["StudentTOutput"], "NormalOutput", "NegativeBinomialOutput"),
            "batch_normalization": _cat(["false"], "true"),
            "mean_scaling": _cat(["true"], "false"),
            "num_hidden_dimensions": [40, 40],
        },
        "gluonts_torch_deepar_timeseries": {
            **_gluonts_common(),
            "num_layers": _num([2], 1, 4, limit_min=1),
            "num_cells": _num([40], 10, 100, limit_min=1),
            "dropout_rate": _num([0.1], 0, 0.5, limit_min=0, limit_max=1),
            "distr_output": _cat(["StudentTOutput"], "NormalOutput", "NegativeBinomialOutput"),
            "scaling": True,
            "minimum_scale": 1e-10,
        },
        "gluonts_simple_feed_forward_timeseries": {
            **_gluonts_common(),
            "distr_output": _cat(["StudentTOutput"], "GaussianOutput", "NegativeBinomialOutput"),
            "batch_normalization": _cat(["false"], "true"),
            "mean_scaling": _cat(["true"], "false"),
            "num_hidden_dimensions": [40, 40],
        },
        "gluonts_deepar_timeseries": {
            **_gluonts_common(),
            "num_layers": _num([2], 1, 4, limit_min=1),
            "num_cells": _num([40], 10, 100, limit_min=1),
            "cell_type": _cat(["lstm"], "gru"),
            "dropoutcell_type": _cat(
                ["ZoneoutCell"], "RNNZoneoutCell", "VariationalDropoutCell", "VariationalZoneoutCell"
            ),
            "dropout_rate": _num([0.1], 0, 0.5, limit_min=0, limit_max=1),
            "alpha": _num([0.0], 0, 1, limit_min=0),
            "beta": _num([0.0], 0, 1, limit_min=0),
            "distr_output": _cat(["StudentTOutput"], "GaussianOutput", "NegativeBinomialOutput"),
            "scaling": True,
            "minimum_scale": 1e-10,
        },
        "gluonts_transformer_timeseries": {
            **_gluonts_common(),
            "model_dim": _num([32], 8, 64, limit_min=1),
            "inner_ff_dim_scale": _num([4], 1, 8, limit_min=1),
            "num_heads": _num([8], 1, 8, limit_min=1),
            "dropout_rate": _num([0.1], 0, 0.5, limit_min=0, limit_max=1),
            "distr_output": _cat(["StudentTOutput"], "GaussianOutput", "NegativeBinomialOutput"),
        },
        "gluonts_mqcnn_timeseries": {
            **{key: value for key, value in _gluonts_common(parallel_samples=False).items()},
            "decoder_mlp_dim_seq": [30],
            "channels_seq": [30, 30, 30],
            "dilation_seq": [1, 3, 9],
            "kernel_size_seq": [7, 3, 3],
            "scaling": False,
        },
    }
    return {key: {"enabled": False, **spec} for key, spec in algorithms.items()}


def clustering_algorithms() -> dict[str, _Spec]:
    """The algorithms of a clustering task, all disabled.

    Their settings are plain dicts for the official client; numbers of clusters are lists of values.
    """
    algorithms: dict[str, _Spec] = {
        "db_scan_clustering": {"epsilon": [0.5], "min_sample_ratio": 0.01, "min_samples": 5},
        "hdb_scan_clustering": {"min_cluster_size": [5], "min_samples": 5},
        "spectral_clustering": {
            "k": [5],
            "affinity_nearest_neighbors": True,
            "affinity_rbf": False,
            "gamma": 1.0,
            "seed": 1337,
        },
        "ward_clustering": {"k": [5]},
        "kmeans_clustering": {"k": [3, 5], "seed": 1337, "n_jobs": 2},
        "mini_batch_kmeans_clustering": {"k": [3, 5], "seed": 1337},
        "gmm_clustering": {"k": [3], "max_iterations": 100, "seed": 1337},
        "two_step": {"k": [5], "init_cluster": 20, "seed": 1337},
        "isolation_forest": {
            "n_estimators": 100,
            "max_samples": 256,
            "max_features": 1.0,
            "contamination": 0.1,
            "bootstrap": False,
            "seed": 1337,
        },
        "mllib_kmeans_clustering": {"k": [5], "max_iterations": 20, "seed": 1337},
        "mllib_gaussian_mixture_clustering": {"k": [5], "max_iterations": 100, "seed": 1337},
        "h2o_kmeans": {"k": [5], "max_iterations": 20},
    }
    return {key: {"enabled": False, **spec} for key, spec in algorithms.items()}


def algorithms_for(task_type: str, prediction_type: str | None) -> dict[str, _Spec]:
    """Every algorithm a task of this type lists, by key in ``modeling`` (fresh copies, all disabled)."""
    if task_type == "CLUSTERING":
        return clustering_algorithms()
    if prediction_type == "TIMESERIES_FORECAST":
        return timeseries_algorithms()
    if prediction_type == "MULTI_TARGET_REGRESSION":
        return multi_target_algorithms()
    return prediction_algorithms(prediction_type or "")


def complete_modeling(modeling: dict[str, Any], task_type: str, prediction_type: str | None) -> None:
    """Add to a task's ``modeling`` the algorithms (and hyperparameters) it lacks; what it has is kept as is."""
    for key, spec in algorithms_for(task_type, prediction_type).items():
        current = modeling.get(key)
        if not isinstance(current, dict):
            modeling[key] = spec
            continue
        for name, value in spec.items():
            if name not in current:
                current[name] = copy.deepcopy(value)


#: The types of ML diagnostics DSS lists in a task's ``diagnosticsSettings.settings`` (each enabled).
DIAGNOSTIC_TYPES = (
    "ML_DIAGNOSTICS_DATASET_SANITY_CHECKS",
    "ML_DIAGNOSTICS_MODELING_PARAMETERS",
    "ML_DIAGNOSTICS_TRAINING_OVERFIT",
    "ML_DIAGNOSTICS_LEAKAGE_DETECTION",
    "ML_DIAGNOSTICS_MODEL_CHECK",
    "ML_DIAGNOSTICS_REPRODUCIBILITY",
    "ML_DIAGNOSTICS_ML_ASSERTIONS",
    "ML_DIAGNOSTICS_ABNORMAL_PREDICTIONS_DETECTION",
    "ML_DIAGNOSTICS_RUNTIME",
)
SEED = 1337


def grid_search_params() -> _Spec:
    """The hyperparameter search DSS sets up: a grid, validated on one shuffled 80/20 split."""
    return {
        "strategy": "GRID",
        "mode": "SHUFFLE",
        "splitRatio": 0.8,
        "nFolds": 3,
        "stratified": True,
        "cvSeed": SEED,
        "randomized": True,
        "seed": SEED,
        "nIter": 0,
        "nIterRandom": 50,
        "timeout": 0,
        "nJobs": 4,
        "distributed": False,
        "nContainers": 4,
        "foldOffset": True,
        "equalDurationFolds": False,
        "bayesianOptimizer": {"nInitialPoints": 10},
    }


def _fill(target: dict[str, Any], defaults: dict[str, Any]) -> None:
    """Add to ``target`` the keys of ``defaults`` it lacks, recursively into objects both have."""
    for key, value in defaults.items():
        current = target.get(key)
        if key not in target:
            target[key] = copy.deepcopy(value)
        elif isinstance(current, dict) and isinstance(value, dict):
            _fill(current, value)  # pyright: ignore[reportUnknownArgumentType]


def complete_settings(settings: dict[str, Any], rows: Any = ()) -> None:
    """Complete a guessed task's settings with what DSS's hold and the settings classes read; what is there is kept.

    Every algorithm of the task's type (with its hyperparameters), the hyperparameter search,
    the lists of custom models, the diagnostics by type, the weighting, the time ordering, the
    assertions; the time step, horizon and resampling of a forecasting task; the meta-learners,
    treatment values and propensity model of a causal one; the targets of a multi-target one.
    """
    task_type = str(settings.get("taskType"))
    prediction_type = settings.get("predictionType") if task_type == "PREDICTION" else None
    modeling: dict[str, Any] = settings.setdefault("modeling", {})
    for key, spec in algorithms_for(task_type, prediction_type).items():
        current = modeling.get(key)
        if not isinstance(current, dict):
            modeling[key] = spec
        else:
            _fill(current, spec)  # pyright: ignore[reportUnknownArgumentType]
    _fill(modeling, {"custom_python": [], "custom_mllib": [], "plugin_python": {}, "metrics": {"customMetrics": []}})
    diagnostics: dict[str, Any] = settings.setdefault("diagnosticsSettings", {"enabled": True})
    diagnostics.setdefault("settings", [{"type": name, "enabled": True} for name in DIAGNOSTIC_TYPES])
    if task_type != "PREDICTION":
        return
    _fill(modeling, {"gridSearchParams": grid_search_params()})
    _fill(settings, {"weight": {"weightMethod": "NO_WEIGHTING"}, "time": {"enabled": False, "ascending": True}})
    if prediction_type in ("BINARY_CLASSIFICATION", "MULTICLASS", "REGRESSION"):
        _fill(settings, {"assertionsParams": {"assertions": []}})
    if prediction_type == "MULTI_TARGET_REGRESSION":
        settings.setdefault("multiTargetVariables", list(settings.get("targetVariables") or []))
    if prediction_type == "TIMESERIES_FORECAST":
        _fill(
            settings,
            {
                "predictionLength": 1,
                "timestepParams": {
                    "timeunit": "DAY",
                    "numberOfTimeunits": 1,
                    "endOfWeekDay": 1,
                    "unitAlignment": 1,
                    "monthlyAlignment": 1,
                },
                "evaluationParams": {"testSize": 1, "gapSize": 0},
                "quantilesToForecast": [0.1, 0.5, 0.9],
                "skipTooShortTimeseriesForTraining": True,
                "preprocessing": {
                    "timeseriesSampling": {
                        "numericalInterpolateMethod": "LINEAR",
                        "numericalExtrapolateMethod": "PREVIOUS_NEXT",
                        "categoricalImputeMethod": "MOST_COMMON",
                        "duplicateTimestampsHandlingMethod": "FAIL_IF_CONFLICTING",
                        "startDateMode": "AUTO",
                        "endDateMode": "AUTO",
                    }
                },
            },
        )
    if prediction_type in ("CAUSAL_BINARY_CLASSIFICATION", "CAUSAL_REGRESSION"):
        _fill(
            modeling,
            {
                "meta_learners": [],
                "propensityModeling": {"enabled": False, "calibrateProbabilities": False, "calibrationDataRatio": 0.1},
            },
        )
        treatment = settings.get("treatmentVariable")
        values = sorted({str(row[treatment]) for row in rows if treatment and row.get(treatment) not in (None, "")})
        settings.setdefault("treatmentValues", values)
        settings.setdefault("controlValue", values[0] if values else None)
        settings.setdefault("enableMultiTreatment", False)
        preprocessing: dict[str, Any] = settings.get("preprocessing") or {}
        remapping: list[dict[str, Any]] = preprocessing.get("target_remapping") or []
        if prediction_type == "CAUSAL_BINARY_CLASSIFICATION" and remapping:
            settings.setdefault("positiveClass", remapping[-1].get("sourceValue"))
