from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PluginSettingsPresetsType0ItemDefaultPermissionType0")


@_attrs_define
class PluginSettingsPresetsType0ItemDefaultPermissionType0:
    """Who may use it by default (`use`).

    Attributes:
        use (bool | None | Unset): Whether everyone may use the preset.
    """

    use: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        use: bool | None | Unset
        if isinstance(self.use, Unset):
            use = UNSET
        else:
            use = self.use

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if use is not UNSET:
            field_dict["use"] = use

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_use(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use = _parse_use(d.pop("use", UNSET))

        plugin_settings_presets_type_0_item_default_permission_type_0 = cls(
            use=use,
        )

        plugin_settings_presets_type_0_item_default_permission_type_0.additional_properties = d
        return plugin_settings_presets_type_0_item_default_permission_type_0

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
