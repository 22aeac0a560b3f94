"""The settings of ML tasks (``dataikuapi.dss.ml``'s settings classes): algorithms, hyperparameters, search, split.

Shared interface (``mltasks`` created this module, ``mlsettings`` fills it): the official
constructor ``(client, project_key, analysis_id, mltask_id, mltask_settings)``,
:meth:`~dssclient.dss.utils.DSSRawSettings.get_raw`, :meth:`AsyncDSSMLTaskSettings.save`, and
:func:`settings_for_task`, which chooses the class as the official ``DSSMLTask.get_settings`` does.

:class:`AsyncDSSMLTaskSettings` and its subclasses (one per kind of task) hold the task's settings
dict as DSS sent it; every helper edits that dict in place and ``save()`` sends it back whole. The
other classes make no call: they are views on parts of that dict
(:class:`HyperparameterSearchSettings`, :class:`PredictionSplitParamsHandler`,
:class:`DSSMLAssertionsParams`) or, for :class:`PredictionAlgorithmSettings` and its subclasses,
the algorithm's dict itself: it takes the plain dict's place in the settings, so what it changes
is saved, and it carries each hyperparameter as an attribute (a settings object to read and
edit; assigning to it sets the hyperparameter, as with the official client).

Where the official client only asserts (checks that vanish under ``python -O``), these raise
``ValueError`` or ``TypeError``, before changing anything.
"""

from __future__ import annotations

import copy
import datetime
import html
import json
import logging
import warnings
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, NoReturn, Protocol, Self, TypeVar, cast, overload

from dssclient_generated.api import ml_tasks

from dssclient._json import array_or_empty, is_array, is_object, object_or_empty
from dssclient.dss.utils import DSSRawSettings, nested_dict

from .._requester import json_body

if TYPE_CHECKING:
    from dssclient.payloads import (
        MLFeaturePreprocessing,
        MLSplitParams,
        MLTaskAssertionCondition,
        MLTaskAssertionParams,
        MLTaskAssertionsParams,
        MLTaskDiagnosticsSettings,
        MLTaskGridSearchParams,
        MLTaskPropensityModeling,
        MLTaskSettings,
        MLTaskTimeseriesSampling,
        MLTimestepParams,
    )

    from ..dssclient import AsyncDSSClient

TIMESERIES_FORECAST = "TIMESERIES_FORECAST"
CAUSAL_PREDICTION_TYPES = ("CAUSAL_BINARY_CLASSIFICATION", "CAUSAL_REGRESSION")
MULTI_TARGET_REGRESSION = "MULTI_TARGET_REGRESSION"

__all__ = [
    "AbstractTabICLClassificationSettings",
    "AbstractTabICLSettings",
    "AbstractTabICLv2Settings",
    "ArimaSettings",
    "AsyncAbstractTabularPredictionMLTaskSettings",
    "AsyncDSSCausalPredictionMLTaskSettings",
    "AsyncDSSClusteringMLTaskSettings",
    "AsyncDSSMLTaskSettings",
    "AsyncDSSMultiTargetPredictionMLTaskSettings",
    "AsyncDSSPredictionMLTaskSettings",
    "AsyncDSSTimeseriesForecastingMLTaskSettings",
    "AutoArimaSettings",
    "CatBoostSettings",
    "CategoricalHyperparameterSettings",
    "CausalForestSettings",
    "CrostonSettings",
    "DSSMLAssertionCondition",
    "DSSMLAssertionParams",
    "DSSMLAssertionsParams",
    "DecisionTreeSettings",
    "DeepNeuralNetworkSettings",
    "ETSSettings",
    "GluonTSDeepARSettings",
    "GluonTSMQCNNSettings",
    "GluonTSNPTSForecasterSettings",
    "GluonTSSimpleFeedForwardSettings",
    "GluonTSTorchDeepARSettings",
    "GluonTSTorchSimpleFeedForwardSettings",
    "GluonTSTransformerSettings",
    "GradientBoostedTreesSettings",
    "HyperparameterSearchSettings",
    "HyperparameterSettings",
    "KNNSettings",
    "LARSSettings",
    "LassoRegressionSettings",
    "LightGBMSettings",
    "LogitSettings",
    "MLLibDecisionTreeSettings",
    "MLLibGBTSettings",
    "MLLibLinearRegressionSettings",
    "MLLibLogitSettings",
    "MLLibNaiveBayesSettings",
    "MLLibRandomForestSettings",
    "NHITSSettings",
    "NumericalHyperparameterSettings",
    "OLSSettings",
    "PredictionAlgorithmMeta",
    "PredictionAlgorithmSettings",
    "PredictionSplitParamsHandler",
    "ProphetSettings",
    "RandomForestSettings",
    "Range",
    "RidgeRegressionSettings",
    "SGDSettings",
    "SVMSettings",
    "SeasonalLoessSettings",
    "SeasonalNaiveSettings",
    "SingleCategoryHyperparameterSettings",
    "SingleLayerPerceptronSettings",
    "SingleValueHyperparameterSettings",
    "TFTSettings",
    "TabICLSettings",
    "TabICLv2ClassificationSettings",
    "TabICLv2RegressionSettings",
    "TimeseriesLightGBMSettings",
    "TimeseriesRandomForestSettings",
    "TimeseriesXGBoostSettings",
    "XGBoostSettings",
    "settings_for_task",
]

logger = logging.getLogger(__name__)


# ---------------------------------------------------------------------------------------------
# Hyperparameters: views on one key of an algorithm's settings dict (they make no call)
# ---------------------------------------------------------------------------------------------

#: The values a single-valued hyperparameter holds in DSS's JSON.
SingleValue = bool | int | float | str | list[int] | None


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# Checks of the caller's arguments, whatever their annotations say (no narrowing: they are run-time checks).
def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_list(value: object) -> bool:
    return isinstance(value, list)


def _is_str(value: object) -> bool:
    return isinstance(value, str)


def _is_bool(value: object) -> bool:
    return isinstance(value, bool)


def _is_instance(value: object, of: type | tuple[type, ...]) -> bool:
    return isinstance(value, of)


class HyperparameterSettings:
    """One hyperparameter of an algorithm: a view on its key in the algorithm's settings dict."""

    def __init__(self, name: str, algo_settings: PredictionAlgorithmSettings) -> None:
        self.name = name
        self._algo_settings = algo_settings

    def _raw(self) -> dict[str, Any]:
        raw = self._algo_settings.get(self.name)
        if not is_object(raw):
            raise ValueError(f"The algorithm's settings have no hyperparameter object {self.name!r}")
        return raw

    def _pretty_repr(self) -> str:
        return repr(self)

    def _repr_html_(self) -> str:
        return f"<pre>{html.escape(self._pretty_repr())}</pre>"


class NumericalHyperparameterSettings(HyperparameterSettings):
    """A numerical hyperparameter, searched over explicit values or over a range.

    DSS keeps both definitions (``values`` and ``range``) and one mode per search strategy:
    ``gridMode`` for a grid search, ``randomMode`` for random and Bayesian searches.
    """

    class RangeSettings:
        """The range of a numerical hyperparameter, read and written in the algorithm's settings."""

        def __init__(self, numerical_hyperparameter_settings: NumericalHyperparameterSettings) -> None:
            self._numerical_hyperparameter_settings = numerical_hyperparameter_settings

        def _range(self) -> dict[str, Any]:
            return nested_dict(self._numerical_hyperparameter_settings._raw(), "range")

        def __repr__(self) -> str:
            raw = self._range()
            return f"RangeSettings(min={raw.get('min')}, max={raw.get('max')}, nb_values={raw.get('nbValues')})"

        @property
        def min(self) -> float:
            """The range's lower bound."""
            value: float = self._range()["min"]
            return value

        @min.setter
        def min(self, value: float) -> None:
            self._numerical_hyperparameter_settings._set_range(min=value)

        @property
        def max(self) -> float:
            """The range's upper bound."""
            value: float = self._range()["max"]
            return value

        @max.setter
        def max(self, value: float) -> None:
            self._numerical_hyperparameter_settings._set_range(max=value)

        @property
        def nb_values(self) -> int:
            """How many values of the range a grid search tries."""
            value: int = self._range()["nbValues"]
            return value

        @nb_values.setter
        def nb_values(self, value: int) -> None:
            self._numerical_hyperparameter_settings._set_range(nb_values=value)

    def __repr__(self) -> str:
        return f'{type(self).__name__}(hyperparameter="{self.name}", settings={json.dumps(self._raw())})'

    def _pretty_repr(self) -> str:
        raw = self._raw()
        shown: dict[str, Any] = {"definition_mode": self.definition_mode}
        if self.definition_mode == "EXPLICIT":
            shown["values"] = raw.get("values")
        else:
            shown["range"] = raw.get("range")
        return f'{type(self).__name__}(hyperparameter="{self.name}", settings={json.dumps(shown, indent=4)})'

    def _mode_key(self) -> str:
        return "gridMode" if self._algo_settings.strategy == "GRID" else "randomMode"

    @property
    def definition_mode(self) -> str:
        """``EXPLICIT`` (search over :attr:`values`) or ``RANGE`` (over :attr:`range`), for the search's strategy."""
        mode: str = self._raw()[self._mode_key()]
        return mode

    @definition_mode.setter
    def definition_mode(self, mode: str) -> None:
        if mode not in ("EXPLICIT", "RANGE"):
            raise ValueError(f'Hyperparameter definition mode must be "EXPLICIT" or "RANGE", not {mode!r}')
        self._raw()[self._mode_key()] = mode

    def set_explicit_values(self, values: Sequence[float]) -> None:
        """Search over these values: sets :attr:`values` and the definition mode to ``EXPLICIT``."""
        if not _is_list(values) and not _is_instance(values, tuple):
            raise TypeError(f'Hyperparameter "{self.name}" takes a non-empty list of numbers, not {values!r}')
        self.values = list(values)
        self.definition_mode = "EXPLICIT"

    def _limits(self) -> tuple[float | None, float | None]:
        limit = self._raw().get("limit")
        if not is_object(limit):
            return None, None
        return limit.get("min"), limit.get("max")

    @property
    def values(self) -> list[float]:
        """The explicit values searched (in ``EXPLICIT`` mode)."""
        values: list[float] = self._raw()["values"]
        return values

    @values.setter
    def values(self, values: list[float]) -> None:
        if not _is_list(values) or not values or not all(_is_number(v) for v in values):
            raise TypeError(f'Hyperparameter "{self.name}" takes a non-empty list of numbers, not {values!r}')
        low, high = self._limits()
        if low is not None and any(v < low for v in values):
            raise ValueError(f'Value(s) below hyperparameter "{self.name}" limit {low}: {values}')
        if high is not None and any(v > high for v in values):
            raise ValueError(f'Value(s) above hyperparameter "{self.name}" limit {high}: {values}')
        if len(set(values)) < len(values):
            warnings.warn(f"Duplicate values for hyperparameter {self.name!r}: {sorted(values)}", stacklevel=2)
        self._raw()["values"] = values

    def _set_range(self, min: float | None = None, max: float | None = None, nb_values: int | None = None) -> None:
        if min is None and max is None and nb_values is None:
            warnings.warn(f'Numerical range of hyperparameter "{self.name}" not modified', stacklevel=3)
            return
        low, high = self._limits()
        for bound in (min, max):
            if bound is not None and not _is_number(bound):
                raise TypeError(f'The range bounds of hyperparameter "{self.name}" must be numbers, not {bound!r}')
        if min is not None and low is not None and min < low:
            raise ValueError(f'Range min {min} is below hyperparameter "{self.name}" limit {low}')
        if max is not None and high is not None and max > high:
            raise ValueError(f'Range max {max} is above hyperparameter "{self.name}" limit {high}')
        current = self._raw().get("range")
        current_min = min if min is not None else (current.get("min") if is_object(current) else None)
        current_max = max if max is not None else (current.get("max") if is_object(current) else None)
        if current_min is not None and current_max is not None and current_min > current_max:
            raise ValueError(f'Invalid range for hyperparameter "{self.name}": min {current_min} > max {current_max}')
        if nb_values is not None and (not _is_int(nb_values) or nb_values < 2):
            raise ValueError(
                f'The range of hyperparameter "{self.name}" needs an integer number of values >= 2, not {nb_values!r}'
            )
        target = nested_dict(self._raw(), "range")
        if min is not None:
            target["min"] = min
        if max is not None:
            target["max"] = max
        if nb_values is not None:
            target["nbValues"] = nb_values

    def set_range(self, min: float | None = None, max: float | None = None, nb_values: int | None = None) -> None:
        """Search over a range: sets its bounds (and, for a grid search, its number of values) and the mode to
        ``RANGE``.
        """
        self._set_range(min=min, max=max, nb_values=nb_values)
        self.definition_mode = "RANGE"

    @property
    def range(self) -> NumericalHyperparameterSettings.RangeSettings:
        """The range searched (in ``RANGE`` mode), whose bounds can be set."""
        return NumericalHyperparameterSettings.RangeSettings(self)


class Range:
    """A range of a numerical hyperparameter, to assign to it: ``algo.n_estimators = Range(50, 200, nb_values=4)``."""

    def __init__(self, min: float, max: float, nb_values: int | None = None) -> None:
        for bound in (min, max):
            if not _is_number(bound):
                raise TypeError(f"Range bounds must be numbers, not {bound!r}")
        if min > max:
            raise ValueError(f"Invalid Range: min {min} is greater than max {max}")
        self.min = min
        self.max = max
        self.nb_values = nb_values

    def __repr__(self) -> str:
        return f"Range(min={self.min}, max={self.max}, nb_values={self.nb_values})"


class CategoricalHyperparameterSettings(HyperparameterSettings):
    """A hyperparameter searched over a set of categories, each enabled or not."""

    def __repr__(self) -> str:
        return f'{type(self).__name__}(hyperparameter="{self.name}", settings={json.dumps(self._raw())})'

    def _categories(self) -> dict[str, Any]:
        return nested_dict(self._raw(), "values")

    def set_values(self, values: list[str]) -> None:
        """Search over these categories only: they are enabled, every other one disabled."""
        if not _is_list(values):
            raise TypeError(f"Categorical hyperparameter {self.name} takes a list of strings, not {values!r}")
        possible = self.get_all_possible_values()
        for category in values:
            if not _is_str(category):
                raise TypeError(f"Categorical hyperparameter {self.name} takes strings, not {category!r}")
            if category not in possible:
                raise ValueError(
                    f'Invalid value "{category}" for categorical hyperparameter {self.name}: must be one of {possible}'
                )
        categories = self._categories()
        for category in possible:
            categories[category] = {"enabled": category in values}

    def get_values(self) -> list[str]:
        """The enabled categories."""
        return [name for name, state in self._categories().items() if is_object(state) and state.get("enabled")]

    def get_all_possible_values(self) -> list[str]:
        """Every category DSS lists for this hyperparameter."""
        return list(self._categories())


class SingleValueHyperparameterSettings(HyperparameterSettings):
    """A hyperparameter with one value (not searched)."""

    def __init__(
        self, name: str, algo_settings: PredictionAlgorithmSettings, accepted_types: list[type] | None = None
    ) -> None:
        super().__init__(name, algo_settings)
        self.accepted_types = accepted_types

    def __repr__(self) -> str:
        return f'{type(self).__name__}(hyperparameter="{self.name}", value={self._algo_settings.get(self.name)})'

    def set_value(self, value: SingleValue) -> None:
        """Set the value (of one of :meth:`get_accepted_types`, when the hyperparameter has them)."""
        if self.accepted_types is not None and not _is_instance(value, tuple(self.accepted_types)):
            names = [t.__name__ for t in self.accepted_types]
            raise TypeError(
                f"Invalid type for hyperparameter {self.name}: {type(value).__name__}, must be one of {names}"
            )
        self._algo_settings[self.name] = value

    def get_value(self) -> SingleValue:
        """The current value."""
        value: SingleValue = self._algo_settings.get(self.name)
        return value

    def get_accepted_types(self) -> list[type] | None:
        """The types the value may have (None: any)."""
        return self.accepted_types


