from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.bundle_manifest import BundleManifest


T = TypeVar("T", bound="BundleSummary")


@_attrs_define
class BundleSummary:
    """A bundle of a project, as made on a design node or imported on an automation node.

    Attributes:
        bundle_id (str): Identifier of the bundle.
        project_key (str | Unset): Project the bundle belongs to on this node.
        export_manifest (BundleManifest | Unset): What a bundle says of itself.
        imported_on (int | Unset): When the bundle was imported (automation nodes), in milliseconds since the Unix
            epoch.
        imported_by (str | Unset): Login of who imported it (automation nodes).
        active (bool | Unset): Whether this is the project's active bundle (automation nodes).
        size (int | Unset): Size of the archive, in bytes.
    """

    bundle_id: str
    project_key: str | Unset = UNSET
    export_manifest: BundleManifest | Unset = UNSET
    imported_on: int | Unset = UNSET
    imported_by: str | Unset = UNSET
    active: bool | Unset = UNSET
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bundle_id = self.bundle_id

        project_key = self.project_key

        export_manifest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.export_manifest, Unset):
            export_manifest = self.export_manifest.to_dict()

        imported_on = self.imported_on

        imported_by = self.imported_by

        active = self.active

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bundleId": bundle_id,
            }
        )
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if export_manifest is not UNSET:
            field_dict["exportManifest"] = export_manifest
        if imported_on is not UNSET:
            field_dict["importedOn"] = imported_on
        if imported_by is not UNSET:
            field_dict["importedBy"] = imported_by
        if active is not UNSET:
            field_dict["active"] = active
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.bundle_manifest import BundleManifest

        d = dict(src_dict)
        bundle_id = d.pop("bundleId")

        project_key = d.pop("projectKey", UNSET)

        _export_manifest = d.pop("exportManifest", UNSET)
        export_manifest: BundleManifest | Unset
        if isinstance(_export_manifest, Unset):
            export_manifest = UNSET
        else:
            export_manifest = BundleManifest.from_dict(_export_manifest)

        imported_on = d.pop("importedOn", UNSET)

        imported_by = d.pop("importedBy", UNSET)

        active = d.pop("active", UNSET)

        size = d.pop("size", UNSET)

        bundle_summary = cls(
            bundle_id=bundle_id,
            project_key=project_key,
            export_manifest=export_manifest,
            imported_on=imported_on,
            imported_by=imported_by,
            active=active,
            size=size,
        )

        bundle_summary.additional_properties = d
        return bundle_summary

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
