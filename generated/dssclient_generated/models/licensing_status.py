from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.licensing_status_base import LicensingStatusBase
    from ..models.licensing_status_user_profiles import LicensingStatusUserProfiles


T = TypeVar("T", bound="LicensingStatus")


@_attrs_define
class LicensingStatus:
    """The licence in force and how it is used.

    Attributes:
        valid (bool | Unset): Whether a licence is in force.
        expired (bool | Unset): Whether the licence has expired.
        community_edition (bool | Unset): Whether this is the free edition.
        base (LicensingStatusBase | Unset): The licence itself.
        user_profiles (LicensingStatusUserProfiles | Unset): Number of enabled users per profile.
    """

    valid: bool | Unset = UNSET
    expired: bool | Unset = UNSET
    community_edition: bool | Unset = UNSET
    base: LicensingStatusBase | Unset = UNSET
    user_profiles: LicensingStatusUserProfiles | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        valid = self.valid

        expired = self.expired

        community_edition = self.community_edition

        base: dict[str, Any] | Unset = UNSET
        if not isinstance(self.base, Unset):
            base = self.base.to_dict()

        user_profiles: dict[str, Any] | Unset = UNSET
        if not isinstance(self.user_profiles, Unset):
            user_profiles = self.user_profiles.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if valid is not UNSET:
            field_dict["valid"] = valid
        if expired is not UNSET:
            field_dict["expired"] = expired
        if community_edition is not UNSET:
            field_dict["communityEdition"] = community_edition
        if base is not UNSET:
            field_dict["base"] = base
        if user_profiles is not UNSET:
            field_dict["userProfiles"] = user_profiles

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.licensing_status_base import LicensingStatusBase
        from ..models.licensing_status_user_profiles import LicensingStatusUserProfiles

        d = dict(src_dict)
        valid = d.pop("valid", UNSET)

        expired = d.pop("expired", UNSET)

        community_edition = d.pop("communityEdition", UNSET)

        _base = d.pop("base", UNSET)
        base: LicensingStatusBase | Unset
        if isinstance(_base, Unset):
            base = UNSET
        else:
            base = LicensingStatusBase.from_dict(_base)

        _user_profiles = d.pop("userProfiles", UNSET)
        user_profiles: LicensingStatusUserProfiles | Unset
        if isinstance(_user_profiles, Unset):
            user_profiles = UNSET
        else:
            user_profiles = LicensingStatusUserProfiles.from_dict(_user_profiles)

        licensing_status = cls(
            valid=valid,
            expired=expired,
            community_edition=community_edition,
            base=base,
            user_profiles=user_profiles,
        )

        licensing_status.additional_properties = d
        return licensing_status

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
