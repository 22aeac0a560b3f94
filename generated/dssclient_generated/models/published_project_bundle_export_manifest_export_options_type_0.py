from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PublishedProjectBundleExportManifestExportOptionsType0")


@_attrs_define
class PublishedProjectBundleExportManifestExportOptionsType0:
    """What the bundle's export included (unverified).

    Attributes:
        export_uploads (bool | None | Unset): Whether the data of uploaded datasets is included (unverified).
        export_managed_fs (bool | None | Unset): Whether the data of managed filesystem datasets is included
            (unverified).
        export_managed_folders (bool | None | Unset): Whether managed folders' content is included (unverified).
    """

    export_uploads: bool | None | Unset = UNSET
    export_managed_fs: bool | None | Unset = UNSET
    export_managed_folders: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        export_uploads: bool | None | Unset
        if isinstance(self.export_uploads, Unset):
            export_uploads = UNSET
        else:
            export_uploads = self.export_uploads

        export_managed_fs: bool | None | Unset
        if isinstance(self.export_managed_fs, Unset):
            export_managed_fs = UNSET
        else:
            export_managed_fs = self.export_managed_fs

        export_managed_folders: bool | None | Unset
        if isinstance(self.export_managed_folders, Unset):
            export_managed_folders = UNSET
        else:
            export_managed_folders = self.export_managed_folders

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if export_uploads is not UNSET:
            field_dict["exportUploads"] = export_uploads
        if export_managed_fs is not UNSET:
            field_dict["exportManagedFS"] = export_managed_fs
        if export_managed_folders is not UNSET:
            field_dict["exportManagedFolders"] = export_managed_folders

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_export_uploads(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        export_uploads = _parse_export_uploads(d.pop("exportUploads", UNSET))

        def _parse_export_managed_fs(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        export_managed_fs = _parse_export_managed_fs(d.pop("exportManagedFS", UNSET))

        def _parse_export_managed_folders(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        export_managed_folders = _parse_export_managed_folders(
            d.pop("exportManagedFolders", UNSET)
        )

        published_project_bundle_export_manifest_export_options_type_0 = cls(
            export_uploads=export_uploads,
            export_managed_fs=export_managed_fs,
            export_managed_folders=export_managed_folders,
        )

        published_project_bundle_export_manifest_export_options_type_0.additional_properties = d
        return published_project_bundle_export_manifest_export_options_type_0

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
