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
    AsyncDSSEvaluation,
    AsyncDSSEvaluationFullInfo,
    AsyncDSSEvaluationStore,
    AsyncDSSEvaluationStoreSettings,
    AsyncDSSTimeSeriesModelEvaluationFullInfo,
)

if TYPE_CHECKING:
    from collections.abc import Mapping

    from dssclient.payloads import EvaluationFullInfo, EvaluationStoreSettings

    from ..dssclient import AsyncDSSClient

__all__ = [
    "AsyncDSSEvaluation",
    "AsyncDSSEvaluationFullInfo",
    "AsyncDSSEvaluationStore",
    "AsyncDSSEvaluationStoreSettings",
    "AsyncDSSModelEvaluation",
    "AsyncDSSModelEvaluationFullInfo",
    "AsyncDSSModelEvaluationStore",
    "AsyncDSSModelEvaluationStoreSettings",
    "AsyncDSSTimeSeriesModelEvaluationFullInfo",
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


class AsyncDSSModelEvaluationStore(AsyncDSSEvaluationStore):
    """A handle on a model evaluation store. Get one with :meth:`DSSProject.get_model_evaluation_store`."""

    def __init__(self, client: AsyncDSSClient, project_key: str, mes_id: str) -> None:
        super().__init__(client, project_key, mes_id)

    @property
    def mes_id(self) -> str:
        """The store's identifier."""
        return self.id

    async def get_settings(self) -> AsyncDSSModelEvaluationStoreSettings:
        """The store's settings. (operation ``getEvaluationStore``)"""
        return AsyncDSSModelEvaluationStoreSettings(self, await self._fetch_settings())

    async def list_model_evaluations(self) -> list[AsyncDSSModelEvaluation]:
        """The store's model evaluations, oldest first. (operation ``listEvaluations``)"""
        return [AsyncDSSModelEvaluation(self, item["ref"]["evaluationId"]) for item in await self._fetch_evaluations()]

    def get_model_evaluation(self, evaluation_id: str) -> AsyncDSSModelEvaluation:
        """A handle on one model evaluation of the store (no call is made)."""
        return AsyncDSSModelEvaluation(self, evaluation_id)

    async def get_latest_model_evaluation(self) -> AsyncDSSModelEvaluation | None:
        """The most recent model evaluation, None when the store has none. (operation ``getLatestEvaluationId``)"""
        latest = await self._fetch_latest_evaluation_id()
        return AsyncDSSModelEvaluation(self, latest) if latest else None

    async def delete_model_evaluations(self, evaluations: Sequence[Any]) -> None:
        """Delete model evaluations (handles, ids, or dicts with an ``evaluation_id``).

        (operation ``deleteEvaluations``)
        """
        await self.delete_evaluations(evaluations)

    async def add_custom_model_evaluation(
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
        await self.add_custom_evaluation(metrics, evaluation_id, name, labels, model)


class AsyncDSSModelEvaluationStoreSettings(AsyncDSSEvaluationStoreSettings):
    """A model evaluation store's settings: edit :meth:`get_raw`, then :meth:`save`."""

    def __init__(self, model_evaluation_store: AsyncDSSModelEvaluationStore, settings: EvaluationStoreSettings) -> None:
        super().__init__(model_evaluation_store, settings)

    @property
    def model_evaluation_store(self) -> AsyncDSSEvaluationStore:
        """The store these settings are of."""
        return self.evaluation_store


class AsyncDSSModelEvaluation(AsyncDSSEvaluation):
    """A handle on a model evaluation. Get one with :meth:`DSSModelEvaluationStore.get_model_evaluation`."""

    def __init__(self, model_evaluation_store: AsyncDSSEvaluationStore, evaluation_id: str) -> None:
        super().__init__(model_evaluation_store, evaluation_id)

    @property
    def mes_id(self) -> str:
        """The identifier of the evaluation's store."""
        return self.evaluation_store.id

    async def get_full_info(self) -> AsyncDSSModelEvaluationFullInfo | AsyncDSSTimeSeriesModelEvaluationFullInfo:
        """The model evaluation with its metrics. (operation ``getEvaluation``)"""
        data = await self._fetch_evaluation()
        if data["evaluation"].get("predictionType") == "TIMESERIES_FORECAST":
            return AsyncDSSTimeSeriesModelEvaluationFullInfo(self, data)
        return AsyncDSSModelEvaluationFullInfo(self, data)


class AsyncDSSModelEvaluationFullInfo(AsyncDSSEvaluationFullInfo):
    """A model evaluation with its metrics, the model it evaluated and its user metadata."""

    def __init__(self, model_evaluation: AsyncDSSEvaluation, full_info: EvaluationFullInfo) -> None:
        super().__init__(model_evaluation, full_info)

    @property
    def model_evaluation(self) -> AsyncDSSEvaluation:
        """The model evaluation."""
        return self.evaluation
