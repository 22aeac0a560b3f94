"""Evaluation stores of a project: their settings, evaluations, metrics and checks, and drift.

A store has a flavor: ``TABULAR`` (a model evaluation store, :mod:`dssclient.dss.modelevaluationstore`),
``LLM`` or ``AGENT``. An evaluation is addressed by its store and its id; its full id is
``ME-{projectKey}-{storeId}-{evaluationId}``.
"""

from __future__ import annotations

import importlib
import io
import json
import warnings
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, overload

from dssclient_generated.api import evaluation_stores
from dssclient_generated.types import UNSET

from dssclient.dss.drift import DataDriftParams, DataDriftResult, DriftParams, DriftResult
from dssclient.dss.metrics import ComputedMetrics
from dssclient.dss.utils import DSSRawSettings

from .._requester import json_body
from .discussion import AsyncDSSObjectDiscussions
from .future import AsyncDSSFuture

if TYPE_CHECKING:
    from dssclient.payloads import (
        ChecksReport,
        ComputedMetricsValues,
        DriftFutureState,
        EvaluationFullInfo,
        EvaluationInfo,
        EvaluationMetrics,
        EvaluationSampleSchema,
        EvaluationStoreSettings,
        EvaluationStoreUsage,
        EvaluationUserMeta,
        MetricHistory,
        MetricsComputationReport,
        PerTimeseriesMetrics,
    )
    from dssclient.payloads import (
        DriftResult as DriftResultPayload,
    )

    from ..dssclient import AsyncDSSClient
    from .flow import AsyncDSSFlowZone
    from .job import AsyncDSSJob
    from .project import AsyncDSSProject

__all__ = [
    "AsyncDSSEvaluation",
    "AsyncDSSEvaluationFullInfo",
    "AsyncDSSEvaluationStore",
    "AsyncDSSEvaluationStoreSettings",
    "AsyncDSSTimeSeriesModelEvaluationFullInfo",
    "evaluation_full_id",
    "reference_full_id",
]


def evaluation_full_id(project_key: str, store_id: str, evaluation_id: str) -> str:
    """The full id DSS gives an evaluation: ``ME-{projectKey}-{storeId}-{evaluationId}``."""
    return f"ME-{project_key}-{store_id}-{evaluation_id}"


def reference_full_id(reference: object, what: str) -> str | None:
    """The full id of a model or evaluation given as a handle (with ``full_id``), a string, or None."""
    if reference is None:
        return None
    full_id = getattr(reference, "full_id", reference)
    if not isinstance(full_id, str):
        raise TypeError(f"{what} must be a full id or a handle with a full_id, not {type(reference).__name__}")
    return full_id


