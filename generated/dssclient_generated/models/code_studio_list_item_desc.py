from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CodeStudioListItemDesc")


@_attrs_define
class CodeStudioListItemDesc:
    """Description of the template (absent when the template is gone).

    Attributes:
        label (str | Unset): Display label of the template.
        short_desc (str | Unset): One-line description of the template.
    """

    label: str | Unset = UNSET
    short_desc: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        short_desc = self.short_desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if short_desc is not UNSET:
            field_dict["shortDesc"] = short_desc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        label = d.pop("label", UNSET)

        short_desc = d.pop("shortDesc", UNSET)

        code_studio_list_item_desc = cls(
            label=label,
            short_desc=short_desc,
        )

        code_studio_list_item_desc.additional_properties = d
        return code_studio_list_item_desc

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
