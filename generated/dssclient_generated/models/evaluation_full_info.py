from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.evaluation_info import EvaluationInfo
    from ..models.evaluation_metrics import EvaluationMetrics


T = TypeVar("T", bound="EvaluationFullInfo")


@_attrs_define
class EvaluationFullInfo:
    """An evaluation and its metrics.

    Attributes:
        evaluation (EvaluationInfo): An evaluation, as listed and as `getEvaluation` nests it.
        metrics (EvaluationMetrics): An evaluation's metrics by DSS's names: those of its prediction type, and any a
            custom evaluation gave.
    """

    evaluation: EvaluationInfo
    metrics: EvaluationMetrics
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        evaluation = self.evaluation.to_dict()

        metrics = self.metrics.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "evaluation": evaluation,
                "metrics": metrics,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.evaluation_info import EvaluationInfo
        from ..models.evaluation_metrics import EvaluationMetrics

        d = dict(src_dict)
        evaluation = EvaluationInfo.from_dict(d.pop("evaluation"))

        metrics = EvaluationMetrics.from_dict(d.pop("metrics"))

        evaluation_full_info = cls(
            evaluation=evaluation,
            metrics=metrics,
        )

        evaluation_full_info.additional_properties = d
        return evaluation_full_info

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