class AsyncDSSEvaluationStore:
    """A handle on an evaluation store. Get one with :meth:`DSSProject.get_evaluation_store`."""

    class MetricDefinition(dict[str, Any]):
        """A metric of a custom evaluation: its code, value, and optional name and description."""

        def __init__(self, code: str, value: Any, name: str | None = None, description: str | None = None) -> None:
            super().__init__({"metricCode": code, "value": value, "name": name, "description": description})

    class LabelDefinition(dict[str, Any]):
        """A label of a custom evaluation (``custom:...`` keys for labels of users)."""

        def __init__(self, key: str, value: str) -> None:
            super().__init__({"key": key, "value": value})

    def __init__(self, client: AsyncDSSClient, project_key: str, evaluation_store_id: str) -> None:
        self.client = client
        self.project: AsyncDSSProject = client.get_project(project_key)
        self.project_key = project_key
        self.evaluation_store_id = evaluation_store_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r}, id={self.evaluation_store_id!r})"

    @property
    def id(self) -> str:
        """The store's identifier."""
        return self.evaluation_store_id

    async def _fetch_settings(self) -> EvaluationStoreSettings:
        settings: EvaluationStoreSettings = await self.client._requester.json(
            evaluation_stores.get_evaluation_store.request_kwargs, self.project_key, self.id
        )
        return settings

    async def get_settings(self) -> AsyncDSSEvaluationStoreSettings:
        """The store's settings (name, metrics and checks). (operation ``getEvaluationStore``)"""
        return AsyncDSSEvaluationStoreSettings(self, await self._fetch_settings())

    # -- evaluations ---------------------------------------------------------------------------

    async def _fetch_evaluations(self) -> list[EvaluationInfo]:
        items: list[EvaluationInfo] = await self.client._requester.json(
            evaluation_stores.list_evaluations.request_kwargs, self.project_key, self.id
        )
        return items

    async def _fetch_latest_evaluation_id(self) -> str:
        stream = await self.client._requester.stream(
            evaluation_stores.get_latest_evaluation_id.request_kwargs, self.project_key, self.id
        )
        async with stream:
            data = await stream.read()
        return data.decode("utf-8").strip()

    async def list_evaluations(self) -> list[AsyncDSSEvaluation]:
        """The store's evaluations, oldest first. (operation ``listEvaluations``)"""
        return [AsyncDSSEvaluation(self, item["ref"]["evaluationId"]) for item in await self._fetch_evaluations()]

    def get_evaluation(self, evaluation_id: str) -> AsyncDSSEvaluation:
        """A handle on one evaluation of the store (no call is made)."""
        return AsyncDSSEvaluation(self, evaluation_id)

    async def get_latest_evaluation(self) -> AsyncDSSEvaluation | None:
        """The most recent evaluation, None when the store has none. (operation ``getLatestEvaluationId``)"""
        latest = await self._fetch_latest_evaluation_id()
        return AsyncDSSEvaluation(self, latest) if latest else None

    async def delete_evaluations(self, evaluations: Iterable[AsyncDSSEvaluation | Mapping[str, Any] | str]) -> None:
        """Delete evaluations: handles, ids, or dicts with an ``evaluation_id``. (operation ``deleteEvaluations``)"""
        ids: list[str] = []
        for evaluation in evaluations:
            if isinstance(evaluation, AsyncDSSEvaluation):
                ids.append(evaluation.evaluation_id)
            elif isinstance(evaluation, Mapping):
                ids.append(str(evaluation["evaluation_id"]))
            else:
                ids.append(evaluation)
        await self.client._requester.json(
            evaluation_stores.delete_evaluations.request_kwargs, self.project_key, self.id, body=ids
        )

    async def build(
        self, job_type: str = "NON_RECURSIVE_FORCED_BUILD", wait: bool = True, no_fail: bool = False
    ) -> AsyncDSSJob:
        """Run a job that builds the store (runs the recipe writing into it); waits for it unless ``wait`` is False.

        (operation ``startJob``)
        """
        builder = self.project.new_job(job_type)
        builder.with_output(self.id, object_type="MODEL_EVALUATION_STORE")
        if wait:
            return await builder.start_and_wait(no_fail)
        return await builder.start()

    # -- around the store ----------------------------------------------------------------------

    async def get_zone(self) -> AsyncDSSFlowZone:
        """The flow zone holding the store. (operations ``listFlowZones``, ``getFlowZone``)"""
        from .flow import zone_of

        return await zone_of(self)

    async def move_to_zone(self, zone: AsyncDSSFlowZone | str) -> None:
        """Move the store into a zone, a handle or an id. (operation ``addFlowZoneItem``)"""
        from .flow import move_to_zone

        await move_to_zone(self, zone)

    async def share_to_zone(self, zone: AsyncDSSFlowZone | str) -> None:
        """Share the store to a zone, a handle or an id. (operation ``shareToFlowZone``)"""
        from .flow import share_to_zone

        await share_to_zone(self, zone)

    async def unshare_from_zone(self, zone: AsyncDSSFlowZone | str) -> None:
        """Stop sharing the store to a zone, a handle or an id. (operation ``unshareFromFlowZone``)"""
        from .flow import unshare_from_zone

        await unshare_from_zone(self, zone)

    async def get_usages(self) -> list[EvaluationStoreUsage]:
        """The recipes writing into (``RECIPE_OUTPUT``) or reading the store.

        (operation ``getEvaluationStoreUsages``)
        """
        usages: list[EvaluationStoreUsage] = await self.client._requester.json(
            evaluation_stores.get_evaluation_store_usages.request_kwargs, self.project_key, self.id
        )
        return usages

    def get_object_discussions(self) -> AsyncDSSObjectDiscussions:
        """The discussions about the store (no call is made)."""
        return AsyncDSSObjectDiscussions(self.client, self.project_key, "MODEL_EVALUATION_STORE", self.id)

    async def delete(self) -> None:
        """Delete the store and its evaluations. (operation ``deleteEvaluationStore``)"""
        await self.client._requester.empty(
            evaluation_stores.delete_evaluation_store.request_kwargs, self.project_key, self.id
        )

    # -- metrics and checks --------------------------------------------------------------------

    async def get_last_metric_values(self) -> ComputedMetrics:
        """The metrics of the latest evaluation. (operation ``getEvaluationStoreLastMetricValues``)"""
        raw = await self.client._requester.json(
            evaluation_stores.get_evaluation_store_last_metric_values.request_kwargs, self.project_key, self.id
        )
        return ComputedMetrics(raw)

    async def get_metric_history(self, metric: str | Mapping[str, Any]) -> MetricHistory:
        """The values a metric took over the evaluations, oldest first (its id, or a lookup dict sent as JSON).

        (operation ``getEvaluationStoreMetricHistory``)
        """
        lookup = metric if isinstance(metric, str) else json.dumps(metric)
        history: MetricHistory = await self.client._requester.json(
            evaluation_stores.get_evaluation_store_metric_history.request_kwargs,
            self.project_key,
            self.id,
            metric_lookup=lookup,
        )
        return history

    async def compute_metrics(
        self, metric_ids: Sequence[str] | None = None, probes: Mapping[str, Any] | None = None
    ) -> MetricsComputationReport:
        """Compute the metrics (of ``metric_ids``, of ``probes``, or the store's) on the latest evaluation.

        (operations ``computeEvaluationStoreMetrics``, ``computeEvaluationStoreMetricsFromIds``)
        """
        report: MetricsComputationReport
        if metric_ids is not None:
            report = await self.client._requester.json(
                evaluation_stores.compute_evaluation_store_metrics_from_ids.request_kwargs,
                self.project_key,
                self.id,
                body=json_body({"metricIds": list(metric_ids)}),
            )
        else:
            report = await self.client._requester.json(
                evaluation_stores.compute_evaluation_store_metrics.request_kwargs,
                self.project_key,
                self.id,
                body=json_body(dict(probes)) if probes is not None else UNSET,
            )
        return report

    async def run_checks(
        self, evaluation_id: str = "", checks: Sequence[str] | Mapping[str, Any] | None = None
    ) -> ChecksReport:
        """Run the checks (the store's, those named, or those defined in ``{"checks": [...]}``) on an evaluation,
        the latest when ``evaluation_id`` is empty. (operation ``runEvaluationStoreChecks``)
        """
        # No body at all without checks (json_body(None): the generated builder sends none).
        body: Any = json_body(None)
        if isinstance(checks, Mapping):
            body = json_body(dict(checks))
        elif checks is not None:
            body = list(checks)
        report: ChecksReport = await self.client._requester.json(
            evaluation_stores.run_evaluation_store_checks.request_kwargs,
            self.project_key,
            self.id,
            evaluation_id=evaluation_id,
            body=body,
        )
        return report

    async def add_custom_evaluation(
        self,
        metrics: Sequence[Mapping[str, Any]],
        evaluation_id: str | None = None,
        name: str | None = None,
        labels: Sequence[Mapping[str, Any]] | None = None,
        model: object = None,
    ) -> EvaluationInfo:
        """Record an evaluation made elsewhere: its metrics (:class:`MetricDefinition`), labels, and the saved
        model version it evaluated (a full id or a handle with ``full_id``). (operation ``addCustomEvaluation``)
        """
        body = {
            "evaluationId": evaluation_id,
            "name": name,
            "metrics": [dict(metric) for metric in metrics],
            "labels": [dict(label) for label in labels] if labels is not None else None,
            "fullModelId": reference_full_id(model, "model"),
        }
        answer: EvaluationInfo = await self.client._requester.json(
            evaluation_stores.add_custom_evaluation.request_kwargs, self.project_key, self.id, body=json_body(body)
        )
        return answer


