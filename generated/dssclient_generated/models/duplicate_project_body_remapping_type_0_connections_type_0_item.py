from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DuplicateProjectBodyRemappingType0ConnectionsType0Item")


@_attrs_define
class DuplicateProjectBodyRemappingType0ConnectionsType0Item:
    """One replacement.

    Attributes:
        source (str | Unset): Connection used by the original project.
        target (str | Unset): Connection the copy uses instead.
    """

    source: str | Unset = UNSET
    target: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source = self.source

        target = self.target

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source
        if target is not UNSET:
            field_dict["target"] = target

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        source = d.pop("source", UNSET)

        target = d.pop("target", UNSET)

        duplicate_project_body_remapping_type_0_connections_type_0_item = cls(
            source=source,
            target=target,
        )

        duplicate_project_body_remapping_type_0_connections_type_0_item.additional_properties = d
        return duplicate_project_body_remapping_type_0_connections_type_0_item

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
