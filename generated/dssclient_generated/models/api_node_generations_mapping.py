from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.api_node_mapping_entry import ApiNodeMappingEntry


T = TypeVar("T", bound="ApiNodeGenerationsMapping")


@_attrs_define
class ApiNodeGenerationsMapping:
    """Which generations of a service answer, in which proportions.

    Attributes:
        entries (list[ApiNodeMappingEntry]): The generations that answer, each with its share.
    """

    entries: list[ApiNodeMappingEntry]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        entries = []
        for entries_item_data in self.entries:
            entries_item = entries_item_data.to_dict()
            entries.append(entries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "entries": entries,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_node_mapping_entry import ApiNodeMappingEntry

        d = dict(src_dict)
        entries = []
        _entries = d.pop("entries")
        for entries_item_data in _entries:
            entries_item = ApiNodeMappingEntry.from_dict(entries_item_data)

            entries.append(entries_item)

        api_node_generations_mapping = cls(
            entries=entries,
        )

        api_node_generations_mapping.additional_properties = d
        return api_node_generations_mapping

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
