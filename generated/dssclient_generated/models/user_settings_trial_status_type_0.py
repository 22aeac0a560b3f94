from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserSettingsTrialStatusType0")


@_attrs_define
class UserSettingsTrialStatusType0:
    """Trial of the user, if any.

    Attributes:
        exists (bool | None | Unset): Whether the user has or had a trial.
        expired (bool | None | Unset): Whether the trial is over.
        valid (bool | None | Unset): Whether the trial is running.
        expires_on (int | None | Unset): When the trial ends, in ms since the Unix epoch.
        granted_on (int | None | Unset): When the trial was granted, in ms since the Unix epoch.
        granted_by (None | str | Unset): Who granted the trial (unverified).
    """

    exists: bool | None | Unset = UNSET
    expired: bool | None | Unset = UNSET
    valid: bool | None | Unset = UNSET
    expires_on: int | None | Unset = UNSET
    granted_on: int | None | Unset = UNSET
    granted_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exists: bool | None | Unset
        if isinstance(self.exists, Unset):
            exists = UNSET
        else:
            exists = self.exists

        expired: bool | None | Unset
        if isinstance(self.expired, Unset):
            expired = UNSET
        else:
            expired = self.expired

        valid: bool | None | Unset
        if isinstance(self.valid, Unset):
            valid = UNSET
        else:
            valid = self.valid

        expires_on: int | None | Unset
        if isinstance(self.expires_on, Unset):
            expires_on = UNSET
        else:
            expires_on = self.expires_on

        granted_on: int | None | Unset
        if isinstance(self.granted_on, Unset):
            granted_on = UNSET
        else:
            granted_on = self.granted_on

        granted_by: None | str | Unset
        if isinstance(self.granted_by, Unset):
            granted_by = UNSET
        else:
            granted_by = self.granted_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exists is not UNSET:
            field_dict["exists"] = exists
        if expired is not UNSET:
            field_dict["expired"] = expired
        if valid is not UNSET:
            field_dict["valid"] = valid
        if expires_on is not UNSET:
            field_dict["expiresOn"] = expires_on
        if granted_on is not UNSET:
            field_dict["grantedOn"] = granted_on
        if granted_by is not UNSET:
            field_dict["grantedBy"] = granted_by

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_exists(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        exists = _parse_exists(d.pop("exists", UNSET))

        def _parse_expired(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        expired = _parse_expired(d.pop("expired", UNSET))

        def _parse_valid(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        valid = _parse_valid(d.pop("valid", UNSET))

        def _parse_expires_on(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_on = _parse_expires_on(d.pop("expiresOn", UNSET))

        def _parse_granted_on(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        granted_on = _parse_granted_on(d.pop("grantedOn", UNSET))

        def _parse_granted_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        granted_by = _parse_granted_by(d.pop("grantedBy", UNSET))

        user_settings_trial_status_type_0 = cls(
            exists=exists,
            expired=expired,
            valid=valid,
            expires_on=expires_on,
            granted_on=granted_on,
            granted_by=granted_by,
        )

        user_settings_trial_status_type_0.additional_properties = d
        return user_settings_trial_status_type_0

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
