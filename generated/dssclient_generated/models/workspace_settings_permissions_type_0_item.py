from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceSettingsPermissionsType0Item")


@_attrs_define
class WorkspaceSettingsPermissionsType0Item:
    """Permissions of one user or group.

    Attributes:
        user (str | Unset): Login of the user the entry is about (an entry names a `user` or a `group`).
        group (str | Unset): Name of the group the entry is about.
        admin (bool | Unset): May administer the workspace.
        write (bool | Unset): May add and remove objects.
        read (bool | Unset): May see the workspace.
    """

    user: str | Unset = UNSET
    group: str | Unset = UNSET
    admin: bool | Unset = UNSET
    write: bool | Unset = UNSET
    read: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user = self.user

        group = self.group

        admin = self.admin

        write = self.write

        read = self.read

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user is not UNSET:
            field_dict["user"] = user
        if group is not UNSET:
            field_dict["group"] = group
        if admin is not UNSET:
            field_dict["admin"] = admin
        if write is not UNSET:
            field_dict["write"] = write
        if read is not UNSET:
            field_dict["read"] = read

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        user = d.pop("user", UNSET)

        group = d.pop("group", UNSET)

        admin = d.pop("admin", UNSET)

        write = d.pop("write", UNSET)

        read = d.pop("read", UNSET)

        workspace_settings_permissions_type_0_item = cls(
            user=user,
            group=group,
            admin=admin,
            write=write,
            read=read,
        )

        workspace_settings_permissions_type_0_item.additional_properties = d
        return workspace_settings_permissions_type_0_item

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