class SingleCategoryHyperparameterSettings(HyperparameterSettings):
    """A hyperparameter holding one category (not searched)."""

    def __init__(
        self, name: str, algo_settings: PredictionAlgorithmSettings, accepted_values: list[str] | None = None
    ) -> None:
        super().__init__(name, algo_settings)
        self.accepted_values = accepted_values

    def __repr__(self) -> str:
        value = self._algo_settings.get(self.name)
        if self.accepted_values is not None:
            accepted = self.accepted_values
            return f'{type(self).__name__}(hyperparameter="{self.name}", value="{value}", accepted_values={accepted})'
        return f'{type(self).__name__}(hyperparameter="{self.name}", value="{value}")'

    def set_value(self, value: str) -> None:
        """Set the category (one of :meth:`get_all_possible_values`, when the hyperparameter lists them)."""
        if self.accepted_values is not None and value not in self.accepted_values:
            raise ValueError(
                f"Invalid value {value!r} for hyperparameter {self.name}: must be in {json.dumps(self.accepted_values)}"
            )
        self._algo_settings[self.name] = value

    def get_value(self) -> str:
        """The current category."""
        value: str = self._algo_settings[self.name]
        return value

    def get_all_possible_values(self) -> list[str] | None:
        """The accepted categories (None: any)."""
        return self.accepted_values


# Descriptors declaring an algorithm's hyperparameters: reading one gives its settings object
# (a view on the dict), assigning to it sets the hyperparameter as the official client's
# attribute assignments do (``algo.n_estimators = [100, 200]``, ``= Range(...)``, ...).
_HP = TypeVar("_HP", bound=HyperparameterSettings)
_SetT = TypeVar("_SetT")


class _Hyperparameter(Generic[_HP, _SetT]):
    def __init__(self, key: str) -> None:
        self.key = key

    def __set_name__(self, owner: type, name: str) -> None:
        self.attribute = name

    @overload
    def __get__(self, obj: None, owner: type) -> Self: ...
    @overload
    def __get__(self, obj: PredictionAlgorithmSettings, owner: type) -> _HP: ...
    def __get__(self, obj: PredictionAlgorithmSettings | None, owner: type) -> Self | _HP:
        if obj is None:
            return self
        return self.view(obj)

    def view(self, obj: PredictionAlgorithmSettings) -> _HP:
        raise NotImplementedError

    def __set__(self, obj: PredictionAlgorithmSettings, value: _SetT) -> None:
        raise NotImplementedError


class _Numerical(
    _Hyperparameter[NumericalHyperparameterSettings, Sequence[float] | Range | NumericalHyperparameterSettings]
):
    def view(self, obj: PredictionAlgorithmSettings) -> NumericalHyperparameterSettings:
        return NumericalHyperparameterSettings(self.key, obj)

    def __set__(
        self, obj: PredictionAlgorithmSettings, value: Sequence[float] | Range | NumericalHyperparameterSettings
    ) -> None:
        target = self.view(obj)
        if isinstance(value, NumericalHyperparameterSettings):
            source = value._raw()
            target_raw = target._raw()
            target.set_explicit_values(list(source["values"]))
            source_range = source.get("range")
            if is_object(source_range):
                target.set_range(
                    min=source_range.get("min"), max=source_range.get("max"), nb_values=source_range.get("nbValues")
                )
            target_raw["gridMode"] = source.get("gridMode", target_raw.get("gridMode"))
            target_raw["randomMode"] = source.get("randomMode", target_raw.get("randomMode"))
        elif isinstance(value, Range):
            target.set_range(min=value.min, max=value.max, nb_values=value.nb_values)
        elif _is_list(value) or _is_instance(value, tuple):
            target.set_explicit_values(value)
        else:
            raise TypeError(
                f"Invalid value for numerical hyperparameter {self.attribute}: "
                "expecting a list, a Range or a NumericalHyperparameterSettings"
            )


class _Categorical(_Hyperparameter[CategoricalHyperparameterSettings, Sequence[str]]):
    def view(self, obj: PredictionAlgorithmSettings) -> CategoricalHyperparameterSettings:
        return CategoricalHyperparameterSettings(self.key, obj)

    def __set__(self, obj: PredictionAlgorithmSettings, value: Sequence[str]) -> None:
        if not _is_list(value):
            raise TypeError(f"Categorical hyperparameter {self.key} takes a list of strings, not {value!r}")
        self.view(obj).set_values(list(value))


class _SingleValue(_Hyperparameter[SingleValueHyperparameterSettings, SingleValue]):
    def __init__(self, key: str, *accepted_types: type) -> None:
        super().__init__(key)
        self.accepted_types = list(accepted_types) if accepted_types else None

    def view(self, obj: PredictionAlgorithmSettings) -> SingleValueHyperparameterSettings:
        return SingleValueHyperparameterSettings(self.key, obj, accepted_types=self.accepted_types)

    def __set__(self, obj: PredictionAlgorithmSettings, value: SingleValue) -> None:
        self.view(obj).set_value(value)


class _SingleCategory(_Hyperparameter[SingleCategoryHyperparameterSettings, str]):
    def __init__(self, key: str, *accepted_values: str) -> None:
        super().__init__(key)
        self.accepted_values = list(accepted_values) if accepted_values else None

    def view(self, obj: PredictionAlgorithmSettings) -> SingleCategoryHyperparameterSettings:
        return SingleCategoryHyperparameterSettings(self.key, obj, accepted_values=self.accepted_values)

    def __set__(self, obj: PredictionAlgorithmSettings, value: str) -> None:
        self.view(obj).set_value(value)


class _Simple:
    """A plain parameter: reading it gives the value; assigning keeps its type."""

    def __init__(self, key: str) -> None:
        self.key = key

    def __set_name__(self, owner: type, name: str) -> None:
        self.attribute = name

    @overload
    def __get__(self, obj: None, owner: type) -> Self: ...
    @overload
    def __get__(self, obj: PredictionAlgorithmSettings, owner: type) -> SingleValue: ...
    def __get__(self, obj: PredictionAlgorithmSettings | None, owner: type) -> Self | SingleValue:
        if obj is None:
            return self
        value: SingleValue = obj.get(self.key)
        return value

    def __set__(self, obj: PredictionAlgorithmSettings, value: SingleValue) -> None:
        current = obj.get(self.key)
        if current is not None and not isinstance(value, type(current)):
            raise TypeError(
                f"Invalid type {type(value).__name__} for parameter {self.attribute}: expected {type(current).__name__}"
            )
        obj[self.key] = value


class PredictionAlgorithmSettings(dict[str, Any]):
    """The settings of a prediction algorithm: its dict in the task's ``modeling``, hyperparameters as attributes.

    It is the dict saved with the task (``settings["enabled"]``, ...). Each hyperparameter
    attribute is a settings object (:class:`NumericalHyperparameterSettings`, ...); assigning
    to it sets the hyperparameter: a list of values or a :class:`Range` for a numerical one,
    a list of categories for a categorical one, a value for a single-valued one.
    """

    def __init__(self, raw_settings: Mapping[str, Any], hyperparameter_search_params: Mapping[str, Any]) -> None:
        super().__init__(raw_settings)
        self._hyperparameter_search_params = hyperparameter_search_params

    def _hyperparameters(self) -> dict[str, _Hyperparameter[Any, Any] | _Simple]:
        found: dict[str, _Hyperparameter[Any, Any] | _Simple] = {}
        for klass in reversed(type(self).__mro__):
            for value in vars(klass).values():
                if isinstance(value, (_Hyperparameter, _Simple)):
                    found.pop(value.key, None)
                    found[value.key] = value
        return found

    def _get_all_hyperparameter_names(self) -> list[str]:
        return list(self._hyperparameters())

    def __repr__(self) -> str:
        return f"{type(self).__name__}(values={super().__repr__()})"

    __str__ = __repr__

    def _repr_html_(self) -> str:
        lines = [f"{type(self).__name__}(", f'    "enabled": {self.get("enabled")}']
        for key, declared in self._hyperparameters().items():
            shown = declared.view(self)._pretty_repr() if isinstance(declared, _Hyperparameter) else self.get(key)
            lines.append(f'    "{key}": {shown}')
        lines.append(")")
        return "<pre>" + html.escape("\n".join(lines)) + "</pre>"

    @property
    def enabled(self) -> bool:
        """Whether the algorithm is trained."""
        return bool(self.get("enabled", False))

    @enabled.setter
    def enabled(self, enabled: bool) -> None:
        if not _is_bool(enabled):
            raise TypeError(f"enabled must be a boolean, not {enabled!r}")
        self["enabled"] = enabled

    @property
    def strategy(self) -> str:
        """The task's hyperparameter search strategy (``GRID``, ``RANDOM``, ``BAYESIAN``), set on the task's
        :class:`HyperparameterSearchSettings`.
        """
        strategy: str = self._hyperparameter_search_params.get("strategy", "GRID")
        return strategy

    @strategy.setter
    def strategy(self, _: str) -> None:
        raise AttributeError(
            "The search strategy is a setting of the ML task: set it with "
            "settings.get_hyperparameter_search_settings().strategy = ..."
        )


class _RandomForestSettingsBase(PredictionAlgorithmSettings):
    n_estimators = _Numerical("n_estimators")
    min_samples_leaf = _Numerical("min_samples_leaf")
    max_tree_depth = _Numerical("max_tree_depth")
    max_feature_prop = _Numerical("max_feature_prop")
    max_features = _Numerical("max_features")
    n_jobs = _Simple("n_jobs")
    selection_mode = _SingleCategory("selection_mode", "sqrt", "log2", "number", "prop")


class TimeseriesRandomForestSettings(_RandomForestSettingsBase):
    """Random forest settings of a time series forecasting task."""


class RandomForestSettings(_RandomForestSettingsBase):
    """Random forest (and extra trees) settings."""

    allow_sparse_matrices = _SingleValue("allow_sparse_matrices", bool)


class _LightGBMSettingsBase(PredictionAlgorithmSettings):
    boosting_type = _Categorical("boosting_type")
    num_leaves = _Numerical("num_leaves")
    learning_rate = _Numerical("learning_rate")
    n_estimators = _Numerical("n_estimators")
    min_split_gain = _Numerical("min_split_gain")
    min_child_weight = _Numerical("min_child_weight")
    min_child_samples = _Numerical("min_child_samples")
    colsample_bytree = _Numerical("colsample_bytree")
    reg_alpha = _Numerical("reg_alpha")
    reg_lambda = _Numerical("reg_lambda")
    random_state = _SingleValue("random_state", int)
    n_jobs = _SingleValue("n_jobs", int)
    max_depth = _SingleValue("max_depth", int)
    subsample = _SingleValue("subsample", float)
    subsample_freq = _SingleValue("subsample_freq", int)
    use_bagging = _SingleValue("use_bagging", bool)


class TimeseriesLightGBMSettings(_LightGBMSettingsBase):
    """LightGBM settings of a time series forecasting task."""


class LightGBMSettings(_LightGBMSettingsBase):
    """LightGBM settings."""

    early_stopping = _SingleValue("early_stopping", bool)
    early_stopping_rounds = _SingleValue("early_stopping_rounds", int)
    allow_sparse_matrices = _SingleValue("allow_sparse_matrices", bool)


class CatBoostSettings(PredictionAlgorithmSettings):
    """CatBoost settings."""

    learning_rate = _Numerical("learning_rate")
    max_depth = _Numerical("max_depth")
    l2_leaf_reg = _Numerical("l2_leaf_reg")
    border_count = _Numerical("border_count")
    random_strength = _Numerical("random_strength")
    min_data_in_leaf = _Numerical("min_data_in_leaf")
    bagging_temperature = _Numerical("bagging_temperature")
    border_count_mode_auto = _SingleValue("border_count_mode_auto", bool)
    bootstrap_type = _SingleCategory("bootstrap_type", "Auto", "Bayesian", "Bernoulli", "MVS", "No")
    grow_policy = _SingleCategory("grow_policy", "SymmetricTree", "Depthwise", "Lossguide")
    nthread = _SingleValue("nthread", int)
    n_estimators = _SingleValue("n_estimators", int)
    enable_early_stopping = _SingleValue("enable_early_stopping", bool)
    early_stopping_rounds = _SingleValue("early_stopping_rounds", int)


class AbstractTabICLSettings(PredictionAlgorithmSettings):
    """Settings shared by the TabICL algorithms."""

    n_estimators = _Numerical("n_estimators")
    norm_none = _SingleValue("norm_none", bool)
    norm_power = _SingleValue("norm_power", bool)
    norm_quantile = _SingleValue("norm_quantile", bool)
    norm_quantile_rtdl = _SingleValue("norm_quantile_rtdl", bool)
    norm_robust = _SingleValue("norm_robust", bool)
    random_state = _SingleValue("random_state")
    n_jobs = _SingleValue("n_jobs")
    batch_size = _SingleValue("batch_size")
    outlier_threshold = _SingleValue("outlier_threshold")


class AbstractTabICLClassificationSettings(AbstractTabICLSettings):
    """Settings shared by the TabICL classification algorithms."""

    softmax_temperature = _SingleValue("softmax_temperature")


class AbstractTabICLv2Settings(AbstractTabICLSettings):
    """Settings shared by the TabICL v2 algorithms."""

    offload_mode = _SingleCategory("offload_mode", "auto", "gpu", "cpu", "disk")


class TabICLSettings(AbstractTabICLClassificationSettings):
    """TabICL (classification) settings."""

    class_shift = _Categorical("class_shift")


class TabICLv2ClassificationSettings(AbstractTabICLClassificationSettings, AbstractTabICLv2Settings):
    """TabICL v2 classification settings."""

    class_shuffle_method = _SingleCategory("class_shuffle_method", "none", "shift", "random", "latin")


class TabICLv2RegressionSettings(AbstractTabICLv2Settings):
    """TabICL v2 regression settings."""


_XGBOOST_NO_CUDA = (
    "The XGBoost enable_cuda parameter has been removed. To enable GPU execution, please do so in the MLTask settings."
)


class _XGBoostSettingsBase(PredictionAlgorithmSettings):
    max_depth = _Numerical("max_depth")
    learning_rate = _Numerical("learning_rate")
    gamma = _Numerical("gamma")
    min_child_weight = _Numerical("min_child_weight")
    max_delta_step = _Numerical("max_delta_step")
    subsample = _Numerical("subsample")
    colsample_bytree = _Numerical("colsample_bytree")
    colsample_bylevel = _Numerical("colsample_bylevel")
    alpha = _Numerical("alpha")
    lambda_ = _Numerical("lambda")
    booster = _Categorical("booster")
    objective = _Categorical("objective")
    n_estimators = _SingleValue("n_estimators", int)
    nthread = _Simple("nthread")
    scale_pos_weight = _SingleValue("scale_pos_weight", int, float)
    base_score = _SingleValue("base_score", int, float)
    impute_missing = _SingleValue("impute_missing", bool)
    missing = _SingleValue("missing", int, float)
    tree_method = _SingleCategory("tree_method", "auto", "exact", "approx", "hist")
    seed = _SingleValue("seed", int)
    tweedie_variance_power = _SingleValue("tweedie_variance_power", int, float)

    @property
    def enable_cuda(self) -> NoReturn:
        """Removed from DSS: GPU execution is a setting of the ML task (reading or setting it raises AttributeError)."""
        raise AttributeError(_XGBOOST_NO_CUDA)

    @enable_cuda.setter
    def enable_cuda(self, value: object) -> None:
        raise AttributeError(_XGBOOST_NO_CUDA)

    @property
    def cpu_tree_method(self) -> SingleCategoryHyperparameterSettings:
        """Deprecated: :attr:`tree_method`."""
        warnings.warn("cpu_tree_method is deprecated, use tree_method", DeprecationWarning, stacklevel=2)
        return self.tree_method

    @cpu_tree_method.setter
    def cpu_tree_method(self, value: str) -> None:
        warnings.warn("cpu_tree_method is deprecated, use tree_method", DeprecationWarning, stacklevel=2)
        self.tree_method.set_value(value)

    @property
    def gpu_tree_method(self) -> SingleCategoryHyperparameterSettings:
        """Deprecated: :attr:`tree_method` (``gpu_exact`` is ``exact``, ``gpu_hist`` is ``hist``)."""
        warnings.warn("gpu_tree_method is deprecated, use tree_method", DeprecationWarning, stacklevel=2)
        return self.tree_method

    @gpu_tree_method.setter
    def gpu_tree_method(self, value: str) -> None:
        warnings.warn("gpu_tree_method is deprecated, use tree_method", DeprecationWarning, stacklevel=2)
        self.tree_method.set_value({"gpu_exact": "exact", "gpu_hist": "hist"}.get(value, value))


class TimeseriesXGBoostSettings(_XGBoostSettingsBase):
    """XGBoost settings of a time series forecasting task."""


