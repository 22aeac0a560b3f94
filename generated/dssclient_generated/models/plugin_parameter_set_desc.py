from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_parameter_set_desc_desc import PluginParameterSetDescDesc


T = TypeVar("T", bound="PluginParameterSetDesc")


@_attrs_define
class PluginParameterSetDesc:
    """The description of a plugin's parameter set, as the plugin declares it (read-only).

    Attributes:
        id (str | Unset): Identifier of the parameter set in the plugin.
        element_type (str | Unset): Its element type, the `type` of its presets.
        desc (PluginParameterSetDescDesc | Unset): Its declaration in the plugin (`meta`, `params`, `pluginParams`,
            ...).
    """

    id: str | Unset = UNSET
    element_type: str | Unset = UNSET
    desc: PluginParameterSetDescDesc | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        element_type = self.element_type

        desc: dict[str, Any] | Unset = UNSET
        if not isinstance(self.desc, Unset):
            desc = self.desc.to_dict()

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
        from ..models.plugin_parameter_set_desc_desc import PluginParameterSetDescDesc

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        element_type = d.pop("elementType", UNSET)

        _desc = d.pop("desc", UNSET)
        desc: PluginParameterSetDescDesc | Unset
        if isinstance(_desc, Unset):
            desc = UNSET
        else:
            desc = PluginParameterSetDescDesc.from_dict(_desc)

        plugin_parameter_set_desc = cls(
            id=id,
            element_type=element_type,
            desc=desc,
        )

        plugin_parameter_set_desc.additional_properties = d
        return plugin_parameter_set_desc

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
