from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.published_project_bundle_export_manifest import (
        PublishedProjectBundleExportManifest,
    )


T = TypeVar("T", bound="PublishedProjectBundle")


@_attrs_define
class PublishedProjectBundle:
    """A bundle published in a published project. The official client documents `id`; the other properties are unverified
    against a real DSS.

        Attributes:
            id (str): Identifier of the bundle.
            published_on (int | Unset): When it was published, in milliseconds since the Unix epoch.
            published_by (str | Unset): Login of the user who published it.
            export_manifest (PublishedProjectBundleExportManifest | Unset): The bundle's export manifest, as the design node
                wrote it.
    """

    id: str
    published_on: int | Unset = UNSET
    published_by: str | Unset = UNSET
    export_manifest: PublishedProjectBundleExportManifest | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        published_on = self.published_on

        published_by = self.published_by

        export_manifest: dict[str, Any] | Unset = UNSET
        if not isinstance(self.export_manifest, Unset):
            export_manifest = self.export_manifest.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if published_on is not UNSET:
            field_dict["publishedOn"] = published_on
        if published_by is not UNSET:
            field_dict["publishedBy"] = published_by
        if export_manifest is not UNSET:
            field_dict["exportManifest"] = export_manifest

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.published_project_bundle_export_manifest import (
            PublishedProjectBundleExportManifest,
        )

        d = dict(src_dict)
        id = d.pop("id")

        published_on = d.pop("publishedOn", UNSET)

        published_by = d.pop("publishedBy", UNSET)

        _export_manifest = d.pop("exportManifest", UNSET)
        export_manifest: PublishedProjectBundleExportManifest | Unset
        if isinstance(_export_manifest, Unset):
            export_manifest = UNSET
        else:
            export_manifest = PublishedProjectBundleExportManifest.from_dict(
                _export_manifest
            )

        published_project_bundle = cls(
            id=id,
            published_on=published_on,
            published_by=published_by,
            export_manifest=export_manifest,
        )

        published_project_bundle.additional_properties = d
        return published_project_bundle

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
