from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_settings_bundle_exporter_settings_type_0_data_inclusion_rules_type_0_item import (
        ProjectSettingsBundleExporterSettingsType0DataInclusionRulesType0Item,
    )
    from ..models.project_settings_bundle_exporter_settings_type_0_export_options_type_0 import (
        ProjectSettingsBundleExporterSettingsType0ExportOptionsType0,
    )


T = TypeVar("T", bound="ProjectSettingsBundleExporterSettingsType0")


@_attrs_define
class ProjectSettingsBundleExporterSettingsType0:
    """What the project's bundles contain.

    Attributes:
        export_options (None | ProjectSettingsBundleExporterSettingsType0ExportOptionsType0 | Unset): What to export
            besides the project's definition (unverified).
        data_inclusion_rules (list[ProjectSettingsBundleExporterSettingsType0DataInclusionRulesType0Item] | None |
            Unset): Which objects' data to include (unverified).
    """

    export_options: (
        None | ProjectSettingsBundleExporterSettingsType0ExportOptionsType0 | Unset
    ) = UNSET
    data_inclusion_rules: (
        list[ProjectSettingsBundleExporterSettingsType0DataInclusionRulesType0Item]
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.project_settings_bundle_exporter_settings_type_0_export_options_type_0 import (
            ProjectSettingsBundleExporterSettingsType0ExportOptionsType0,
        )

        export_options: dict[str, Any] | None | Unset
        if isinstance(self.export_options, Unset):
            export_options = UNSET
        elif isinstance(
            self.export_options,
            ProjectSettingsBundleExporterSettingsType0ExportOptionsType0,
        ):
            export_options = self.export_options.to_dict()
        else:
            export_options = self.export_options

        data_inclusion_rules: list[dict[str, Any]] | None | Unset
        if isinstance(self.data_inclusion_rules, Unset):
            data_inclusion_rules = UNSET
        elif isinstance(self.data_inclusion_rules, list):
            data_inclusion_rules = []
            for data_inclusion_rules_type_0_item_data in self.data_inclusion_rules:
                data_inclusion_rules_type_0_item = (
                    data_inclusion_rules_type_0_item_data.to_dict()
                )
                data_inclusion_rules.append(data_inclusion_rules_type_0_item)

        else:
            data_inclusion_rules = self.data_inclusion_rules

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if export_options is not UNSET:
            field_dict["exportOptions"] = export_options
        if data_inclusion_rules is not UNSET:
            field_dict["dataInclusionRules"] = data_inclusion_rules

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_settings_bundle_exporter_settings_type_0_data_inclusion_rules_type_0_item import (
            ProjectSettingsBundleExporterSettingsType0DataInclusionRulesType0Item,
        )
        from ..models.project_settings_bundle_exporter_settings_type_0_export_options_type_0 import (
            ProjectSettingsBundleExporterSettingsType0ExportOptionsType0,
        )

        d = dict(src_dict)

        def _parse_export_options(
            data: object,
        ) -> (
            None | ProjectSettingsBundleExporterSettingsType0ExportOptionsType0 | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                export_options_type_0 = ProjectSettingsBundleExporterSettingsType0ExportOptionsType0.from_dict(
                    data
                )

                return export_options_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | ProjectSettingsBundleExporterSettingsType0ExportOptionsType0
                | Unset,
                data,
            )

        export_options = _parse_export_options(d.pop("exportOptions", UNSET))

        def _parse_data_inclusion_rules(
            data: object,
        ) -> (
            list[ProjectSettingsBundleExporterSettingsType0DataInclusionRulesType0Item]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_inclusion_rules_type_0 = []
                _data_inclusion_rules_type_0 = data
                for (
                    data_inclusion_rules_type_0_item_data
                ) in _data_inclusion_rules_type_0:
                    data_inclusion_rules_type_0_item = ProjectSettingsBundleExporterSettingsType0DataInclusionRulesType0Item.from_dict(
                        data_inclusion_rules_type_0_item_data
                    )

                    data_inclusion_rules_type_0.append(data_inclusion_rules_type_0_item)

                return data_inclusion_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    ProjectSettingsBundleExporterSettingsType0DataInclusionRulesType0Item
                ]
                | None
                | Unset,
                data,
            )

        data_inclusion_rules = _parse_data_inclusion_rules(
            d.pop("dataInclusionRules", UNSET)
        )

        project_settings_bundle_exporter_settings_type_0 = cls(
            export_options=export_options,
            data_inclusion_rules=data_inclusion_rules,
        )

        project_settings_bundle_exporter_settings_type_0.additional_properties = d
        return project_settings_bundle_exporter_settings_type_0

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
