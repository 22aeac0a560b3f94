from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_settings_presets_type_0_item_config_type_0 import (
        PluginSettingsPresetsType0ItemConfigType0,
    )
    from ..models.plugin_settings_presets_type_0_item_default_permission_type_0 import (
        PluginSettingsPresetsType0ItemDefaultPermissionType0,
    )
    from ..models.plugin_settings_presets_type_0_item_permissions_type_0_item import (
        PluginSettingsPresetsType0ItemPermissionsType0Item,
    )
    from ..models.plugin_settings_presets_type_0_item_plugin_config_type_0 import (
        PluginSettingsPresetsType0ItemPluginConfigType0,
    )


T = TypeVar("T", bound="PluginSettingsPresetsType0Item")


@_attrs_define
class PluginSettingsPresetsType0Item:
    """A preset.

    Attributes:
        name (None | str | Unset): Name of the preset.
        type_ (None | str | Unset): The parameter set it belongs to (`parameter-set-PLUGIN-NAME`).
        config (None | PluginSettingsPresetsType0ItemConfigType0 | Unset): The preset's values.
        plugin_config (None | PluginSettingsPresetsType0ItemPluginConfigType0 | Unset): Values only administrators see
            (unverified).
        default_permission (None | PluginSettingsPresetsType0ItemDefaultPermissionType0 | Unset): Who may use it by
            default (`use`).
        permissions (list[PluginSettingsPresetsType0ItemPermissionsType0Item] | None | Unset): Who may use it, by group
            (`group`, `use`).
    """

    name: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    config: None | PluginSettingsPresetsType0ItemConfigType0 | Unset = UNSET
    plugin_config: None | PluginSettingsPresetsType0ItemPluginConfigType0 | Unset = (
        UNSET
    )
    default_permission: (
        None | PluginSettingsPresetsType0ItemDefaultPermissionType0 | Unset
    ) = UNSET
    permissions: (
        list[PluginSettingsPresetsType0ItemPermissionsType0Item] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.plugin_settings_presets_type_0_item_config_type_0 import (
            PluginSettingsPresetsType0ItemConfigType0,
        )
        from ..models.plugin_settings_presets_type_0_item_default_permission_type_0 import (
            PluginSettingsPresetsType0ItemDefaultPermissionType0,
        )
        from ..models.plugin_settings_presets_type_0_item_plugin_config_type_0 import (
            PluginSettingsPresetsType0ItemPluginConfigType0,
        )

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, PluginSettingsPresetsType0ItemConfigType0):
            config = self.config.to_dict()
        else:
            config = self.config

        plugin_config: dict[str, Any] | None | Unset
        if isinstance(self.plugin_config, Unset):
            plugin_config = UNSET
        elif isinstance(
            self.plugin_config, PluginSettingsPresetsType0ItemPluginConfigType0
        ):
            plugin_config = self.plugin_config.to_dict()
        else:
            plugin_config = self.plugin_config

        default_permission: dict[str, Any] | None | Unset
        if isinstance(self.default_permission, Unset):
            default_permission = UNSET
        elif isinstance(
            self.default_permission,
            PluginSettingsPresetsType0ItemDefaultPermissionType0,
        ):
            default_permission = self.default_permission.to_dict()
        else:
            default_permission = self.default_permission

        permissions: list[dict[str, Any]] | None | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, list):
            permissions = []
            for permissions_type_0_item_data in self.permissions:
                permissions_type_0_item = permissions_type_0_item_data.to_dict()
                permissions.append(permissions_type_0_item)

        else:
            permissions = self.permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if config is not UNSET:
            field_dict["config"] = config
        if plugin_config is not UNSET:
            field_dict["pluginConfig"] = plugin_config
        if default_permission is not UNSET:
            field_dict["defaultPermission"] = default_permission
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.plugin_settings_presets_type_0_item_config_type_0 import (
            PluginSettingsPresetsType0ItemConfigType0,
        )
        from ..models.plugin_settings_presets_type_0_item_default_permission_type_0 import (
            PluginSettingsPresetsType0ItemDefaultPermissionType0,
        )
        from ..models.plugin_settings_presets_type_0_item_permissions_type_0_item import (
            PluginSettingsPresetsType0ItemPermissionsType0Item,
        )
        from ..models.plugin_settings_presets_type_0_item_plugin_config_type_0 import (
            PluginSettingsPresetsType0ItemPluginConfigType0,
        )

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_config(
            data: object,
        ) -> None | PluginSettingsPresetsType0ItemConfigType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = PluginSettingsPresetsType0ItemConfigType0.from_dict(
                    data
                )

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PluginSettingsPresetsType0ItemConfigType0 | Unset, data)

        config = _parse_config(d.pop("config", UNSET))

        def _parse_plugin_config(
            data: object,
        ) -> None | PluginSettingsPresetsType0ItemPluginConfigType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                plugin_config_type_0 = (
                    PluginSettingsPresetsType0ItemPluginConfigType0.from_dict(data)
                )

                return plugin_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | PluginSettingsPresetsType0ItemPluginConfigType0 | Unset, data
            )

        plugin_config = _parse_plugin_config(d.pop("pluginConfig", UNSET))

        def _parse_default_permission(
            data: object,
        ) -> None | PluginSettingsPresetsType0ItemDefaultPermissionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_permission_type_0 = (
                    PluginSettingsPresetsType0ItemDefaultPermissionType0.from_dict(data)
                )

                return default_permission_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None | PluginSettingsPresetsType0ItemDefaultPermissionType0 | Unset,
                data,
            )

        default_permission = _parse_default_permission(
            d.pop("defaultPermission", UNSET)
        )

        def _parse_permissions(
            data: object,
        ) -> list[PluginSettingsPresetsType0ItemPermissionsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                permissions_type_0 = []
                _permissions_type_0 = data
                for permissions_type_0_item_data in _permissions_type_0:
                    permissions_type_0_item = (
                        PluginSettingsPresetsType0ItemPermissionsType0Item.from_dict(
                            permissions_type_0_item_data
                        )
                    )

                    permissions_type_0.append(permissions_type_0_item)

                return permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[PluginSettingsPresetsType0ItemPermissionsType0Item] | None | Unset,
                data,
            )

        permissions = _parse_permissions(d.pop("permissions", UNSET))

        plugin_settings_presets_type_0_item = cls(
            name=name,
            type_=type_,
            config=config,
            plugin_config=plugin_config,
            default_permission=default_permission,
            permissions=permissions,
        )

        plugin_settings_presets_type_0_item.additional_properties = d
        return plugin_settings_presets_type_0_item

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
