from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MLMetricsSettingsCustomMetricsItem")


@_attrs_define
class MLMetricsSettingsCustomMetricsItem:
    """A custom metric.

    Attributes:
        name (str | Unset): The metric's name.
        metric_code (str | Unset): Its Python code.
        greater_is_better (bool | Unset): Whether a greater value is better.
        needs_probability (bool | Unset): Whether it reads predicted probabilities.
    """

    name: str | Unset = UNSET
    metric_code: str | Unset = UNSET
    greater_is_better: bool | Unset = UNSET
    needs_probability: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        metric_code = self.metric_code

        greater_is_better = self.greater_is_better

        needs_probability = self.needs_probability

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if metric_code is not UNSET:
            field_dict["metricCode"] = metric_code
        if greater_is_better is not UNSET:
            field_dict["greaterIsBetter"] = greater_is_better
        if needs_probability is not UNSET:
            field_dict["needsProbability"] = needs_probability

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        metric_code = d.pop("metricCode", UNSET)

        greater_is_better = d.pop("greaterIsBetter", UNSET)

        needs_probability = d.pop("needsProbability", UNSET)

        ml_metrics_settings_custom_metrics_item = cls(
            name=name,
            metric_code=metric_code,
            greater_is_better=greater_is_better,
            needs_probability=needs_probability,
        )

        ml_metrics_settings_custom_metrics_item.additional_properties = d
        return ml_metrics_settings_custom_metrics_item

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