class XGBoostSettings(_XGBoostSettingsBase):
    """XGBoost settings."""

    enable_early_stopping = _SingleValue("enable_early_stopping", bool)
    early_stopping_rounds = _SingleValue("early_stopping_rounds", int)
    allow_sparse_matrices = _SingleValue("allow_sparse_matrices", bool)


class GradientBoostedTreesSettings(PredictionAlgorithmSettings):
    """Gradient boosted trees settings."""

    n_estimators = _Numerical("n_estimators")
    max_depth = _Numerical("max_depth")
    min_samples_leaf = _Numerical("min_samples_leaf")
    max_features = _Numerical("max_features")
    max_feature_prop = _Numerical("max_feature_prop")
    learning_rate = _Numerical("learning_rate")
    loss = _Categorical("loss")
    selection_mode = _SingleCategory("selection_mode", "sqrt", "log2", "number", "prop")


class DecisionTreeSettings(PredictionAlgorithmSettings):
    """Decision tree settings."""

    max_depth = _Numerical("max_depth")
    min_samples_leaf = _Numerical("min_samples_leaf")
    criterion = _Categorical("criterion")
    splitter = _Categorical("splitter")


class LogitSettings(PredictionAlgorithmSettings):
    """Logistic regression settings."""

    C = _Numerical("C")
    penalty = _Categorical("penalty")
    multi_class = _SingleCategory("multi_class", "multinomial", "ovr")
    n_jobs = _Simple("n_jobs")


class RidgeRegressionSettings(PredictionAlgorithmSettings):
    """Ridge regression settings."""

    alpha = _Numerical("alpha")
    alpha_mode = _SingleCategory("alphaMode", "MANUAL", "AUTO")


class LassoRegressionSettings(PredictionAlgorithmSettings):
    """Lasso regression settings."""

    alpha = _Numerical("alpha")
    alpha_mode = _SingleCategory("alphaMode", "MANUAL", "AUTO_CV", "AUTO_IC")


class OLSSettings(PredictionAlgorithmSettings):
    """Ordinary least squares settings."""

    n_jobs = _Simple("n_jobs")


class LARSSettings(PredictionAlgorithmSettings):
    """Least angle regression settings."""

    max_features = _SingleValue("max_features", int)
    K = _SingleValue("K", int)


class SGDSettings(PredictionAlgorithmSettings):
    """Stochastic gradient descent settings."""

    alpha = _Numerical("alpha")
    loss = _Categorical("loss")
    penalty = _Categorical("penalty")
    l1_ratio = _SingleValue("l1_ratio", int, float)
    max_iter = _SingleValue("max_iter", int)
    tol = _SingleValue("tol", int, float)
    n_jobs = _Simple("n_jobs")


class KNNSettings(PredictionAlgorithmSettings):
    """K nearest neighbors settings."""

    k = _Numerical("k")
    algorithm = _SingleCategory("algorithm", "auto", "kd_tree", "ball_tree", "brute")
    distance_weighting = _SingleValue("distance_weighting", bool)
    p = _SingleValue("p", int)
    leaf_size = _SingleValue("leaf_size", int)


class SVMSettings(PredictionAlgorithmSettings):
    """Support vector machine settings."""

    custom_gamma = _Numerical("custom_gamma")
    C = _Numerical("C")
    gamma = _Categorical("gamma")
    kernel = _Categorical("kernel")
    coef0 = _SingleValue("coef0", int, float)
    tol = _SingleValue("tol", int, float)
    max_iter = _SingleValue("max_iter", int)


class SingleLayerPerceptronSettings(PredictionAlgorithmSettings):
    """Neural network (multi-layer perceptron) settings."""

    layer_sizes = _Numerical("layer_sizes")
    activation = _SingleCategory("activation", "relu", "identity", "logistic", "tanh")
    solver = _SingleCategory("solver", "adam", "sgd")
    alpha = _SingleValue("alpha", int, float)
    batch_size = _SingleValue("batch_size", int)
    auto_batch = _SingleValue("auto_batch", bool)
    max_iter = _SingleValue("max_iter", int)
    seed = _SingleValue("seed", int)
    tol = _SingleValue("tol", int, float)
    early_stopping = _SingleValue("early_stopping", bool)
    validation_fraction = _SingleValue("validation_fraction", int, float)
    beta_1 = _SingleValue("beta_1", int, float)
    beta_2 = _SingleValue("beta_2", int, float)
    epsilon = _SingleValue("epsilon", int, float)
    learning_rate = _SingleCategory("learning_rate", "constant", "invscaling", "adaptive")
    power_t = _SingleValue("power_t", int, float)
    momentum = _SingleValue("momentum", int, float)
    nesterovs_momentum = _SingleValue("nesterovs_momentum", bool)
    shuffle = _SingleValue("shuffle", bool)
    learning_rate_init = _SingleValue("learning_rate_init", int, float)


_DNN_NO_DEVICE = (
    "The Deep Neural Network device parameter has been removed. "
    "To enable GPU execution, please do so in the MLTask settings."
)


class DeepNeuralNetworkSettings(PredictionAlgorithmSettings):
    """Deep neural network settings."""

    learning_rate = _Numerical("learning_rate")
    hidden_layers = _Numerical("hidden_layers")
    units = _Numerical("units")
    batch_size = _SingleValue("batch_size", int)
    max_epochs = _SingleValue("max_epochs", int)
    early_stopping_enabled = _SingleValue("early_stopping_enabled", bool)
    early_stopping_patience = _SingleValue("early_stopping_patience", int)
    early_stopping_threshold = _SingleValue("early_stopping_threshold", float)

    @property
    def device(self) -> NoReturn:
        """Removed from DSS: GPU execution is a setting of the ML task (reading or setting it raises AttributeError)."""
        raise AttributeError(_DNN_NO_DEVICE)

    @device.setter
    def device(self, value: object) -> None:
        raise AttributeError(_DNN_NO_DEVICE)


class MLLibLogitSettings(PredictionAlgorithmSettings):
    """MLlib logistic regression settings."""

    reg_param = _Numerical("reg_param")
    enet_param = _Numerical("enet_param")
    max_iter = _SingleValue("max_iter", int)


class MLLibNaiveBayesSettings(PredictionAlgorithmSettings):
    """MLlib naive Bayes settings."""

    lambda_ = _Numerical("lambda")


class MLLibLinearRegressionSettings(PredictionAlgorithmSettings):
    """MLlib linear regression settings."""

    reg_param = _Numerical("reg_param")
    enet_param = _Numerical("enet_param")
    max_iter = _SingleValue("max_iter", int)


class MLLibDecisionTreeSettings(PredictionAlgorithmSettings):
    """MLlib decision tree settings."""

    max_depth = _Numerical("max_depth")
    cache_node_ids = _Simple("cache_node_ids")
    checkpoint_interval = _SingleValue("checkpoint_interval", int)
    max_bins = _SingleValue("max_bins", int)
    max_memory_mb = _Simple("max_memory_mb")
    min_info_gain = _SingleValue("min_info_gain", int, float)
    min_instance_per_node = _SingleValue("min_instance_per_node", int)


class _MLLibTreeEnsembleSettings(PredictionAlgorithmSettings):
    max_depth = _Numerical("max_depth")
    num_trees = _Numerical("num_trees")
    cache_node_ids = _Simple("cache_node_ids")
    checkpoint_interval = _SingleValue("checkpoint_interval", int)
    max_bins = _SingleValue("max_bins", int)
    max_memory_mb = _Simple("max_memory_mb")
    min_info_gain = _SingleValue("min_info_gain", int, float)
    min_instance_per_node = _SingleValue("min_instance_per_node", int)
    seed = _SingleValue("seed", int)
    subsampling_rate = _SingleValue("subsampling_rate", int, float)


class MLLibRandomForestSettings(_MLLibTreeEnsembleSettings):
    """MLlib random forest settings."""

    impurity = _SingleCategory("impurity", "gini", "entropy", "variance")
    subset_strategy = _SingleCategory("subset_strategy", "auto", "all", "onethird", "sqrt", "log2")


class MLLibGBTSettings(_MLLibTreeEnsembleSettings):
    """MLlib gradient boosted trees settings."""

    step_size = _Numerical("step_size")


class SeasonalNaiveSettings(PredictionAlgorithmSettings):
    """Seasonal naive forecasting settings."""

    season_length = _Numerical("season_length")


class AutoArimaSettings(PredictionAlgorithmSettings):
    """Auto-ARIMA forecasting settings."""

    m = _Numerical("m")
    information_criterion = _Categorical("information_criterion")
    test = _Categorical("test")
    seasonal_test = _Categorical("seasonal_test")
    method = _Categorical("method")
    start_p = _SingleValue("start_p", int)
    max_p = _SingleValue("max_p", int)
    d = _SingleValue("d", int, type(None))
    max_d = _SingleValue("max_d", int)
    start_q = _SingleValue("start_q", int)
    max_q = _SingleValue("max_q", int)
    start_P = _SingleValue("start_P", int)
    max_P = _SingleValue("max_P", int)
    D = _SingleValue("D", int, type(None))
    max_D = _SingleValue("max_D", int)
    start_Q = _SingleValue("start_Q", int)
    max_Q = _SingleValue("max_Q", int)
    max_order = _SingleValue("max_order", int)
    stationary = _SingleValue("stationary", bool)
    maxiter = _SingleValue("maxiter", int)


class ArimaSettings(PredictionAlgorithmSettings):
    """ARIMA forecasting settings."""

    p = _SingleValue("p", int)
    d = _SingleValue("d", int)
    q = _SingleValue("q", int)
    P = _SingleValue("P", int)
    D = _SingleValue("D", int)
    Q = _SingleValue("Q", int)
    s = _SingleValue("s", int)
    trend = _SingleCategory("trend", "n", "c", "t", "ct")
    trend_offset = _SingleValue("trend_offset", int)
    enforce_stationarity = _SingleValue("enforce_stationarity", bool)
    enforce_invertibility = _SingleValue("enforce_invertibility", bool)
    concentrate_scale = _SingleValue("concentrate_scale", bool)


class CrostonSettings(PredictionAlgorithmSettings):
    """Croston forecasting settings."""

    variant = _Categorical("variant")
    alpha_d = _Numerical("alpha_d")
    alpha_p = _Numerical("alpha_p")


class ETSSettings(PredictionAlgorithmSettings):
    """Exponential smoothing (ETS) forecasting settings."""

    trend = _Categorical("trend")
    damped_trend = _Categorical("damped_trend")
    seasonal = _Categorical("seasonal")
    error = _Categorical("error")
    seasonal_periods = _SingleValue("seasonal_periods", int)
    include_unstable = _SingleValue("include_unstable", bool)
    seed = _SingleValue("seed", int)


class NHITSSettings(PredictionAlgorithmSettings):
    """N-HiTS forecasting settings."""

    context_length = _Numerical("context_length")
    learning_rate = _Numerical("learning_rate")
    batch_size = _SingleValue("batch_size", int)
    max_steps = _SingleValue("max_steps", int)
    patience = _SingleValue("patience", int)
    random_state = _SingleValue("random_state", int)


class TFTSettings(PredictionAlgorithmSettings):
    """Temporal fusion transformer forecasting settings."""

    context_length = _Numerical("context_length")
    hidden_size_factor = _Numerical("hidden_size_factor")
    learning_rate = _Numerical("learning_rate")
    n_rnn_layers = _Numerical("n_rnn_layers")
    n_head = _Numerical("n_head")
    batch_size = _SingleValue("batch_size", int)
    max_steps = _SingleValue("max_steps", int)
    patience = _SingleValue("patience", int)
    random_state = _SingleValue("random_state", int)
    max_hidden_size = _SingleValue("max_hidden_size", int)
    limit_hidden_size = _SingleValue("limit_hidden_size", bool)


class SeasonalLoessSettings(PredictionAlgorithmSettings):
    """Seasonal LOESS (STL) forecasting settings."""

    period = _Numerical("period")
    seasonal = _Numerical("seasonal")
    trend = _Numerical("trend")
    low_pass = _Numerical("low_pass")
    seasonal_deg = _Categorical("seasonal_deg")
    trend_deg = _Categorical("trend_deg")
    low_pass_deg = _Categorical("low_pass_deg")
    seasonal_jump = _Numerical("seasonal_jump")
    trend_jump = _Numerical("trend_jump")
    low_pass_jump = _Numerical("low_pass_jump")
    auto_trend = _SingleValue("auto_trend", bool)
    auto_low_pass = _SingleValue("auto_low_pass", bool)


class ProphetSettings(PredictionAlgorithmSettings):
    """Prophet forecasting settings."""

    growth = _SingleCategory("growth", "linear", "logistic", "flat")
    floor = _SingleValue("floor", float)
    cap = _SingleValue("cap", float)
    n_changepoints = _SingleValue("n_changepoints", int)
    changepoint_range = _SingleValue("changepoint_range", float)
    yearly_seasonality = _SingleCategory("yearly_seasonality", "auto", "always", "never")
    weekly_seasonality = _SingleCategory("weekly_seasonality", "auto", "always", "never")
    daily_seasonality = _SingleCategory("daily_seasonality", "auto", "always", "never")
    seed = _SingleValue("seed", int)
    seasonality_mode = _Categorical("seasonality_mode")
    seasonality_prior_scale = _Numerical("seasonality_prior_scale")
    changepoint_prior_scale = _Numerical("changepoint_prior_scale")
    holidays_prior_scale = _Numerical("holidays_prior_scale")


class GluonTSNPTSForecasterSettings(PredictionAlgorithmSettings):
    """GluonTS NPTS forecaster settings."""

    context_length = _Numerical("context_length")
    kernel_type = _Categorical("kernel_type")
    exp_kernel_weights = _Numerical("exp_kernel_weights")
    feature_scale = _Numerical("feature_scale")
    full_context = _SingleValue("full_context", bool)
    use_seasonal_model = _SingleValue("use_seasonal_model", bool)
    use_default_time_features = _SingleValue("use_default_time_features", bool)
    seed = _SingleValue("seed", int)


class GluonTSTorchSimpleFeedForwardSettings(PredictionAlgorithmSettings):
    """GluonTS (torch) simple feed-forward settings."""

    context_length = _Numerical("context_length")
    distr_output = _Categorical("distr_output")
    batch_normalization = _Categorical("batch_normalization")
    mean_scaling = _Categorical("mean_scaling")
    num_hidden_dimensions = _SingleValue("num_hidden_dimensions", list)
    full_context = _SingleValue("full_context", bool)
    batch_size = _SingleValue("batch_size", int)
    epochs = _SingleValue("epochs", int)
    auto_num_batches_per_epoch = _SingleValue("auto_num_batches_per_epoch", bool)
    num_batches_per_epoch = _SingleValue("num_batches_per_epoch", int)
    seed = _SingleValue("seed", int)


class GluonTSTorchDeepARSettings(PredictionAlgorithmSettings):
    """GluonTS (torch) DeepAR settings."""

    context_length = _Numerical("context_length")
    num_layers = _Numerical("num_layers")
    num_cells = _Numerical("num_cells")
    dropout_rate = _Numerical("dropout_rate")
    distr_output = _Categorical("distr_output")
    full_context = _SingleValue("full_context", bool)
    scaling = _SingleValue("scaling", bool)
    num_parallel_samples = _SingleValue("num_parallel_samples", int)
    minimum_scale = _SingleValue("minimum_scale", float)
    batch_size = _SingleValue("batch_size", int)
    epochs = _SingleValue("epochs", int)
    auto_num_batches_per_epoch = _SingleValue("auto_num_batches_per_epoch", bool)
    num_batches_per_epoch = _SingleValue("num_batches_per_epoch", int)
    seed = _SingleValue("seed", int)


class GluonTSSimpleFeedForwardSettings(PredictionAlgorithmSettings):
    """GluonTS simple feed-forward settings."""

    context_length = _Numerical("context_length")
    distr_output = _Categorical("distr_output")
    batch_normalization = _Categorical("batch_normalization")
    mean_scaling = _Categorical("mean_scaling")
    num_hidden_dimensions = _SingleValue("num_hidden_dimensions", list)
    full_context = _SingleValue("full_context", bool)
    num_parallel_samples = _SingleValue("num_parallel_samples", int)
    batch_size = _SingleValue("batch_size", int)
    epochs = _SingleValue("epochs", int)
    auto_num_batches_per_epoch = _SingleValue("auto_num_batches_per_epoch", bool)
    num_batches_per_epoch = _SingleValue("num_batches_per_epoch", int)
    seed = _SingleValue("seed", int)


