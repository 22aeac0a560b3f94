from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ml_task_settings_diagnostics_settings_settings_item import (
        MLTaskSettingsDiagnosticsSettingsSettingsItem,
    )


T = TypeVar("T", bound="MLTaskSettingsDiagnosticsSettings")


@_attrs_define
class MLTaskSettingsDiagnosticsSettings:
    """The ML diagnostics run while training.

    Attributes:
        enabled (bool | Unset): Whether diagnostics run.
        settings (list[MLTaskSettingsDiagnosticsSettingsSettingsItem] | Unset): Each kind of diagnostic and whether it
            runs.
    """

    enabled: bool | Unset = UNSET
    settings: list[MLTaskSettingsDiagnosticsSettingsSettingsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled = self.enabled

        settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = []
            for settings_item_data in self.settings:
                settings_item = settings_item_data.to_dict()
                settings.append(settings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ml_task_settings_diagnostics_settings_settings_item import (
            MLTaskSettingsDiagnosticsSettingsSettingsItem,
        )

        d = dict(src_dict)
        enabled = d.pop("enabled", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: list[MLTaskSettingsDiagnosticsSettingsSettingsItem] | Unset = UNSET
        if _settings is not UNSET:
            settings = []
            for settings_item_data in _settings:
                settings_item = MLTaskSettingsDiagnosticsSettingsSettingsItem.from_dict(
                    settings_item_data
                )

                settings.append(settings_item)

        ml_task_settings_diagnostics_settings = cls(
            enabled=enabled,
            settings=settings,
        )

        ml_task_settings_diagnostics_settings.additional_properties = d
        return ml_task_settings_diagnostics_settings

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
