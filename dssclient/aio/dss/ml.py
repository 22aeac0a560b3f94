"""ML tasks of visual analyses: training sessions, trained models, deployment to the flow.

Mirrors ``dataikuapi.dss.ml``: :class:`AsyncDSSMLTask` is defined here; the settings classes
(:mod:`.ml_task_settings`) and the trained models' details classes (:mod:`.ml_model_details`) are
re-exported under their official names, so that ``dssclient.dss.ml.DSSPredictionMLTaskSettings``
exists as ``dataikuapi.dss.ml.DSSPredictionMLTaskSettings`` does.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, Literal, overload

from dssclient_generated.api import ml_tasks

from dssclient.errors import DataikuException

from .._requester import json_body
from ._waiting import wait_until
from .ml_model_details import (
    AsyncDSSTrainedClusteringModelDetails,
    AsyncDSSTrainedModelDetails,
    AsyncDSSTrainedMultiTargetPredictionModelDetails,
    AsyncDSSTrainedPredictionModelDetails,
    AsyncDSSTrainedTimeseriesForecastingModelDetails,
    details_for_model,
)
from .ml_task_settings import (
    AsyncDSSCausalPredictionMLTaskSettings,
    AsyncDSSClusteringMLTaskSettings,
    AsyncDSSMLTaskSettings,
    AsyncDSSMultiTargetPredictionMLTaskSettings,
    AsyncDSSPredictionMLTaskSettings,
    AsyncDSSTimeseriesForecastingMLTaskSettings,
    settings_for_task,
)

if TYPE_CHECKING:
    from dssclient._polling import PollingSchedule
    from dssclient.payloads import (
        MLTaskModelDeployed,
        MLTaskModelRedeployed,
        MLTaskQueue,
        MLTaskQueues,
        MLTaskQueueTrainStarted,
        MLTaskSettings,
        MLTaskStatus,
        MLTaskTrainStarted,
        TrainedModelDetails,
        TrainedModelSnippet,
    )

    from ..dssclient import AsyncDSSClient

__all__ = [
    "AsyncDSSCausalPredictionMLTaskSettings",
    "AsyncDSSClusteringMLTaskSettings",
    "AsyncDSSMLTask",
    "AsyncDSSMLTaskSettings",
    "AsyncDSSMultiTargetPredictionMLTaskSettings",
    "AsyncDSSPredictionMLTaskSettings",
    "AsyncDSSTimeseriesForecastingMLTaskSettings",
    "AsyncDSSTrainedClusteringModelDetails",
    "AsyncDSSTrainedModelDetails",
    "AsyncDSSTrainedMultiTargetPredictionModelDetails",
    "AsyncDSSTrainedPredictionModelDetails",
    "AsyncDSSTrainedTimeseriesForecastingModelDetails",
    "DSSMLTaskQueues",
]

logger = logging.getLogger(__name__)

# A trained model's full id, as DSS names them (partitioned models add their partition to ppN).
_FULL_MODEL_ID = re.compile(r"^A-(\w+)-(\w+)-(\w+)-(s[0-9]+)-(pp[0-9]+(-part-(\w+)|-base)?)-(m[0-9]+)$")
ENSEMBLE_METHODS = ("AVERAGE", "PROBA_AVERAGE", "MEDIAN", "VOTE", "LINEAR_MODEL", "LOGISTIC_MODEL")
EnsembleMethod = Literal["AVERAGE", "PROBA_AVERAGE", "MEDIAN", "VOTE", "LINEAR_MODEL", "LOGISTIC_MODEL"]


class AsyncDSSMLTask:
    """A handle on an ML task of a visual analysis.

    Create one with :meth:`DSSProject.create_prediction_ml_task` (and the other ``create_*_ml_task``),
    or get one with :meth:`DSSProject.get_ml_task`.
    """

    def __init__(self, client: AsyncDSSClient, project_key: str, analysis_id: str, mltask_id: str) -> None:
        self.client = client
        self.project_key = project_key
        self.analysis_id = analysis_id
        self.mltask_id = mltask_id

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(project_key={self.project_key!r}, analysis_id={self.analysis_id!r}, "
            f"mltask_id={self.mltask_id!r})"
        )

    @staticmethod
    def from_full_model_id(client: AsyncDSSClient, fmi: str, project_key: str | None = None) -> AsyncDSSMLTask:
        """The task that trained a model, from the model's full id (no call is made).

        :param project_key: the task's project, when not the one the id names (a model of a shared project).
        :raises DataikuException: the id is not a trained model's full id (the official client returns
            that exception instead of raising it).
        """
        match = _FULL_MODEL_ID.match(fmi)
        if match is None:
            raise DataikuException(f"Invalid model id: {fmi!r}")
        return AsyncDSSMLTask(client, project_key or match.group(1), match.group(2), match.group(3))

    async def delete(self) -> None:
        """Delete the ML task and its trained models. (operation ``deleteMLTask``)

        DSS's answer is an undocumented acknowledgement: it is read and dropped.
        """
        await self.client._requester.json_or_none(
            ml_tasks.delete_ml_task.request_kwargs, self.project_key, self.analysis_id, self.mltask_id
        )

    async def get_status(self) -> MLTaskStatus:
        """Whether the task is guessing or training, and its trained models' ids. (operation ``getMLTaskStatus``)"""
        status: MLTaskStatus = await self.client._requester.json(
            ml_tasks.get_ml_task_status.request_kwargs, self.project_key, self.analysis_id, self.mltask_id
        )
        return status

    async def _wait_status(
        self, key: Literal["guessing", "training"], timeout: float | None, polling: PollingSchedule | None
    ) -> MLTaskStatus:
        return await wait_until(
            self.get_status,
            lambda status: status.get(key, True) is False,
            what=f"{key} of ML task {self.project_key}.{self.analysis_id}.{self.mltask_id}",
            polling=polling or self.client.future_polling,
            timeout=timeout,
        )

    async def wait_guess_complete(
        self, *, timeout: float | None = None, polling: PollingSchedule | None = None
    ) -> None:
        """Wait until the task's settings are guessed (its status says ``guessing: false``).

        :param timeout: seconds to wait at most; past it, :class:`~dssclient.WaitTimeoutError`.
        :param polling: how often to read the status (default: the client's ``future_polling``).
        """
        await self._wait_status("guessing", timeout, polling)

    async def wait_train_complete(
        self, *, timeout: float | None = None, polling: PollingSchedule | None = None
    ) -> None:
        """Wait until the task's training is over (its status says ``training: false``).

        :param timeout: seconds to wait at most; past it, :class:`~dssclient.WaitTimeoutError`.
        :param polling: how often to read the status (default: the client's ``future_polling``).
        """
        await self._wait_status("training", timeout, polling)

    async def get_settings(self) -> AsyncDSSMLTaskSettings:
        """The task's settings, of the class fitting its kind. (operation ``getMLTaskSettings``)"""
        raw: MLTaskSettings = await self.client._requester.json(
            ml_tasks.get_ml_task_settings.request_kwargs, self.project_key, self.analysis_id, self.mltask_id
        )
        return settings_for_task(self.client, self.project_key, self.analysis_id, self.mltask_id, raw)

    async def start_train(
        self, session_name: str | None = None, session_description: str | None = None, run_queue: bool = False
    ) -> MLTaskTrainStarted:
        """Start a training session of every enabled algorithm; returns at once with its ``sessionId``.

        Wait for it with :meth:`wait_train_complete`. (operation ``trainMLTask``)
        """
        body = {"sessionName": session_name, "sessionDescription": session_description, "runQueue": run_queue}
        started: MLTaskTrainStarted = await self.client._requester.json(
            ml_tasks.train_ml_task.request_kwargs,
            self.project_key,
            self.analysis_id,
            self.mltask_id,
            body=json_body(body),
        )
        return started

    async def train(
        self, session_name: str | None = None, session_description: str | None = None, run_queue: bool = False
    ) -> list[str]:
        """Train a session and wait for it; the full ids of the models it trained.

        (operations ``trainMLTask``, then ``getMLTaskStatus`` until it is over)
        """
        started = await self.start_train(session_name, session_description, run_queue)
        await self.wait_train_complete()
        return await self.get_trained_models_ids(session_id=started["sessionId"])

    async def start_ensembling(self, model_ids: list[str], method: EnsembleMethod) -> str:
        """Start training an ensemble of trained models; returns at once with its full id.

        (operation ``ensembleMLTaskModels``)

        :raises ValueError: no model, or a method DSS does not know (nothing is sent).
        """
        if not model_ids:
            raise ValueError("The list of models to ensemble must not be empty")
        if method not in ENSEMBLE_METHODS:
            raise ValueError(f"Unknown ensembling method {method!r}: one of {', '.join(ENSEMBLE_METHODS)}")
        started = await self.client._requester.json(
            ml_tasks.ensemble_ml_task_models.request_kwargs,
            self.project_key,
            self.analysis_id,
            self.mltask_id,
            body=json_body({"method": method, "modelsIds": list(model_ids)}),
        )
        return str(started["id"])

    async def ensemble(self, model_ids: list[str], method: EnsembleMethod) -> str:
        """Train an ensemble of trained models and wait for it; its full id.

        (operations ``ensembleMLTaskModels``, then ``getMLTaskStatus`` until it is over)
        """
        ensemble_id = await self.start_ensembling(model_ids, method)
        await self.wait_train_complete()
        return ensemble_id

    async def get_trained_models_ids(self, session_id: str | None = None, algorithm: str | None = None) -> list[str]:
        """The full ids of the task's trained models, of one session and/or one algorithm if asked.

        (operation ``getMLTaskStatus``; ``getMLTaskModelSnippets`` to filter by algorithm)
        """
        status = await self.get_status()
        items = status.get("fullModelIds", [])
        if session_id is not None:
            items = [i for i in items if (i.get("fullModelId") or {}).get("sessionId") == session_id]
        ids = [i["id"] for i in items]
        if algorithm is not None and ids:
            snippets = await self.get_trained_model_snippet(ids=ids)
            ids = [i for i in ids if snippets.get(i, {}).get("algorithm") == algorithm]
        return ids

    @overload
    async def get_trained_model_snippet(self, id: str, ids: None = None) -> TrainedModelSnippet: ...

    @overload
    async def get_trained_model_snippet(
        self, id: None = None, ids: list[str] | None = None
    ) -> dict[str, TrainedModelSnippet]: ...

    async def get_trained_model_snippet(
        self, id: str | None = None, ids: list[str] | None = None
    ) -> TrainedModelSnippet | dict[str, TrainedModelSnippet]:
        """A trained model's snippet (``id``), or the snippets of several (``ids``; every model without either).

        A snippet is a model's summary: algorithm, state, dates, and its metrics at the top level.
        (operation ``getMLTaskModelSnippets``)
        """
        body: dict[str, Any] = {}
        if id is not None:
            body["modelsIds"] = [id]
        elif ids is not None:
            body["modelsIds"] = list(ids)
        snippets: dict[str, TrainedModelSnippet] = await self.client._requester.json(
            ml_tasks.get_ml_task_model_snippets.request_kwargs,
            self.project_key,
            self.analysis_id,
            self.mltask_id,
            body=json_body(body),
        )
        if id is None:
            return snippets
        return snippets[id]

    async def get_trained_model_details(self, id: str) -> AsyncDSSTrainedModelDetails:
        """A trained model's details, of the class fitting the model.

        (operations ``getMLTaskModelDetails`` and ``getMLTaskModelSnippets``)
        """
        details: TrainedModelDetails = await self.client._requester.json(
            ml_tasks.get_ml_task_model_details.request_kwargs, self.project_key, self.analysis_id, self.mltask_id, id
        )
        snippet = await self.get_trained_model_snippet(id)
        return details_for_model(details, snippet, mltask=self, mltask_model_id=id)

    async def delete_trained_model(self, model_id: str) -> None:
        """Delete a trained model of the task. (operation ``deleteMLTaskModel``)"""
        await self.client._requester.empty(
            ml_tasks.delete_ml_task_model.request_kwargs, self.project_key, self.analysis_id, self.mltask_id, model_id
        )

    async def train_queue(self) -> MLTaskQueueTrainStarted:
        """Train the sessions waiting in the task's queue. (operation ``trainMLTaskQueue``)"""
        answer: MLTaskQueueTrainStarted = await self.client._requester.json(
            ml_tasks.train_ml_task_queue.request_kwargs, self.project_key, self.analysis_id, self.mltask_id
        )
        return answer

    async def deploy_to_flow(
        self,
        model_id: str,
        model_name: str,
        train_dataset: str,
        test_dataset: str | None = None,
        redo_optimization: bool = True,
    ) -> MLTaskModelDeployed:
        """Create a saved model in the flow from a trained model, with the training recipe producing it.

        Returns ``savedModelId`` and ``trainRecipeName``. (operation ``deployMLTaskModelToFlow``)
        """
        body = {
            "trainDatasetRef": train_dataset,
            "testDatasetRef": test_dataset,
            "modelName": model_name,
            "redoOptimization": redo_optimization,
        }
        answer: MLTaskModelDeployed = await self.client._requester.json(
            ml_tasks.deploy_ml_task_model_to_flow.request_kwargs,
            self.project_key,
            self.analysis_id,
            self.mltask_id,
            model_id,
            body=json_body(body),
        )
        return answer

    async def redeploy_to_flow(
        self,
        model_id: str,
        recipe_name: str | None = None,
        saved_model_id: str | None = None,
        activate: bool = True,
        redo_optimization: bool = False,
        redo_threshold_optimization: bool = True,
        fixed_threshold: float | None = None,
    ) -> MLTaskModelRedeployed:
        """Add a trained model as a new version of an existing saved model (by its recipe or its id).

        Returns ``impactsDownstream``. (operation ``redeployMLTaskModelToFlow``)
        """
        body: dict[str, Any] = {
            "recipeName": recipe_name,
            "savedModelId": saved_model_id,
            "activate": activate,
            "redoOptimization": redo_optimization,
            "redoThresholdOptimization": redo_threshold_optimization,
        }
        if fixed_threshold is not None:
            body["fixedThreshold"] = fixed_threshold
        answer: MLTaskModelRedeployed = await self.client._requester.json(
            ml_tasks.redeploy_ml_task_model_to_flow.request_kwargs,
            self.project_key,
            self.analysis_id,
            self.mltask_id,
            model_id,
            body=json_body(body),
        )
        return answer

    async def _reguess_with_forecasting_params(self, body: dict[str, Any]) -> None:
        # For the forecasting settings' setters (set_time_step, set_forecast_horizon with reguess=True):
        # a new time step or horizon, and the settings it impacts guessed again.
        # (operation ``reguessMLTaskWithForecastingParams``)
        await self.client._requester.empty(
            ml_tasks.reguess_ml_task_with_forecasting_params.request_kwargs,
            self.project_key,
            self.analysis_id,
            self.mltask_id,
            body=json_body(body),
        )

    async def remove_unused_splits(self) -> None:
        """Delete the stored split data no trained model uses. (operation ``removeUnusedMLTaskSplits``)"""
        await self.client._requester.empty(
            ml_tasks.remove_unused_ml_task_splits.request_kwargs, self.project_key, self.analysis_id, self.mltask_id
        )

    async def remove_all_splits(self) -> None:
        """Delete all the task's stored split data (its models can no longer be ensembled).

        (operation ``removeAllMLTaskSplits``)
        """
        await self.client._requester.empty(
            ml_tasks.remove_all_ml_task_splits.request_kwargs, self.project_key, self.analysis_id, self.mltask_id
        )

    async def guess(
        self,
        prediction_type: str | None = None,
        reguess_level: Literal["TARGET_CHANGE", "FULL_REGUESS"] | None = None,
        target_variable: str | None = None,
        timeseries_identifiers: list[str] | None = None,
        time_variable: str | None = None,
        full_reguess: bool | None = None,
        target_variables: list[str] | None = None,
    ) -> None:
        """Guess the task's settings again: all of them, or those a new core parameter impacts.

        ``reguess_level`` is the deprecated form of ``full_reguess`` (``FULL_REGUESS`` is ``True``).
        (operation ``guessMLTask``)

        :raises ValueError: an unknown ``reguess_level`` (nothing is sent).
        """
        if full_reguess is None and reguess_level is not None:
            if reguess_level not in ("TARGET_CHANGE", "FULL_REGUESS"):
                raise ValueError(f"Unsupported value for 'reguess_level': {reguess_level!r}")
            logger.info("'reguess_level' is deprecated, use 'full_reguess' instead")
            full_reguess = reguess_level == "FULL_REGUESS"
        from dssclient_generated.types import UNSET

        await self.client._requester.empty(
            ml_tasks.guess_ml_task.request_kwargs,
            self.project_key,
            self.analysis_id,
            self.mltask_id,
            prediction_type=prediction_type if prediction_type is not None else UNSET,
            target_variable=target_variable if target_variable is not None else UNSET,
            target_variables=target_variables if target_variables is not None else UNSET,
            time_variable=time_variable if time_variable is not None else UNSET,
            timeseries_identifiers=timeseries_identifiers if timeseries_identifiers is not None else UNSET,
            full_reguess=full_reguess if full_reguess is not None else UNSET,
        )


class DSSMLTaskQueues:
    """The non-empty ML task queues of a project; iterating gives each queue's dict."""

    def __init__(self, data: MLTaskQueues) -> None:
        self.data = data

    def __repr__(self) -> str:
        return f"{type(self).__name__}({len(self.data.get('queues', []))} queues)"

    def __iter__(self) -> Iterator[MLTaskQueue]:
        return iter(self.data["queues"])

    def get_raw(self) -> MLTaskQueues:
        """The queues as DSS sent them."""
        return self.data
