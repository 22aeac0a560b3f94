from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.published_project_bundle_export_manifest_export_options_type_0 import (
        PublishedProjectBundleExportManifestExportOptionsType0,
    )


T = TypeVar("T", bound="PublishedProjectBundleExportManifest")


@_attrs_define
class PublishedProjectBundleExportManifest:
    """The bundle's export manifest, as the design node wrote it.

    Attributes:
        export_options (None | PublishedProjectBundleExportManifestExportOptionsType0 | Unset): What the bundle's export
            included (unverified).
        original_project_key (None | str | Unset): Key of the design project (unverified).
    """

    export_options: (
        None | PublishedProjectBundleExportManifestExportOptionsType0 | Unset
    ) = UNSET
    original_project_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.published_project_bundle_export_manifest_export_options_type_0 import (
            PublishedProjectBundleExportManifestExportOptionsType0,
        )

        export_options: dict[str, Any] | None | Unset
        if isinstance(self.export_options, Unset):
            export_options = UNSET
        elif isinstance(
            self.export_options, PublishedProjectBundleExportManifestExportOptionsType0
        ):
            export_options = self.export_options.to_dict()
        else:
            export_options = self.export_options

        original_project_key: None | str | Unset
        if isinstance(self.original_project_key, Unset):
            original_project_key = UNSET
        else:
            original_project_key = self.original_project_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if export_options is not UNSET:
            field_dict["exportOptions"] = export_options
        if original_project_key is not UNSET:
            field_dict["originalProjectKey"] = original_project_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.published_project_bundle_export_manifest_export_options_type_0 import (
            PublishedProjectBundleExportManifestExportOptionsType0,
        )

        d = dict(src_dict)

        def _parse_export_options(
            data: object,
        ) -> None | PublishedProjectBundleExportManifestExportOptionsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                export_options_type_0 = (
                    PublishedProjectBundleExportManifestExportOptionsType0.from_dict(
                        data
                    )
                )

                return export_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | PublishedProjectBundleExportManifestExportOptionsType0 | Unset,
                data,
            )

        export_options = _parse_export_options(d.pop("exportOptions", UNSET))

        def _parse_original_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_project_key = _parse_original_project_key(
            d.pop("originalProjectKey", UNSET)
        )

        published_project_bundle_export_manifest = cls(
            export_options=export_options,
            original_project_key=original_project_key,
        )

        published_project_bundle_export_manifest.additional_properties = d
        return published_project_bundle_export_manifest

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
