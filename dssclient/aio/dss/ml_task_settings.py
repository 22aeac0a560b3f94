"""Settings of ML tasks: the raw settings object and its subclasses by kind of task.

Shared interface (``mltasks`` created this module; ``mlsettings`` fills the classes in): the
official constructor ``(client, project_key, analysis_id, mltask_id, mltask_settings)``,
:meth:`AsyncDSSMLTaskSettings.get_raw`, :meth:`AsyncDSSMLTaskSettings.save`, and
:func:`settings_for_task`, which chooses the class as the official ``DSSMLTask.get_settings`` does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dssclient_generated.api import ml_tasks

from dssclient.dss.utils import DSSRawSettings

from .._requester import json_body

if TYPE_CHECKING:
    from dssclient.payloads import MLTaskSettings  # noqa: F401 - named in a base class, as a string

    from ..dssclient import AsyncDSSClient

TIMESERIES_FORECAST = "TIMESERIES_FORECAST"
CAUSAL_PREDICTION_TYPES = ("CAUSAL_BINARY_CLASSIFICATION", "CAUSAL_REGRESSION")
MULTI_TARGET_REGRESSION = "MULTI_TARGET_REGRESSION"


class AsyncDSSMLTaskSettings(DSSRawSettings["MLTaskSettings"]):
    """An ML task's settings: edit them through :meth:`get_raw`, then :meth:`save`.

    Get them with :meth:`DSSMLTask.get_settings`.
    """

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

    @property
    def mltask_settings(self) -> MLTaskSettings:
        """The settings as a dict, the same object :meth:`get_raw` returns."""
        return self.settings

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(project_key={self.project_key!r}, analysis_id={self.analysis_id!r}, "
            f"mltask_id={self.mltask_id!r})"
        )

    async def save(self) -> None:
        """Send the settings back to the ML task, whole. (operation ``saveMLTaskSettings``)"""
        await self.client._requester.empty(
            ml_tasks.save_ml_task_settings.request_kwargs,
            self.project_key,
            self.analysis_id,
            self.mltask_id,
            body=json_body(self.settings),
        )


class AsyncDSSPredictionMLTaskSettings(AsyncDSSMLTaskSettings):
    """The settings of a prediction task (binary, multiclass or regression)."""


class AsyncDSSClusteringMLTaskSettings(AsyncDSSMLTaskSettings):
    """The settings of a clustering task."""


class AsyncDSSTimeseriesForecastingMLTaskSettings(AsyncDSSMLTaskSettings):
    """The settings of a time series forecasting task."""


class AsyncDSSCausalPredictionMLTaskSettings(AsyncDSSMLTaskSettings):
    """The settings of a causal prediction task."""


class AsyncDSSMultiTargetPredictionMLTaskSettings(AsyncDSSMLTaskSettings):
    """The settings of a multi-target prediction task."""


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
