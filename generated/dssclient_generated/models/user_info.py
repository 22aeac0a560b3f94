from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserInfo")


@_attrs_define
class UserInfo:
    """Basic information about a user, readable by any user.

    Attributes:
        login (str | Unset): Login of the user.
        display_name (str | Unset): Display name.
        email (str | Unset): Email address (empty when unknown).
        groups (list[str] | Unset): Names of the user's groups.
        enabled (bool | Unset): Whether the user is enabled.
    """

    login: str | Unset = UNSET
    display_name: str | Unset = UNSET
    email: str | Unset = UNSET
    groups: list[str] | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        login = self.login

        display_name = self.display_name

        email = self.email

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if login is not UNSET:
            field_dict["login"] = login
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if email is not UNSET:
            field_dict["email"] = email
        if groups is not UNSET:
            field_dict["groups"] = groups
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        login = d.pop("login", UNSET)

        display_name = d.pop("displayName", UNSET)

        email = d.pop("email", UNSET)

        groups = cast(list[str], d.pop("groups", UNSET))

        enabled = d.pop("enabled", UNSET)

        user_info = cls(
            login=login,
            display_name=display_name,
            email=email,
            groups=groups,
            enabled=enabled,
        )

        user_info.additional_properties = d
        return user_info

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
