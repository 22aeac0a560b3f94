from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_parameter_set_settings_default_permission import (
        PluginParameterSetSettingsDefaultPermission,
    )


T = TypeVar("T", bound="PluginParameterSetSettings")


@_attrs_define
class PluginParameterSetSettings:
    """The instance-wide settings of a plugin's parameter set (types unverified against a real DSS).

    Attributes:
        name (str | Unset): Identifier of the parameter set in the plugin.
        type_ (str | Unset): Its element type (`parameter-set-<pluginId>-<parameterSetId>`).
        default_permission (PluginParameterSetSettingsDefaultPermission | Unset): Where its presets may be defined.
    """

    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    default_permission: PluginParameterSetSettingsDefaultPermission | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        default_permission: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_permission, Unset):
            default_permission = self.default_permission.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if default_permission is not UNSET:
            field_dict["defaultPermission"] = default_permission

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.plugin_parameter_set_settings_default_permission import (
            PluginParameterSetSettingsDefaultPermission,
        )

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        _default_permission = d.pop("defaultPermission", UNSET)
        default_permission: PluginParameterSetSettingsDefaultPermission | Unset
        if isinstance(_default_permission, Unset):
            default_permission = UNSET
        else:
            default_permission = PluginParameterSetSettingsDefaultPermission.from_dict(
                _default_permission
            )

        plugin_parameter_set_settings = cls(
            name=name,
            type_=type_,
            default_permission=default_permission,
        )

        plugin_parameter_set_settings.additional_properties = d
        return plugin_parameter_set_settings

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
