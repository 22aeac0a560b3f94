from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.published_project_status_packages_item_export_manifest_type_0 import (
        PublishedProjectStatusPackagesItemExportManifestType0,
    )


T = TypeVar("T", bound="PublishedProjectStatusPackagesItem")


@_attrs_define
class PublishedProjectStatusPackagesItem:
    """A published bundle.

    Attributes:
        id (None | str | Unset): Identifier of the bundle.
        published_on (int | None | Unset): When it was published, in ms since the Unix epoch.
        published_by (None | str | Unset): Login of who published it.
        export_manifest (None | PublishedProjectStatusPackagesItemExportManifestType0 | Unset): The bundle's manifest
            (what it contains).
    """

    id: None | str | Unset = UNSET
    published_on: int | None | Unset = UNSET
    published_by: None | str | Unset = UNSET
    export_manifest: (
        None | PublishedProjectStatusPackagesItemExportManifestType0 | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.published_project_status_packages_item_export_manifest_type_0 import (
            PublishedProjectStatusPackagesItemExportManifestType0,
        )

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        published_on: int | None | Unset
        if isinstance(self.published_on, Unset):
            published_on = UNSET
        else:
            published_on = self.published_on

        published_by: None | str | Unset
        if isinstance(self.published_by, Unset):
            published_by = UNSET
        else:
            published_by = self.published_by

        export_manifest: dict[str, Any] | None | Unset
        if isinstance(self.export_manifest, Unset):
            export_manifest = UNSET
        elif isinstance(
            self.export_manifest, PublishedProjectStatusPackagesItemExportManifestType0
        ):
            export_manifest = self.export_manifest.to_dict()
        else:
            export_manifest = self.export_manifest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if published_on is not UNSET:
            field_dict["publishedOn"] = published_on
        if published_by is not UNSET:
            field_dict["publishedBy"] = published_by
        if export_manifest is not UNSET:
            field_dict["exportManifest"] = export_manifest

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.published_project_status_packages_item_export_manifest_type_0 import (
            PublishedProjectStatusPackagesItemExportManifestType0,
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_published_on(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        published_on = _parse_published_on(d.pop("publishedOn", UNSET))

        def _parse_published_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        published_by = _parse_published_by(d.pop("publishedBy", UNSET))

        def _parse_export_manifest(
            data: object,
        ) -> None | PublishedProjectStatusPackagesItemExportManifestType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                export_manifest_type_0 = (
                    PublishedProjectStatusPackagesItemExportManifestType0.from_dict(
                        data
                    )
                )

                return export_manifest_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | PublishedProjectStatusPackagesItemExportManifestType0 | Unset,
                data,
            )

        export_manifest = _parse_export_manifest(d.pop("exportManifest", UNSET))

        published_project_status_packages_item = cls(
            id=id,
            published_on=published_on,
            published_by=published_by,
            export_manifest=export_manifest,
        )

        published_project_status_packages_item.additional_properties = d
        return published_project_status_packages_item

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
