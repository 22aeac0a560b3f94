from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ManagedFolderItem")


@_attrs_define
class ManagedFolderItem:
    """A file of a managed folder.

    Attributes:
        path (str | Unset): Path of the file from the folder's root, starting with `/`.
        size (int | Unset): Size in bytes.
        last_modified (int | Unset): Last modification, in milliseconds since the epoch.
    """

    path: str | Unset = UNSET
    size: int | Unset = UNSET
    last_modified: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        size = self.size

        last_modified = self.last_modified

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if path is not UNSET:
            field_dict["path"] = path
        if size is not UNSET:
            field_dict["size"] = size
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        path = d.pop("path", UNSET)

        size = d.pop("size", UNSET)

        last_modified = d.pop("lastModified", UNSET)

        managed_folder_item = cls(
            path=path,
            size=size,
            last_modified=last_modified,
        )

        managed_folder_item.additional_properties = d
        return managed_folder_item

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
