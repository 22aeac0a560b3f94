"""Drift computations of evaluations: their parameters and their results (no call is made here).

:meth:`DSSEvaluation.compute_drift` sends a :class:`DriftParams` and returns a :class:`DriftResult`
(the result of DSS's long task) whose parts are the classes below, each over the dict DSS sent.
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from dssclient.payloads import (
        DriftColumnParams,
        DriftColumnSettings,
        DriftModelResultDriftVersusImportance,
        UnivariateColumnDrift,
    )
    from dssclient.payloads import (
        DriftModelAccuracy as DriftModelAccuracyPayload,
    )
    from dssclient.payloads import (
        DriftModelResult as DriftModelResultPayload,
    )
    from dssclient.payloads import (
        DriftParams as DriftParamsPayload,
    )
    from dssclient.payloads import (
        DriftResult as DriftResultPayload,
    )
    from dssclient.payloads import (
        PredictionDriftResult as PredictionDriftResultPayload,
    )
    from dssclient.payloads import (
        UnivariateDriftResult as UnivariateDriftResultPayload,
    )

__all__ = [
    "ColumnSettings",
    "DataDriftParams",
    "DataDriftResult",
    "DriftModelAccuracy",
    "DriftModelResult",
    "DriftParams",
    "DriftResult",
    "PerColumnDriftParamBuilder",
    "PredictionDriftResult",
    "UnivariateDriftResult",
]

ColumnHandling = Literal["NUMERICAL", "CATEGORICAL", "AUTO"]
_HANDLINGS = ("NUMERICAL", "CATEGORICAL", "AUTO")


def _is_number(value: object, *, integer: bool) -> bool:
    """Whether a value callers may pass as anything is an int (a number), and not a bool."""
    if isinstance(value, bool):
        return False
    return isinstance(value, int) if integer else isinstance(value, (int, float))


def _params(
    per_column_settings: Mapping[str, DriftColumnParams],
    nb_bins: int,
    compute_histograms: bool,
    confidence_level: float,
) -> DriftParamsPayload:
    if not _is_number(nb_bins, integer=True) or not 2 <= nb_bins <= 1000:
        raise ValueError(f"nb_bins must be an integer from 2 to 1000, not {nb_bins!r}")
    if not _is_number(confidence_level, integer=False):
        raise TypeError(f"confidence_level must be a number, not {type(confidence_level).__name__}")
    if not 0 < confidence_level < 1:
        raise ValueError(f"confidence_level must be strictly between 0 and 1, not {confidence_level!r}")
    return {
        "columns": dict(per_column_settings),
        "nbBins": nb_bins,
        "computeHistograms": bool(compute_histograms),
        "confidenceLevel": float(confidence_level),
    }


class DriftParams:
    """Parameters of a drift computation; build them with :meth:`from_params`. ``data`` is what is sent."""

    def __init__(self, data: DriftParamsPayload) -> None:
        self.data = data

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.data!r})"

    @staticmethod
    def from_params(
        per_column_settings: Mapping[str, DriftColumnParams],
        nb_bins: int = 10,
        compute_histograms: bool = True,
        confidence_level: float = 0.95,
    ) -> DriftParams:
        """Parameters from per-column settings (see :class:`PerColumnDriftParamBuilder`), the number of
        bins of the histograms, whether to compute them, and the level of the confidence interval of
        the drift model's accuracy. Out-of-range values raise ``ValueError``.
        """
        return DriftParams(_params(per_column_settings, nb_bins, compute_histograms, confidence_level))


class DataDriftParams:
    """Deprecated form of :class:`DriftParams` (for :meth:`DSSEvaluation.compute_data_drift`)."""

    def __init__(self, data: DriftParamsPayload) -> None:
        self.data = data

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.data!r})"

    @staticmethod
    def from_params(
        per_column_settings: Mapping[str, DriftColumnParams],
        nb_bins: int = 10,
        compute_histograms: bool = True,
        confidence_level: float = 0.95,
    ) -> DataDriftParams:
        """Deprecated: use :meth:`DriftParams.from_params` (same arguments)."""
        warnings.warn("DataDriftParams is deprecated: use DriftParams.from_params", DeprecationWarning, stacklevel=2)
        return DataDriftParams(_params(per_column_settings, nb_bins, compute_histograms, confidence_level))


class PerColumnDriftParamBuilder:
    """Builds the per-column settings of :meth:`DriftParams.from_params`."""

    def __init__(self) -> None:
        self.columns: dict[str, DriftColumnParams] = {}

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.columns!r})"

    def build(self) -> dict[str, DriftColumnParams]:
        """The per-column settings built so far."""
        return self.columns

    def with_column_drift_param(
        self, name: str, handling: ColumnHandling | str = "AUTO", enabled: bool = True
    ) -> PerColumnDriftParamBuilder:
        """Handle column ``name`` as ``NUMERICAL``, ``CATEGORICAL`` or ``AUTO``; ``enabled=False`` leaves it out."""
        if handling not in _HANDLINGS:
            raise ValueError(f"handling must be one of {', '.join(_HANDLINGS)}, not {handling!r}")
        self.columns[name] = {"handling": handling, "enabled": bool(enabled)}  # type: ignore[typeddict-item]
        return self


class DriftModelAccuracy:
    """The drift model's accuracy (``value``) with its confidence interval and p-value."""

    def __init__(self, data: DriftModelAccuracyPayload) -> None:
        self.data = data
        self.value: float = data["value"]
        self.lower_confidence_interval: float = data["lower"]
        self.upper_confidence_interval: float = data["upper"]
        self.pvalue: float = data["pvalue"]

    def __repr__(self) -> str:
        return f"{type(self).__name__}(value={self.value!r}, pvalue={self.pvalue!r})"

    def get_raw(self) -> DriftModelAccuracyPayload:
        """The accuracy as DSS sent it."""
        return self.data


