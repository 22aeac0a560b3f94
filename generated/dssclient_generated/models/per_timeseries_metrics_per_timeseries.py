from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.evaluation_metrics import EvaluationMetrics


T = TypeVar("T", bound="PerTimeseriesMetricsPerTimeseries")


@_attrs_define
class PerTimeseriesMetricsPerTimeseries:
    """The metrics of each time series, by its identifier (unverified name)."""

    additional_properties: dict[str, EvaluationMetrics] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.evaluation_metrics import EvaluationMetrics

        d = dict(src_dict)
        per_timeseries_metrics_per_timeseries = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = EvaluationMetrics.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        per_timeseries_metrics_per_timeseries.additional_properties = (
            additional_properties
        )
        return per_timeseries_metrics_per_timeseries

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> EvaluationMetrics:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: EvaluationMetrics) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
