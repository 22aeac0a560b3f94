from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainedModelDetailsCoreParams")


@_attrs_define
class TrainedModelDetailsCoreParams:
    """The task's core parameters (task type, prediction type, target).

    Attributes:
        task_type (str | Unset): PREDICTION or CLUSTERING.
        prediction_type (str | Unset): The prediction type of a prediction model.
        target_variable (str | Unset): The target of a prediction model.
        multi_target_variables (list[str] | Unset): The targets of a multi-target model.
    """

    task_type: str | Unset = UNSET
    prediction_type: str | Unset = UNSET
    target_variable: str | Unset = UNSET
    multi_target_variables: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        task_type = self.task_type

        prediction_type = self.prediction_type

        target_variable = self.target_variable

        multi_target_variables: list[str] | Unset = UNSET
        if not isinstance(self.multi_target_variables, Unset):
            multi_target_variables = self.multi_target_variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_type is not UNSET:
            field_dict["taskType"] = task_type
        if prediction_type is not UNSET:
            field_dict["prediction_type"] = prediction_type
        if target_variable is not UNSET:
            field_dict["target_variable"] = target_variable
        if multi_target_variables is not UNSET:
            field_dict["multi_target_variables"] = multi_target_variables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        task_type = d.pop("taskType", UNSET)

        prediction_type = d.pop("prediction_type", UNSET)

        target_variable = d.pop("target_variable", UNSET)

        multi_target_variables = cast(list[str], d.pop("multi_target_variables", UNSET))

        trained_model_details_core_params = cls(
            task_type=task_type,
            prediction_type=prediction_type,
            target_variable=target_variable,
            multi_target_variables=multi_target_variables,
        )

        trained_model_details_core_params.additional_properties = d
        return trained_model_details_core_params

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
