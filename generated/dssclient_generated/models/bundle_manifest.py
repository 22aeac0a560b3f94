from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BundleManifest")


@_attrs_define
class BundleManifest:
    """What a bundle says of itself.

    Attributes:
        bundle_id (str | Unset): Identifier of the bundle.
        original_project_key (str | Unset): Key of the project the bundle was made from.
        exported_on (int | Unset): When the bundle was made, in milliseconds since the Unix epoch.
        exported_by (str | Unset): Login of who made it.
        release_notes (str | Unset): Release notes given when it was made.
    """

    bundle_id: str | Unset = UNSET
    original_project_key: str | Unset = UNSET
    exported_on: int | Unset = UNSET
    exported_by: str | Unset = UNSET
    release_notes: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bundle_id = self.bundle_id

        original_project_key = self.original_project_key

        exported_on = self.exported_on

        exported_by = self.exported_by

        release_notes = self.release_notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bundle_id is not UNSET:
            field_dict["bundleId"] = bundle_id
        if original_project_key is not UNSET:
            field_dict["originalProjectKey"] = original_project_key
        if exported_on is not UNSET:
            field_dict["exportedOn"] = exported_on
        if exported_by is not UNSET:
            field_dict["exportedBy"] = exported_by
        if release_notes is not UNSET:
            field_dict["releaseNotes"] = release_notes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        bundle_id = d.pop("bundleId", UNSET)

        original_project_key = d.pop("originalProjectKey", UNSET)

        exported_on = d.pop("exportedOn", UNSET)

        exported_by = d.pop("exportedBy", UNSET)

        release_notes = d.pop("releaseNotes", UNSET)

        bundle_manifest = cls(
            bundle_id=bundle_id,
            original_project_key=original_project_key,
            exported_on=exported_on,
            exported_by=exported_by,
            release_notes=release_notes,
        )

        bundle_manifest.additional_properties = d
        return bundle_manifest

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
