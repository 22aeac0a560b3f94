from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SavedModelMiniTaskModelingMetrics")


@_attrs_define
class SavedModelMiniTaskModelingMetrics:
    """Metrics settings, as the ML task's.

    Attributes:
        evaluation_metric (str | Unset): The metric models are compared by (`ROC_AUC`, `F1`, `ACCURACY`, `R2`, `RMSE`,
            ...).
        threshold_optimization_metric (str | Unset): For binary classification, the metric the threshold optimizes
            (`F1`, ...).
        lift_point (float | Unset): The share of rows at which the lift is measured (unverified).
    """

    evaluation_metric: str | Unset = UNSET
    threshold_optimization_metric: str | Unset = UNSET
    lift_point: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluation_metric = self.evaluation_metric

        threshold_optimization_metric = self.threshold_optimization_metric

        lift_point = self.lift_point

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if evaluation_metric is not UNSET:
            field_dict["evaluationMetric"] = evaluation_metric
        if threshold_optimization_metric is not UNSET:
            field_dict["thresholdOptimizationMetric"] = threshold_optimization_metric
        if lift_point is not UNSET:
            field_dict["liftPoint"] = lift_point

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        evaluation_metric = d.pop("evaluationMetric", UNSET)

        threshold_optimization_metric = d.pop("thresholdOptimizationMetric", UNSET)

        lift_point = d.pop("liftPoint", UNSET)

        saved_model_mini_task_modeling_metrics = cls(
            evaluation_metric=evaluation_metric,
            threshold_optimization_metric=threshold_optimization_metric,
            lift_point=lift_point,
        )

        saved_model_mini_task_modeling_metrics.additional_properties = d
        return saved_model_mini_task_modeling_metrics

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
