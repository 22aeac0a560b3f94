from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PluginFileNode")


@_attrs_define
class PluginFileNode:
    """A file or folder of a plugin.

    Attributes:
        name (str): Its name.
        path (str): Its path from the root of the plugin, segments separated by '/'.
        size (int | Unset): A file's size in bytes.
        children (list[PluginFileNode] | Unset): A folder's files and folders, sorted by name.
    """

    name: str
    path: str
    size: int | Unset = UNSET
    children: list[PluginFileNode] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        path = self.path

        size = self.size

        children: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = []
            for children_item_data in self.children:
                children_item = children_item_data.to_dict()
                children.append(children_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "path": path,
            }
        )
        if size is not UNSET:
            field_dict["size"] = size
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        path = d.pop("path")

        size = d.pop("size", UNSET)

        _children = d.pop("children", UNSET)
        children: list[PluginFileNode] | Unset = UNSET
        if _children is not UNSET:
            children = []
            for children_item_data in _children:
                children_item = PluginFileNode.from_dict(children_item_data)

                children.append(children_item)

        plugin_file_node = cls(
            name=name,
            path=path,
            size=size,
            children=children,
        )

        plugin_file_node.additional_properties = d
        return plugin_file_node

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
