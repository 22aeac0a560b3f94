from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.plugin_missing_type import PluginMissingType
    from ..models.plugin_usage import PluginUsage


T = TypeVar("T", bound="PluginUsages")


@_attrs_define
class PluginUsages:
    """Where a plugin is used.

    Attributes:
        usages (list[PluginUsage]): Objects using the plugin's components (`elementKind`, `elementType`, `objectType`,
            `objectId`, `projectKey`).
        missing_types (list[PluginMissingType]): Types that objects use and that no plugin provides (`missingType`,
            `objectType`, `objectId`, `projectKey`).
    """

    usages: list[PluginUsage]
    missing_types: list[PluginMissingType]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        usages = []
        for usages_item_data in self.usages:
            usages_item = usages_item_data.to_dict()
            usages.append(usages_item)

        missing_types = []
        for missing_types_item_data in self.missing_types:
            missing_types_item = missing_types_item_data.to_dict()
            missing_types.append(missing_types_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "usages": usages,
                "missingTypes": missing_types,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.plugin_missing_type import PluginMissingType
        from ..models.plugin_usage import PluginUsage

        d = dict(src_dict)
        usages = []
        _usages = d.pop("usages")
        for usages_item_data in _usages:
            usages_item = PluginUsage.from_dict(usages_item_data)

            usages.append(usages_item)

        missing_types = []
        _missing_types = d.pop("missingTypes")
        for missing_types_item_data in _missing_types:
            missing_types_item = PluginMissingType.from_dict(missing_types_item_data)

            missing_types.append(missing_types_item)

        plugin_usages = cls(
            usages=usages,
            missing_types=missing_types,
        )

        plugin_usages.additional_properties = d
        return plugin_usages

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
