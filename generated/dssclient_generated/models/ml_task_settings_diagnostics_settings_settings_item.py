from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MLTaskSettingsDiagnosticsSettingsSettingsItem")


@_attrs_define
class MLTaskSettingsDiagnosticsSettingsSettingsItem:
    """One kind of diagnostic.

    Attributes:
        type_ (str | Unset): The kind (ML_DIAGNOSTICS_DATASET_SANITY_CHECKS, ...).
        enabled (bool | Unset): Whether it runs.
    """

    type_: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        enabled = d.pop("enabled", UNSET)

        ml_task_settings_diagnostics_settings_settings_item = cls(
            type_=type_,
            enabled=enabled,
        )

        ml_task_settings_diagnostics_settings_settings_item.additional_properties = d
        return ml_task_settings_diagnostics_settings_settings_item

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
