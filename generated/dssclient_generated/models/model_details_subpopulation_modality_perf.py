from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_details_subpopulation_modality_perf_global_metrics import (
        ModelDetailsSubpopulationModalityPerfGlobalMetrics,
    )


T = TypeVar("T", bound="ModelDetailsSubpopulationModalityPerf")


@_attrs_define
class ModelDetailsSubpopulationModalityPerf:
    """Performance of the model on some rows, as DSS stores it.

    Attributes:
        global_metrics (ModelDetailsSubpopulationModalityPerfGlobalMetrics | Unset): Averages of the prediction and of
            the target on the rows.
    """

    global_metrics: ModelDetailsSubpopulationModalityPerfGlobalMetrics | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        global_metrics: dict[str, Any] | Unset = UNSET
        if not isinstance(self.global_metrics, Unset):
            global_metrics = self.global_metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if global_metrics is not UNSET:
            field_dict["globalMetrics"] = global_metrics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_details_subpopulation_modality_perf_global_metrics import (
            ModelDetailsSubpopulationModalityPerfGlobalMetrics,
        )

        d = dict(src_dict)
        _global_metrics = d.pop("globalMetrics", UNSET)
        global_metrics: ModelDetailsSubpopulationModalityPerfGlobalMetrics | Unset
        if isinstance(_global_metrics, Unset):
            global_metrics = UNSET
        else:
            global_metrics = (
                ModelDetailsSubpopulationModalityPerfGlobalMetrics.from_dict(
                    _global_metrics
                )
            )

        model_details_subpopulation_modality_perf = cls(
            global_metrics=global_metrics,
        )

        model_details_subpopulation_modality_perf.additional_properties = d
        return model_details_subpopulation_modality_perf

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