class AsyncDSSEvaluationStoreSettings(DSSRawSettings["EvaluationStoreSettings"]):
    """An evaluation store's settings: edit :meth:`get_raw`, then :meth:`save`."""

    def __init__(self, evaluation_store: AsyncDSSEvaluationStore, settings: EvaluationStoreSettings) -> None:
        super().__init__(settings)
        self.evaluation_store = evaluation_store

    async def save(self) -> None:
        """Send the settings back, whole. (operation ``saveEvaluationStore``)"""
        store = self.evaluation_store
        await store.client._requester.empty(
            evaluation_stores.save_evaluation_store.request_kwargs,
            store.project_key,
            store.id,
            body=json_body(self.settings),
        )


class AsyncDSSEvaluation:
    """A handle on an evaluation of a store. Get one with :meth:`DSSEvaluationStore.get_evaluation`."""

    def __init__(self, evaluation_store: AsyncDSSEvaluationStore, evaluation_id: str) -> None:
        self.evaluation_store = evaluation_store
        self.client = evaluation_store.client
        self.evaluation_id = evaluation_id
        self.project_key = evaluation_store.project_key
        self.evaluation_store_id = evaluation_store.id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(full_id={self.full_id!r})"

    def get_full_id(self) -> str:
        """The evaluation's full id, ``ME-{projectKey}-{storeId}-{evaluationId}``."""
        return self.full_id

    @property
    def full_id(self) -> str:
        """The evaluation's full id, ``ME-{projectKey}-{storeId}-{evaluationId}``."""
        return evaluation_full_id(self.project_key, self.evaluation_store_id, self.evaluation_id)

    async def delete(self) -> None:
        """Delete this evaluation. (operation ``deleteEvaluations``)"""
        await self.evaluation_store.delete_evaluations([self.evaluation_id])

    async def get_metrics(self) -> ComputedMetricsValues:
        """The evaluation's metrics as metrics of the store, as DSS sent them (a dict, as the official client
        returns it: ``ComputedMetrics(answer)`` reads it). (operation ``getEvaluationMetrics``)
        """
        raw: ComputedMetricsValues = await self.client._requester.json(
            evaluation_stores.get_evaluation_metrics.request_kwargs,
            self.project_key,
            self.evaluation_store_id,
            self.evaluation_id,
        )
        return raw

    async def _fetch_evaluation(self) -> EvaluationFullInfo:
        info: EvaluationFullInfo = await self.client._requester.json(
            evaluation_stores.get_evaluation.request_kwargs,
            self.project_key,
            self.evaluation_store_id,
            self.evaluation_id,
        )
        return info

    async def get_full_info(self) -> AsyncDSSEvaluationFullInfo:
        """The evaluation with its metrics. (operation ``getEvaluation``)"""
        data = await self._fetch_evaluation()
        if data["evaluation"].get("predictionType") == "TIMESERIES_FORECAST":
            return AsyncDSSTimeSeriesModelEvaluationFullInfo(self, data)
        return AsyncDSSEvaluationFullInfo(self, data)

    async def _start_drift(self, operation: Any, body: dict[str, Any]) -> DriftFutureState:
        state: DriftFutureState = await self.client._requester.json(
            operation,
            self.project_key,
            self.evaluation_store_id,
            self.evaluation_id,
            body=json_body(body),
        )
        return state

    @overload
    async def compute_data_drift(
        self, reference: object = None, data_drift_params: DataDriftParams | None = None, wait: Literal[True] = True
    ) -> DataDriftResult: ...

    @overload
    async def compute_data_drift(
        self, reference: object = None, data_drift_params: DataDriftParams | None = None, *, wait: Literal[False]
    ) -> AsyncDSSFuture[DataDriftResult]: ...

    @overload
    async def compute_data_drift(
        self, reference: object, data_drift_params: DataDriftParams | None, wait: bool
    ) -> DataDriftResult | AsyncDSSFuture[DataDriftResult]: ...

    async def compute_data_drift(
        self, reference: object = None, data_drift_params: DataDriftParams | None = None, wait: bool = True
    ) -> DataDriftResult | AsyncDSSFuture[DataDriftResult]:
        """Deprecated: :meth:`compute_drift`, whose result always has every part.

        (operation ``computeEvaluationDataDrift``)
        """
        warnings.warn("compute_data_drift is deprecated: use compute_drift", DeprecationWarning, stacklevel=2)
        body = {
            "referenceId": reference_full_id(reference, "reference"),
            "dataDriftParams": data_drift_params.data if data_drift_params else None,
        }
        state = await self._start_drift(evaluation_stores.compute_evaluation_data_drift.request_kwargs, body)
        future = AsyncDSSFuture.from_resp(self.client, state, result_wrapper=_data_drift_result)
        return await future.wait_for_result() if wait else future

    @overload
    async def compute_drift(
        self, reference: object = None, drift_params: DriftParams | None = None, wait: Literal[True] = True
    ) -> DriftResult: ...

    @overload
    async def compute_drift(
        self, reference: object = None, drift_params: DriftParams | None = None, *, wait: Literal[False]
    ) -> AsyncDSSFuture[DriftResult]: ...

    @overload
    async def compute_drift(
        self, reference: object, drift_params: DriftParams | None, wait: bool
    ) -> DriftResult | AsyncDSSFuture[DriftResult]: ...

    async def compute_drift(
        self, reference: object = None, drift_params: DriftParams | None = None, wait: bool = True
    ) -> DriftResult | AsyncDSSFuture[DriftResult]:
        """Compare this evaluation's sample with a reference: an evaluation or a saved model version (a full id
        or a handle), by default the evaluation before this one. Returns the :class:`DriftResult`, or with
        ``wait=False`` the computation's future. (operation ``computeEvaluationDrift``)
        """
        body = {
            "referenceId": reference_full_id(reference, "reference"),
            "driftParams": drift_params.data if drift_params else None,
        }
        state = await self._start_drift(evaluation_stores.compute_evaluation_drift.request_kwargs, body)
        future = AsyncDSSFuture.from_resp(self.client, state, result_wrapper=_drift_result)
        return await future.wait_for_result() if wait else future

    async def get_sample_schema(self) -> EvaluationSampleSchema:
        """The columns of the evaluation's sample. (operation ``getEvaluationSampleSchema``)"""
        schema: EvaluationSampleSchema = await self.client._requester.json(
            evaluation_stores.get_evaluation_sample_schema.request_kwargs,
            self.project_key,
            self.evaluation_store_id,
            self.evaluation_id,
        )
        return schema

    async def get_sample_df(self) -> Any:
        """The rows the evaluation was computed on, as a :class:`pandas.DataFrame` (pandas must be installed).

        (operations ``getEvaluationSample``, ``getEvaluationSampleSchema``)
        """
        try:
            pd: Any = importlib.import_module("pandas")  # optional, and untyped
        except ImportError as missing:  # pragma: no cover - pandas is in the dev extra
            raise ImportError("get_sample_df needs pandas: pip install pandas") from missing
        stream = await self.client._requester.stream(
            evaluation_stores.get_evaluation_sample.request_kwargs,
            self.project_key,
            self.evaluation_store_id,
            self.evaluation_id,
        )
        async with stream:
            data = await stream.read()
        schema = await self.get_sample_schema()
        names = [column["name"] for column in schema["columns"]]
        return pd.read_csv(io.BytesIO(data), compression="gzip", sep="\t", header=None, names=names)


