from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_parameter_set_desc_desc_meta_type_0 import (
        PluginParameterSetDescDescMetaType0,
    )
    from ..models.plugin_parameter_set_desc_desc_params_item import (
        PluginParameterSetDescDescParamsItem,
    )
    from ..models.plugin_parameter_set_desc_desc_plugin_params_item import (
        PluginParameterSetDescDescPluginParamsItem,
    )


T = TypeVar("T", bound="PluginParameterSetDescDesc")


@_attrs_define
class PluginParameterSetDescDesc:
    """Its declaration in the plugin (`meta`, `params`, `pluginParams`, ...).

    Attributes:
        meta (None | PluginParameterSetDescDescMetaType0 | Unset): Label and description of the parameter set.
        params (list[PluginParameterSetDescDescParamsItem] | Unset): The parameters of its presets (`name`, `type`,
            `defaultValue`, ...).
        plugin_params (list[PluginParameterSetDescDescPluginParamsItem] | Unset): The administrator-level parameters of
            its presets.
    """

    meta: None | PluginParameterSetDescDescMetaType0 | Unset = UNSET
    params: list[PluginParameterSetDescDescParamsItem] | Unset = UNSET
    plugin_params: list[PluginParameterSetDescDescPluginParamsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.plugin_parameter_set_desc_desc_meta_type_0 import (
            PluginParameterSetDescDescMetaType0,
        )

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, PluginParameterSetDescDescMetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.params, Unset):
            params = []
            for params_item_data in self.params:
                params_item = params_item_data.to_dict()
                params.append(params_item)

        plugin_params: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.plugin_params, Unset):
            plugin_params = []
            for plugin_params_item_data in self.plugin_params:
                plugin_params_item = plugin_params_item_data.to_dict()
                plugin_params.append(plugin_params_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if meta is not UNSET:
            field_dict["meta"] = meta
        if params is not UNSET:
            field_dict["params"] = params
        if plugin_params is not UNSET:
            field_dict["pluginParams"] = plugin_params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.plugin_parameter_set_desc_desc_meta_type_0 import (
            PluginParameterSetDescDescMetaType0,
        )
        from ..models.plugin_parameter_set_desc_desc_params_item import (
            PluginParameterSetDescDescParamsItem,
        )
        from ..models.plugin_parameter_set_desc_desc_plugin_params_item import (
            PluginParameterSetDescDescPluginParamsItem,
        )

        d = dict(src_dict)

        def _parse_meta(
            data: object,
        ) -> None | PluginParameterSetDescDescMetaType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = PluginParameterSetDescDescMetaType0.from_dict(data)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PluginParameterSetDescDescMetaType0 | Unset, data)

        meta = _parse_meta(d.pop("meta", UNSET))

        _params = d.pop("params", UNSET)
        params: list[PluginParameterSetDescDescParamsItem] | Unset = UNSET
        if _params is not UNSET:
            params = []
            for params_item_data in _params:
                params_item = PluginParameterSetDescDescParamsItem.from_dict(
                    params_item_data
                )

                params.append(params_item)

        _plugin_params = d.pop("pluginParams", UNSET)
        plugin_params: list[PluginParameterSetDescDescPluginParamsItem] | Unset = UNSET
        if _plugin_params is not UNSET:
            plugin_params = []
            for plugin_params_item_data in _plugin_params:
                plugin_params_item = (
                    PluginParameterSetDescDescPluginParamsItem.from_dict(
                        plugin_params_item_data
                    )
                )

                plugin_params.append(plugin_params_item)

        plugin_parameter_set_desc_desc = cls(
            meta=meta,
            params=params,
            plugin_params=plugin_params,
        )

        plugin_parameter_set_desc_desc.additional_properties = d
        return plugin_parameter_set_desc_desc

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
