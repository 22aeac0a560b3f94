from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserActivity")


@_attrs_define
class UserActivity:
    """When a user was last seen.

    Attributes:
        login (str | Unset): Login of the user.
        enabled (bool | Unset): Whether the user is enabled.
        last_successful_login (int | Unset): Last successful login, in milliseconds since the Unix epoch (0 when never).
        last_failed_login (int | Unset): Last failed login, in milliseconds since the Unix epoch (0 when never).
        last_session_activity (int | Unset): Last activity in a session, in milliseconds since the Unix epoch (0 when
            never).
    """

    login: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    last_successful_login: int | Unset = UNSET
    last_failed_login: int | Unset = UNSET
    last_session_activity: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        login = self.login

        enabled = self.enabled

        last_successful_login = self.last_successful_login

        last_failed_login = self.last_failed_login

        last_session_activity = self.last_session_activity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if login is not UNSET:
            field_dict["login"] = login
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if last_successful_login is not UNSET:
            field_dict["lastSuccessfulLogin"] = last_successful_login
        if last_failed_login is not UNSET:
            field_dict["lastFailedLogin"] = last_failed_login
        if last_session_activity is not UNSET:
            field_dict["lastSessionActivity"] = last_session_activity

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        login = d.pop("login", UNSET)

        enabled = d.pop("enabled", UNSET)

        last_successful_login = d.pop("lastSuccessfulLogin", UNSET)

        last_failed_login = d.pop("lastFailedLogin", UNSET)

        last_session_activity = d.pop("lastSessionActivity", UNSET)

        user_activity = cls(
            login=login,
            enabled=enabled,
            last_successful_login=last_successful_login,
            last_failed_login=last_failed_login,
            last_session_activity=last_session_activity,
        )

        user_activity.additional_properties = d
        return user_activity

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