class GluonTSDeepARSettings(PredictionAlgorithmSettings):
    """GluonTS DeepAR settings."""

    context_length = _Numerical("context_length")
    num_layers = _Numerical("num_layers")
    num_cells = _Numerical("num_cells")
    cell_type = _Categorical("cell_type")
    dropoutcell_type = _Categorical("dropoutcell_type")
    dropout_rate = _Numerical("dropout_rate")
    alpha = _Numerical("alpha")
    beta = _Numerical("beta")
    distr_output = _Categorical("distr_output")
    full_context = _SingleValue("full_context", bool)
    scaling = _SingleValue("scaling", bool)
    num_parallel_samples = _SingleValue("num_parallel_samples", int)
    minimum_scale = _SingleValue("minimum_scale", float)
    batch_size = _SingleValue("batch_size", int)
    epochs = _SingleValue("epochs", int)
    auto_num_batches_per_epoch = _SingleValue("auto_num_batches_per_epoch", bool)
    num_batches_per_epoch = _SingleValue("num_batches_per_epoch", int)
    seed = _SingleValue("seed", int)


class GluonTSTransformerSettings(PredictionAlgorithmSettings):
    """GluonTS transformer settings."""

    context_length = _Numerical("context_length")
    model_dim = _Numerical("model_dim")
    inner_ff_dim_scale = _Numerical("inner_ff_dim_scale")
    num_heads = _Numerical("num_heads")
    dropout_rate = _Numerical("dropout_rate")
    distr_output = _Categorical("distr_output")
    full_context = _SingleValue("full_context", bool)
    num_parallel_samples = _SingleValue("num_parallel_samples", int)
    batch_size = _SingleValue("batch_size", int)
    epochs = _SingleValue("epochs", int)
    auto_num_batches_per_epoch = _SingleValue("auto_num_batches_per_epoch", bool)
    num_batches_per_epoch = _SingleValue("num_batches_per_epoch", int)
    seed = _SingleValue("seed", int)


class GluonTSMQCNNSettings(PredictionAlgorithmSettings):
    """GluonTS MQ-CNN settings."""

    context_length = _Numerical("context_length")
    full_context = _SingleValue("full_context", bool)
    seed = _SingleValue("seed", int)
    decoder_mlp_dim_seq = _SingleValue("decoder_mlp_dim_seq", list)
    channels_seq = _SingleValue("channels_seq", list)
    dilation_seq = _SingleValue("dilation_seq", list)
    kernel_size_seq = _SingleValue("kernel_size_seq", list)
    scaling = _SingleValue("scaling", bool)
    batch_size = _SingleValue("batch_size", int)
    epochs = _SingleValue("epochs", int)
    auto_num_batches_per_epoch = _SingleValue("auto_num_batches_per_epoch", bool)
    num_batches_per_epoch = _SingleValue("num_batches_per_epoch", int)


class CausalForestSettings(PredictionAlgorithmSettings):
    """Causal forest settings."""

    n_estimators = _Numerical("n_estimators")
    max_depth = _Numerical("max_depth")
    min_samples_leaf = _Numerical("min_samples_leaf")
    max_feature_prop = _Numerical("max_feature_prop")
    max_features = _Numerical("max_features")
    criterion = _Categorical("criterion")
    selection_mode = _SingleCategory("selection_mode", "auto", "sqrt", "log2", "number", "prop")
    honest = _SingleValue("honest", bool)
    n_jobs = _Simple("n_jobs")


class PredictionAlgorithmMeta:
    """An algorithm's key in the task's ``modeling`` settings and the class of its settings."""

    def __init__(
        self,
        algorithm_name: str,
        algorithm_settings_class: type[PredictionAlgorithmSettings] = PredictionAlgorithmSettings,
    ) -> None:
        self.algorithm_name = algorithm_name
        self.algorithm_settings_class = algorithm_settings_class

    def __repr__(self) -> str:
        return f"PredictionAlgorithmMeta({self.algorithm_name!r}, {self.algorithm_settings_class.__name__})"


# ---------------------------------------------------------------------------------------------
# Search, split, assertions: views on parts of the task's settings (they make no call)
# ---------------------------------------------------------------------------------------------

_SEARCH_STRATEGIES = ("GRID", "RANDOM", "BAYESIAN")
_VALIDATION_MODES = ("KFOLD", "SHUFFLE", "TIME_SERIES_KFOLD", "TIME_SERIES_SINGLE_SPLIT", "CUSTOM")


def _check_int(value: int, what: str, *, minimum: int | None = None) -> int:
    if not _is_int(value) or (minimum is not None and value < minimum):
        more = f" >= {minimum}" if minimum is not None else ""
        raise ValueError(f"{what} must be an integer{more}, not {value!r}")
    return value


def _check_bool(value: bool, what: str) -> bool:
    if not _is_bool(value):
        raise TypeError(f"{what} must be a boolean, not {value!r}")
    return value


class HyperparameterSearchSettings:
    """A prediction task's hyperparameter search (``modeling.gridSearchParams``): strategy, validation, limits.

    A view on the task's settings: changes are saved with the task's settings.
    """

    def __init__(self, raw_settings: MLTaskGridSearchParams) -> None:
        self._raw_settings = raw_settings

    @property
    def _raw(self) -> dict[str, Any]:
        return cast("dict[str, Any]", self._raw_settings)

    def get_raw(self) -> MLTaskGridSearchParams:
        """The search settings as a dict (the task's own: changes are saved with it)."""
        return self._raw_settings

    def __repr__(self) -> str:
        return f"{type(self).__name__}(settings={self._raw_settings})"

    __str__ = __repr__

    def _set_seed(self, seed: int | None) -> None:
        if seed is not None:
            self._raw["seed"] = _check_int(seed, "seed")

    def _set_cv_seed(self, seed: int | None) -> None:
        if seed is not None:
            self._raw["cvSeed"] = _check_int(seed, "cv_seed")

    @property
    def strategy(self) -> str:
        """``GRID``, ``RANDOM`` or ``BAYESIAN``."""
        strategy: str = self._raw["strategy"]
        return strategy

    @strategy.setter
    def strategy(self, strategy: str) -> None:
        if strategy not in _SEARCH_STRATEGIES:
            raise ValueError(f"Search strategy must be one of {list(_SEARCH_STRATEGIES)}, not {strategy!r}")
        self._raw["strategy"] = strategy

    def set_grid_search(self, shuffle: bool | None = True, seed: int | None = 1337) -> None:
        """Search the grid of hyperparameters (in a shuffled order when ``shuffle``)."""
        if shuffle is not None:
            self._raw["randomized"] = _check_bool(shuffle, "shuffle")
        self._set_seed(seed)
        self._raw["strategy"] = "GRID"

    def set_random_search(self, seed: int | None = 1337) -> None:
        """Search hyperparameters at random."""
        self._set_seed(seed)
        self._raw["strategy"] = "RANDOM"

    def set_bayesian_search(self, seed: int | None = 1337) -> None:
        """Search hyperparameters by Bayesian optimization."""
        self._set_seed(seed)
        self._raw["strategy"] = "BAYESIAN"

    @property
    def validation_mode(self) -> str:
        """``KFOLD``, ``SHUFFLE``, ``TIME_SERIES_KFOLD``, ``TIME_SERIES_SINGLE_SPLIT`` or ``CUSTOM``."""
        mode: str = self._raw["mode"]
        return mode

    @validation_mode.setter
    def validation_mode(self, mode: str) -> None:
        if mode not in _VALIDATION_MODES:
            raise ValueError(f"Validation mode must be one of {list(_VALIDATION_MODES)}, not {mode!r}")
        self._raw["mode"] = mode

    @property
    def fold_offset(self) -> bool:
        """Whether cross-validation folds are offset from cross-test folds (time series forecasting)."""
        return bool(self._raw["foldOffset"])

    @fold_offset.setter
    def fold_offset(self, value: bool) -> None:
        self._raw["foldOffset"] = _check_bool(value, "fold_offset")

    @property
    def equal_duration_folds(self) -> bool:
        """Whether every k-fold fold spans the same duration (time series forecasting)."""
        return bool(self._raw["equalDurationFolds"])

    @equal_duration_folds.setter
    def equal_duration_folds(self, value: bool) -> None:
        self._raw["equalDurationFolds"] = _check_bool(value, "equal_duration_folds")

    @property
    def cv_seed(self) -> int:
        """The seed splitting the data during the search."""
        seed: int = self._raw["cvSeed"]
        return seed

    @cv_seed.setter
    def cv_seed(self, seed: int) -> None:
        self._set_cv_seed(seed)

    def set_kfold_validation(
        self, n_folds: int | None = 5, stratified: bool | None = True, cv_seed: int | None = 1337
    ) -> None:
        """Validate by k-fold (``TIME_SERIES_KFOLD`` when the search was a time series single split)."""
        if n_folds is not None:
            _check_int(n_folds, "n_folds", minimum=1)
        if stratified is not None:
            _check_bool(stratified, "stratified")
        self._raw["mode"] = "TIME_SERIES_KFOLD" if self._raw.get("mode") == "TIME_SERIES_SINGLE_SPLIT" else "KFOLD"
        if n_folds is not None:
            self._raw["nFolds"] = n_folds
        if stratified is not None:
            self._raw["stratified"] = stratified
        self._set_cv_seed(cv_seed)

    def set_single_split_validation(
        self, split_ratio: float | None = 0.8, stratified: bool | None = True, cv_seed: int | None = 1337
    ) -> None:
        """Validate on one split (``TIME_SERIES_SINGLE_SPLIT`` when the search was a time series k-fold)."""
        if split_ratio is not None and (not _is_instance(split_ratio, float) or not 0 < split_ratio < 1):
            raise ValueError(f"split_ratio must be a float strictly between 0 and 1, not {split_ratio!r}")
        if stratified is not None:
            _check_bool(stratified, "stratified")
        self._raw["mode"] = "TIME_SERIES_SINGLE_SPLIT" if self._raw.get("mode") == "TIME_SERIES_KFOLD" else "SHUFFLE"
        if split_ratio is not None:
            self._raw["splitRatio"] = split_ratio
        if stratified is not None:
            self._raw["stratified"] = stratified
        self._set_cv_seed(cv_seed)

    def set_custom_validation(self, code: str | None = None) -> None:
        """Validate with custom code (which must define a scikit-learn CV splitter named ``cv``)."""
        if code is not None and not _is_str(code):
            raise TypeError(f"code must be a string of Python code, not {code!r}")
        self._raw["mode"] = "CUSTOM"
        if code is not None:
            self._raw["code"] = code

    def set_search_distribution(self, distributed: bool = False, n_containers: int | None = 4) -> None:
        """Distribute the search over Kubernetes containers, or not."""
        _check_bool(distributed, "distributed")
        if n_containers is not None:
            self._raw["nContainers"] = _check_int(n_containers, "n_containers")
        self._raw["distributed"] = distributed

    @property
    def distributed(self) -> bool:
        """Whether the search is distributed."""
        return bool(self._raw["distributed"])

    @distributed.setter
    def distributed(self, distributed: bool) -> None:
        self._raw["distributed"] = _check_bool(distributed, "distributed")

    @property
    def timeout(self) -> int:
        """The search's time limit."""
        timeout: int = self._raw["timeout"]
        return timeout

    @timeout.setter
    def timeout(self, timeout: int) -> None:
        self._raw["timeout"] = _check_int(timeout, "timeout")

    @property
    def n_iter(self) -> int:
        """The number of search iterations (``nIter`` for a grid search, ``nIterRandom`` otherwise)."""
        key = "nIter" if self._raw.get("strategy") == "GRID" else "nIterRandom"
        n_iter: int = self._raw[key]
        return n_iter

    @n_iter.setter
    def n_iter(self, n_iter: int) -> None:
        key = "nIter" if self._raw.get("strategy") == "GRID" else "nIterRandom"
        self._raw[key] = _check_int(n_iter, "n_iter")

    @property
    def parallelism(self) -> int:
        """The number of threads of the search."""
        n_jobs: int = self._raw["nJobs"]
        return n_jobs

    @parallelism.setter
    def parallelism(self, n_jobs: int) -> None:
        self._raw["nJobs"] = _check_int(n_jobs, "parallelism")


class _Buildable(Protocol):
    def build(self) -> Any: ...


def _built(value: _Buildable | Mapping[str, Any]) -> Any:
    """A selection or filter as DSS takes it: a builder's ``build()``, or the dict itself."""
    if isinstance(value, Mapping):
        return value
    return value.build()


class PredictionSplitParamsHandler:
    """The train/test split of a prediction task (``splitParams``), edited in the task's settings."""

    SPLIT_PARAMS_KEY = "splitParams"

    def __init__(self, mltask_settings: dict[str, Any]) -> None:
        self.mltask_settings = mltask_settings

    def get_raw(self) -> MLSplitParams:
        """The split settings as a dict (the task's own: changes are saved with it)."""
        raw: MLSplitParams = self.mltask_settings[self.SPLIT_PARAMS_KEY]
        return raw

    def _split(self) -> dict[str, Any]:
        return nested_dict(self.mltask_settings, self.SPLIT_PARAMS_KEY)

    def set_split_random(
        self,
        train_ratio: float = 0.8,
        selection: _Buildable | Mapping[str, Any] | None = None,
        dataset_name: str | None = None,
    ) -> Self:
        """Split an extract of one dataset at random, ``train_ratio`` of its rows for training."""
        if not _is_number(train_ratio) or not 0 < train_ratio < 1:
            raise ValueError(f"train_ratio must be a number strictly between 0 and 1, not {train_ratio!r}")
        split = self._split()
        split["ttPolicy"] = "SPLIT_SINGLE_DATASET"
        if selection is not None:
            split["ssdSelection"] = _built(selection)
        split["ssdTrainingRatio"] = train_ratio
        split["kfold"] = False
        if dataset_name is not None:
            split["ssdDatasetSmartName"] = dataset_name
        return self

    def set_split_kfold(
        self, n_folds: int = 5, selection: _Buildable | Mapping[str, Any] | None = None, dataset_name: str | None = None
    ) -> Self:
        """Split an extract of one dataset in ``n_folds`` folds (cross-test)."""
        _check_int(n_folds, "n_folds", minimum=1)
        split = self._split()
        split["ttPolicy"] = "SPLIT_SINGLE_DATASET"
        if selection is not None:
            split["ssdSelection"] = _built(selection)
        split["kfold"] = True
        split["nFolds"] = n_folds
        if dataset_name is not None:
            split["ssdDatasetSmartName"] = dataset_name
        return self

    def set_split_explicit(
        self,
        train_selection: _Buildable | Mapping[str, Any] | None,
        test_selection: _Buildable | Mapping[str, Any] | None,
        dataset_name: str | None = None,
        test_dataset_name: str | None = None,
        train_filter: _Buildable | Mapping[str, Any] | None = None,
        test_filter: _Buildable | Mapping[str, Any] | None = None,
    ) -> Self:
        """Train and test on explicit extracts of one dataset (or of two: ``test_dataset_name``)."""
        if dataset_name is None:
            raise ValueError("An explicit split needs a dataset_name")
        split = self._split()
        train: dict[str, Any]
        test: dict[str, Any]
        if test_dataset_name is None or test_dataset_name == dataset_name:
            split["ttPolicy"] = "EXPLICIT_FILTERING_SINGLE_DATASET"
            train, test = {}, {}
            split["efsdDatasetSmartName"] = dataset_name
            split["efsdTrain"] = train
            split["efsdTest"] = test
        else:
            split["ttPolicy"] = "EXPLICIT_FILTERING_TWO_DATASETS"
            train, test = {"datasetSmartName": dataset_name}, {"datasetSmartName": test_dataset_name}
            split["eftdTrain"] = train
            split["eftdTest"] = test
        if train_selection is not None:
            train["selection"] = _built(train_selection)
        if test_selection is not None:
            test["selection"] = _built(test_selection)
        if train_filter is not None:
            train["filter"] = _built(train_filter)
        if test_filter is not None:
            test["filter"] = _built(test_filter)
        return self

    def set_time_ordering(self, feature_name: str, ascending: bool = True) -> Self:
        """Order the split and the search's validation by this feature (time based ordering)."""
        per_feature = nested_dict(self.mltask_settings, "preprocessing", "per_feature")
        if feature_name not in per_feature:
            raise ValueError(f"Feature {feature_name} doesn't exist in this ML task, can't use as time")
        self.unset_time_ordering()
        time = nested_dict(self.mltask_settings, "time")
        time["enabled"] = True
        time["timeVariable"] = feature_name
        time["ascending"] = ascending
        per_feature[feature_name]["missing_handling"] = "DROP_ROW"
        split = self._split()
        if split.get("ttPolicy") == "SPLIT_SINGLE_DATASET":
            split["ssdSplitMode"] = "SORTED"
            split["ssdColumn"] = feature_name
        search = nested_dict(self.mltask_settings, "modeling", "gridSearchParams")
        if search.get("mode") == "KFOLD":
            search["mode"] = "TIME_SERIES_KFOLD"
        elif search.get("mode") == "SHUFFLE":
            search["mode"] = "TIME_SERIES_SINGLE_SPLIT"
        return self

    def unset_time_ordering(self) -> Self:
        """Stop ordering the split and the search's validation by time."""
        time = nested_dict(self.mltask_settings, "time")
        time["enabled"] = False
        time["timeVariable"] = None
        split = self._split()
        if split.get("ttPolicy") == "SPLIT_SINGLE_DATASET":
            split["ssdSplitMode"] = "RANDOM"
            split["ssdColumn"] = None
        search = nested_dict(self.mltask_settings, "modeling", "gridSearchParams")
        if search.get("mode") == "TIME_SERIES_KFOLD":
            search["mode"] = "KFOLD"
        elif search.get("mode") == "TIME_SERIES_SINGLE_SPLIT":
            search["mode"] = "SHUFFLE"
        return self

    def has_time_ordering(self) -> bool:
        """Whether the split is ordered by time."""
        time = self.mltask_settings.get("time")
        return is_object(time) and bool(time.get("enabled"))

    def get_time_ordering_variable(self) -> str | None:
        """The feature ordering the split, or None (with a warning) when the split is not ordered by time."""
        if self.has_time_ordering():
            variable: str | None = self.mltask_settings["time"]["timeVariable"]
            return variable
        warnings.warn("Time-based ordering is disabled in the current MLTask", stacklevel=2)
        return None

    def is_time_ordering_ascending(self) -> bool | None:
        """Whether the time ordering is ascending, or None (with a warning) when the split is not ordered by time."""
        if self.has_time_ordering():
            return bool(self.mltask_settings["time"]["ascending"])
        warnings.warn("Time-based ordering is disabled in the current MLTask", stacklevel=2)
        return None


