from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ml_metrics_settings_custom_metrics_item import (
        MLMetricsSettingsCustomMetricsItem,
    )


T = TypeVar("T", bound="MLMetricsSettings")


@_attrs_define
class MLMetricsSettings:
    """How models are compared.

    Attributes:
        evaluation_metric (str | Unset): The metric models are ranked and optimized by (ROC_AUC, F1, ACCURACY, R2, RMSE,
            ...).
        custom_evaluation_metric_name (str | Unset): The custom metric used when `evaluationMetric` is CUSTOM.
        custom_metrics (list[MLMetricsSettingsCustomMetricsItem] | Unset): Custom metrics, each with its code.
    """

    evaluation_metric: str | Unset = UNSET
    custom_evaluation_metric_name: str | Unset = UNSET
    custom_metrics: list[MLMetricsSettingsCustomMetricsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluation_metric = self.evaluation_metric

        custom_evaluation_metric_name = self.custom_evaluation_metric_name

        custom_metrics: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_metrics, Unset):
            custom_metrics = []
            for custom_metrics_item_data in self.custom_metrics:
                custom_metrics_item = custom_metrics_item_data.to_dict()
                custom_metrics.append(custom_metrics_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if evaluation_metric is not UNSET:
            field_dict["evaluationMetric"] = evaluation_metric
        if custom_evaluation_metric_name is not UNSET:
            field_dict["customEvaluationMetricName"] = custom_evaluation_metric_name
        if custom_metrics is not UNSET:
            field_dict["customMetrics"] = custom_metrics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ml_metrics_settings_custom_metrics_item import (
            MLMetricsSettingsCustomMetricsItem,
        )

        d = dict(src_dict)
        evaluation_metric = d.pop("evaluationMetric", UNSET)

        custom_evaluation_metric_name = d.pop("customEvaluationMetricName", UNSET)

        _custom_metrics = d.pop("customMetrics", UNSET)
        custom_metrics: list[MLMetricsSettingsCustomMetricsItem] | Unset = UNSET
        if _custom_metrics is not UNSET:
            custom_metrics = []
            for custom_metrics_item_data in _custom_metrics:
                custom_metrics_item = MLMetricsSettingsCustomMetricsItem.from_dict(
                    custom_metrics_item_data
                )

                custom_metrics.append(custom_metrics_item)

        ml_metrics_settings = cls(
            evaluation_metric=evaluation_metric,
            custom_evaluation_metric_name=custom_evaluation_metric_name,
            custom_metrics=custom_metrics,
        )

        ml_metrics_settings.additional_properties = d
        return ml_metrics_settings

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
