from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MLTaskRef")


@_attrs_define
class MLTaskRef:
    """The identifiers of an ML task.

    Attributes:
        analysis_id (str): The task's visual analysis.
        ml_task_id (str): The task, in its analysis.
    """

    analysis_id: str
    ml_task_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        analysis_id = self.analysis_id

        ml_task_id = self.ml_task_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "analysisId": analysis_id,
                "mlTaskId": ml_task_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        analysis_id = d.pop("analysisId")

        ml_task_id = d.pop("mlTaskId")

        ml_task_ref = cls(
            analysis_id=analysis_id,
            ml_task_id=ml_task_id,
        )

        ml_task_ref.additional_properties = d
        return ml_task_ref

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
