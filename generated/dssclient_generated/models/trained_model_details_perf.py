from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trained_model_details_perf_per_cut_data import (
        TrainedModelDetailsPerfPerCutData,
    )
    from ..models.trained_model_metrics import TrainedModelMetrics


T = TypeVar("T", bound="TrainedModelDetailsPerf")


@_attrs_define
class TrainedModelDetailsPerf:
    """Its performance on the held-out rows (`metrics`; `tiMetrics` for classification).

    Attributes:
        metrics (TrainedModelMetrics | Unset): Performance metrics of a model on the held-out rows, by DSS's names.
        ti_metrics (TrainedModelMetrics | Unset): Performance metrics of a model on the held-out rows, by DSS's names.
        per_cut_data (TrainedModelDetailsPerfPerCutData | Unset): Binary classification metrics at each tested
            threshold.
    """

    metrics: TrainedModelMetrics | Unset = UNSET
    ti_metrics: TrainedModelMetrics | Unset = UNSET
    per_cut_data: TrainedModelDetailsPerfPerCutData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metrics, Unset):
            metrics = self.metrics.to_dict()

        ti_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.ti_metrics, Unset):
            ti_metrics = self.ti_metrics.to_dict()

        per_cut_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.per_cut_data, Unset):
            per_cut_data = self.per_cut_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if metrics is not UNSET:
            field_dict["metrics"] = metrics
        if ti_metrics is not UNSET:
            field_dict["tiMetrics"] = ti_metrics
        if per_cut_data is not UNSET:
            field_dict["perCutData"] = per_cut_data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trained_model_details_perf_per_cut_data import (
            TrainedModelDetailsPerfPerCutData,
        )
        from ..models.trained_model_metrics import TrainedModelMetrics

        d = dict(src_dict)
        _metrics = d.pop("metrics", UNSET)
        metrics: TrainedModelMetrics | Unset
        if isinstance(_metrics, Unset):
            metrics = UNSET
        else:
            metrics = TrainedModelMetrics.from_dict(_metrics)

        _ti_metrics = d.pop("tiMetrics", UNSET)
        ti_metrics: TrainedModelMetrics | Unset
        if isinstance(_ti_metrics, Unset):
            ti_metrics = UNSET
        else:
            ti_metrics = TrainedModelMetrics.from_dict(_ti_metrics)

        _per_cut_data = d.pop("perCutData", UNSET)
        per_cut_data: TrainedModelDetailsPerfPerCutData | Unset
        if isinstance(_per_cut_data, Unset):
            per_cut_data = UNSET
        else:
            per_cut_data = TrainedModelDetailsPerfPerCutData.from_dict(_per_cut_data)

        trained_model_details_perf = cls(
            metrics=metrics,
            ti_metrics=ti_metrics,
            per_cut_data=per_cut_data,
        )

        trained_model_details_perf.additional_properties = d
        return trained_model_details_perf

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
