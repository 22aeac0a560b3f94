# Derived from dssclient/aio/dss/modelcomparison.py by scripts/unasync.py: do not edit.
"""Model comparisons: the evaluation comparisons of models (of a prediction type, not LLMs nor agents)."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING

from .evaluationcomparison import DSSEvaluationComparison, DSSEvaluationComparisonSettings

if TYPE_CHECKING:
    from dssclient.payloads import EvaluationComparisonSettings

    from ..dssclient import DSSClient
    from .evaluationstore import DSSEvaluation

__all__ = ["DSSModelComparison", "DSSModelComparisonSettings"]


class DSSModelComparison(DSSEvaluationComparison):
    """A handle on a model comparison. Get one with :meth:`DSSProject.get_model_comparison`."""

    def __init__(self, client: DSSClient, project_key: str, mec_id: str) -> None:
        super().__init__(client, project_key, mec_id)

    @property
    def id(self) -> str:
        """The comparison's identifier."""
        return self.comparison_id

    @property
    def mec_id(self) -> str:
        """The comparison's identifier."""
        return self.comparison_id

    def _evaluation_of(self, store_id: str, evaluation_id: str) -> DSSEvaluation:
        # A model comparison's evaluations are model evaluations (of model evaluation stores).
        return self.project.get_model_evaluation_store(store_id).get_model_evaluation(evaluation_id)

    def get_settings(self) -> DSSModelComparisonSettings:
        """The comparison's settings: name, prediction type, compared items. (operation ``getEvaluationComparison``)"""
        return DSSModelComparisonSettings(self, self._fetch_settings())


class DSSModelComparisonSettings(DSSEvaluationComparisonSettings):
    """A model comparison's settings: its name, prediction type and compared items; then :meth:`save`."""

    def __init__(self, model_comparison: DSSModelComparison, settings: EvaluationComparisonSettings) -> None:
        super().__init__(model_comparison, settings)

    def model_comparison(self) -> DSSEvaluationComparison:
        """The comparison these settings are of (a method, as in the official client)."""
        return self.evaluation_comparison

    @property
    def prediction_type(self) -> str | None:
        """Deprecated name of :attr:`model_task_type`."""
        warnings.warn("prediction_type is deprecated: use model_task_type", DeprecationWarning, stacklevel=2)
        return self.settings.get("modelTaskType", self.settings.get("predictionType"))

    @prediction_type.setter
    def prediction_type(self, prediction_type: str) -> None:
        warnings.warn("prediction_type is deprecated: use model_task_type", DeprecationWarning, stacklevel=2)
        self.model_task_type = prediction_type
