from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_evaluation_comparison_body_prediction_type import (
    CreateEvaluationComparisonBodyPredictionType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateEvaluationComparisonBody")


@_attrs_define
class CreateEvaluationComparisonBody:
    """The comparison to create.

    Attributes:
        display_name (str): Name of the comparison.
        prediction_type (CreateEvaluationComparisonBodyPredictionType): Task type of the comparison.
        project_key (str | Unset): Project of the comparison (the path's).
    """

    display_name: str
    prediction_type: CreateEvaluationComparisonBodyPredictionType
    project_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_name = self.display_name

        prediction_type = self.prediction_type.value

        project_key = self.project_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "displayName": display_name,
                "predictionType": prediction_type,
            }
        )
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        display_name = d.pop("displayName")

        prediction_type = CreateEvaluationComparisonBodyPredictionType(
            d.pop("predictionType")
        )

        project_key = d.pop("projectKey", UNSET)

        create_evaluation_comparison_body = cls(
            display_name=display_name,
            prediction_type=prediction_type,
            project_key=project_key,
        )

        create_evaluation_comparison_body.additional_properties = d
        return create_evaluation_comparison_body

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
