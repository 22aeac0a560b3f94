from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_counts import DatasetCounts
    from ..models.notebook_counts import NotebookCounts
    from ..models.recipe_counts import RecipeCounts
    from ..models.scenario_counts import ScenarioCounts


T = TypeVar("T", bound="GlobalUsageSummaryProjectSummariesItem")


@_attrs_define
class GlobalUsageSummaryProjectSummariesItem:
    """The counts of one project.

    Attributes:
        project_key (None | str | Unset): Key of the project.
        datasets (DatasetCounts | Unset): Counts of datasets.
        recipes (RecipeCounts | Unset): Counts of recipes.
        notebooks (NotebookCounts | Unset): Counts of notebooks.
        scenarios (ScenarioCounts | Unset): Counts of scenarios.
    """

    project_key: None | str | Unset = UNSET
    datasets: DatasetCounts | Unset = UNSET
    recipes: RecipeCounts | Unset = UNSET
    notebooks: NotebookCounts | Unset = UNSET
    scenarios: ScenarioCounts | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_key: None | str | Unset
        if isinstance(self.project_key, Unset):
            project_key = UNSET
        else:
            project_key = self.project_key

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if datasets is not UNSET:
            field_dict["datasets"] = datasets
        if recipes is not UNSET:
            field_dict["recipes"] = recipes
        if notebooks is not UNSET:
            field_dict["notebooks"] = notebooks
        if scenarios is not UNSET:
            field_dict["scenarios"] = scenarios

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset_counts import DatasetCounts
        from ..models.notebook_counts import NotebookCounts
        from ..models.recipe_counts import RecipeCounts
        from ..models.scenario_counts import ScenarioCounts

        d = dict(src_dict)

        def _parse_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_key = _parse_project_key(d.pop("projectKey", UNSET))

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

        global_usage_summary_project_summaries_item = cls(
            project_key=project_key,
            datasets=datasets,
            recipes=recipes,
            notebooks=notebooks,
            scenarios=scenarios,
        )

        global_usage_summary_project_summaries_item.additional_properties = d
        return global_usage_summary_project_summaries_item

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