class DSSMLAssertionCondition:
    """The condition of an ML assertion: a ratio of rows predicted as a class, or within a range."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._internal_dict = data

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._internal_dict})"

    @staticmethod
    def from_expected_class(expected_valid_ratio: float, expected_class: str) -> DSSMLAssertionCondition:
        """A condition met when ``expected_valid_ratio`` of the rows are predicted as ``expected_class``."""
        condition = DSSMLAssertionCondition({})
        condition.expected_valid_ratio = expected_valid_ratio
        condition.expected_class = expected_class
        return condition

    @staticmethod
    def from_expected_range(
        expected_valid_ratio: float, expected_min: float, expected_max: float
    ) -> DSSMLAssertionCondition:
        """A condition met when ``expected_valid_ratio`` of the rows are predicted in [expected_min, expected_max]."""
        condition = DSSMLAssertionCondition({})
        condition.expected_valid_ratio = expected_valid_ratio
        condition.expected_min = expected_min
        condition.expected_max = expected_max
        return condition

    def get_raw(self) -> MLTaskAssertionCondition:
        """The condition as a dict."""
        return cast("MLTaskAssertionCondition", self._internal_dict)

    @property
    def expected_class(self) -> str | None:
        """The class the rows must be predicted as (None for a range condition)."""
        value: str | None = self._internal_dict.get("expectedClass")
        return value

    @expected_class.setter
    def expected_class(self, expected_class: str) -> None:
        self._internal_dict["expectedClass"] = expected_class

    @property
    def expected_valid_ratio(self) -> float:
        """The ratio of valid rows the assertion needs."""
        value: float = self._internal_dict["expectedValidRatio"]
        return value

    @expected_valid_ratio.setter
    def expected_valid_ratio(self, expected_valid_ratio: float) -> None:
        self._internal_dict["expectedValidRatio"] = expected_valid_ratio

    @property
    def expected_min(self) -> float | None:
        """The lower bound (included) of the expected range (None for a class condition)."""
        value: float | None = self._internal_dict.get("expectedMinValue")
        return value

    @expected_min.setter
    def expected_min(self, expected_min: float) -> None:
        self._internal_dict["expectedMinValue"] = expected_min

    @property
    def expected_max(self) -> float | None:
        """The upper bound (included) of the expected range (None for a class condition)."""
        value: float | None = self._internal_dict.get("expectedMaxValue")
        return value

    @expected_max.setter
    def expected_max(self, expected_max: float) -> None:
        self._internal_dict["expectedMaxValue"] = expected_max


class DSSMLAssertionParams:
    """The parameters of one ML assertion: a name, a filter selecting rows, a condition on their predictions."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._internal_dict = data

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._internal_dict})"

    @staticmethod
    def from_params(name: str, a_filter: Mapping[str, Any], condition: DSSMLAssertionCondition) -> DSSMLAssertionParams:
        """An assertion from its name, filter (a dict, as a ``DSSFilterBuilder`` builds it) and condition."""
        params = DSSMLAssertionParams({})
        params.name = name
        params.filter = a_filter
        params.condition = condition
        return params

    def get_raw(self) -> MLTaskAssertionParams:
        """The assertion's parameters as a dict."""
        return cast("MLTaskAssertionParams", self._internal_dict)

    @property
    def name(self) -> str:
        """The assertion's name."""
        name: str = self._internal_dict["name"]
        return name

    @name.setter
    def name(self, name: str) -> None:
        self._internal_dict["name"] = name

    @property
    def filter(self) -> dict[str, Any]:
        """The filter selecting the rows the assertion checks."""
        value: dict[str, Any] = self._internal_dict["filter"]
        return value

    @filter.setter
    def filter(self, a_filter: Mapping[str, Any]) -> None:
        self._internal_dict["filter"] = a_filter

    @property
    def condition(self) -> DSSMLAssertionCondition:
        """The assertion's condition (a view on this assertion's dict)."""
        return DSSMLAssertionCondition(self._internal_dict["assertionCondition"])

    @condition.setter
    def condition(self, condition: DSSMLAssertionCondition) -> None:
        if not _is_instance(condition, DSSMLAssertionCondition):
            raise TypeError(f"Wrong type for assertion condition: {type(condition).__name__}")
        self._internal_dict["assertionCondition"] = condition._internal_dict


class DSSMLAssertionsParams:
    """The ML assertions of a prediction task (``assertionsParams``), edited in the task's settings."""

    def __init__(self, data: dict[str, Any]) -> None:
        self._internal_dict = data

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._internal_dict})"

    def get_raw(self) -> MLTaskAssertionsParams:
        """The assertions' parameters as a dict."""
        return cast("MLTaskAssertionsParams", self._internal_dict)

    def _assertions(self) -> list[dict[str, Any]]:
        assertions = self._internal_dict.get("assertions")
        if not isinstance(assertions, list):
            fresh: list[dict[str, Any]] = []
            self._internal_dict["assertions"] = assertions = fresh
        return cast("list[dict[str, Any]]", assertions)

    def get_assertion(self, assertion_name: str) -> DSSMLAssertionParams | None:
        """The assertion of this name, or None."""
        for assertion in self._assertions():
            if assertion.get("name") == assertion_name:
                return DSSMLAssertionParams(assertion)
        return None

    def get_assertions_names(self) -> list[str]:
        """The names of the task's assertions."""
        return [assertion["name"] for assertion in self._assertions()]

    def add_assertion(self, assertion_params: DSSMLAssertionParams) -> None:
        """Add an assertion to the task's."""
        if not _is_instance(assertion_params, DSSMLAssertionParams):
            raise TypeError(f"Wrong type for assertion parameters: {type(assertion_params).__name__}")
        self._assertions().append(assertion_params._internal_dict)

    def delete_assertion(self, assertion_name: str) -> None:
        """Remove the assertion of this name (ValueError when there is none)."""
        assertions = self._assertions()
        for index, assertion in enumerate(assertions):
            if assertion.get("name") == assertion_name:
                del assertions[index]
                return
        raise ValueError(f"No assertion found with name: {assertion_name}")


# ---------------------------------------------------------------------------------------------
# The task's settings
# ---------------------------------------------------------------------------------------------

FeatureFunction = Callable[[str, dict[str, Any]], dict[str, Any]]


class AsyncDSSMLTaskSettings(DSSRawSettings["MLTaskSettings"]):
    """The settings of an ML task: features, algorithms, metrics, diagnostics; :meth:`save` sends them back whole.

    Get them with ``task.get_settings()``, which returns the subclass of the task's type.
    """

    #: The algorithms of the task's type: their official names, their keys in ``modeling``.
    _algorithm_remap: ClassVar[Mapping[str, PredictionAlgorithmMeta | str]] = {}

    def __init__(
        self,
        client: AsyncDSSClient,
        project_key: str,
        analysis_id: str,
        mltask_id: str,
        mltask_settings: MLTaskSettings,
    ) -> None:
        super().__init__(mltask_settings)
        self.client = client
        self.project_key = project_key
        self.analysis_id = analysis_id
        self.mltask_id = mltask_id

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(project_key={self.project_key!r}, analysis_id={self.analysis_id!r}, "
            f"mltask_id={self.mltask_id!r})"
        )

    @property
    def mltask_settings(self) -> MLTaskSettings:
        """The settings as a dict, the same object :meth:`get_raw` returns."""
        return self.settings

    async def save(self) -> None:
        """Send the settings back to the ML task, whole. (operation ``saveMLTaskSettings``)"""
        await self.client._requester.empty(
            ml_tasks.save_ml_task_settings.request_kwargs,
            self.project_key,
            self.analysis_id,
            self.mltask_id,
            body=json_body(self.settings),
        )

    def _modeling(self) -> dict[str, Any]:
        return nested_dict(self._untyped, "modeling")

    def _per_feature(self) -> dict[str, Any]:
        return nested_dict(self._untyped, "preprocessing", "per_feature")

    def get_feature_preprocessing(self, feature_name: str) -> MLFeaturePreprocessing:
        """The preprocessing settings of a feature (the task's own dict: changes are saved). ValueError for an unknown
        feature.
        """
        feature = self._per_feature().get(feature_name)
        if not is_object(feature):
            raise ValueError(f"Unknown feature {feature_name!r}: the task's features are {sorted(self._per_feature())}")
        return cast("MLFeaturePreprocessing", feature)

    def foreach_feature(self, fn: FeatureFunction, only_of_type: str | None = None) -> None:
        """Replace each feature's settings (but the target's) by ``fn(name, copy_of_its_settings)``, for features of
        ``only_of_type`` if given.
        """
        per_feature = self._per_feature()
        replaced: dict[str, Any] = {}
        for name, feature in per_feature.items():
            if feature.get("role") == "TARGET" or (only_of_type is not None and feature.get("type") != only_of_type):
                replaced[name] = feature
            else:
                replaced[name] = fn(name, copy.deepcopy(feature))
        nested_dict(self._untyped, "preprocessing")["per_feature"] = replaced

    def reject_feature(self, feature_name: str) -> None:
        """Stop using a feature as an input (role ``REJECT``)."""
        self._untyped_feature(feature_name)["role"] = "REJECT"

    def use_feature(self, feature_name: str) -> None:
        """Use a feature as an input (role ``INPUT``)."""
        self._untyped_feature(feature_name)["role"] = "INPUT"

    def _untyped_feature(self, feature_name: str) -> dict[str, Any]:
        return cast("dict[str, Any]", self.get_feature_preprocessing(feature_name))

    def get_algorithm_settings(self, algorithm_name: str) -> dict[str, Any]:
        """Not available on the base class: the settings class of the task's type has it."""
        raise NotImplementedError(f"{type(self).__name__} has no algorithm settings")

    def _customs(self, kind: str) -> list[dict[str, Any]]:
        """The custom models of a kind (``custom_mllib``, ``custom_python``), a list of the settings (created if
        absent).
        """
        modeling = self._modeling()
        customs = modeling.get(kind)
        if not is_array(customs):
            fresh: list[dict[str, Any]] = []
            modeling[kind] = customs = fresh
        return customs

    def _custom_algorithm(self, algorithm_name: str) -> tuple[list[dict[str, Any]], int] | None:
        """Where the first custom model of this name is: its list and index."""
        for kind in ("custom_mllib", "custom_python"):
            customs = self._customs(kind)
            for index, algorithm in enumerate(customs):
                if algorithm.get("name") == algorithm_name:
                    return customs, index
        return None

    def _get_custom_algorithm_names(self) -> list[str]:
        return [
            str(algorithm.get("name"))
            for kind in ("custom_mllib", "custom_python")
            for algorithm in self._customs(kind)
        ]

    def get_diagnostics_settings(self) -> MLTaskDiagnosticsSettings:
        """The diagnostics settings (``enabled``, and ``settings``: one ``{type, enabled}`` per diagnostic type)."""
        return cast("MLTaskDiagnosticsSettings", nested_dict(self._untyped, "diagnosticsSettings"))

    def set_diagnostics_enabled(self, enabled: bool) -> None:
        """Enable or disable every diagnostic."""
        nested_dict(self._untyped, "diagnosticsSettings")["enabled"] = enabled

    def set_diagnostic_type_enabled(self, diagnostic_type: str, enabled: bool) -> None:
        """Enable or disable one type of diagnostics (``ML_DIAGNOSTICS_LEAKAGE_DETECTION``, ...). ValueError for an
        unknown type.
        """
        settings: list[dict[str, Any]] = array_or_empty(
            nested_dict(self._untyped, "diagnosticsSettings").get("settings")
        )
        found = [entry for entry in settings if entry.get("type") == diagnostic_type]
        if not found:
            raise ValueError(f"Diagnostic type '{diagnostic_type}' not found in settings")
        if len(found) > 1:
            raise ValueError(f"Several diagnostic types '{diagnostic_type}' found in settings")
        found[0]["enabled"] = enabled

    def set_algorithm_enabled(self, algorithm_name: str, enabled: bool) -> None:
        """Enable or disable an algorithm (its official name, see :meth:`get_all_possible_algorithm_names`)."""
        self.get_algorithm_settings(algorithm_name)["enabled"] = enabled

    def disable_all_algorithms(self) -> None:
        """Disable every algorithm: built-in, custom and plugin ones."""
        modeling = self._modeling()
        for meta in type(self)._algorithm_remap.values():
            key = meta.algorithm_name if isinstance(meta, PredictionAlgorithmMeta) else meta
            algorithm = modeling.get(key)
            if is_object(algorithm):
                algorithm["enabled"] = False
        for kind in ("custom_mllib", "custom_python"):
            for custom in self._customs(kind):
                custom["enabled"] = False
        plugins: dict[str, dict[str, Any]] = object_or_empty(modeling.get("plugin_python"))
        for plugin in plugins.values():
            plugin["enabled"] = False

    def get_all_possible_algorithm_names(self) -> list[str]:
        """The names of every algorithm of the task's type (whatever its prediction type or engine), and of its custom
        models.
        """
        return list(type(self)._algorithm_remap) + self._get_custom_algorithm_names()

    def get_enabled_algorithm_names(self) -> list[str]:
        """The names of the enabled algorithms."""
        enabled: list[str] = []
        for name in self.get_all_possible_algorithm_names():
            try:
                algorithm = self.get_algorithm_settings(name)
            except ValueError:  # an algorithm of the type that these settings do not hold
                continue
            if algorithm.get("enabled", False):
                enabled.append(name)
        return enabled

    def get_enabled_algorithm_settings(self) -> dict[str, dict[str, Any]]:
        """The settings of each enabled algorithm, by name."""
        return {name: self.get_algorithm_settings(name) for name in self.get_enabled_algorithm_names()}

    def set_metric(
        self,
        metric: str | None = None,
        custom_metric: str | None = None,
        custom_metric_greater_is_better: bool = True,
        custom_metric_use_probas: bool = False,
        custom_metric_name: str | None = None,
    ) -> None:
        """Set the metric that the search optimizes and that ranks the models: a DSS metric, or custom code."""
        if metric is None and custom_metric is None:
            raise ValueError("Either metric or custom_metric must be defined")
        metrics = nested_dict(self._modeling(), "metrics")
        if not custom_metric:
            metrics["evaluationMetric"] = metric if custom_metric is None else "CUSTOM"
            return
        customs = metrics.get("customMetrics")
        if not is_array(customs):
            fresh: list[dict[str, Any]] = []
            metrics["customMetrics"] = customs = fresh
        if custom_metric_name is None:
            taken = {object_or_empty(entry).get("name") for entry in customs}
            number = 1
            while f"Custom score #{number}" in taken:
                number += 1
            custom_metric_name = f"Custom score #{number}"
        metrics["evaluationMetric"] = "CUSTOM"
        metrics["customEvaluationMetricName"] = custom_metric_name
        customs.append(
            {
                "name": custom_metric_name,
                "metricCode": custom_metric,
                "greaterIsBetter": custom_metric_greater_is_better,
                "needsProbability": custom_metric_use_probas,
                "description": "Custom scoring function",
            }
        )

    def add_custom_python_model(self, name: str = "Custom Python Model", code: str = "") -> None:
        """Add (enabled) a custom Python model: code defining a scikit-learn compatible estimator ``clf``."""
        self._customs("custom_python").append({"name": name, "code": code, "enabled": True})

    def add_custom_mllib_model(self, name: str = "Custom MLlib Model", code: str = "") -> None:
        """Add (enabled) a custom MLlib model: Scala code building a spark.ml estimator."""
        self._customs("custom_mllib").append({"name": name, "initializationCode": code, "enabled": True})


