from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.named_property import NamedProperty


T = TypeVar("T", bound="GeneralSettingsSparkSettingsType0ExecutionConfigsType0Item")


@_attrs_define
class GeneralSettingsSparkSettingsType0ExecutionConfigsType0Item:
    """One named Spark configuration.

    Attributes:
        name (None | str | Unset): Name of the configuration.
        description (None | str | Unset): What it is for (unverified).
        conf (list[NamedProperty] | None | Unset): Its Spark keys (`key`, `value`) (unverified).
    """

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    conf: list[NamedProperty] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        conf: list[dict[str, Any]] | None | Unset
        if isinstance(self.conf, Unset):
            conf = UNSET
        elif isinstance(self.conf, list):
            conf = []
            for conf_type_0_item_data in self.conf:
                conf_type_0_item = conf_type_0_item_data.to_dict()
                conf.append(conf_type_0_item)

        else:
            conf = self.conf

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if conf is not UNSET:
            field_dict["conf"] = conf

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.named_property import NamedProperty

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_conf(data: object) -> list[NamedProperty] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                conf_type_0 = []
                _conf_type_0 = data
                for conf_type_0_item_data in _conf_type_0:
                    conf_type_0_item = NamedProperty.from_dict(conf_type_0_item_data)

                    conf_type_0.append(conf_type_0_item)

                return conf_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[NamedProperty] | None | Unset, data)

        conf = _parse_conf(d.pop("conf", UNSET))

        general_settings_spark_settings_type_0_execution_configs_type_0_item = cls(
            name=name,
            description=description,
            conf=conf,
        )

        general_settings_spark_settings_type_0_execution_configs_type_0_item.additional_properties = d
        return general_settings_spark_settings_type_0_execution_configs_type_0_item

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
