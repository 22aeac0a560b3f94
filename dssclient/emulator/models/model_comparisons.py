"""Evaluation comparisons of projects (issue 19): a name, a task type, and the full ids of the compared items.

A compared item is a lab model (``A-...``), a saved model version (``S-...``) or an evaluation
(``ME-...``); saving checks each ``refId`` has one of these forms (what they name is read when the
comparison is shown, so an item deleted since stays listed, as in DSS). Hold ``DSSState.lock``.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

from dssclient._json import is_array, is_mapping

from ..errors import bad_request, not_found
from ..state import DSSState, user_tag
from ._sequence_ids import SequenceIds

TASK_TYPES = (
    "BINARY_CLASSIFICATION",
    "REGRESSION",
    "MULTICLASS",
    "TIMESERIES_FORECAST",
    "CAUSAL_BINARY_CLASSIFICATION",
    "CAUSAL_REGRESSION",
    "LLM",
    "AGENT",
)
MODEL_TASK_TYPES = TASK_TYPES[:6]
MAX_COMPARISONS_PER_PROJECT = 1000
MAX_COMPARED_ITEMS = 100
# The full ids the official client recognises (DSSEvaluationComparison.get_evaluation_like_from_full_id).
FULL_ID = re.compile(
    r"S-\w+-\w+-\w+(?:-part-\w+-v?\d+)?"
    r"|A-\w+-\w+-\w+-s[0-9]+-pp[0-9]+(?:-part-\w+|-base)?-m[0-9]+"
    r"|ME-\w+-\w+-\w+"
)


@dataclass
class Comparison:
    settings: dict[str, Any]

    @property
    def id(self) -> str:
        return str(self.settings["id"])

    @property
    def task_type(self) -> str:
        return str(self.settings.get("modelTaskType") or self.settings.get("predictionType") or "")


class ModelComparisons:
    """Every project's evaluation comparisons."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self.comparisons: dict[str, dict[str, Comparison]] = {}
        self.ids = SequenceIds("evaluation-comparison")

    def forget_project(self, project_key: str) -> None:
        self.comparisons.pop(project_key, None)

    def get(self, project_key: str, comparison_id: str) -> Comparison:
        found = self.comparisons.get(project_key, {}).get(comparison_id)
        if found is None:
            raise not_found(f"Model comparison does not exist: {project_key}.{comparison_id}")
        return found

    def listed(self, project_key: str, task_types: list[str] | None) -> list[dict[str, Any]]:
        """The comparisons of some task types, or (like DSS) of every type but AGENT."""
        wanted = set(task_types) if task_types else set(TASK_TYPES) - {"AGENT"}
        return [
            copy.deepcopy(c.settings) for c in self.comparisons.get(project_key, {}).values() if c.task_type in wanted
        ]

    def create(self, project_key: str, name: str, task_type: str, login: str, *, models_only: bool) -> Comparison:
        allowed = MODEL_TASK_TYPES if models_only else TASK_TYPES
        if task_type not in allowed:
            raise bad_request(f"Unknown task type {task_type!r} for a comparison: use one of {', '.join(allowed)}")
        if not name.strip():
            raise bad_request("A comparison needs a name")
        comparisons = self.comparisons.setdefault(project_key, {})
        if len(comparisons) >= MAX_COMPARISONS_PER_PROJECT:
            raise bad_request(f"Project {project_key} has {MAX_COMPARISONS_PER_PROJECT} comparisons: delete some first")
        comparison_id = self.ids.new(comparisons, length=8)
        now = self.state.clock()
        comparison = Comparison(
            {
                "id": comparison_id,
                "projectKey": project_key,
                "displayName": name,
                "modelTaskType": task_type,
                "comparedModels": [],
                "tags": [],
                "creationTag": user_tag(login, now),
                "versionTag": user_tag(login, now),
            }
        )
        comparisons[comparison_id] = comparison
        return comparison

    def save(self, comparison: Comparison, settings: Any, login: str) -> None:
        if not is_mapping(settings):
            raise bad_request("A comparison's settings are an object")
        for key in ("id", "projectKey"):
            if key in settings and settings[key] != comparison.settings[key]:
                raise bad_request(f"The {key} of comparison {comparison.id} cannot change")
        task_type = settings.get("modelTaskType", comparison.task_type)
        if task_type not in TASK_TYPES:
            raise bad_request(f"Unknown task type {task_type!r} for a comparison: use one of {', '.join(TASK_TYPES)}")
        items: object = settings.get("comparedModels") or []
        if not is_array(items) or len(items) > MAX_COMPARED_ITEMS:
            raise bad_request(f"comparedModels is a list of at most {MAX_COMPARED_ITEMS} items")
        for item in items:
            ref = item.get("refId") if is_mapping(item) else None
            if not isinstance(ref, str) or not FULL_ID.fullmatch(ref):
                raise bad_request(
                    f"{ref!r} is not the full id of a lab model (A-...), saved model version (S-...) "
                    "or evaluation (ME-...)"
                )
        version = int(comparison.settings.get("versionTag", {}).get("versionNumber", 0)) + 1
        comparison.settings = {**copy.deepcopy(dict(settings)), "id": comparison.id}
        comparison.settings["projectKey"] = comparison.settings.get("projectKey") or settings.get("projectKey")
        comparison.settings["versionTag"] = user_tag(login, self.state.clock(), version)

    def delete(self, project_key: str, comparison_id: str) -> None:
        self.get(project_key, comparison_id)
        del self.comparisons[project_key][comparison_id]