class AsyncAbstractTabularPredictionMLTaskSettings(AsyncDSSMLTaskSettings):
    """What the settings of tabular prediction tasks share: algorithm settings objects, search, split."""

    def get_prediction_type(self) -> str:
        """The task's prediction type (``BINARY_CLASSIFICATION``, ``REGRESSION``, ...)."""
        prediction_type: str = self._untyped["predictionType"]
        return prediction_type

    def get_algorithm_settings(self, algorithm_name: str) -> PredictionAlgorithmSettings:
        """An algorithm's settings, by official name: an object of its settings class (a dict, saved with the task).

        A custom model's settings are a :class:`PredictionAlgorithmSettings` too (its dict, with no
        hyperparameter attributes). ValueError for a name the task's type does not know; the same
        object is returned on each call.
        """
        meta = type(self)._algorithm_remap.get(algorithm_name)
        if isinstance(meta, PredictionAlgorithmMeta):
            modeling = self._modeling()
            key = meta.algorithm_name.lower()
            current = modeling.get(key)
            if isinstance(current, PredictionAlgorithmSettings):
                return current
            if not is_object(current):
                raise ValueError(f"The task's settings hold no settings for algorithm {algorithm_name} ({key})")
            wrapped = meta.algorithm_settings_class(current, nested_dict(modeling, "gridSearchParams"))
            modeling[key] = wrapped  # the object replaces the dict: what it changes is saved
            return wrapped
        found = self._custom_algorithm(algorithm_name)
        if found is not None:
            customs, index = found
            return _wrapped_in(customs, index, self._modeling())
        raise ValueError(f"Unknown algorithm: {algorithm_name}")

    def get_hyperparameter_search_settings(self) -> HyperparameterSearchSettings:
        """The hyperparameter search settings (a view on the task's settings)."""
        return HyperparameterSearchSettings(
            cast("MLTaskGridSearchParams", nested_dict(self._modeling(), "gridSearchParams"))
        )

    @property
    def split_params(self) -> PredictionSplitParamsHandler:
        """Deprecated: :meth:`get_split_params`."""
        return self.get_split_params()

    def get_split_params(self) -> PredictionSplitParamsHandler:
        """The train/test split settings (a view on the task's settings)."""
        return PredictionSplitParamsHandler(self._untyped)

    def get_assertions_params(self) -> DSSMLAssertionsParams:
        """ML assertions: only single-target prediction tasks have them (NotImplementedError here)."""
        raise NotImplementedError(f"ML assertions are not available for {type(self).__name__}")


def _wrapped_in(container: Any, where: int | str, modeling: dict[str, Any]) -> PredictionAlgorithmSettings:
    """The algorithm settings at ``container[where]`` as a :class:`PredictionAlgorithmSettings`, put in its place."""
    current = container[where]
    if isinstance(current, PredictionAlgorithmSettings):
        return current
    wrapped = PredictionAlgorithmSettings(current, nested_dict(modeling, "gridSearchParams"))
    container[where] = wrapped
    return wrapped


def _metas(table: Mapping[str, tuple[str, type[PredictionAlgorithmSettings]]]) -> dict[str, PredictionAlgorithmMeta]:
    return {name: PredictionAlgorithmMeta(key, settings_class) for name, (key, settings_class) in table.items()}


_TABULAR_ALGORITHMS: dict[str, tuple[str, type[PredictionAlgorithmSettings]]] = {
    "RANDOM_FOREST_CLASSIFICATION": ("random_forest_classification", RandomForestSettings),
    "RANDOM_FOREST_REGRESSION": ("random_forest_regression", RandomForestSettings),
    "EXTRA_TREES": ("extra_trees", RandomForestSettings),
    "GBT_CLASSIFICATION": ("gbt_classification", GradientBoostedTreesSettings),
    "GBT_REGRESSION": ("gbt_regression", GradientBoostedTreesSettings),
    "DECISION_TREE_CLASSIFICATION": ("decision_tree_classification", DecisionTreeSettings),
    "DECISION_TREE_REGRESSION": ("decision_tree_regression", DecisionTreeSettings),
    "RIDGE_REGRESSION": ("ridge_regression", RidgeRegressionSettings),
    "LASSO_REGRESSION": ("lasso_regression", LassoRegressionSettings),
    "LEASTSQUARE_REGRESSION": ("leastsquare_regression", OLSSettings),
    "SGD_REGRESSION": ("sgd_regression", SGDSettings),
    "KNN": ("knn", KNNSettings),
    "LOGISTIC_REGRESSION": ("logistic_regression", LogitSettings),
    "NEURAL_NETWORK": ("neural_network", SingleLayerPerceptronSettings),
    "DEEP_NEURAL_NETWORK_REGRESSION": ("deep_neural_network_regression", DeepNeuralNetworkSettings),
    "DEEP_NEURAL_NETWORK_CLASSIFICATION": ("deep_neural_network_classification", DeepNeuralNetworkSettings),
    "SVC_CLASSIFICATION": ("svc_classifier", SVMSettings),
    "SVM_REGRESSION": ("svm_regression", SVMSettings),
    "SGD_CLASSIFICATION": ("sgd_classifier", SGDSettings),
    "LARS": ("lars_params", LARSSettings),
    "LIGHTGBM_CLASSIFICATION": ("lightgbm_classification", LightGBMSettings),
    "LIGHTGBM_REGRESSION": ("lightgbm_regression", LightGBMSettings),
    "XGBOOST_CLASSIFICATION": ("xgboost", XGBoostSettings),
    "XGBOOST_REGRESSION": ("xgboost", XGBoostSettings),
}

#: Single-target prediction: official name -> (key in ``modeling``, settings class).
PREDICTION_ALGORITHMS: dict[str, tuple[str, type[PredictionAlgorithmSettings]]] = {
    **{name: entry for name, entry in _TABULAR_ALGORITHMS.items() if not name.startswith(("LIGHTGBM", "XGBOOST"))},
    "LIGHTGBM_CLASSIFICATION": ("lightgbm_classification", LightGBMSettings),
    "LIGHTGBM_REGRESSION": ("lightgbm_regression", LightGBMSettings),
    "CATBOOST_CLASSIFICATION": ("catboost_classification", CatBoostSettings),
    "CATBOOST_REGRESSION": ("catboost_regression", CatBoostSettings),
    "XGBOOST_CLASSIFICATION": ("xgboost", XGBoostSettings),
    "XGBOOST_REGRESSION": ("xgboost", XGBoostSettings),
    "SPARKLING_DEEP_LEARNING": ("deep_learning_sparkling", PredictionAlgorithmSettings),
    "SPARKLING_GBM": ("gbm_sparkling", PredictionAlgorithmSettings),
    "SPARKLING_RF": ("rf_sparkling", PredictionAlgorithmSettings),
    "SPARKLING_GLM": ("glm_sparkling", PredictionAlgorithmSettings),
    "SPARKLING_NB": ("nb_sparkling", PredictionAlgorithmSettings),
    "MLLIB_LOGISTIC_REGRESSION": ("mllib_logit", MLLibLogitSettings),
    "MLLIB_NAIVE_BAYES": ("mllib_naive_bayes", MLLibNaiveBayesSettings),
    "MLLIB_LINEAR_REGRESSION": ("mllib_linreg", MLLibLinearRegressionSettings),
    "MLLIB_RANDOM_FOREST": ("mllib_rf", MLLibRandomForestSettings),
    "MLLIB_GBT": ("mllib_gbt", MLLibGBTSettings),
    "MLLIB_DECISION_TREE": ("mllib_dt", MLLibDecisionTreeSettings),
    "VERTICA_LINEAR_REGRESSION": ("vertica_linear_regression", PredictionAlgorithmSettings),
    "VERTICA_LOGISTIC_REGRESSION": ("vertica_logistic_regression", PredictionAlgorithmSettings),
    "KERAS_CODE": ("keras", PredictionAlgorithmSettings),
    "TABICL_CLASSIFICATION": ("tabicl_classification", TabICLSettings),
    "TABICLV2_CLASSIFICATION": ("tabiclv2_classification", TabICLv2ClassificationSettings),
    "TABICLV2_REGRESSION": ("tabiclv2_regression", TabICLv2RegressionSettings),
}

#: Multi-target regression.
MULTI_TARGET_ALGORITHMS: dict[str, tuple[str, type[PredictionAlgorithmSettings]]] = {
    "RANDOM_FOREST_REGRESSION": ("random_forest_regression", RandomForestSettings),
    "RIDGE_REGRESSION": ("ridge_regression", RidgeRegressionSettings),
    "NEURAL_NETWORK": ("neural_network", SingleLayerPerceptronSettings),
}

#: Time series forecasting.
TIMESERIES_ALGORITHMS: dict[str, tuple[str, type[PredictionAlgorithmSettings]]] = {
    "ARIMA": ("arima_timeseries", ArimaSettings),
    "CROSTON": ("croston_timeseries", CrostonSettings),
    "ETS": ("ets_timeseries", ETSSettings),
    "NHITS": ("nhits_timeseries", NHITSSettings),
    "TFT": ("tft_timeseries", TFTSettings),
    "RANDOM_FOREST_REGRESSION": ("random_forest_regression", TimeseriesRandomForestSettings),
    "XGBOOST_REGRESSION": ("xgboost", TimeseriesXGBoostSettings),
    "RIDGE_REGRESSION": ("ridge_regression", RidgeRegressionSettings),
    "LIGHTGBM_REGRESSION": ("lightgbm_regression", TimeseriesLightGBMSettings),
    "TRIVIAL_IDENTITY_TIMESERIES": ("trivial_identity_timeseries", PredictionAlgorithmSettings),
    "SEASONAL_NAIVE": ("seasonal_naive_timeseries", SeasonalNaiveSettings),
    "AUTO_ARIMA": ("autoarima_timeseries", AutoArimaSettings),
    "SEASONAL_LOESS": ("seasonal_loess_timeseries", SeasonalLoessSettings),
    "PROPHET": ("prophet_timeseries", ProphetSettings),
    "GLUONTS_NPTS_FORECASTER": ("gluonts_npts_timeseries", GluonTSNPTSForecasterSettings),
    "GLUONTS_TORCH_SIMPLE_FEEDFORWARD": (
        "gluonts_torch_simple_feed_forward_timeseries",
        GluonTSTorchSimpleFeedForwardSettings,
    ),
    "GLUONTS_TORCH_DEEPAR": ("gluonts_torch_deepar_timeseries", GluonTSTorchDeepARSettings),
    "GLUONTS_SIMPLE_FEEDFORWARD": ("gluonts_simple_feed_forward_timeseries", GluonTSSimpleFeedForwardSettings),
    "GLUONTS_DEEPAR": ("gluonts_deepar_timeseries", GluonTSDeepARSettings),
    "GLUONTS_TRANSFORMER": ("gluonts_transformer_timeseries", GluonTSTransformerSettings),
    "GLUONTS_MQCNN": ("gluonts_mqcnn_timeseries", GluonTSMQCNNSettings),
}

#: Causal prediction: the causal forest, and the base learners of the meta-learners.
CAUSAL_ALGORITHMS: dict[str, tuple[str, type[PredictionAlgorithmSettings]]] = {
    "CAUSAL_FOREST": ("causal_forest", CausalForestSettings),
    **_TABULAR_ALGORITHMS,
}

#: Clustering: official name -> key in ``modeling``.
CLUSTERING_ALGORITHMS: dict[str, str] = {
    "DBSCAN": "db_scan_clustering",
    "HDBSCAN": "hdb_scan_clustering",
    "SPECTRAL": "spectral_clustering",
    "WARD": "ward_clustering",
    "KMEANS": "kmeans_clustering",
    "MINIBATCH_KMEANS": "mini_batch_kmeans_clustering",
    "GAUSSIAN_MIXTURE": "gmm_clustering",
    "TWO_STEP": "two_step",
    "ISOLATION_FOREST": "isolation_forest",
    "MLLIB_KMEANS": "mllib_kmeans_clustering",
    "MLLIB_GAUSSIAN_MIXTURE": "mllib_gaussian_mixture_clustering",
    "H20_KMEANS": "h2o_kmeans",
}


