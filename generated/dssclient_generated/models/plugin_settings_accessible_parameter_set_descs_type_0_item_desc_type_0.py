from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.plugin_settings_accessible_parameter_set_descs_type_0_item_desc_type_0_meta_type_0 import (
        PluginSettingsAccessibleParameterSetDescsType0ItemDescType0MetaType0,
    )
    from ..models.plugin_settings_accessible_parameter_set_descs_type_0_item_desc_type_0_params_type_0_item import (
        PluginSettingsAccessibleParameterSetDescsType0ItemDescType0ParamsType0Item,
    )
    from ..models.plugin_settings_accessible_parameter_set_descs_type_0_item_desc_type_0_plugin_params_type_0_item import (
        PluginSettingsAccessibleParameterSetDescsType0ItemDescType0PluginParamsType0Item,
    )


T = TypeVar("T", bound="PluginSettingsAccessibleParameterSetDescsType0ItemDescType0")


@_attrs_define
class PluginSettingsAccessibleParameterSetDescsType0ItemDescType0:
    """Its description from the plugin (`params`, `pluginParams`, ...).

    Attributes:
        meta (None | PluginSettingsAccessibleParameterSetDescsType0ItemDescType0MetaType0 | Unset): Label and
            description of the parameter set.
        params (list[PluginSettingsAccessibleParameterSetDescsType0ItemDescType0ParamsType0Item] | None | Unset): The
            parameters users fill in.
        plugin_params (list[PluginSettingsAccessibleParameterSetDescsType0ItemDescType0PluginParamsType0Item] | None |
            Unset): The parameters only administrators fill in.
    """

    meta: (
        None
        | PluginSettingsAccessibleParameterSetDescsType0ItemDescType0MetaType0
        | Unset
    ) = UNSET
    params: (
        list[PluginSettingsAccessibleParameterSetDescsType0ItemDescType0ParamsType0Item]
        | None
        | Unset
    ) = UNSET
    plugin_params: (
        list[
            PluginSettingsAccessibleParameterSetDescsType0ItemDescType0PluginParamsType0Item
        ]
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.plugin_settings_accessible_parameter_set_descs_type_0_item_desc_type_0_meta_type_0 import (
            PluginSettingsAccessibleParameterSetDescsType0ItemDescType0MetaType0,
        )

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(
            self.meta,
            PluginSettingsAccessibleParameterSetDescsType0ItemDescType0MetaType0,
        ):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        params: list[dict[str, Any]] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, list):
            params = []
            for params_type_0_item_data in self.params:
                params_type_0_item = params_type_0_item_data.to_dict()
                params.append(params_type_0_item)

        else:
            params = self.params

        plugin_params: list[dict[str, Any]] | None | Unset
        if isinstance(self.plugin_params, Unset):
            plugin_params = UNSET
        elif isinstance(self.plugin_params, list):
            plugin_params = []
            for plugin_params_type_0_item_data in self.plugin_params:
                plugin_params_type_0_item = plugin_params_type_0_item_data.to_dict()
                plugin_params.append(plugin_params_type_0_item)

        else:
            plugin_params = self.plugin_params

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
        from ..models.plugin_settings_accessible_parameter_set_descs_type_0_item_desc_type_0_meta_type_0 import (
            PluginSettingsAccessibleParameterSetDescsType0ItemDescType0MetaType0,
        )
        from ..models.plugin_settings_accessible_parameter_set_descs_type_0_item_desc_type_0_params_type_0_item import (
            PluginSettingsAccessibleParameterSetDescsType0ItemDescType0ParamsType0Item,
        )
        from ..models.plugin_settings_accessible_parameter_set_descs_type_0_item_desc_type_0_plugin_params_type_0_item import (
            PluginSettingsAccessibleParameterSetDescsType0ItemDescType0PluginParamsType0Item,
        )

        d = dict(src_dict)

        def _parse_meta(
            data: object,
        ) -> (
            None
            | PluginSettingsAccessibleParameterSetDescsType0ItemDescType0MetaType0
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = PluginSettingsAccessibleParameterSetDescsType0ItemDescType0MetaType0.from_dict(
                    data
                )

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                None
                | PluginSettingsAccessibleParameterSetDescsType0ItemDescType0MetaType0
                | Unset,
                data,
            )

        meta = _parse_meta(d.pop("meta", UNSET))

        def _parse_params(
            data: object,
        ) -> (
            list[
                PluginSettingsAccessibleParameterSetDescsType0ItemDescType0ParamsType0Item
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                params_type_0 = []
                _params_type_0 = data
                for params_type_0_item_data in _params_type_0:
                    params_type_0_item = PluginSettingsAccessibleParameterSetDescsType0ItemDescType0ParamsType0Item.from_dict(
                        params_type_0_item_data
                    )

                    params_type_0.append(params_type_0_item)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    PluginSettingsAccessibleParameterSetDescsType0ItemDescType0ParamsType0Item
                ]
                | None
                | Unset,
                data,
            )

        params = _parse_params(d.pop("params", UNSET))

        def _parse_plugin_params(
            data: object,
        ) -> (
            list[
                PluginSettingsAccessibleParameterSetDescsType0ItemDescType0PluginParamsType0Item
            ]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                plugin_params_type_0 = []
                _plugin_params_type_0 = data
                for plugin_params_type_0_item_data in _plugin_params_type_0:
                    plugin_params_type_0_item = PluginSettingsAccessibleParameterSetDescsType0ItemDescType0PluginParamsType0Item.from_dict(
                        plugin_params_type_0_item_data
                    )

                    plugin_params_type_0.append(plugin_params_type_0_item)

                return plugin_params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[
                    PluginSettingsAccessibleParameterSetDescsType0ItemDescType0PluginParamsType0Item
                ]
                | None
                | Unset,
                data,
            )

        plugin_params = _parse_plugin_params(d.pop("pluginParams", UNSET))

        plugin_settings_accessible_parameter_set_descs_type_0_item_desc_type_0 = cls(
            meta=meta,
            params=params,
            plugin_params=plugin_params,
        )

        plugin_settings_accessible_parameter_set_descs_type_0_item_desc_type_0.additional_properties = d
        return plugin_settings_accessible_parameter_set_descs_type_0_item_desc_type_0

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
