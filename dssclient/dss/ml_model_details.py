# Derived from dssclient/aio/dss/ml_model_details.py by scripts/unasync.py: do not edit.
"""Details of trained models (of ML tasks, and of saved model versions), by kind of model.

Shared interface (``mltasks`` created this module; ``mldetails`` fills the classes in): the
official constructor ``(details, snippet, saved_model=None, saved_model_version=None, mltask=None,
mltask_model_id=None)``, :meth:`DSSTrainedModelDetails.get_raw`,
:meth:`DSSTrainedModelDetails.get_raw_snippet`, and :func:`details_for_model`, which chooses
the class as the official ``DSSMLTask.get_trained_model_details`` does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dssclient.payloads import TrainedModelDetails, TrainedModelSnippet

    from .ml import DSSMLTask

TIMESERIES_FORECAST = "TIMESERIES_FORECAST"
MULTI_TARGET_REGRESSION = "MULTI_TARGET_REGRESSION"


class DSSTrainedModelDetails:
    """A trained model's details and snippet, as DSS sent them.

    Get them with :meth:`DSSMLTask.get_trained_model_details` (or from a saved model's version).
    """

    def __init__(
        self,
        details: TrainedModelDetails,
        snippet: TrainedModelSnippet,
        saved_model: Any = None,
        saved_model_version: str | None = None,
        mltask: DSSMLTask | None = None,
        mltask_model_id: str | None = None,
    ) -> None:
        self.details = details
        self.snippet = snippet
        self.saved_model = saved_model
        self.saved_model_version = saved_model_version
        self.mltask = mltask
        self.mltask_model_id = mltask_model_id

    def __repr__(self) -> str:
        where = self.mltask_model_id if self.mltask_model_id is not None else self.saved_model_version
        return f"{type(self).__name__}({where!r})"

    def get_raw(self) -> TrainedModelDetails:
        """The details as DSS sent them (the dict itself)."""
        return self.details

    def get_raw_snippet(self) -> TrainedModelSnippet:
        """The model's snippet (summary and metrics) as DSS sent it."""
        return self.snippet

    @property
    def full_id(self) -> str:
        """The model's full id (``fullModelId``)."""
        return str(self.details["fullModelId"])


class DSSTrainedPredictionModelDetails(DSSTrainedModelDetails):
    """The details of a trained prediction model (binary, multiclass, regression)."""


class DSSTrainedMultiTargetPredictionModelDetails(DSSTrainedModelDetails):
    """The details of a trained multi-target prediction model."""


class DSSTrainedTimeseriesForecastingModelDetails(DSSTrainedModelDetails):
    """The details of a trained time series forecasting model."""


class DSSTrainedClusteringModelDetails(DSSTrainedModelDetails):
    """The details of a trained clustering model."""


def details_for_model(
    details: TrainedModelDetails,
    snippet: TrainedModelSnippet,
    *,
    saved_model: Any = None,
    saved_model_version: str | None = None,
    mltask: DSSMLTask | None = None,
    mltask_model_id: str | None = None,
) -> DSSTrainedModelDetails:
    """The details object of the class fitting the model (as the official ``get_trained_model_details`` chooses)."""
    cls: type[DSSTrainedModelDetails]
    prediction_type = snippet.get("predictionType", "")
    if "facts" in details:
        cls = DSSTrainedClusteringModelDetails
    elif prediction_type == TIMESERIES_FORECAST:
        cls = DSSTrainedTimeseriesForecastingModelDetails
    elif prediction_type == MULTI_TARGET_REGRESSION:
        cls = DSSTrainedMultiTargetPredictionModelDetails
    else:
        cls = DSSTrainedPredictionModelDetails
    return cls(
        details,
        snippet,
        saved_model=saved_model,
        saved_model_version=saved_model_version,
        mltask=mltask,
        mltask_model_id=mltask_model_id,
    )
