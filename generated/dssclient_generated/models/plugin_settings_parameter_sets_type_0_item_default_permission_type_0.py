from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PluginSettingsParameterSetsType0ItemDefaultPermissionType0")


@_attrs_define
class PluginSettingsParameterSetsType0ItemDefaultPermissionType0:
    """Where presets may be defined (`definableInline`, `definableAtProjectLevel`).

    Attributes:
        definable_inline (bool | None | Unset): Whether values may be given inline instead of a preset.
        definable_at_project_level (bool | None | Unset): Whether projects may define their own presets.
    """

    definable_inline: bool | None | Unset = UNSET
    definable_at_project_level: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        definable_inline: bool | None | Unset
        if isinstance(self.definable_inline, Unset):
            definable_inline = UNSET
        else:
            definable_inline = self.definable_inline

        definable_at_project_level: bool | None | Unset
        if isinstance(self.definable_at_project_level, Unset):
            definable_at_project_level = UNSET
        else:
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

        def _parse_definable_inline(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        definable_inline = _parse_definable_inline(d.pop("definableInline", UNSET))

        def _parse_definable_at_project_level(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        definable_at_project_level = _parse_definable_at_project_level(
            d.pop("definableAtProjectLevel", UNSET)
        )

        plugin_settings_parameter_sets_type_0_item_default_permission_type_0 = cls(
            definable_inline=definable_inline,
            definable_at_project_level=definable_at_project_level,
        )

        plugin_settings_parameter_sets_type_0_item_default_permission_type_0.additional_properties = d
        return plugin_settings_parameter_sets_type_0_item_default_permission_type_0

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
