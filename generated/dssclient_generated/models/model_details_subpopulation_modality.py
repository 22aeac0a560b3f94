from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_details_subpopulation_modality_perf import (
        ModelDetailsSubpopulationModalityPerf,
    )
    from ..models.model_details_subpopulation_modality_performance_metrics import (
        ModelDetailsSubpopulationModalityPerformanceMetrics,
    )


T = TypeVar("T", bound="ModelDetailsSubpopulationModality")


@_attrs_define
class ModelDetailsSubpopulationModality:
    """One modality of a subpopulation analysis, and the model's performance on it.

    Attributes:
        index (int | Unset): Index of the modality.
        value (Any | Unset): Value of a categorical modality.
        missing_values (bool | Unset): Whether the modality gathers the rows where the column is empty.
        gt (float | Unset): Exclusive lower bound of a numerical modality.
        gte (float | Unset): Inclusive lower bound of a numerical modality.
        lte (float | Unset): Inclusive upper bound of a numerical modality.
        count (int | Unset): Number of rows.
        weighted_count (float | Unset): Total weight of the rows.
        excluded (bool | Unset): Whether the modality was left out (too few rows, a single class).
        reason (str | Unset): Why the modality was left out.
        performance_metrics (ModelDetailsSubpopulationModalityPerformanceMetrics | Unset): Metrics by DSS name (`auc`,
            `accuracy`, `f1`, `precision`, `recall`, `logLoss`, `r2`, `mae`, `mse`, `rmse`, ...).
        perf (ModelDetailsSubpopulationModalityPerf | Unset): Performance of the model on some rows, as DSS stores it.
    """

    index: int | Unset = UNSET
    value: Any | Unset = UNSET
    missing_values: bool | Unset = UNSET
    gt: float | Unset = UNSET
    gte: float | Unset = UNSET
    lte: float | Unset = UNSET
    count: int | Unset = UNSET
    weighted_count: float | Unset = UNSET
    excluded: bool | Unset = UNSET
    reason: str | Unset = UNSET
    performance_metrics: ModelDetailsSubpopulationModalityPerformanceMetrics | Unset = (
        UNSET
    )
    perf: ModelDetailsSubpopulationModalityPerf | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        value = self.value

        missing_values = self.missing_values

        gt = self.gt

        gte = self.gte

        lte = self.lte

        count = self.count

        weighted_count = self.weighted_count

        excluded = self.excluded

        reason = self.reason

        performance_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.performance_metrics, Unset):
            performance_metrics = self.performance_metrics.to_dict()

        perf: dict[str, Any] | Unset = UNSET
        if not isinstance(self.perf, Unset):
            perf = self.perf.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index is not UNSET:
            field_dict["index"] = index
        if value is not UNSET:
            field_dict["value"] = value
        if missing_values is not UNSET:
            field_dict["missing_values"] = missing_values
        if gt is not UNSET:
            field_dict["gt"] = gt
        if gte is not UNSET:
            field_dict["gte"] = gte
        if lte is not UNSET:
            field_dict["lte"] = lte
        if count is not UNSET:
            field_dict["count"] = count
        if weighted_count is not UNSET:
            field_dict["weightedCount"] = weighted_count
        if excluded is not UNSET:
            field_dict["excluded"] = excluded
        if reason is not UNSET:
            field_dict["reason"] = reason
        if performance_metrics is not UNSET:
            field_dict["performanceMetrics"] = performance_metrics
        if perf is not UNSET:
            field_dict["perf"] = perf

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_details_subpopulation_modality_perf import (
            ModelDetailsSubpopulationModalityPerf,
        )
        from ..models.model_details_subpopulation_modality_performance_metrics import (
            ModelDetailsSubpopulationModalityPerformanceMetrics,
        )

        d = dict(src_dict)
        index = d.pop("index", UNSET)

        value = d.pop("value", UNSET)

        missing_values = d.pop("missing_values", UNSET)

        gt = d.pop("gt", UNSET)

        gte = d.pop("gte", UNSET)

        lte = d.pop("lte", UNSET)

        count = d.pop("count", UNSET)

        weighted_count = d.pop("weightedCount", UNSET)

        excluded = d.pop("excluded", UNSET)

        reason = d.pop("reason", UNSET)

        _performance_metrics = d.pop("performanceMetrics", UNSET)
        performance_metrics: ModelDetailsSubpopulationModalityPerformanceMetrics | Unset
        if isinstance(_performance_metrics, Unset):
            performance_metrics = UNSET
        else:
            performance_metrics = (
                ModelDetailsSubpopulationModalityPerformanceMetrics.from_dict(
                    _performance_metrics
                )
            )

        _perf = d.pop("perf", UNSET)
        perf: ModelDetailsSubpopulationModalityPerf | Unset
        if isinstance(_perf, Unset):
            perf = UNSET
        else:
            perf = ModelDetailsSubpopulationModalityPerf.from_dict(_perf)

        model_details_subpopulation_modality = cls(
            index=index,
            value=value,
            missing_values=missing_values,
            gt=gt,
            gte=gte,
            lte=lte,
            count=count,
            weighted_count=weighted_count,
            excluded=excluded,
            reason=reason,
            performance_metrics=performance_metrics,
            perf=perf,
        )

        model_details_subpopulation_modality.additional_properties = d
        return model_details_subpopulation_modality

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
