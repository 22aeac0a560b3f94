from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AnalysisListItem")


@_attrs_define
class AnalysisListItem:
    """A visual analysis as listed.

    Attributes:
        analysis_id (str): Identifier of the analysis.
        analysis_name (None | str | Unset): Name of the analysis.
        input_dataset (None | str | Unset): The dataset the analysis works on (its smart name).
        project_key (None | str | Unset): Project of the analysis (unverified).
        nb_ml_tasks (int | None | Unset): How many ML tasks the analysis holds (unverified).
    """

    analysis_id: str
    analysis_name: None | str | Unset = UNSET
    input_dataset: None | str | Unset = UNSET
    project_key: None | str | Unset = UNSET
    nb_ml_tasks: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        analysis_id = self.analysis_id

        analysis_name: None | str | Unset
        if isinstance(self.analysis_name, Unset):
            analysis_name = UNSET
        else:
            analysis_name = self.analysis_name

        input_dataset: None | str | Unset
        if isinstance(self.input_dataset, Unset):
            input_dataset = UNSET
        else:
            input_dataset = self.input_dataset

        project_key: None | str | Unset
        if isinstance(self.project_key, Unset):
            project_key = UNSET
        else:
            project_key = self.project_key

        nb_ml_tasks: int | None | Unset
        if isinstance(self.nb_ml_tasks, Unset):
            nb_ml_tasks = UNSET
        else:
            nb_ml_tasks = self.nb_ml_tasks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "analysisId": analysis_id,
            }
        )
        if analysis_name is not UNSET:
            field_dict["analysisName"] = analysis_name
        if input_dataset is not UNSET:
            field_dict["inputDataset"] = input_dataset
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if nb_ml_tasks is not UNSET:
            field_dict["nbMLTasks"] = nb_ml_tasks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        analysis_id = d.pop("analysisId")

        def _parse_analysis_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        analysis_name = _parse_analysis_name(d.pop("analysisName", UNSET))

        def _parse_input_dataset(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        input_dataset = _parse_input_dataset(d.pop("inputDataset", UNSET))

        def _parse_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_key = _parse_project_key(d.pop("projectKey", UNSET))

        def _parse_nb_ml_tasks(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        nb_ml_tasks = _parse_nb_ml_tasks(d.pop("nbMLTasks", UNSET))

        analysis_list_item = cls(
            analysis_id=analysis_id,
            analysis_name=analysis_name,
            input_dataset=input_dataset,
            project_key=project_key,
            nb_ml_tasks=nb_ml_tasks,
        )

        analysis_list_item.additional_properties = d
        return analysis_list_item

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
