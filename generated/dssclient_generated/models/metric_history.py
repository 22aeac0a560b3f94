from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metric_definition import MetricDefinition
    from ..models.metric_value import MetricValue


T = TypeVar("T", bound="MetricHistory")


@_attrs_define
class MetricHistory:
    """The values a metric took on one partition.

    Attributes:
        metric_id (str | Unset): Identifier of the metric.
        metric (MetricDefinition | Unset): What a metric measures.
        values (list[MetricValue] | Unset): The values, oldest first.
        last_value (MetricValue | Unset): One value of a metric in its history (`MetricValuePoint` is a last value, on a
            partition).
    """

    metric_id: str | Unset = UNSET
    metric: MetricDefinition | Unset = UNSET
    values: list[MetricValue] | Unset = UNSET
    last_value: MetricValue | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric_id = self.metric_id

        metric: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metric, Unset):
            metric = self.metric.to_dict()

        values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.values, Unset):
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        last_value: dict[str, Any] | Unset = UNSET
        if not isinstance(self.last_value, Unset):
            last_value = self.last_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metric_id is not UNSET:
            field_dict["metricId"] = metric_id
        if metric is not UNSET:
            field_dict["metric"] = metric
        if values is not UNSET:
            field_dict["values"] = values
        if last_value is not UNSET:
            field_dict["lastValue"] = last_value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.metric_definition import MetricDefinition
        from ..models.metric_value import MetricValue

        d = dict(src_dict)
        metric_id = d.pop("metricId", UNSET)

        _metric = d.pop("metric", UNSET)
        metric: MetricDefinition | Unset
        if isinstance(_metric, Unset):
            metric = UNSET
        else:
            metric = MetricDefinition.from_dict(_metric)

        _values = d.pop("values", UNSET)
        values: list[MetricValue] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = MetricValue.from_dict(values_item_data)

                values.append(values_item)

        _last_value = d.pop("lastValue", UNSET)
        last_value: MetricValue | Unset
        if isinstance(_last_value, Unset):
            last_value = UNSET
        else:
            last_value = MetricValue.from_dict(_last_value)

        metric_history = cls(
            metric_id=metric_id,
            metric=metric,
            values=values,
            last_value=last_value,
        )

        metric_history.additional_properties = d
        return metric_history

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
