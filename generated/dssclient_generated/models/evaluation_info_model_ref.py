from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EvaluationInfoModelRef")


@_attrs_define
class EvaluationInfoModelRef:
    """The saved model version evaluated, when there is one.

    Attributes:
        full_id (str | Unset): Full id of the version, `S-{projectKey}-{savedModelId}-{versionId}`.
    """

    full_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        full_id = self.full_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if full_id is not UNSET:
            field_dict["fullId"] = full_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        full_id = d.pop("fullId", UNSET)

        evaluation_info_model_ref = cls(
            full_id=full_id,
        )

        evaluation_info_model_ref.additional_properties = d
        return evaluation_info_model_ref

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