class AsyncDSSPredictionMLTaskSettings(AsyncAbstractTabularPredictionMLTaskSettings):
    """The settings of a single-target prediction task (binary, multiclass, regression)."""

    _algorithm_remap = _metas(PREDICTION_ALGORITHMS)

    class PredictionTypes:
        """The prediction types of such a task."""

        BINARY = "BINARY_CLASSIFICATION"
        REGRESSION = "REGRESSION"
        MULTICLASS = "MULTICLASS"
        OTHER = "OTHER"

    def __init__(
        self,
        client: AsyncDSSClient,
        project_key: str,
        analysis_id: str,
        mltask_id: str,
        mltask_settings: MLTaskSettings,
    ) -> None:
        super().__init__(client, project_key, analysis_id, mltask_id, mltask_settings)
        types = self.PredictionTypes
        if self.get_prediction_type() not in (types.BINARY, types.REGRESSION, types.MULTICLASS):
            raise ValueError(f"Unknown prediction type: {self.get_prediction_type()}")
        self.classification_prediction_types = [types.BINARY, types.MULTICLASS]

    def _get_plugin_algorithm_names(self) -> list[str]:
        return list(object_or_empty(self._modeling().get("plugin_python")))

    def get_all_possible_algorithm_names(self) -> list[str]:
        """Every algorithm name: built-in (whatever the prediction type or engine), custom, and from plugins."""
        return super().get_all_possible_algorithm_names() + self._get_plugin_algorithm_names()

    def get_enabled_algorithm_names(self) -> list[str]:
        """The enabled algorithms (XGBoost under its name for the task's prediction type only)."""
        hidden = (
            "XGBOOST_CLASSIFICATION"
            if self.get_prediction_type() == self.PredictionTypes.REGRESSION
            else "XGBOOST_REGRESSION"
        )
        return [name for name in super().get_enabled_algorithm_names() if name != hidden]

    @overload
    def get_algorithm_settings(
        self, algorithm_name: Literal["RANDOM_FOREST_CLASSIFICATION", "RANDOM_FOREST_REGRESSION", "EXTRA_TREES"]
    ) -> RandomForestSettings: ...
    @overload
    def get_algorithm_settings(
        self, algorithm_name: Literal["GBT_CLASSIFICATION", "GBT_REGRESSION"]
    ) -> GradientBoostedTreesSettings: ...
    @overload
    def get_algorithm_settings(
        self, algorithm_name: Literal["DECISION_TREE_CLASSIFICATION", "DECISION_TREE_REGRESSION"]
    ) -> DecisionTreeSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["RIDGE_REGRESSION"]) -> RidgeRegressionSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["LASSO_REGRESSION"]) -> LassoRegressionSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["LEASTSQUARE_REGRESSION"]) -> OLSSettings: ...
    @overload
    def get_algorithm_settings(
        self, algorithm_name: Literal["SGD_REGRESSION", "SGD_CLASSIFICATION"]
    ) -> SGDSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["KNN"]) -> KNNSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["LOGISTIC_REGRESSION"]) -> LogitSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["NEURAL_NETWORK"]) -> SingleLayerPerceptronSettings: ...
    @overload
    def get_algorithm_settings(
        self, algorithm_name: Literal["DEEP_NEURAL_NETWORK_REGRESSION", "DEEP_NEURAL_NETWORK_CLASSIFICATION"]
    ) -> DeepNeuralNetworkSettings: ...
    @overload
    def get_algorithm_settings(
        self, algorithm_name: Literal["SVC_CLASSIFICATION", "SVM_REGRESSION"]
    ) -> SVMSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["LARS"]) -> LARSSettings: ...
    @overload
    def get_algorithm_settings(
        self, algorithm_name: Literal["LIGHTGBM_CLASSIFICATION", "LIGHTGBM_REGRESSION"]
    ) -> LightGBMSettings: ...
    @overload
    def get_algorithm_settings(
        self, algorithm_name: Literal["CATBOOST_CLASSIFICATION", "CATBOOST_REGRESSION"]
    ) -> CatBoostSettings: ...
    @overload
    def get_algorithm_settings(
        self, algorithm_name: Literal["XGBOOST_CLASSIFICATION", "XGBOOST_REGRESSION"]
    ) -> XGBoostSettings: ...
    @overload
    def get_algorithm_settings(
        self,
        algorithm_name: Literal[
            "SPARKLING_DEEP_LEARNING",
            "SPARKLING_GBM",
            "SPARKLING_RF",
            "SPARKLING_GLM",
            "SPARKLING_NB",
            "VERTICA_LINEAR_REGRESSION",
            "VERTICA_LOGISTIC_REGRESSION",
            "KERAS_CODE",
        ],
    ) -> PredictionAlgorithmSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["MLLIB_LOGISTIC_REGRESSION"]) -> MLLibLogitSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["MLLIB_NAIVE_BAYES"]) -> MLLibNaiveBayesSettings: ...
    @overload
    def get_algorithm_settings(
        self, algorithm_name: Literal["MLLIB_LINEAR_REGRESSION"]
    ) -> MLLibLinearRegressionSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["MLLIB_RANDOM_FOREST"]) -> MLLibRandomForestSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["MLLIB_GBT"]) -> MLLibGBTSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["MLLIB_DECISION_TREE"]) -> MLLibDecisionTreeSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["TABICL_CLASSIFICATION"]) -> TabICLSettings: ...
    @overload
    def get_algorithm_settings(
        self, algorithm_name: Literal["TABICLV2_CLASSIFICATION"]
    ) -> TabICLv2ClassificationSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["TABICLV2_REGRESSION"]) -> TabICLv2RegressionSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: str) -> PredictionAlgorithmSettings: ...
    def get_algorithm_settings(self, algorithm_name: str) -> PredictionAlgorithmSettings:
        """The settings of an algorithm (plugin algorithms: their plain dicts). See the base class."""
        plugins = self._modeling().get("plugin_python")
        if is_object(plugins) and is_object(plugins.get(algorithm_name)):
            return _wrapped_in(plugins, algorithm_name, self._modeling())
        return super().get_algorithm_settings(algorithm_name)

    def split_ordered_by(self, feature_name: str, ascending: bool = True) -> Self:
        """Deprecated: ``get_split_params().set_time_ordering()``."""
        warnings.warn(
            "split_ordered_by() is deprecated, use get_split_params().set_time_ordering()",
            DeprecationWarning,
            stacklevel=2,
        )
        self.get_split_params().set_time_ordering(feature_name, ascending=ascending)
        return self

    def remove_ordered_split(self) -> Self:
        """Deprecated: ``get_split_params().unset_time_ordering()``."""
        warnings.warn(
            "remove_ordered_split() is deprecated, use get_split_params().unset_time_ordering()",
            DeprecationWarning,
            stacklevel=2,
        )
        self.get_split_params().unset_time_ordering()
        return self

    def use_sample_weighting(self, feature_name: str) -> Self:
        """Deprecated: ``set_weighting("SAMPLE_WEIGHT", feature_name)``."""
        warnings.warn("use_sample_weighting() is deprecated, use set_weighting()", DeprecationWarning, stacklevel=2)
        return self.set_weighting(method="SAMPLE_WEIGHT", feature_name=feature_name)

    def set_weighting(self, method: str, feature_name: str | None = None) -> Self:
        """Weight the rows: ``NO_WEIGHTING``, ``SAMPLE_WEIGHT``, ``CLASS_WEIGHT``, ``CLASS_AND_SAMPLE_WEIGHT``.

        The sample weights are a feature's (``feature_name``).

        A feature that weighted the rows before becomes an input again.
        """
        if method not in ("NO_WEIGHTING", "SAMPLE_WEIGHT", "CLASS_WEIGHT", "CLASS_AND_SAMPLE_WEIGHT"):
            raise ValueError(f"Unknown weighting method: {method}")
        per_feature = self._per_feature()
        if "CLASS" in method and self.get_prediction_type() not in self.classification_prediction_types:
            raise ValueError(
                f"Weighting method: {method} not compatible with prediction type: {self.get_prediction_type()}, "
                f"should be in {self.classification_prediction_types}"
            )
        if "SAMPLE" in method and feature_name not in per_feature:
            raise ValueError(f"Feature {feature_name} doesn't exist in this ML task, can't use as weight")
        for feature in per_feature.values():
            if feature.get("role") == "WEIGHT":
                feature["role"] = "INPUT"
        weight = nested_dict(self._untyped, "weight")
        weight["weightMethod"] = method
        if "SAMPLE" in method:
            weight["sampleWeightVariable"] = feature_name
            per_feature[cast(str, feature_name)]["role"] = "WEIGHT"
        return self

    def remove_sample_weighting(self) -> Self:
        """Deprecated: ``set_weighting("NO_WEIGHTING")``."""
        warnings.warn(
            'remove_sample_weighting() is deprecated, use set_weighting(method="NO_WEIGHTING")',
            DeprecationWarning,
            stacklevel=2,
        )
        return self.set_weighting(method="NO_WEIGHTING")

    def get_assertions_params(self) -> DSSMLAssertionsParams:
        """The task's ML assertions (a view on its settings)."""
        return DSSMLAssertionsParams(nested_dict(self._untyped, "assertionsParams"))


class AsyncDSSMultiTargetPredictionMLTaskSettings(AsyncAbstractTabularPredictionMLTaskSettings):
    """The settings of a multi-target regression task."""

    _algorithm_remap = _metas(MULTI_TARGET_ALGORITHMS)

    class PredictionTypes:
        """The prediction type of such a task."""

        MULTI_TARGET_REGRESSION = "MULTI_TARGET_REGRESSION"

    def __init__(
        self,
        client: AsyncDSSClient,
        project_key: str,
        analysis_id: str,
        mltask_id: str,
        mltask_settings: MLTaskSettings,
    ) -> None:
        super().__init__(client, project_key, analysis_id, mltask_id, mltask_settings)
        if self.get_prediction_type() != self.PredictionTypes.MULTI_TARGET_REGRESSION:
            raise ValueError(f"Unknown prediction type: {self.get_prediction_type()}")

    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["RANDOM_FOREST_REGRESSION"]) -> RandomForestSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["RIDGE_REGRESSION"]) -> RidgeRegressionSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["NEURAL_NETWORK"]) -> SingleLayerPerceptronSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: str) -> PredictionAlgorithmSettings: ...
    def get_algorithm_settings(self, algorithm_name: str) -> PredictionAlgorithmSettings:
        """The settings of an algorithm, by official name, as an object of its settings class. See the base class."""
        return super().get_algorithm_settings(algorithm_name)

    def get_target_variables(self) -> list[str]:
        """The target variables (a copy)."""
        return list(array_or_empty(self._untyped.get("multiTargetVariables")))


class AsyncDSSClusteringMLTaskSettings(AsyncDSSMLTaskSettings):
    """The settings of a clustering task."""

    _algorithm_remap = CLUSTERING_ALGORITHMS

    def get_algorithm_settings(self, algorithm_name: str) -> dict[str, Any]:
        """The settings dict of an algorithm, by official name (``KMEANS``, ...), or of a custom model. ValueError for
        an unknown name.
        """
        key = CLUSTERING_ALGORITHMS.get(algorithm_name)
        if key is not None:
            algorithm = self._modeling().get(key.lower())
            if not is_object(algorithm):
                raise ValueError(f"The task's settings hold no settings for algorithm {algorithm_name} ({key})")
            return algorithm
        found = self._custom_algorithm(algorithm_name)
        if found is not None:
            customs, index = found
            return customs[index]
        raise ValueError(f"Unknown algorithm: {algorithm_name}")


_TIME_UNITS = (
    "MILLISECOND",
    "SECOND",
    "MINUTE",
    "HOUR",
    "DAY",
    "BUSINESS_DAY",
    "WEEK",
    "MONTH",
    "QUARTER",
    "HALF_YEAR",
    "YEAR",
)
_INTERPOLATION_METHODS = ("NEAREST", "PREVIOUS", "NEXT", "LINEAR", "QUADRATIC", "CUBIC", "CONSTANT", "STAIRCASE")
_EXTRAPOLATION_METHODS = ("PREVIOUS_NEXT", "NO_EXTRAPOLATION", "CONSTANT", "LINEAR", "QUADRATIC", "CUBIC")
_CATEGORICAL_IMPUTATION_METHODS = ("MOST_COMMON", "NULL", "CONSTANT", "PREVIOUS_NEXT", "PREVIOUS", "NEXT")
_DUPLICATE_TIMESTAMPS_HANDLING_METHODS = ("FAIL_IF_CONFLICTING", "DROP_IF_CONFLICTING", "MEAN_MODE")
_BOUNDARY_DATE_MODES = ("AUTO", "CUSTOM")


def _one_of(value: str, allowed: tuple[str, ...], what: str) -> str:
    if value not in allowed:
        raise ValueError(f"Invalid {what} {value!r}, should be one of {list(allowed)}")
    return value


def _number(value: object, what: str) -> float:
    if not _is_number(value):
        raise TypeError(f"{what} must be a number, not {value!r}")
    return cast(float, value)


