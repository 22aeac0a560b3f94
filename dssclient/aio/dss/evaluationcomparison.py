"""Evaluation comparisons: side by side, lab models, saved model versions and evaluations of a task type.

A compared item is named by its full id: a lab model (``A-...``), a saved model version
(``S-...``) or an evaluation (``ME-{projectKey}-{storeId}-{evaluationId}``).
"""

from __future__ import annotations

import re
import warnings
from typing import TYPE_CHECKING

from dssclient_generated.api import model_comparisons

from dssclient.dss.utils import DSSRawSettings

from .._requester import json_body
from .discussion import AsyncDSSObjectDiscussions

if TYPE_CHECKING:
    from dssclient.payloads import EvaluationComparisonSettings

    from ..dssclient import AsyncDSSClient
    from .evaluationstore import AsyncDSSEvaluation
    from .ml_model_details import AsyncDSSTrainedModelDetails
    from .project import AsyncDSSProject
    from .savedmodel import AsyncDSSSavedModel

__all__ = ["AsyncDSSEvaluationComparison", "AsyncDSSEvaluationComparisonSettings", "parse_evaluation_like_full_id"]

# The full ids DSS gives what a comparison compares (the official client's patterns).
_SAVED_MODEL = re.compile(r"S-(\w+)-(\w+)-(\w+)(?:-part-(\w+)-(v?\d+))?")
_LAB_MODEL = re.compile(r"A-(\w+)-(\w+)-(\w+)-(s[0-9]+)-(pp[0-9]+(?:-part-(\w+)|-base)?)-(m[0-9]+)")
_EVALUATION = re.compile(r"ME-(\w+)-(\w+)-(\w+)")


def parse_evaluation_like_full_id(full_id: str) -> tuple[str, list[str]]:
    """The kind of a compared item's full id (``SAVED_MODEL``, ``EVALUATION``, ``LAB_MODEL``) and its parts.

    Parts: the saved model's full id; the store and evaluation ids; the analysis and ML task ids.
    Raises ``ValueError`` for another text.
    """
    if _SAVED_MODEL.fullmatch(full_id):
        return "SAVED_MODEL", [full_id]
    if _EVALUATION.fullmatch(full_id):
        parts = full_id.split("-")
        return "EVALUATION", [parts[2], parts[3]]
    if _LAB_MODEL.fullmatch(full_id):
        parts = full_id.split("-")
        return "LAB_MODEL", [parts[2], parts[3]]
    raise ValueError(f"{full_id} is not a valid full model id or full model evaluation id.")


class AsyncDSSEvaluationComparison:
    """A handle on an evaluation comparison. Get one with :meth:`DSSProject.get_evaluation_comparison`."""

    def __init__(self, client: AsyncDSSClient, project_key: str, comparison_id: str) -> None:
        self.client = client
        self.project: AsyncDSSProject = client.get_project(project_key)
        self.project_key = project_key
        self.comparison_id = comparison_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r}, comparison_id={self.comparison_id!r})"

    @property
    def mec_id(self) -> str:
        """Deprecated name of ``comparison_id``."""
        warnings.warn("mec_id is deprecated: use comparison_id", DeprecationWarning, stacklevel=2)
        return self.comparison_id

    async def _fetch_settings(self) -> EvaluationComparisonSettings:
        settings: EvaluationComparisonSettings = await self.client._requester.json(
            model_comparisons.get_evaluation_comparison.request_kwargs, self.project_key, self.comparison_id
        )
        return settings

    async def get_settings(self) -> AsyncDSSEvaluationComparisonSettings:
        """The comparison's settings: name, task type, compared items. (operation ``getEvaluationComparison``)"""
        return AsyncDSSEvaluationComparisonSettings(self, await self._fetch_settings())

    def _evaluation_of(self, store_id: str, evaluation_id: str) -> AsyncDSSEvaluation:
        return self.project.get_evaluation_store(store_id).get_evaluation(evaluation_id)

    def get_object_discussions(self) -> AsyncDSSObjectDiscussions:
        """The discussions about the comparison (no call is made)."""
        return AsyncDSSObjectDiscussions(self.client, self.project_key, "MODEL_COMPARISON", self.comparison_id)

    async def delete(self) -> None:
        """Delete the comparison (not what it compares). (operation ``deleteEvaluationComparison``)"""
        await self.client._requester.empty(
            model_comparisons.delete_evaluation_comparison.request_kwargs, self.project_key, self.comparison_id
        )

    async def get_evaluation_like_from_full_id(
        self, full_id: str
    ) -> AsyncDSSEvaluation | AsyncDSSTrainedModelDetails | AsyncDSSSavedModel:
        """What a compared item's full id names: an evaluation (``ME-...``, no call), the details of a lab
        model (``A-...``), or a saved model (``S-...``). Raises ``ValueError`` for another text.

        (operations ``getMLTaskModelDetails``, ``getMLTaskModelSnippets`` for a lab model)
        """
        kind, parts = parse_evaluation_like_full_id(full_id)
        if kind == "EVALUATION":
            return self._evaluation_of(parts[0], parts[1])
        if kind == "LAB_MODEL":
            return await self.project.get_ml_task(parts[0], parts[1]).get_trained_model_details(full_id)
        # As the official client does, the saved model's handle is made from the version's full id.
        return self.project.get_saved_model(full_id)


class AsyncDSSEvaluationComparisonSettings(DSSRawSettings["EvaluationComparisonSettings"]):
    """An evaluation comparison's settings: its name, task type and compared items; then :meth:`save`."""

    def __init__(
        self, evaluation_comparison: AsyncDSSEvaluationComparison, settings: EvaluationComparisonSettings
    ) -> None:
        super().__init__(settings)
        self.evaluation_comparison = evaluation_comparison

    def add_compared_item(self, full_id: str) -> None:
        """Compare one more item, by its full id (lab model, saved model version, evaluation)."""
        if not full_id:
            raise ValueError(f"A compared item is named by its full id, not {full_id!r}")
        self.settings.setdefault("comparedModels", []).append({"refId": full_id})

    def remove_compared_item(self, full_id: str) -> None:
        """Stop comparing an item, by its full id (nothing happens if it is not compared)."""
        items = self.settings.get("comparedModels")
        if not items:
            return
        self.settings["comparedModels"] = [item for item in items if item.get("refId") != full_id]

    def get_compared_items(self) -> list[str]:
        """The full ids of the compared items."""
        return [item["refId"] for item in self.settings.get("comparedModels") or []]

    @property
    def model_task_type(self) -> str | None:
        """The task type of the comparison (``BINARY_CLASSIFICATION``, ``REGRESSION``, ``LLM``, ...)."""
        return self.settings.get("modelTaskType")

    @model_task_type.setter
    def model_task_type(self, model_task_type: str) -> None:
        self.settings["modelTaskType"] = model_task_type

    @property
    def display_name(self) -> str:
        """The comparison's name."""
        return str(self.settings.get("displayName", ""))

    @display_name.setter
    def display_name(self, display_name: str) -> None:
        self.settings["displayName"] = display_name

    async def save(self) -> None:
        """Send the settings back, whole. (operation ``saveEvaluationComparison``)"""
        comparison = self.evaluation_comparison
        await comparison.client._requester.empty(
            model_comparisons.save_evaluation_comparison.request_kwargs,
            comparison.project_key,
            comparison.comparison_id,
            body=json_body(self.settings),
        )
