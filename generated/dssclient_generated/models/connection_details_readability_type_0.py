from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionDetailsReadabilityType0")


@_attrs_define
class ConnectionDetailsReadabilityType0:
    """Who may read a connection's details (credentials included).

    Attributes:
        readable_by (None | str | Unset): `NONE` (administrators only), `ALL`, or `ALLOWED` (the groups below).
        allowed_groups (list[str] | None | Unset): Groups allowed to read the details, when `readableBy` is `ALLOWED`.
    """

    readable_by: None | str | Unset = UNSET
    allowed_groups: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        readable_by: None | str | Unset
        if isinstance(self.readable_by, Unset):
            readable_by = UNSET
        else:
            readable_by = self.readable_by

        allowed_groups: list[str] | None | Unset
        if isinstance(self.allowed_groups, Unset):
            allowed_groups = UNSET
        elif isinstance(self.allowed_groups, list):
            allowed_groups = self.allowed_groups

        else:
            allowed_groups = self.allowed_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if readable_by is not UNSET:
            field_dict["readableBy"] = readable_by
        if allowed_groups is not UNSET:
            field_dict["allowedGroups"] = allowed_groups

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_readable_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        readable_by = _parse_readable_by(d.pop("readableBy", UNSET))

        def _parse_allowed_groups(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                allowed_groups_type_0 = cast(list[str], data)

                return allowed_groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        allowed_groups = _parse_allowed_groups(d.pop("allowedGroups", UNSET))

        connection_details_readability_type_0 = cls(
            readable_by=readable_by,
            allowed_groups=allowed_groups,
        )

        connection_details_readability_type_0.additional_properties = d
        return connection_details_readability_type_0

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
