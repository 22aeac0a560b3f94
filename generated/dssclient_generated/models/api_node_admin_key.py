from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiNodeAdminKey")


@_attrs_define
class ApiNodeAdminKey:
    """An admin API key of the API node.

    Attributes:
        id (str | Unset): Identifier of the key.
        key (str | Unset): The secret.
        label (None | str | Unset): A label for the key.
        description (None | str | Unset): A description of the key.
        created_by (None | str | Unset): Who created the key.
        created_on (int | Unset): When the key was created, epoch milliseconds.
        expiry (int | None | Unset): Expiry time, epoch milliseconds (none: never expires).
    """

    id: str | Unset = UNSET
    key: str | Unset = UNSET
    label: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    created_by: None | str | Unset = UNSET
    created_on: int | Unset = UNSET
    expiry: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        key = self.key

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        created_on = self.created_on

        expiry: int | None | Unset
        if isinstance(self.expiry, Unset):
            expiry = UNSET
        else:
            expiry = self.expiry

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if key is not UNSET:
            field_dict["key"] = key
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if expiry is not UNSET:
            field_dict["expiry"] = expiry

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        key = d.pop("key", UNSET)

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("createdBy", UNSET))

        created_on = d.pop("createdOn", UNSET)

        def _parse_expiry(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expiry = _parse_expiry(d.pop("expiry", UNSET))

        api_node_admin_key = cls(
            id=id,
            key=key,
            label=label,
            description=description,
            created_by=created_by,
            created_on=created_on,
            expiry=expiry,
        )

        api_node_admin_key.additional_properties = d
        return api_node_admin_key

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
