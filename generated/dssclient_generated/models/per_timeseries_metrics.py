from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.per_timeseries_metrics_per_timeseries import (
        PerTimeseriesMetricsPerTimeseries,
    )


T = TypeVar("T", bound="PerTimeseriesMetrics")


@_attrs_define
class PerTimeseriesMetrics:
    """The metrics of each time series of a forecast evaluation (unverified shape).

    Attributes:
        per_timeseries (PerTimeseriesMetricsPerTimeseries | Unset): The metrics of each time series, by its identifier
            (unverified name).
    """

    per_timeseries: PerTimeseriesMetricsPerTimeseries | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        per_timeseries: dict[str, Any] | Unset = UNSET
        if not isinstance(self.per_timeseries, Unset):
            per_timeseries = self.per_timeseries.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if per_timeseries is not UNSET:
            field_dict["perTimeseries"] = per_timeseries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.per_timeseries_metrics_per_timeseries import (
            PerTimeseriesMetricsPerTimeseries,
        )

        d = dict(src_dict)
        _per_timeseries = d.pop("perTimeseries", UNSET)
        per_timeseries: PerTimeseriesMetricsPerTimeseries | Unset
        if isinstance(_per_timeseries, Unset):
            per_timeseries = UNSET
        else:
            per_timeseries = PerTimeseriesMetricsPerTimeseries.from_dict(
                _per_timeseries
            )

        per_timeseries_metrics = cls(
            per_timeseries=per_timeseries,
        )

        per_timeseries_metrics.additional_properties = d
        return per_timeseries_metrics

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
