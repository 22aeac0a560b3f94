from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_parameter_set_desc import PluginParameterSetDesc
    from ..models.plugin_parameter_set_settings import PluginParameterSetSettings
    from ..models.plugin_preset import PluginPreset


T = TypeVar("T", bound="PluginSettings")


@_attrs_define
class PluginSettings:
    """A plugin's settings: instance-wide ones (`codeEnvName`, `presets`,
    `parameterSets`, permissions) or a project's (`presets`). DSS adds
    the descriptions of the parameter sets, `accessibleParameterSetDescs`.

        Attributes:
            code_env_name (None | str | Unset): The code environment the plugin uses.
            presets (list[PluginPreset] | None | Unset): Presets of its parameter sets, each `{name, type, config,
                pluginConfig, defaultPermission, permissions}`.
            parameter_sets (list[PluginParameterSetSettings] | None | Unset): Its parameter sets' settings, each `{name,
                type, defaultPermission}`.
            accessible_parameter_set_descs (list[PluginParameterSetDesc] | None | Unset): Descriptions of its parameter
                sets, each `{id, elementType, desc}` (read-only).
            project_key (None | str | Unset): The project, for project-level settings.
    """

    code_env_name: None | str | Unset = UNSET
    presets: list[PluginPreset] | None | Unset = UNSET
    parameter_sets: list[PluginParameterSetSettings] | None | Unset = UNSET
    accessible_parameter_set_descs: list[PluginParameterSetDesc] | None | Unset = UNSET
    project_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code_env_name: None | str | Unset
        if isinstance(self.code_env_name, Unset):
            code_env_name = UNSET
        else:
            code_env_name = self.code_env_name

        presets: list[dict[str, Any]] | None | Unset
        if isinstance(self.presets, Unset):
            presets = UNSET
        elif isinstance(self.presets, list):
            presets = []
            for presets_type_0_item_data in self.presets:
                presets_type_0_item = presets_type_0_item_data.to_dict()
                presets.append(presets_type_0_item)

        else:
            presets = self.presets

        parameter_sets: list[dict[str, Any]] | None | Unset
        if isinstance(self.parameter_sets, Unset):
            parameter_sets = UNSET
        elif isinstance(self.parameter_sets, list):
            parameter_sets = []
            for parameter_sets_type_0_item_data in self.parameter_sets:
                parameter_sets_type_0_item = parameter_sets_type_0_item_data.to_dict()
                parameter_sets.append(parameter_sets_type_0_item)

        else:
            parameter_sets = self.parameter_sets

        accessible_parameter_set_descs: list[dict[str, Any]] | None | Unset
        if isinstance(self.accessible_parameter_set_descs, Unset):
            accessible_parameter_set_descs = UNSET
        elif isinstance(self.accessible_parameter_set_descs, list):
            accessible_parameter_set_descs = []
            for (
                accessible_parameter_set_descs_type_0_item_data
            ) in self.accessible_parameter_set_descs:
                accessible_parameter_set_descs_type_0_item = (
                    accessible_parameter_set_descs_type_0_item_data.to_dict()
                )
                accessible_parameter_set_descs.append(
                    accessible_parameter_set_descs_type_0_item
                )

        else:
            accessible_parameter_set_descs = self.accessible_parameter_set_descs

        project_key: None | str | Unset
        if isinstance(self.project_key, Unset):
            project_key = UNSET
        else:
            project_key = self.project_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code_env_name is not UNSET:
            field_dict["codeEnvName"] = code_env_name
        if presets is not UNSET:
            field_dict["presets"] = presets
        if parameter_sets is not UNSET:
            field_dict["parameterSets"] = parameter_sets
        if accessible_parameter_set_descs is not UNSET:
            field_dict["accessibleParameterSetDescs"] = accessible_parameter_set_descs
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.plugin_parameter_set_desc import PluginParameterSetDesc
        from ..models.plugin_parameter_set_settings import PluginParameterSetSettings
        from ..models.plugin_preset import PluginPreset

        d = dict(src_dict)

        def _parse_code_env_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code_env_name = _parse_code_env_name(d.pop("codeEnvName", UNSET))

        def _parse_presets(data: object) -> list[PluginPreset] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                presets_type_0 = []
                _presets_type_0 = data
                for presets_type_0_item_data in _presets_type_0:
                    presets_type_0_item = PluginPreset.from_dict(
                        presets_type_0_item_data
                    )

                    presets_type_0.append(presets_type_0_item)

                return presets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PluginPreset] | None | Unset, data)

        presets = _parse_presets(d.pop("presets", UNSET))

        def _parse_parameter_sets(
            data: object,
        ) -> list[PluginParameterSetSettings] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                parameter_sets_type_0 = []
                _parameter_sets_type_0 = data
                for parameter_sets_type_0_item_data in _parameter_sets_type_0:
                    parameter_sets_type_0_item = PluginParameterSetSettings.from_dict(
                        parameter_sets_type_0_item_data
                    )

                    parameter_sets_type_0.append(parameter_sets_type_0_item)

                return parameter_sets_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PluginParameterSetSettings] | None | Unset, data)

        parameter_sets = _parse_parameter_sets(d.pop("parameterSets", UNSET))

        def _parse_accessible_parameter_set_descs(
            data: object,
        ) -> list[PluginParameterSetDesc] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                accessible_parameter_set_descs_type_0 = []
                _accessible_parameter_set_descs_type_0 = data
                for (
                    accessible_parameter_set_descs_type_0_item_data
                ) in _accessible_parameter_set_descs_type_0:
                    accessible_parameter_set_descs_type_0_item = (
                        PluginParameterSetDesc.from_dict(
                            accessible_parameter_set_descs_type_0_item_data
                        )
                    )

                    accessible_parameter_set_descs_type_0.append(
                        accessible_parameter_set_descs_type_0_item
                    )

                return accessible_parameter_set_descs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PluginParameterSetDesc] | None | Unset, data)

        accessible_parameter_set_descs = _parse_accessible_parameter_set_descs(
            d.pop("accessibleParameterSetDescs", UNSET)
        )

        def _parse_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_key = _parse_project_key(d.pop("projectKey", UNSET))

        plugin_settings = cls(
            code_env_name=code_env_name,
            presets=presets,
            parameter_sets=parameter_sets,
            accessible_parameter_set_descs=accessible_parameter_set_descs,
            project_key=project_key,
        )

        plugin_settings.additional_properties = d
        return plugin_settings

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