def _drift_result(result: Any) -> DriftResult:
    payload: DriftResultPayload = result
    return DriftResult(payload)


def _data_drift_result(result: Any) -> DataDriftResult:
    payload: DriftResultPayload = result
    return DataDriftResult(payload)


class AsyncDSSEvaluationFullInfo:
    """An evaluation with its metrics, the model it evaluated and its user metadata (``user_meta``, editable)."""

    def __init__(self, evaluation: AsyncDSSEvaluation, full_info: EvaluationFullInfo) -> None:
        self.evaluation = evaluation
        self.full_info = full_info
        info = full_info["evaluation"]
        self.metrics: EvaluationMetrics = full_info["metrics"]
        self.creation_date: int | None = info.get("created")
        self.full_id: str = str(info["ref"].get("fullId", evaluation.full_id))
        model_ref = info.get("modelRef")
        self.model_full_id: str | None = model_ref.get("fullId") if model_ref is not None else None
        self.prediction_type: str | None = info.get("predictionType")
        self.prediction_variable: str | None = info.get("predictionVariable")
        self.target_variable: str | None = info.get("targetVariable")
        self.has_model: bool | None = info.get("hasModel")
        self.user_meta: EvaluationUserMeta = info.setdefault("userMeta", {})

    def __repr__(self) -> str:
        return f"{type(self).__name__}(full_id={self.full_id!r})"

    def get_raw(self) -> EvaluationFullInfo:
        """The evaluation and its metrics, as DSS sent them."""
        return self.full_info

    async def save_user_meta(self) -> None:
        """Save ``user_meta`` (name, labels). (operation ``saveEvaluationUserMeta``)"""
        evaluation = self.evaluation
        await evaluation.client._requester.empty(
            evaluation_stores.save_evaluation_user_meta.request_kwargs,
            evaluation.project_key,
            evaluation.evaluation_store_id,
            evaluation.evaluation_id,
            body=json_body(self.user_meta),
        )


class AsyncDSSTimeSeriesModelEvaluationFullInfo(AsyncDSSEvaluationFullInfo):
    """The full information of a time series forecast evaluation, with its per time series metrics."""

    @property
    def model_evaluation(self) -> AsyncDSSEvaluation:
        """The evaluation."""
        return self.evaluation

    async def get_per_timeseries_metrics(self) -> PerTimeseriesMetrics:
        """The metrics of each time series. (operation ``getEvaluationPerTimeseriesMetrics``)"""
        evaluation = self.evaluation
        metrics: PerTimeseriesMetrics = await evaluation.client._requester.json(
            evaluation_stores.get_evaluation_per_timeseries_metrics.request_kwargs,
            evaluation.project_key,
            evaluation.evaluation_store_id,
            evaluation.evaluation_id,
        )
        return metrics