class AsyncDSSTimeseriesForecastingMLTaskSettings(AsyncAbstractTabularPredictionMLTaskSettings):
    """The settings of a time series forecasting task."""

    _algorithm_remap = _metas(TIMESERIES_ALGORITHMS)

    class PredictionTypes:
        """The prediction type of such a task."""

        TIMESERIES_FORECAST = "TIMESERIES_FORECAST"

    def __init__(
        self,
        client: AsyncDSSClient,
        project_key: str,
        analysis_id: str,
        mltask_id: str,
        mltask_settings: MLTaskSettings,
    ) -> None:
        super().__init__(client, project_key, analysis_id, mltask_id, mltask_settings)
        if self.get_prediction_type() != self.PredictionTypes.TIMESERIES_FORECAST:
            raise ValueError(f"Unknown prediction type: {self.get_prediction_type()}")

    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["ARIMA"]) -> ArimaSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["CROSTON"]) -> CrostonSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["ETS"]) -> ETSSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["NHITS"]) -> NHITSSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["TFT"]) -> TFTSettings: ...
    @overload
    def get_algorithm_settings(
        self, algorithm_name: Literal["RANDOM_FOREST_REGRESSION"]
    ) -> TimeseriesRandomForestSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["XGBOOST_REGRESSION"]) -> TimeseriesXGBoostSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["RIDGE_REGRESSION"]) -> RidgeRegressionSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["LIGHTGBM_REGRESSION"]) -> TimeseriesLightGBMSettings: ...
    @overload
    def get_algorithm_settings(
        self, algorithm_name: Literal["TRIVIAL_IDENTITY_TIMESERIES"]
    ) -> PredictionAlgorithmSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["SEASONAL_NAIVE"]) -> SeasonalNaiveSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["AUTO_ARIMA"]) -> AutoArimaSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["SEASONAL_LOESS"]) -> SeasonalLoessSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["PROPHET"]) -> ProphetSettings: ...
    @overload
    def get_algorithm_settings(
        self, algorithm_name: Literal["GLUONTS_NPTS_FORECASTER"]
    ) -> GluonTSNPTSForecasterSettings: ...
    @overload
    def get_algorithm_settings(
        self, algorithm_name: Literal["GLUONTS_TORCH_SIMPLE_FEEDFORWARD"]
    ) -> GluonTSTorchSimpleFeedForwardSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["GLUONTS_TORCH_DEEPAR"]) -> GluonTSTorchDeepARSettings: ...
    @overload
    def get_algorithm_settings(
        self, algorithm_name: Literal["GLUONTS_SIMPLE_FEEDFORWARD"]
    ) -> GluonTSSimpleFeedForwardSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["GLUONTS_DEEPAR"]) -> GluonTSDeepARSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["GLUONTS_TRANSFORMER"]) -> GluonTSTransformerSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["GLUONTS_MQCNN"]) -> GluonTSMQCNNSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: str) -> PredictionAlgorithmSettings: ...
    def get_algorithm_settings(self, algorithm_name: str) -> PredictionAlgorithmSettings:
        """The settings of an algorithm, by official name, as an object of its settings class. See the base class."""
        return super().get_algorithm_settings(algorithm_name)

    def get_time_step_params(self) -> MLTimestepParams:
        """The time step settings (``timeunit``, ``numberOfTimeunits``, ...; the task's own dict)."""
        return cast("MLTimestepParams", nested_dict(self._untyped, "timestepParams"))

    async def _reguess(self, body: dict[str, Any]) -> None:
        await self.client._requester.empty(
            ml_tasks.reguess_ml_task_with_forecasting_params.request_kwargs,
            self.project_key,
            self.analysis_id,
            self.mltask_id,
            body=json_body(body),
        )

    async def set_time_step(
        self,
        time_unit: str | None = None,
        n_time_units: int | None = None,
        end_of_week_day: int | None = None,
        reguess: bool = True,
        update_algorithm_settings: bool = True,
        unit_alignment: int | None = None,
        monthly_alignment: int | None = None,
    ) -> None:
        """Set the time step (unit, number of units, alignments). (operation ``reguessMLTaskWithForecastingParams``)

        With ``reguess``, DSS then guesses the task's settings again.

        After a reguess, get the settings again: DSS changed them on its side.
        """
        step = nested_dict(self._untyped, "timestepParams")
        if time_unit is not None:
            _one_of(time_unit, _TIME_UNITS, "time unit")
        if n_time_units is not None:
            _check_int(n_time_units, "n_time_units", minimum=1)
        if end_of_week_day is not None and end_of_week_day not in range(1, 8):
            raise ValueError(f"end_of_week_day must be in 1..7 (1 is Sunday), not {end_of_week_day!r}")
        if monthly_alignment is not None and _check_int(monthly_alignment, "monthly_alignment") not in range(1, 32):
            raise ValueError(f"monthly_alignment must be in 1..31, not {monthly_alignment}")
        unit = time_unit if time_unit is not None else step.get("timeunit")
        if unit_alignment is not None:
            highest = {"QUARTER": 3, "HALF_YEAR": 6}.get(str(unit), 12)
            if _check_int(unit_alignment, "unit_alignment") not in range(1, highest + 1):
                raise ValueError(f"unit_alignment must be in 1..{highest}, not {unit_alignment}")
        if time_unit is not None:
            step["timeunit"] = time_unit
        if n_time_units is not None:
            step["numberOfTimeunits"] = n_time_units
        if end_of_week_day is not None:
            if unit != "WEEK":
                logger.warning("Changing end of week day, but time unit is not WEEK")
            step["endOfWeekDay"] = end_of_week_day
        if monthly_alignment is not None:
            if unit not in ("MONTH", "QUARTER", "HALF_YEAR", "YEAR"):
                logger.warning("Changing monthly alignment, but time unit is not MONTH, QUARTER, HALF_YEAR or YEAR")
            step["monthlyAlignment"] = monthly_alignment
        if unit_alignment is not None:
            if unit not in ("QUARTER", "HALF_YEAR", "YEAR"):
                logger.warning("Changing unit alignment, but time unit is not QUARTER, HALF_YEAR or YEAR")
            step["unitAlignment"] = unit_alignment
        if reguess:
            await self._reguess({"timestepParams": step, "updateAlgorithmSettings": update_algorithm_settings})

    def get_resampling_params(self) -> MLTaskTimeseriesSampling:
        """The resampling settings (``preprocessing.timeseriesSampling``; the task's own dict)."""
        return cast("MLTaskTimeseriesSampling", nested_dict(self._untyped, "preprocessing", "timeseriesSampling"))

    def _resampling(self) -> dict[str, Any]:
        return nested_dict(self._untyped, "preprocessing", "timeseriesSampling")

    def set_numerical_interpolation(self, method: str | None = None, constant: float | None = None) -> None:
        """Set how missing numerical values inside a series are interpolated (and the ``CONSTANT`` method's value)."""
        sampling = self._resampling()
        if method is not None:
            sampling["numericalInterpolateMethod"] = _one_of(method, _INTERPOLATION_METHODS, "interpolation method")
        if constant is not None:
            _number(constant, "constant")
            if sampling.get("numericalInterpolateMethod") != "CONSTANT":
                logger.warning(
                    "Changing numerical interpolation constant value, but interpolation method is not CONSTANT"
                )
            sampling["numericalInterpolateConstantValue"] = constant

    def set_numerical_extrapolation(self, method: str | None = None, constant: float | None = None) -> None:
        """Set how numerical values are extrapolated at a series' ends (and the ``CONSTANT`` method's value)."""
        sampling = self._resampling()
        if method is not None:
            sampling["numericalExtrapolateMethod"] = _one_of(method, _EXTRAPOLATION_METHODS, "extrapolation method")
        if constant is not None:
            _number(constant, "constant")
            if sampling.get("numericalExtrapolateMethod") != "CONSTANT":
                logger.warning(
                    "Changing numerical extrapolation constant value, but extrapolation method is not CONSTANT"
                )
            sampling["numericalExtrapolateConstantValue"] = constant

    def set_resampling_dates(
        self,
        start_date_mode: str = "AUTO",
        custom_start_date: datetime.date | None = None,
        end_date_mode: str = "AUTO",
        custom_end_date: datetime.date | None = None,
    ) -> None:
        """Set the dates the series are resampled between: ``AUTO`` (the data's) or ``CUSTOM`` (the dates given)."""
        _one_of(start_date_mode, _BOUNDARY_DATE_MODES, "resampling start date mode")
        _one_of(end_date_mode, _BOUNDARY_DATE_MODES, "resampling end date mode")
        for date in (custom_start_date, custom_end_date):
            if date is not None and not _is_instance(date, datetime.date):
                raise TypeError(f"Resampling dates must be datetime.date objects, not {date!r}")
        sampling = self._resampling()
        sampling["startDateMode"] = start_date_mode
        if custom_start_date is not None:
            if start_date_mode != "CUSTOM":
                logger.warning(
                    "Changing resampling start date but start date mode is not CUSTOM, the date will be ignored"
                )
            sampling["customStartDate"] = custom_start_date.isoformat()
        sampling["endDateMode"] = end_date_mode
        if custom_end_date is not None:
            if end_date_mode != "CUSTOM":
                logger.warning("Changing resampling end date but end date mode is not CUSTOM, the date will be ignored")
            sampling["customEndDate"] = custom_end_date.isoformat()

    def set_categorical_imputation(self, method: str | None = None, constant: str | None = None) -> None:
        """Set how missing categorical values are imputed (and the ``CONSTANT`` method's value)."""
        sampling = self._resampling()
        if method is not None:
            sampling["categoricalImputeMethod"] = _one_of(method, _CATEGORICAL_IMPUTATION_METHODS, "imputation method")
        if constant is not None:
            if not _is_str(constant):
                raise TypeError(f"The constant must be a string, not {constant!r}")
            if sampling.get("categoricalImputeMethod") != "CONSTANT":
                logger.warning("Changing categorical imputation constant value, but imputation method is not CONSTANT")
            sampling["categoricalConstantValue"] = constant

    def set_duplicate_timestamp_handling(self, method: str) -> None:
        """Set what happens to rows of a series sharing a timestamp: ``FAIL_IF_CONFLICTING``, ``DROP_IF_CONFLICTING``,
        ``MEAN_MODE``.
        """
        self._resampling()["duplicateTimestampsHandlingMethod"] = _one_of(
            method, _DUPLICATE_TIMESTAMPS_HANDLING_METHODS, "duplicate timestamp handling method"
        )

    @property
    def forecast_horizon(self) -> int:
        """The number of time steps forecast."""
        horizon: int = self._untyped["predictionLength"]
        return horizon

    async def set_forecast_horizon(
        self,
        forecast_horizon: int,
        reguess: bool = True,
        update_algorithm_settings: bool = True,
        validation_horizons: int | None = None,
    ) -> None:
        """Set the forecast horizon, and the test size. (operation ``reguessMLTaskWithForecastingParams``)

        The test set is ``validation_horizons`` horizons (by default, as many as before). With
        ``reguess``, DSS then guesses the task's settings again.
        """
        _check_int(forecast_horizon, "forecast_horizon", minimum=1)
        evaluation = nested_dict(self._untyped, "evaluationParams")
        horizons: float = (
            validation_horizons
            if validation_horizons is not None
            else evaluation["testSize"] / self._untyped["predictionLength"]
        )
        if horizons % 1 != 0:
            raise ValueError(f"The number of validation horizons must be a whole number, not {horizons}")
        whole = int(horizons)
        self._untyped["predictionLength"] = forecast_horizon
        evaluation["testSize"] = forecast_horizon * whole
        if reguess:
            await self._reguess(
                {
                    "forecastHorizon": forecast_horizon,
                    "updateAlgorithmSettings": update_algorithm_settings,
                    "validationHorizons": whole,
                }
            )

    @property
    def evaluation_gap(self) -> int:
        """The number of time steps skipped before the evaluation."""
        gap: int = nested_dict(self._untyped, "evaluationParams")["gapSize"]
        return gap

    @evaluation_gap.setter
    def evaluation_gap(self, value: int) -> None:
        _check_int(value, "evaluation_gap")
        if value >= self.forecast_horizon:
            raise ValueError("The gap must be smaller than the forecast horizon")
        evaluation = nested_dict(self._untyped, "evaluationParams")
        evaluation["gapSize"] = value
        evaluation["testSize"] = self.forecast_horizon - value

    @property
    def time_variable(self) -> str:
        """The feature holding the time (read-only)."""
        variable: str = self._untyped["timeVariable"]
        return variable

    @property
    def timeseries_identifiers(self) -> list[str]:
        """The features identifying the series (a copy)."""
        return list(array_or_empty(self._untyped.get("timeseriesIdentifiers")))

    @property
    def quantiles_to_forecast(self) -> list[float]:
        """The quantiles forecast."""
        quantiles: list[float] = self._untyped["quantilesToForecast"]
        return quantiles

    @quantiles_to_forecast.setter
    def quantiles_to_forecast(self, values: list[float]) -> None:
        if not _is_list(values):
            raise TypeError(f"quantiles_to_forecast takes a list of numbers, not {values!r}")
        self._untyped["quantilesToForecast"] = sorted(set(values))

    @property
    def skip_too_short_timeseries_for_training(self) -> bool | None:
        """Whether series too short (or constant) are skipped at training, rather than failing it."""
        value: bool | None = self._untyped.get("skipTooShortTimeseriesForTraining")
        return value

    @skip_too_short_timeseries_for_training.setter
    def skip_too_short_timeseries_for_training(self, value: bool) -> None:
        self._untyped["skipTooShortTimeseriesForTraining"] = value


class AsyncDSSCausalPredictionMLTaskSettings(AsyncAbstractTabularPredictionMLTaskSettings):
    """The settings of a causal prediction task."""

    _algorithm_remap = _metas(CAUSAL_ALGORITHMS)

    class PredictionTypes:
        """The prediction types of such a task."""

        CAUSAL_REGRESSION = "CAUSAL_REGRESSION"
        CAUSAL_BINARY_CLASSIFICATION = "CAUSAL_BINARY_CLASSIFICATION"

    class MetaLearners:
        """The meta-learners that turn base learners into causal models."""

        S_LEARNER = "S_LEARNER"
        T_LEARNER = "T_LEARNER"
        X_LEARNER = "X_LEARNER"

    def __init__(
        self,
        client: AsyncDSSClient,
        project_key: str,
        analysis_id: str,
        mltask_id: str,
        mltask_settings: MLTaskSettings,
    ) -> None:
        super().__init__(client, project_key, analysis_id, mltask_id, mltask_settings)
        types = self.PredictionTypes
        if self.get_prediction_type() not in (types.CAUSAL_REGRESSION, types.CAUSAL_BINARY_CLASSIFICATION):
            raise ValueError(f"Unknown prediction type: {self.get_prediction_type()}")

    def _check_binary(self) -> None:
        if self.get_prediction_type() != self.PredictionTypes.CAUSAL_BINARY_CLASSIFICATION:
            raise ValueError("Positive outcome class is only defined for causal binary classifications")

    @property
    def positive_outcome_class(self) -> str:
        """The outcome's positive class (causal binary classification only)."""
        self._check_binary()
        value: str = self._untyped["positiveClass"]
        return value

    @positive_outcome_class.setter
    def positive_outcome_class(self, outcome_class: str) -> None:
        self._check_binary()
        remapping: list[dict[str, Any]] = array_or_empty(
            nested_dict(self._untyped, "preprocessing").get("target_remapping")
        )
        classes = [entry.get("sourceValue") for entry in remapping]
        if outcome_class not in classes:
            raise ValueError(f"Unknown value for outcome variable: {outcome_class!r}, must be in {classes}")
        self._untyped["positiveClass"] = outcome_class

    @property
    def control_value(self) -> str:
        """The treatment variable's control value."""
        value: str = self._untyped["controlValue"]
        return value

    @control_value.setter
    def control_value(self, control_value: str) -> None:
        treatments: list[str] = array_or_empty(self._untyped.get("treatmentValues"))
        if control_value not in treatments:
            raise ValueError(f"Unknown value for treatment variable: {control_value!r}, must be in {treatments}")
        self._untyped["controlValue"] = control_value

    @property
    def enable_multi_valued_treatment(self) -> bool:
        """Whether the treatment may take more than two values."""
        return bool(self._untyped["enableMultiTreatment"])

    @enable_multi_valued_treatment.setter
    def enable_multi_valued_treatment(self, enabled: bool) -> None:
        self._untyped["enableMultiTreatment"] = enabled
        if enabled and len(array_or_empty(self._untyped.get("treatmentValues"))) <= 2:
            logger.warning("Multi-valued treatment requires at least 3 values for the treatment variable")

    def _check_algorithm(self, algorithm_name: str) -> None:
        if algorithm_name != "CAUSAL_FOREST" and not self.meta_learners:
            logger.warning("No meta-learner enabled for selected base learner: %s", algorithm_name)

    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["CAUSAL_FOREST"]) -> CausalForestSettings: ...
    @overload
    def get_algorithm_settings(
        self, algorithm_name: Literal["RANDOM_FOREST_CLASSIFICATION", "RANDOM_FOREST_REGRESSION", "EXTRA_TREES"]
    ) -> RandomForestSettings: ...
    @overload
    def get_algorithm_settings(
        self, algorithm_name: Literal["GBT_CLASSIFICATION", "GBT_REGRESSION"]
    ) -> GradientBoostedTreesSettings: ...
    @overload
    def get_algorithm_settings(
        self, algorithm_name: Literal["DECISION_TREE_CLASSIFICATION", "DECISION_TREE_REGRESSION"]
    ) -> DecisionTreeSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["RIDGE_REGRESSION"]) -> RidgeRegressionSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["LASSO_REGRESSION"]) -> LassoRegressionSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["LEASTSQUARE_REGRESSION"]) -> OLSSettings: ...
    @overload
    def get_algorithm_settings(
        self, algorithm_name: Literal["SGD_REGRESSION", "SGD_CLASSIFICATION"]
    ) -> SGDSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["KNN"]) -> KNNSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["LOGISTIC_REGRESSION"]) -> LogitSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["NEURAL_NETWORK"]) -> SingleLayerPerceptronSettings: ...
    @overload
    def get_algorithm_settings(
        self, algorithm_name: Literal["DEEP_NEURAL_NETWORK_REGRESSION", "DEEP_NEURAL_NETWORK_CLASSIFICATION"]
    ) -> DeepNeuralNetworkSettings: ...
    @overload
    def get_algorithm_settings(
        self, algorithm_name: Literal["SVC_CLASSIFICATION", "SVM_REGRESSION"]
    ) -> SVMSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: Literal["LARS"]) -> LARSSettings: ...
    @overload
    def get_algorithm_settings(
        self, algorithm_name: Literal["LIGHTGBM_CLASSIFICATION", "LIGHTGBM_REGRESSION"]
    ) -> LightGBMSettings: ...
    @overload
    def get_algorithm_settings(
        self, algorithm_name: Literal["XGBOOST_CLASSIFICATION", "XGBOOST_REGRESSION"]
    ) -> XGBoostSettings: ...
    @overload
    def get_algorithm_settings(self, algorithm_name: str) -> PredictionAlgorithmSettings: ...
    def get_algorithm_settings(self, algorithm_name: str) -> PredictionAlgorithmSettings:
        """The settings of the causal forest or of a base learner (warning when no meta-learner uses base learners)."""
        self._check_algorithm(algorithm_name)
        return super().get_algorithm_settings(algorithm_name)

    def set_algorithm_enabled(self, algorithm_name: str, enabled: bool) -> None:
        """Enable or disable the causal forest or a base learner."""
        if enabled:
            self._check_algorithm(algorithm_name)
        super().set_algorithm_enabled(algorithm_name, enabled)

    def get_enabled_algorithm_names(self) -> list[str]:
        """The enabled algorithms (warning for each base learner when no meta-learner is enabled)."""
        names = super().get_enabled_algorithm_names()
        for name in names:
            self._check_algorithm(name)
        return names

    @property
    def meta_learners(self) -> list[str]:
        """The enabled meta-learners (``S_LEARNER``, ``T_LEARNER``, ``X_LEARNER``)."""
        learners: list[str] = array_or_empty(self._modeling().get("meta_learners"))
        return learners

    @meta_learners.setter
    def meta_learners(self, meta_learners: list[str]) -> None:
        if not _is_list(meta_learners) or not all(_is_str(name) for name in meta_learners):
            raise ValueError("Meta-learners must be specified as a list of str")
        known = [self.MetaLearners.S_LEARNER, self.MetaLearners.T_LEARNER, self.MetaLearners.X_LEARNER]
        for name in meta_learners:
            if name not in known:
                raise ValueError(f"Invalid meta-learner name: {name}, must be in {known}")
        if meta_learners and not [name for name in self.get_enabled_algorithm_names() if name != "CAUSAL_FOREST"]:
            logger.warning("No base-learner enabled, the meta-learners will be ignored under the current settings")
        self._modeling()["meta_learners"] = meta_learners

    def get_treatment_analysis_settings(self) -> MLTaskPropensityModeling:
        """The treatment analysis (propensity model) settings (the task's own dict)."""
        return cast("MLTaskPropensityModeling", nested_dict(self._modeling(), "propensityModeling"))

    def set_treatment_analysis_enabled(
        self, enabled: bool, calibrate_propensity: bool = False, calibration_data_ratio: float = 0.1
    ) -> None:
        """Enable or disable the treatment analysis, and set its probability calibration."""
        propensity = nested_dict(self._modeling(), "propensityModeling")
        propensity["enabled"] = enabled
        propensity["calibrateProbabilities"] = calibrate_propensity
        propensity["calibrationDataRatio"] = calibration_data_ratio

    def add_custom_mllib_model(self, name: str = "Custom MLlib Model", code: str = "") -> None:
        """Not available: causal predictions have no MLlib backend (NotImplementedError)."""
        raise NotImplementedError("MLLib backend is not supported for causal predictions.")


def settings_for_task(
    client: AsyncDSSClient, project_key: str, analysis_id: str, mltask_id: str, raw: MLTaskSettings
) -> AsyncDSSMLTaskSettings:
    """The settings object of the class fitting the task's kind (as the official ``get_settings`` chooses)."""
    cls: type[AsyncDSSMLTaskSettings]
    if raw.get("taskType") == "PREDICTION":
        prediction_type = raw.get("predictionType")
        if prediction_type == TIMESERIES_FORECAST:
            cls = AsyncDSSTimeseriesForecastingMLTaskSettings
        elif prediction_type in CAUSAL_PREDICTION_TYPES:
            cls = AsyncDSSCausalPredictionMLTaskSettings
        elif prediction_type == MULTI_TARGET_REGRESSION:
            cls = AsyncDSSMultiTargetPredictionMLTaskSettings
        else:
            cls = AsyncDSSPredictionMLTaskSettings
    else:
        cls = AsyncDSSClusteringMLTaskSettings
    return cls(client, project_key, analysis_id, mltask_id, raw)
