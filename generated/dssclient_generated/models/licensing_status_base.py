from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.licensing_status_base_license_content_type_0 import (
        LicensingStatusBaseLicenseContentType0,
    )
    from ..models.licensing_status_base_profile_limits_type_0 import (
        LicensingStatusBaseProfileLimitsType0,
    )


T = TypeVar("T", bound="LicensingStatusBase")


@_attrs_define
class LicensingStatusBase:
    """The licence itself.

    Attributes:
        expires_on (int | None | Unset): When the licence expires, in ms since the Unix epoch.
        license_content (LicensingStatusBaseLicenseContentType0 | None | Unset): What the licence file says, its profile
            limits left out.
        profile_limits (LicensingStatusBaseProfileLimitsType0 | None | Unset): Licensed number of users, by profile.
    """

    expires_on: int | None | Unset = UNSET
    license_content: LicensingStatusBaseLicenseContentType0 | None | Unset = UNSET
    profile_limits: LicensingStatusBaseProfileLimitsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.licensing_status_base_license_content_type_0 import (
            LicensingStatusBaseLicenseContentType0,
        )
        from ..models.licensing_status_base_profile_limits_type_0 import (
            LicensingStatusBaseProfileLimitsType0,
        )

        expires_on: int | None | Unset
        if isinstance(self.expires_on, Unset):
            expires_on = UNSET
        else:
            expires_on = self.expires_on

        license_content: dict[str, Any] | None | Unset
        if isinstance(self.license_content, Unset):
            license_content = UNSET
        elif isinstance(self.license_content, LicensingStatusBaseLicenseContentType0):
            license_content = self.license_content.to_dict()
        else:
            license_content = self.license_content

        profile_limits: dict[str, Any] | None | Unset
        if isinstance(self.profile_limits, Unset):
            profile_limits = UNSET
        elif isinstance(self.profile_limits, LicensingStatusBaseProfileLimitsType0):
            profile_limits = self.profile_limits.to_dict()
        else:
            profile_limits = self.profile_limits

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if expires_on is not UNSET:
            field_dict["expiresOn"] = expires_on
        if license_content is not UNSET:
            field_dict["licenseContent"] = license_content
        if profile_limits is not UNSET:
            field_dict["profileLimits"] = profile_limits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.licensing_status_base_license_content_type_0 import (
            LicensingStatusBaseLicenseContentType0,
        )
        from ..models.licensing_status_base_profile_limits_type_0 import (
            LicensingStatusBaseProfileLimitsType0,
        )

        d = dict(src_dict)

        def _parse_expires_on(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_on = _parse_expires_on(d.pop("expiresOn", UNSET))

        def _parse_license_content(
            data: object,
        ) -> LicensingStatusBaseLicenseContentType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                license_content_type_0 = (
                    LicensingStatusBaseLicenseContentType0.from_dict(data)
                )

                return license_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LicensingStatusBaseLicenseContentType0 | None | Unset, data)

        license_content = _parse_license_content(d.pop("licenseContent", UNSET))

        def _parse_profile_limits(
            data: object,
        ) -> LicensingStatusBaseProfileLimitsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                profile_limits_type_0 = LicensingStatusBaseProfileLimitsType0.from_dict(
                    data
                )

                return profile_limits_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LicensingStatusBaseProfileLimitsType0 | None | Unset, data)

        profile_limits = _parse_profile_limits(d.pop("profileLimits", UNSET))

        licensing_status_base = cls(
            expires_on=expires_on,
            license_content=license_content,
            profile_limits=profile_limits,
        )

        licensing_status_base.additional_properties = d
        return licensing_status_base

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
