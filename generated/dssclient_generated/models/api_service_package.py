from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiServicePackage")


@_attrs_define
class ApiServicePackage:
    """A package (version) of an API service.

    Attributes:
        id (str): Identifier (version) of the package.
        created_on (int | Unset): When the package was created, in milliseconds since the Unix epoch.
        created_by (str | Unset): Login of the user who created it.
        release_notes (str | Unset): Release notes given at creation.
        size (int | Unset): Size of the archive, in bytes.
    """

    id: str
    created_on: int | Unset = UNSET
    created_by: str | Unset = UNSET
    release_notes: str | Unset = UNSET
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        created_on = self.created_on

        created_by = self.created_by

        release_notes = self.release_notes

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if release_notes is not UNSET:
            field_dict["releaseNotes"] = release_notes
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        created_on = d.pop("createdOn", UNSET)

        created_by = d.pop("createdBy", UNSET)

        release_notes = d.pop("releaseNotes", UNSET)

        size = d.pop("size", UNSET)

        api_service_package = cls(
            id=id,
            created_on=created_on,
            created_by=created_by,
            release_notes=release_notes,
            size=size,
        )

        api_service_package.additional_properties = d
        return api_service_package

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
