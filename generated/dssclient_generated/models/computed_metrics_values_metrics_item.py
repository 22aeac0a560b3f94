from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.computed_metrics_values_metrics_item_meta_type_0 import (
        ComputedMetricsValuesMetricsItemMetaType0,
    )
    from ..models.metric_definition import MetricDefinition
    from ..models.metric_value import MetricValue


T = TypeVar("T", bound="ComputedMetricsValuesMetricsItem")


@_attrs_define
class ComputedMetricsValuesMetricsItem:
    """A metric and its last values.

    Attributes:
        metric (MetricDefinition | Unset): What a metric measures.
        meta (ComputedMetricsValuesMetricsItemMetaType0 | None | Unset): Display names.
        displayed_as_metric (bool | None | Unset): Whether the Status tab shows it as a metric.
        last_values (list[MetricValue] | None | Unset): The last value, per partition.
    """

    metric: MetricDefinition | Unset = UNSET
    meta: ComputedMetricsValuesMetricsItemMetaType0 | None | Unset = UNSET
    displayed_as_metric: bool | None | Unset = UNSET
    last_values: list[MetricValue] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.computed_metrics_values_metrics_item_meta_type_0 import (
            ComputedMetricsValuesMetricsItemMetaType0,
        )

        metric: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metric, Unset):
            metric = self.metric.to_dict()

        meta: dict[str, Any] | None | Unset
        if isinstance(self.meta, Unset):
            meta = UNSET
        elif isinstance(self.meta, ComputedMetricsValuesMetricsItemMetaType0):
            meta = self.meta.to_dict()
        else:
            meta = self.meta

        displayed_as_metric: bool | None | Unset
        if isinstance(self.displayed_as_metric, Unset):
            displayed_as_metric = UNSET
        else:
            displayed_as_metric = self.displayed_as_metric

        last_values: list[dict[str, Any]] | None | Unset
        if isinstance(self.last_values, Unset):
            last_values = UNSET
        elif isinstance(self.last_values, list):
            last_values = []
            for last_values_type_0_item_data in self.last_values:
                last_values_type_0_item = last_values_type_0_item_data.to_dict()
                last_values.append(last_values_type_0_item)

        else:
            last_values = self.last_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metric is not UNSET:
            field_dict["metric"] = metric
        if meta is not UNSET:
            field_dict["meta"] = meta
        if displayed_as_metric is not UNSET:
            field_dict["displayedAsMetric"] = displayed_as_metric
        if last_values is not UNSET:
            field_dict["lastValues"] = last_values

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.computed_metrics_values_metrics_item_meta_type_0 import (
            ComputedMetricsValuesMetricsItemMetaType0,
        )
        from ..models.metric_definition import MetricDefinition
        from ..models.metric_value import MetricValue

        d = dict(src_dict)
        _metric = d.pop("metric", UNSET)
        metric: MetricDefinition | Unset
        if isinstance(_metric, Unset):
            metric = UNSET
        else:
            metric = MetricDefinition.from_dict(_metric)

        def _parse_meta(
            data: object,
        ) -> ComputedMetricsValuesMetricsItemMetaType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                meta_type_0 = ComputedMetricsValuesMetricsItemMetaType0.from_dict(data)

                return meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ComputedMetricsValuesMetricsItemMetaType0 | None | Unset, data)

        meta = _parse_meta(d.pop("meta", UNSET))

        def _parse_displayed_as_metric(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        displayed_as_metric = _parse_displayed_as_metric(
            d.pop("displayedAsMetric", UNSET)
        )

        def _parse_last_values(data: object) -> list[MetricValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                last_values_type_0 = []
                _last_values_type_0 = data
                for last_values_type_0_item_data in _last_values_type_0:
                    last_values_type_0_item = MetricValue.from_dict(
                        last_values_type_0_item_data
                    )

                    last_values_type_0.append(last_values_type_0_item)

                return last_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MetricValue] | None | Unset, data)

        last_values = _parse_last_values(d.pop("lastValues", UNSET))

        computed_metrics_values_metrics_item = cls(
            metric=metric,
            meta=meta,
            displayed_as_metric=displayed_as_metric,
            last_values=last_values,
        )

        computed_metrics_values_metrics_item.additional_properties = d
        return computed_metrics_values_metrics_item

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
