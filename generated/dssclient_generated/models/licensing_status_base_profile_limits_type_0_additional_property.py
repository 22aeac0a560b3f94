from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.licensing_status_base_profile_limits_type_0_additional_property_licensed_type_0 import (
        LicensingStatusBaseProfileLimitsType0AdditionalPropertyLicensedType0,
    )


T = TypeVar("T", bound="LicensingStatusBaseProfileLimitsType0AdditionalProperty")


@_attrs_define
class LicensingStatusBaseProfileLimitsType0AdditionalProperty:
    """The limit of one profile.

    Attributes:
        licensed (LicensingStatusBaseProfileLimitsType0AdditionalPropertyLicensedType0 | None | Unset): The licensed
            limit.
    """

    licensed: (
        LicensingStatusBaseProfileLimitsType0AdditionalPropertyLicensedType0
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.licensing_status_base_profile_limits_type_0_additional_property_licensed_type_0 import (
            LicensingStatusBaseProfileLimitsType0AdditionalPropertyLicensedType0,
        )

        licensed: dict[str, Any] | None | Unset
        if isinstance(self.licensed, Unset):
            licensed = UNSET
        elif isinstance(
            self.licensed,
            LicensingStatusBaseProfileLimitsType0AdditionalPropertyLicensedType0,
        ):
            licensed = self.licensed.to_dict()
        else:
            licensed = self.licensed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if licensed is not UNSET:
            field_dict["licensed"] = licensed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.licensing_status_base_profile_limits_type_0_additional_property_licensed_type_0 import (
            LicensingStatusBaseProfileLimitsType0AdditionalPropertyLicensedType0,
        )

        d = dict(src_dict)

        def _parse_licensed(
            data: object,
        ) -> (
            LicensingStatusBaseProfileLimitsType0AdditionalPropertyLicensedType0
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                licensed_type_0 = LicensingStatusBaseProfileLimitsType0AdditionalPropertyLicensedType0.from_dict(
                    data
                )

                return licensed_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                LicensingStatusBaseProfileLimitsType0AdditionalPropertyLicensedType0
                | None
                | Unset,
                data,
            )

        licensed = _parse_licensed(d.pop("licensed", UNSET))

        licensing_status_base_profile_limits_type_0_additional_property = cls(
            licensed=licensed,
        )

        licensing_status_base_profile_limits_type_0_additional_property.additional_properties = d
        return licensing_status_base_profile_limits_type_0_additional_property

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