class DriftModelResult:
    """The drift model: a classifier trained to tell reference rows from current ones."""

    def __init__(self, data: DriftModelResultPayload) -> None:
        self.data = data
        self.drift_model_accuracy = DriftModelAccuracy(data["driftModelAccuracy"])
        self.feature_drift_importance: DriftModelResultDriftVersusImportance = data["driftVersusImportance"]

    def __repr__(self) -> str:
        return f"{type(self).__name__}(accuracy={self.drift_model_accuracy.value!r})"

    def get_raw(self) -> DriftModelResultPayload:
        """The drift model's result as DSS sent it."""
        return self.data


class UnivariateDriftResult:
    """The drift of each column, comparing its reference and current distributions."""

    def __init__(self, data: UnivariateDriftResultPayload) -> None:
        self.data = data
        self.per_column_drift_data: dict[str, UnivariateColumnDrift] = data["columns"]

    def __repr__(self) -> str:
        return f"{type(self).__name__}(columns={sorted(self.per_column_drift_data)!r})"

    def get_raw(self) -> UnivariateDriftResultPayload:
        """The per-column drift as DSS sent it."""
        return self.data


class PredictionDriftResult:
    """The drift of the prediction column: ``chiSquare``, ``ks`` p-values and ``psi``."""

    def __init__(self, data: PredictionDriftResultPayload) -> None:
        self.data = data
        self.chiSquare: float | None = data.get("chiSquareTestPvalue")  # noqa: N815 - the official name
        self.ks: float | None = data.get("ksTestPvalue")
        self.psi: float | None = data.get("populationStabilityIndex")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(chiSquare={self.chiSquare!r}, ks={self.ks!r}, psi={self.psi!r})"

    def get_raw(self) -> PredictionDriftResultPayload:
        """The prediction drift as DSS sent it."""
        return self.data


class ColumnSettings:
    """How a column was handled (``NUMERICAL``, ``CATEGORICAL``, ``IGNORED``), and why not as asked."""

    def __init__(self, data: DriftColumnSettings) -> None:
        self.data = data
        self.name: str = data["name"]
        self.actual_column_handling: str = data["actualHandling"]
        self.default_column_handling: str = data["defaultHandling"]
        self.error_message: str | None = data.get("errorMessage")

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r}, actual_column_handling={self.actual_column_handling!r})"

    def get_raw(self) -> DriftColumnSettings:
        """The column's handling as DSS sent it."""
        return self.data


class DriftResult:
    """The result of :meth:`DSSEvaluation.compute_drift`; each part is None when DSS computed none."""

    def __init__(self, data: DriftResultPayload) -> None:
        self.data = data
        model = data.get("driftModelResult")
        self.drift_model_result = DriftModelResult(model) if model is not None else None
        univariate = data.get("univariateDriftResult")
        self.univariate_drift_result = UnivariateDriftResult(univariate) if univariate is not None else None
        settings = data.get("perColumnSettings")
        self.per_column_settings = [ColumnSettings(item) for item in settings] if settings is not None else None
        prediction = data.get("predictionDriftResult")
        self.prediction_drift_result = PredictionDriftResult(prediction) if prediction is not None else None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(reference={self.data.get('referenceId')!r})"

    def get_raw(self) -> DriftResultPayload:
        """The result as DSS sent it."""
        return self.data


class DataDriftResult:
    """The result of the deprecated :meth:`DSSEvaluation.compute_data_drift` (every part present)."""

    def __init__(self, data: DriftResultPayload) -> None:
        self.data = data
        self.drift_model_result = DriftModelResult(data["driftModelResult"])
        self.univariate_drift_result = UnivariateDriftResult(data["univariateDriftResult"])
        self.per_column_settings = [ColumnSettings(item) for item in data["perColumnSettings"]]

    def __repr__(self) -> str:
        return f"{type(self).__name__}(reference={self.data.get('referenceId')!r})"

    def get_raw(self) -> DriftResultPayload:
        """The result as DSS sent it."""
        return self.data
