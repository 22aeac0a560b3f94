from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.computed_metric_value import ComputedMetricValue


T = TypeVar("T", bound="MetricsComputationReport")


@_attrs_define
class MetricsComputationReport:
    """What a computation of metrics produced.

    Attributes:
        partition (str | Unset): The partition the metrics were computed on (`NP` when not partitioned).
        computed (list[ComputedMetricValue] | Unset): The values computed.
    """

    partition: str | Unset = UNSET
    computed: list[ComputedMetricValue] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partition = self.partition

        computed: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.computed, Unset):
            computed = []
            for computed_item_data in self.computed:
                computed_item = computed_item_data.to_dict()
                computed.append(computed_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if partition is not UNSET:
            field_dict["partition"] = partition
        if computed is not UNSET:
            field_dict["computed"] = computed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.computed_metric_value import ComputedMetricValue

        d = dict(src_dict)
        partition = d.pop("partition", UNSET)

        _computed = d.pop("computed", UNSET)
        computed: list[ComputedMetricValue] | Unset = UNSET
        if _computed is not UNSET:
            computed = []
            for computed_item_data in _computed:
                computed_item = ComputedMetricValue.from_dict(computed_item_data)

                computed.append(computed_item)

        metrics_computation_report = cls(
            partition=partition,
            computed=computed,
        )

        metrics_computation_report.additional_properties = d
        return metrics_computation_report

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
