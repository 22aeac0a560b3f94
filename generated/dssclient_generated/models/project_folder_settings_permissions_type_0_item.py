from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectFolderSettingsPermissionsType0Item")


@_attrs_define
class ProjectFolderSettingsPermissionsType0Item:
    """Permissions of one group or user (`group` or `user`, and `read`, `writeContents`, `admin`).

    Attributes:
        group (str | Unset): The group granted the rights (or `user`).
        user (str | Unset): The user granted the rights (or `group`).
        read (bool | Unset): Whether they may see the folder.
        write_contents (bool | Unset): Whether they may create, move and delete what is in the folder.
        admin (bool | Unset): Whether they may change the folder's settings and permissions.
    """

    group: str | Unset = UNSET
    user: str | Unset = UNSET
    read: bool | Unset = UNSET
    write_contents: bool | Unset = UNSET
    admin: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group = self.group

        user = self.user

        read = self.read

        write_contents = self.write_contents

        admin = self.admin

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group is not UNSET:
            field_dict["group"] = group
        if user is not UNSET:
            field_dict["user"] = user
        if read is not UNSET:
            field_dict["read"] = read
        if write_contents is not UNSET:
            field_dict["writeContents"] = write_contents
        if admin is not UNSET:
            field_dict["admin"] = admin

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        group = d.pop("group", UNSET)

        user = d.pop("user", UNSET)

        read = d.pop("read", UNSET)

        write_contents = d.pop("writeContents", UNSET)

        admin = d.pop("admin", UNSET)

        project_folder_settings_permissions_type_0_item = cls(
            group=group,
            user=user,
            read=read,
            write_contents=write_contents,
            admin=admin,
        )

        project_folder_settings_permissions_type_0_item.additional_properties = d
        return project_folder_settings_permissions_type_0_item

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
