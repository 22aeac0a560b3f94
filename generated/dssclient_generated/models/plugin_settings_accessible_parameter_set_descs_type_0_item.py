from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_settings_accessible_parameter_set_descs_type_0_item_desc_type_0 import (
        PluginSettingsAccessibleParameterSetDescsType0ItemDescType0,
    )


T = TypeVar("T", bound="PluginSettingsAccessibleParameterSetDescsType0Item")


@_attrs_define
class PluginSettingsAccessibleParameterSetDescsType0Item:
    """A parameter set's description.

    Attributes:
        id (None | str | Unset): Name of the parameter set.
        element_type (None | str | Unset): Its type (`parameter-set-PLUGIN-NAME`).
        desc (None | PluginSettingsAccessibleParameterSetDescsType0ItemDescType0 | Unset): Its description from the
            plugin (`params`, `pluginParams`, ...).
    """

    id: None | str | Unset = UNSET
    element_type: None | str | Unset = UNSET
    desc: None | PluginSettingsAccessibleParameterSetDescsType0ItemDescType0 | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.plugin_settings_accessible_parameter_set_descs_type_0_item_desc_type_0 import (
            PluginSettingsAccessibleParameterSetDescsType0ItemDescType0,
        )

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        element_type: None | str | Unset
        if isinstance(self.element_type, Unset):
            element_type = UNSET
        else:
            element_type = self.element_type

        desc: dict[str, Any] | None | Unset
        if isinstance(self.desc, Unset):
            desc = UNSET
        elif isinstance(
            self.desc, PluginSettingsAccessibleParameterSetDescsType0ItemDescType0
        ):
            desc = self.desc.to_dict()
        else:
            desc = self.desc

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if element_type is not UNSET:
            field_dict["elementType"] = element_type
        if desc is not UNSET:
            field_dict["desc"] = desc

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.plugin_settings_accessible_parameter_set_descs_type_0_item_desc_type_0 import (
            PluginSettingsAccessibleParameterSetDescsType0ItemDescType0,
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_element_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        element_type = _parse_element_type(d.pop("elementType", UNSET))

        def _parse_desc(
            data: object,
        ) -> None | PluginSettingsAccessibleParameterSetDescsType0ItemDescType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                desc_type_0 = PluginSettingsAccessibleParameterSetDescsType0ItemDescType0.from_dict(
                    data
                )

                return desc_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PluginSettingsAccessibleParameterSetDescsType0ItemDescType0
                | Unset,
                data,
            )

        desc = _parse_desc(d.pop("desc", UNSET))

        plugin_settings_accessible_parameter_set_descs_type_0_item = cls(
            id=id,
            element_type=element_type,
            desc=desc,
        )

        plugin_settings_accessible_parameter_set_descs_type_0_item.additional_properties = d
        return plugin_settings_accessible_parameter_set_descs_type_0_item

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
