from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelDetailsSubpopulationPerformancePerfGlobalMetrics")


@_attrs_define
class ModelDetailsSubpopulationPerformancePerfGlobalMetrics:
    """Averages of the prediction and of the target on the rows.

    Attributes:
        prediction_avg (list[float] | Unset): Average prediction (of the probability of the positive class, in
            classification), as a one-element list.
        prediction_std (list[float] | Unset): Standard deviation of the prediction (regression), as a one-element list.
        target_avg (list[float] | Unset): Average of the target (the positive-class ratio in classification), as a one-
            element list.
        target_std (list[float] | Unset): Standard deviation of the target (regression), as a one-element list.
        test_weight (float | Unset): Number (or total weight) of rows.
    """

    prediction_avg: list[float] | Unset = UNSET
    prediction_std: list[float] | Unset = UNSET
    target_avg: list[float] | Unset = UNSET
    target_std: list[float] | Unset = UNSET
    test_weight: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prediction_avg: list[float] | Unset = UNSET
        if not isinstance(self.prediction_avg, Unset):
            prediction_avg = self.prediction_avg

        prediction_std: list[float] | Unset = UNSET
        if not isinstance(self.prediction_std, Unset):
            prediction_std = self.prediction_std

        target_avg: list[float] | Unset = UNSET
        if not isinstance(self.target_avg, Unset):
            target_avg = self.target_avg

        target_std: list[float] | Unset = UNSET
        if not isinstance(self.target_std, Unset):
            target_std = self.target_std

        test_weight = self.test_weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prediction_avg is not UNSET:
            field_dict["predictionAvg"] = prediction_avg
        if prediction_std is not UNSET:
            field_dict["predictionStd"] = prediction_std
        if target_avg is not UNSET:
            field_dict["targetAvg"] = target_avg
        if target_std is not UNSET:
            field_dict["targetStd"] = target_std
        if test_weight is not UNSET:
            field_dict["testWeight"] = test_weight

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        prediction_avg = cast(list[float], d.pop("predictionAvg", UNSET))

        prediction_std = cast(list[float], d.pop("predictionStd", UNSET))

        target_avg = cast(list[float], d.pop("targetAvg", UNSET))

        target_std = cast(list[float], d.pop("targetStd", UNSET))

        test_weight = d.pop("testWeight", UNSET)

        model_details_subpopulation_performance_perf_global_metrics = cls(
            prediction_avg=prediction_avg,
            prediction_std=prediction_std,
            target_avg=target_avg,
            target_std=target_std,
            test_weight=test_weight,
        )

        model_details_subpopulation_performance_perf_global_metrics.additional_properties = d
        return model_details_subpopulation_performance_perf_global_metrics

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
