from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ComputedMetricValue")


@_attrs_define
class ComputedMetricValue:
    """One value of one metric, as computed.

    Attributes:
        metric_id (str | Unset): Identifier of the metric.
        value (str | Unset): The value, as text.
        data_type (str | Unset): `BIGINT`, `DOUBLE`, `STRING`, ...
    """

    metric_id: str | Unset = UNSET
    value: str | Unset = UNSET
    data_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_id = self.metric_id

        value = self.value

        data_type = self.data_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metric_id is not UNSET:
            field_dict["metricId"] = metric_id
        if value is not UNSET:
            field_dict["value"] = value
        if data_type is not UNSET:
            field_dict["dataType"] = data_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        metric_id = d.pop("metricId", UNSET)

        value = d.pop("value", UNSET)

        data_type = d.pop("dataType", UNSET)

        computed_metric_value = cls(
            metric_id=metric_id,
            value=value,
            data_type=data_type,
        )

        computed_metric_value.additional_properties = d
        return computed_metric_value

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
