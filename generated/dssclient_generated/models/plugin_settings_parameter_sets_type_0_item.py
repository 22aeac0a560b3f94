from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_settings_parameter_sets_type_0_item_default_permission_type_0 import (
        PluginSettingsParameterSetsType0ItemDefaultPermissionType0,
    )


T = TypeVar("T", bound="PluginSettingsParameterSetsType0Item")


@_attrs_define
class PluginSettingsParameterSetsType0Item:
    """A parameter set's settings.

    Attributes:
        name (None | str | Unset): Name of the parameter set.
        type_ (None | str | Unset): Its type (`parameter-set-PLUGIN-NAME`).
        default_permission (None | PluginSettingsParameterSetsType0ItemDefaultPermissionType0 | Unset): Where presets
            may be defined (`definableInline`, `definableAtProjectLevel`).
    """

    name: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    default_permission: (
        None | PluginSettingsParameterSetsType0ItemDefaultPermissionType0 | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.plugin_settings_parameter_sets_type_0_item_default_permission_type_0 import (
            PluginSettingsParameterSetsType0ItemDefaultPermissionType0,
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

        default_permission: dict[str, Any] | None | Unset
        if isinstance(self.default_permission, Unset):
            default_permission = UNSET
        elif isinstance(
            self.default_permission,
            PluginSettingsParameterSetsType0ItemDefaultPermissionType0,
        ):
            default_permission = self.default_permission.to_dict()
        else:
            default_permission = self.default_permission

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
        from ..models.plugin_settings_parameter_sets_type_0_item_default_permission_type_0 import (
            PluginSettingsParameterSetsType0ItemDefaultPermissionType0,
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

        def _parse_default_permission(
            data: object,
        ) -> None | PluginSettingsParameterSetsType0ItemDefaultPermissionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_permission_type_0 = PluginSettingsParameterSetsType0ItemDefaultPermissionType0.from_dict(
                    data
                )

                return default_permission_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PluginSettingsParameterSetsType0ItemDefaultPermissionType0
                | Unset,
                data,
            )

        default_permission = _parse_default_permission(
            d.pop("defaultPermission", UNSET)
        )

        plugin_settings_parameter_sets_type_0_item = cls(
            name=name,
            type_=type_,
            default_permission=default_permission,
        )

        plugin_settings_parameter_sets_type_0_item.additional_properties = d
        return plugin_settings_parameter_sets_type_0_item

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
