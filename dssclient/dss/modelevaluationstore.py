# Derived from dssclient/aio/dss/modelevaluationstore.py by scripts/unasync.py: do not edit.
"""Model evaluation stores: the ``TABULAR`` evaluation stores, whose evaluations are of models.

The classes of :mod:`dssclient.dss.drift` and of :mod:`dssclient.dss.evaluationstore` are also
importable from here, as from the official module.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from dssclient.dss.drift import (
    ColumnSettings,
    DataDriftParams,
    DataDriftResult,
    DriftModelAccuracy,
    DriftModelResult,
    DriftParams,
    DriftResult,
    PerColumnDriftParamBuilder,
    PredictionDriftResult,
    UnivariateDriftResult,
)

from .evaluationstore import (
    DSSEvaluation,
    DSSEvaluationFullInfo,
    DSSEvaluationStore,
    DSSEvaluationStoreSettings,
    DSSTimeSeriesModelEvaluationFullInfo,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    from dssclient.payloads import EvaluationFullInfo, EvaluationStoreSettings

    from ..dssclient import DSSClient

__all__ = [
    "DSSEvaluation",
    "DSSEvaluationFullInfo",
    "DSSEvaluationStore",
    "DSSEvaluationStoreSettings",
    "DSSModelEvaluation",
    "DSSModelEvaluationFullInfo",
    "DSSModelEvaluationStore",
    "DSSModelEvaluationStoreSettings",
    "DSSTimeSeriesModelEvaluationFullInfo",
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


class DSSModelEvaluationStore(DSSEvaluationStore):
    """A handle on a model evaluation store. Get one with :meth:`DSSProject.get_model_evaluation_store`."""

    def __init__(self, client: DSSClient, project_key: str, mes_id: str) -> None:
        super().__init__(client, project_key, mes_id)

    @property
    def mes_id(self) -> str:
        """The store's identifier."""
        return self.id

    def get_settings(self) -> DSSModelEvaluationStoreSettings:
        """The store's settings. (operation ``getEvaluationStore``)"""
        return DSSModelEvaluationStoreSettings(self, self._fetch_settings())

    def list_model_evaluations(self) -> list[DSSModelEvaluation]:
        """The store's model evaluations, oldest first. (operation ``listEvaluations``)"""
        return [DSSModelEvaluation(self, item["ref"]["evaluationId"]) for item in self._fetch_evaluations()]

    def get_model_evaluation(self, evaluation_id: str) -> DSSModelEvaluation:
        """A handle on one model evaluation of the store (no call is made)."""
        return DSSModelEvaluation(self, evaluation_id)

    def get_latest_model_evaluation(self) -> DSSModelEvaluation | None:
        """The most recent model evaluation, None when the store has none. (operation ``getLatestEvaluationId``)"""
        latest = self._fetch_latest_evaluation_id()
        return DSSModelEvaluation(self, latest) if latest else None

    def delete_model_evaluations(self, evaluations: Sequence[Any]) -> None:
        """Delete model evaluations (handles, ids, or dicts with an ``evaluation_id``).

        (operation ``deleteEvaluations``)
        """
        self.delete_evaluations(evaluations)

    def add_custom_model_evaluation(
        self,
        metrics: Sequence[Mapping[str, Any]],
        evaluation_id: str | None = None,
        name: str | None = None,
        labels: Sequence[Mapping[str, Any]] | None = None,
        model: object = None,
    ) -> None:
        """Record a model evaluation made elsewhere (see :meth:`add_custom_evaluation`).

        (operation ``addCustomEvaluation``)
        """
        self.add_custom_evaluation(metrics, evaluation_id, name, labels, model)


class DSSModelEvaluationStoreSettings(DSSEvaluationStoreSettings):
    """A model evaluation store's settings: edit :meth:`get_raw`, then :meth:`save`."""

    def __init__(self, model_evaluation_store: DSSModelEvaluationStore, settings: EvaluationStoreSettings) -> None:
        super().__init__(model_evaluation_store, settings)

    @property
    def model_evaluation_store(self) -> DSSEvaluationStore:
        """The store these settings are of."""
        return self.evaluation_store


class DSSModelEvaluation(DSSEvaluation):
    """A handle on a model evaluation. Get one with :meth:`DSSModelEvaluationStore.get_model_evaluation`."""

    def __init__(self, model_evaluation_store: DSSEvaluationStore, evaluation_id: str) -> None:
        super().__init__(model_evaluation_store, evaluation_id)

    @property
    def mes_id(self) -> str:
        """The identifier of the evaluation's store."""
        return self.evaluation_store.id

    def get_full_info(self) -> DSSModelEvaluationFullInfo | DSSTimeSeriesModelEvaluationFullInfo:
        """The model evaluation with its metrics. (operation ``getEvaluation``)"""
        data = self._fetch_evaluation()
        if data["evaluation"].get("predictionType") == "TIMESERIES_FORECAST":
            return DSSTimeSeriesModelEvaluationFullInfo(self, data)
        return DSSModelEvaluationFullInfo(self, data)


class DSSModelEvaluationFullInfo(DSSEvaluationFullInfo):
    """A model evaluation with its metrics, the model it evaluated and its user metadata."""

    def __init__(self, model_evaluation: DSSEvaluation, full_info: EvaluationFullInfo) -> None:
        super().__init__(model_evaluation, full_info)

    @property
    def model_evaluation(self) -> DSSEvaluation:
        """The model evaluation."""
        return self.evaluation
