from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_counts import DatasetCounts
    from ..models.global_usage_summary_project_summaries_item import (
        GlobalUsageSummaryProjectSummariesItem,
    )
    from ..models.notebook_counts import NotebookCounts
    from ..models.recipe_counts import RecipeCounts
    from ..models.scenario_counts import ScenarioCounts


T = TypeVar("T", bound="GlobalUsageSummary")


@_attrs_define
class GlobalUsageSummary:
    """Counts of the instance's objects. Each block has an `all` count and
    counts by type; `projectSummaries` holds the same per project.

        Attributes:
            projects (int | Unset): Number of projects.
            datasets (DatasetCounts | Unset): Counts of datasets.
            recipes (RecipeCounts | Unset): Counts of recipes.
            notebooks (NotebookCounts | Unset): Counts of notebooks.
            scenarios (ScenarioCounts | Unset): Counts of scenarios.
            project_summaries (list[GlobalUsageSummaryProjectSummariesItem] | Unset): The same counts per project (with
                `withPerProject`).
    """

    projects: int | Unset = UNSET
    datasets: DatasetCounts | Unset = UNSET
    recipes: RecipeCounts | Unset = UNSET
    notebooks: NotebookCounts | Unset = UNSET
    scenarios: ScenarioCounts | Unset = UNSET
    project_summaries: list[GlobalUsageSummaryProjectSummariesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        projects = self.projects

        datasets: dict[str, Any] | Unset = UNSET
        if not isinstance(self.datasets, Unset):
            datasets = self.datasets.to_dict()

        recipes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recipes, Unset):
            recipes = self.recipes.to_dict()

        notebooks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.notebooks, Unset):
            notebooks = self.notebooks.to_dict()

        scenarios: dict[str, Any] | Unset = UNSET
        if not isinstance(self.scenarios, Unset):
            scenarios = self.scenarios.to_dict()

        project_summaries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.project_summaries, Unset):
            project_summaries = []
            for project_summaries_item_data in self.project_summaries:
                project_summaries_item = project_summaries_item_data.to_dict()
                project_summaries.append(project_summaries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if projects is not UNSET:
            field_dict["projects"] = projects
        if datasets is not UNSET:
            field_dict["datasets"] = datasets
        if recipes is not UNSET:
            field_dict["recipes"] = recipes
        if notebooks is not UNSET:
            field_dict["notebooks"] = notebooks
        if scenarios is not UNSET:
            field_dict["scenarios"] = scenarios
        if project_summaries is not UNSET:
            field_dict["projectSummaries"] = project_summaries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset_counts import DatasetCounts
        from ..models.global_usage_summary_project_summaries_item import (
            GlobalUsageSummaryProjectSummariesItem,
        )
        from ..models.notebook_counts import NotebookCounts
        from ..models.recipe_counts import RecipeCounts
        from ..models.scenario_counts import ScenarioCounts

        d = dict(src_dict)
        projects = d.pop("projects", UNSET)

        _datasets = d.pop("datasets", UNSET)
        datasets: DatasetCounts | Unset
        if isinstance(_datasets, Unset):
            datasets = UNSET
        else:
            datasets = DatasetCounts.from_dict(_datasets)

        _recipes = d.pop("recipes", UNSET)
        recipes: RecipeCounts | Unset
        if isinstance(_recipes, Unset):
            recipes = UNSET
        else:
            recipes = RecipeCounts.from_dict(_recipes)

        _notebooks = d.pop("notebooks", UNSET)
        notebooks: NotebookCounts | Unset
        if isinstance(_notebooks, Unset):
            notebooks = UNSET
        else:
            notebooks = NotebookCounts.from_dict(_notebooks)

        _scenarios = d.pop("scenarios", UNSET)
        scenarios: ScenarioCounts | Unset
        if isinstance(_scenarios, Unset):
            scenarios = UNSET
        else:
            scenarios = ScenarioCounts.from_dict(_scenarios)

        _project_summaries = d.pop("projectSummaries", UNSET)
        project_summaries: list[GlobalUsageSummaryProjectSummariesItem] | Unset = UNSET
        if _project_summaries is not UNSET:
            project_summaries = []
            for project_summaries_item_data in _project_summaries:
                project_summaries_item = (
                    GlobalUsageSummaryProjectSummariesItem.from_dict(
                        project_summaries_item_data
                    )
                )

                project_summaries.append(project_summaries_item)

        global_usage_summary = cls(
            projects=projects,
            datasets=datasets,
            recipes=recipes,
            notebooks=notebooks,
            scenarios=scenarios,
            project_summaries=project_summaries,
        )

        global_usage_summary.additional_properties = d
        return global_usage_summary

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
