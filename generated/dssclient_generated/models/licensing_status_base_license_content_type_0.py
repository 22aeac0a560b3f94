from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.licensing_status_base_license_content_type_0_licensee_type_0 import (
        LicensingStatusBaseLicenseContentType0LicenseeType0,
    )


T = TypeVar("T", bound="LicensingStatusBaseLicenseContentType0")


@_attrs_define
class LicensingStatusBaseLicenseContentType0:
    """What the licence file says, its profile limits left out.

    Attributes:
        licensee (LicensingStatusBaseLicenseContentType0LicenseeType0 | None | Unset): Who the licence is for
            (unverified).
        license_id (None | str | Unset): Identifier of the licence (unverified).
        expires_on (int | None | str | Unset): Expiry date as the file writes it (unverified).
    """

    licensee: LicensingStatusBaseLicenseContentType0LicenseeType0 | None | Unset = UNSET
    license_id: None | str | Unset = UNSET
    expires_on: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.licensing_status_base_license_content_type_0_licensee_type_0 import (
            LicensingStatusBaseLicenseContentType0LicenseeType0,
        )

        licensee: dict[str, Any] | None | Unset
        if isinstance(self.licensee, Unset):
            licensee = UNSET
        elif isinstance(
            self.licensee, LicensingStatusBaseLicenseContentType0LicenseeType0
        ):
            licensee = self.licensee.to_dict()
        else:
            licensee = self.licensee

        license_id: None | str | Unset
        if isinstance(self.license_id, Unset):
            license_id = UNSET
        else:
            license_id = self.license_id

        expires_on: int | None | str | Unset
        if isinstance(self.expires_on, Unset):
            expires_on = UNSET
        else:
            expires_on = self.expires_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if licensee is not UNSET:
            field_dict["licensee"] = licensee
        if license_id is not UNSET:
            field_dict["licenseId"] = license_id
        if expires_on is not UNSET:
            field_dict["expiresOn"] = expires_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.licensing_status_base_license_content_type_0_licensee_type_0 import (
            LicensingStatusBaseLicenseContentType0LicenseeType0,
        )

        d = dict(src_dict)

        def _parse_licensee(
            data: object,
        ) -> LicensingStatusBaseLicenseContentType0LicenseeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                licensee_type_0 = (
                    LicensingStatusBaseLicenseContentType0LicenseeType0.from_dict(data)
                )

                return licensee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                LicensingStatusBaseLicenseContentType0LicenseeType0 | None | Unset, data
            )

        licensee = _parse_licensee(d.pop("licensee", UNSET))

        def _parse_license_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        license_id = _parse_license_id(d.pop("licenseId", UNSET))

        def _parse_expires_on(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        expires_on = _parse_expires_on(d.pop("expiresOn", UNSET))

        licensing_status_base_license_content_type_0 = cls(
            licensee=licensee,
            license_id=license_id,
            expires_on=expires_on,
        )

        licensing_status_base_license_content_type_0.additional_properties = d
        return licensing_status_base_license_content_type_0

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
