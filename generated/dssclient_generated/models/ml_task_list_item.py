from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MLTaskListItem")


@_attrs_define
class MLTaskListItem:
    """An ML task as listed.

    Attributes:
        analysis_id (str): The task's visual analysis.
        ml_task_id (str): The task, in its analysis.
        project_key (str | Unset): The task's project.
        name (str | Unset): The task's name.
        task_type (str | Unset): PREDICTION or CLUSTERING.
        prediction_type (str | Unset): The prediction type of a prediction task.
        target_variable (str | Unset): The target of a prediction task.
        input_dataset (str | Unset): The dataset the task learns from (unverified key).
        backend_type (str | Unset): The training engine.
    """

    analysis_id: str
    ml_task_id: str
    project_key: str | Unset = UNSET
    name: str | Unset = UNSET
    task_type: str | Unset = UNSET
    prediction_type: str | Unset = UNSET
    target_variable: str | Unset = UNSET
    input_dataset: str | Unset = UNSET
    backend_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        analysis_id = self.analysis_id

        ml_task_id = self.ml_task_id

        project_key = self.project_key

        name = self.name

        task_type = self.task_type

        prediction_type = self.prediction_type

        target_variable = self.target_variable

        input_dataset = self.input_dataset

        backend_type = self.backend_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "analysisId": analysis_id,
                "mlTaskId": ml_task_id,
            }
        )
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if name is not UNSET:
            field_dict["name"] = name
        if task_type is not UNSET:
            field_dict["taskType"] = task_type
        if prediction_type is not UNSET:
            field_dict["predictionType"] = prediction_type
        if target_variable is not UNSET:
            field_dict["targetVariable"] = target_variable
        if input_dataset is not UNSET:
            field_dict["inputDataset"] = input_dataset
        if backend_type is not UNSET:
            field_dict["backendType"] = backend_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        analysis_id = d.pop("analysisId")

        ml_task_id = d.pop("mlTaskId")

        project_key = d.pop("projectKey", UNSET)

        name = d.pop("name", UNSET)

        task_type = d.pop("taskType", UNSET)

        prediction_type = d.pop("predictionType", UNSET)

        target_variable = d.pop("targetVariable", UNSET)

        input_dataset = d.pop("inputDataset", UNSET)

        backend_type = d.pop("backendType", UNSET)

        ml_task_list_item = cls(
            analysis_id=analysis_id,
            ml_task_id=ml_task_id,
            project_key=project_key,
            name=name,
            task_type=task_type,
            prediction_type=prediction_type,
            target_variable=target_variable,
            input_dataset=input_dataset,
            backend_type=backend_type,
        )

        ml_task_list_item.additional_properties = d
        return ml_task_list_item

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
