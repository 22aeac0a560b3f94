from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.computed_metric_meta import ComputedMetricMeta
    from ..models.metric_definition import MetricDefinition
    from ..models.metric_value_point import MetricValuePoint


T = TypeVar("T", bound="ComputedMetric")


@_attrs_define
class ComputedMetric:
    """One metric of an object, with its last values (the keys the official client's `ComputedMetrics` reads, and what the
    emulator sends).

        Attributes:
            metric (MetricDefinition): What a metric measures.
            last_values (list[MetricValuePoint]): Its last value on each partition the answer covers.
            meta (ComputedMetricMeta | Unset): Display names of the metric (`name`, `fullName`). Unverified beyond these two
                keys.
            displayed_as_metric (bool | Unset): Whether DSS shows it among the metrics (check outcomes are not).
    """

    metric: MetricDefinition
    last_values: list[MetricValuePoint]
    meta: ComputedMetricMeta | Unset = UNSET
    displayed_as_metric: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metric = self.metric.to_dict()

        last_values = []
        for last_values_item_data in self.last_values:
            last_values_item = last_values_item_data.to_dict()
            last_values.append(last_values_item)

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        displayed_as_metric = self.displayed_as_metric

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric": metric,
                "lastValues": last_values,
            }
        )
        if meta is not UNSET:
            field_dict["meta"] = meta
        if displayed_as_metric is not UNSET:
            field_dict["displayedAsMetric"] = displayed_as_metric

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.computed_metric_meta import ComputedMetricMeta
        from ..models.metric_definition import MetricDefinition
        from ..models.metric_value_point import MetricValuePoint

        d = dict(src_dict)
        metric = MetricDefinition.from_dict(d.pop("metric"))

        last_values = []
        _last_values = d.pop("lastValues")
        for last_values_item_data in _last_values:
            last_values_item = MetricValuePoint.from_dict(last_values_item_data)

            last_values.append(last_values_item)

        _meta = d.pop("meta", UNSET)
        meta: ComputedMetricMeta | Unset
        if isinstance(_meta, Unset):
            meta = UNSET
        else:
            meta = ComputedMetricMeta.from_dict(_meta)

        displayed_as_metric = d.pop("displayedAsMetric", UNSET)

        computed_metric = cls(
            metric=metric,
            last_values=last_values,
            meta=meta,
            displayed_as_metric=displayed_as_metric,
        )

        computed_metric.additional_properties = d
        return computed_metric

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
