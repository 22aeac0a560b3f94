from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.named_property import NamedProperty


T = TypeVar("T", bound="MetricsEngineToggleType0")


@_attrs_define
class MetricsEngineToggleType0:
    """Whether one engine may compute the probes, and its extra configuration.

    Attributes:
        active (bool | None | Unset): Whether this engine may compute the probes.
        extra_conf (list[NamedProperty] | None | Unset): Extra configuration keys of the engine (Hive, Spark).
    """

    active: bool | None | Unset = UNSET
    extra_conf: list[NamedProperty] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        extra_conf: list[dict[str, Any]] | None | Unset
        if isinstance(self.extra_conf, Unset):
            extra_conf = UNSET
        elif isinstance(self.extra_conf, list):
            extra_conf = []
            for extra_conf_type_0_item_data in self.extra_conf:
                extra_conf_type_0_item = extra_conf_type_0_item_data.to_dict()
                extra_conf.append(extra_conf_type_0_item)

        else:
            extra_conf = self.extra_conf

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if extra_conf is not UNSET:
            field_dict["extraConf"] = extra_conf

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.named_property import NamedProperty

        d = dict(src_dict)

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_extra_conf(data: object) -> list[NamedProperty] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                extra_conf_type_0 = []
                _extra_conf_type_0 = data
                for extra_conf_type_0_item_data in _extra_conf_type_0:
                    extra_conf_type_0_item = NamedProperty.from_dict(
                        extra_conf_type_0_item_data
                    )

                    extra_conf_type_0.append(extra_conf_type_0_item)

                return extra_conf_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[NamedProperty] | None | Unset, data)

        extra_conf = _parse_extra_conf(d.pop("extraConf", UNSET))

        metrics_engine_toggle_type_0 = cls(
            active=active,
            extra_conf=extra_conf,
        )

        metrics_engine_toggle_type_0.additional_properties = d
        return metrics_engine_toggle_type_0

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
