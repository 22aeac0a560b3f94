from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.license_file_content_type_0_profile_limits_type_0 import (
        LicenseFileContentType0ProfileLimitsType0,
    )


T = TypeVar("T", bound="LicenseFileContentType0")


@_attrs_define
class LicenseFileContentType0:
    """What the licence grants (`licensee`, `expiresOn`, `profileLimits`, ...).

    Attributes:
        expires_on (int | None | str | Unset): Expiry date (in ms since the Unix epoch, as the emulator writes it;
            unverified).
        profile_limits (LicenseFileContentType0ProfileLimitsType0 | None | Unset): Licensed number of users, by profile.
    """

    expires_on: int | None | str | Unset = UNSET
    profile_limits: LicenseFileContentType0ProfileLimitsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.license_file_content_type_0_profile_limits_type_0 import (
            LicenseFileContentType0ProfileLimitsType0,
        )

        expires_on: int | None | str | Unset
        if isinstance(self.expires_on, Unset):
            expires_on = UNSET
        else:
            expires_on = self.expires_on

        profile_limits: dict[str, Any] | None | Unset
        if isinstance(self.profile_limits, Unset):
            profile_limits = UNSET
        elif isinstance(self.profile_limits, LicenseFileContentType0ProfileLimitsType0):
            profile_limits = self.profile_limits.to_dict()
        else:
            profile_limits = self.profile_limits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires_on is not UNSET:
            field_dict["expiresOn"] = expires_on
        if profile_limits is not UNSET:
            field_dict["profileLimits"] = profile_limits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.license_file_content_type_0_profile_limits_type_0 import (
            LicenseFileContentType0ProfileLimitsType0,
        )

        d = dict(src_dict)

        def _parse_expires_on(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        expires_on = _parse_expires_on(d.pop("expiresOn", UNSET))

        def _parse_profile_limits(
            data: object,
        ) -> LicenseFileContentType0ProfileLimitsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                profile_limits_type_0 = (
                    LicenseFileContentType0ProfileLimitsType0.from_dict(data)
                )

                return profile_limits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LicenseFileContentType0ProfileLimitsType0 | None | Unset, data)

        profile_limits = _parse_profile_limits(d.pop("profileLimits", UNSET))

        license_file_content_type_0 = cls(
            expires_on=expires_on,
            profile_limits=profile_limits,
        )

        license_file_content_type_0.additional_properties = d
        return license_file_content_type_0

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
