from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_details_subpopulation_performance_perf import (
        ModelDetailsSubpopulationPerformancePerf,
    )
    from ..models.model_details_subpopulation_performance_performance_metrics import (
        ModelDetailsSubpopulationPerformancePerformanceMetrics,
    )


T = TypeVar("T", bound="ModelDetailsSubpopulationPerformance")


@_attrs_define
class ModelDetailsSubpopulationPerformance:
    """Performance of the model on some rows.

    Attributes:
        performance_metrics (ModelDetailsSubpopulationPerformancePerformanceMetrics | Unset): Metrics by DSS name
            (`auc`, `accuracy`, `f1`, `precision`, `recall`, `logLoss`, `r2`, `mae`, `mse`, `rmse`, ...).
        perf (ModelDetailsSubpopulationPerformancePerf | Unset): Performance of the model on some rows, as DSS stores
            it.
    """

    performance_metrics: (
        ModelDetailsSubpopulationPerformancePerformanceMetrics | Unset
    ) = UNSET
    perf: ModelDetailsSubpopulationPerformancePerf | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        performance_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.performance_metrics, Unset):
            performance_metrics = self.performance_metrics.to_dict()

        perf: dict[str, Any] | Unset = UNSET
        if not isinstance(self.perf, Unset):
            perf = self.perf.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if performance_metrics is not UNSET:
            field_dict["performanceMetrics"] = performance_metrics
        if perf is not UNSET:
            field_dict["perf"] = perf

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_details_subpopulation_performance_perf import (
            ModelDetailsSubpopulationPerformancePerf,
        )
        from ..models.model_details_subpopulation_performance_performance_metrics import (
            ModelDetailsSubpopulationPerformancePerformanceMetrics,
        )

        d = dict(src_dict)
        _performance_metrics = d.pop("performanceMetrics", UNSET)
        performance_metrics: (
            ModelDetailsSubpopulationPerformancePerformanceMetrics | Unset
        )
        if isinstance(_performance_metrics, Unset):
            performance_metrics = UNSET
        else:
            performance_metrics = (
                ModelDetailsSubpopulationPerformancePerformanceMetrics.from_dict(
                    _performance_metrics
                )
            )

        _perf = d.pop("perf", UNSET)
        perf: ModelDetailsSubpopulationPerformancePerf | Unset
        if isinstance(_perf, Unset):
            perf = UNSET
        else:
            perf = ModelDetailsSubpopulationPerformancePerf.from_dict(_perf)

        model_details_subpopulation_performance = cls(
            performance_metrics=performance_metrics,
            perf=perf,
        )

        model_details_subpopulation_performance.additional_properties = d
        return model_details_subpopulation_performance

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
