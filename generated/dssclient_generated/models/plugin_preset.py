from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_preset_config import PluginPresetConfig
    from ..models.plugin_preset_permission import PluginPresetPermission
    from ..models.plugin_preset_plugin_config import PluginPresetPluginConfig


T = TypeVar("T", bound="PluginPreset")


@_attrs_define
class PluginPreset:
    """A preset of a plugin's parameter set, as the plugin's settings hold it. Keys from the official client (which reads
    and writes them); types unverified against a real DSS.

        Attributes:
            name (str | Unset): Name of the preset, unique in its parameter set.
            type_ (str | Unset): Element type of its parameter set (`parameter-set-<pluginId>-<parameterSetId>`).
            config (PluginPresetConfig | Unset): Values of the parameter set's parameters, by parameter name.
            plugin_config (PluginPresetPluginConfig | Unset): Values of the administrator-level parameters, by parameter
                name.
            owner (None | str | Unset): Login of the preset's owner.
            default_permission (PluginPresetPermission | Unset): Whether a group (or, without `group`, everyone) may use a
                preset.
            permissions (list[PluginPresetPermission] | Unset): Who may use the preset, by group.
    """

    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    config: PluginPresetConfig | Unset = UNSET
    plugin_config: PluginPresetPluginConfig | Unset = UNSET
    owner: None | str | Unset = UNSET
    default_permission: PluginPresetPermission | Unset = UNSET
    permissions: list[PluginPresetPermission] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        plugin_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plugin_config, Unset):
            plugin_config = self.plugin_config.to_dict()

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        default_permission: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_permission, Unset):
            default_permission = self.default_permission.to_dict()

        permissions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = []
            for permissions_item_data in self.permissions:
                permissions_item = permissions_item_data.to_dict()
                permissions.append(permissions_item)

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
        if owner is not UNSET:
            field_dict["owner"] = owner
        if default_permission is not UNSET:
            field_dict["defaultPermission"] = default_permission
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.plugin_preset_config import PluginPresetConfig
        from ..models.plugin_preset_permission import PluginPresetPermission
        from ..models.plugin_preset_plugin_config import PluginPresetPluginConfig

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        _config = d.pop("config", UNSET)
        config: PluginPresetConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = PluginPresetConfig.from_dict(_config)

        _plugin_config = d.pop("pluginConfig", UNSET)
        plugin_config: PluginPresetPluginConfig | Unset
        if isinstance(_plugin_config, Unset):
            plugin_config = UNSET
        else:
            plugin_config = PluginPresetPluginConfig.from_dict(_plugin_config)

        def _parse_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        _default_permission = d.pop("defaultPermission", UNSET)
        default_permission: PluginPresetPermission | Unset
        if isinstance(_default_permission, Unset):
            default_permission = UNSET
        else:
            default_permission = PluginPresetPermission.from_dict(_default_permission)

        _permissions = d.pop("permissions", UNSET)
        permissions: list[PluginPresetPermission] | Unset = UNSET
        if _permissions is not UNSET:
            permissions = []
            for permissions_item_data in _permissions:
                permissions_item = PluginPresetPermission.from_dict(
                    permissions_item_data
                )

                permissions.append(permissions_item)

        plugin_preset = cls(
            name=name,
            type_=type_,
            config=config,
            plugin_config=plugin_config,
            owner=owner,
            default_permission=default_permission,
            permissions=permissions,
        )

        plugin_preset.additional_properties = d
        return plugin_preset

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
