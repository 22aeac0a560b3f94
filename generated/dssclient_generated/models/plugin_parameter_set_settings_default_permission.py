from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PluginParameterSetSettingsDefaultPermission")


@_attrs_define
class PluginParameterSetSettingsDefaultPermission:
    """Where its presets may be defined.

    Attributes:
        definable_inline (bool | Unset): Whether presets may be defined inline, in the objects using them.
        definable_at_project_level (bool | Unset): Whether projects may define their own presets.
    """

    definable_inline: bool | Unset = UNSET
    definable_at_project_level: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        definable_inline = self.definable_inline

        definable_at_project_level = self.definable_at_project_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if definable_inline is not UNSET:
            field_dict["definableInline"] = definable_inline
        if definable_at_project_level is not UNSET:
            field_dict["definableAtProjectLevel"] = definable_at_project_level

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        definable_inline = d.pop("definableInline", UNSET)

        definable_at_project_level = d.pop("definableAtProjectLevel", UNSET)

        plugin_parameter_set_settings_default_permission = cls(
            definable_inline=definable_inline,
            definable_at_project_level=definable_at_project_level,
        )

        plugin_parameter_set_settings_default_permission.additional_properties = d
        return plugin_parameter_set_settings_default_permission

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
