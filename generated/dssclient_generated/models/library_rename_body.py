from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LibraryRenameBody")


@_attrs_define
class LibraryRenameBody:
    """A file or folder to rename.

    Attributes:
        old_path (str): Its path from the root of the library (a leading '/' is allowed).
        new_name (str): Its new name (a name, not a path).
    """

    old_path: str
    new_name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        old_path = self.old_path

        new_name = self.new_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "oldPath": old_path,
                "newName": new_name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        old_path = d.pop("oldPath")

        new_name = d.pop("newName")

        library_rename_body = cls(
            old_path=old_path,
            new_name=new_name,
        )

        library_rename_body.additional_properties = d
        return library_rename_body

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
