from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="LicensingStatusBaseProfileLimitsType0AdditionalPropertyLicensedType0"
)


@_attrs_define
class LicensingStatusBaseProfileLimitsType0AdditionalPropertyLicensedType0:
    """The licensed limit.

    Attributes:
        profile (None | str | Unset): The profile.
        licensed_limit (int | None | Unset): How many enabled users it may have.
    """

    profile: None | str | Unset = UNSET
    licensed_limit: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        profile: None | str | Unset
        if isinstance(self.profile, Unset):
            profile = UNSET
        else:
            profile = self.profile

        licensed_limit: int | None | Unset
        if isinstance(self.licensed_limit, Unset):
            licensed_limit = UNSET
        else:
            licensed_limit = self.licensed_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if profile is not UNSET:
            field_dict["profile"] = profile
        if licensed_limit is not UNSET:
            field_dict["licensedLimit"] = licensed_limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_profile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        profile = _parse_profile(d.pop("profile", UNSET))

        def _parse_licensed_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        licensed_limit = _parse_licensed_limit(d.pop("licensedLimit", UNSET))

        licensing_status_base_profile_limits_type_0_additional_property_licensed_type_0 = cls(
            profile=profile,
            licensed_limit=licensed_limit,
        )

        licensing_status_base_profile_limits_type_0_additional_property_licensed_type_0.additional_properties = d
        return licensing_status_base_profile_limits_type_0_additional_property_licensed_type_0

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
