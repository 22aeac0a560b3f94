from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_details_subpopulation_analysis import (
        ModelDetailsSubpopulationAnalysis,
    )
    from ..models.model_details_subpopulation_performance import (
        ModelDetailsSubpopulationPerformance,
    )


T = TypeVar("T", bound="ModelDetailsSubpopulationAnalyses")


@_attrs_define
class ModelDetailsSubpopulationAnalyses:
    """Every subpopulation analysis computed for a model, and the performance on all their rows.

    Attributes:
        global_ (ModelDetailsSubpopulationPerformance | Unset): Performance of the model on some rows.
        subpopulation_analyses (list[ModelDetailsSubpopulationAnalysis] | Unset): The analyses, one per column.
    """

    global_: ModelDetailsSubpopulationPerformance | Unset = UNSET
    subpopulation_analyses: list[ModelDetailsSubpopulationAnalysis] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        global_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.global_, Unset):
            global_ = self.global_.to_dict()

        subpopulation_analyses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.subpopulation_analyses, Unset):
            subpopulation_analyses = []
            for subpopulation_analyses_item_data in self.subpopulation_analyses:
                subpopulation_analyses_item = subpopulation_analyses_item_data.to_dict()
                subpopulation_analyses.append(subpopulation_analyses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if global_ is not UNSET:
            field_dict["global"] = global_
        if subpopulation_analyses is not UNSET:
            field_dict["subpopulationAnalyses"] = subpopulation_analyses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_details_subpopulation_analysis import (
            ModelDetailsSubpopulationAnalysis,
        )
        from ..models.model_details_subpopulation_performance import (
            ModelDetailsSubpopulationPerformance,
        )

        d = dict(src_dict)
        _global_ = d.pop("global", UNSET)
        global_: ModelDetailsSubpopulationPerformance | Unset
        if isinstance(_global_, Unset):
            global_ = UNSET
        else:
            global_ = ModelDetailsSubpopulationPerformance.from_dict(_global_)

        _subpopulation_analyses = d.pop("subpopulationAnalyses", UNSET)
        subpopulation_analyses: list[ModelDetailsSubpopulationAnalysis] | Unset = UNSET
        if _subpopulation_analyses is not UNSET:
            subpopulation_analyses = []
            for subpopulation_analyses_item_data in _subpopulation_analyses:
                subpopulation_analyses_item = (
                    ModelDetailsSubpopulationAnalysis.from_dict(
                        subpopulation_analyses_item_data
                    )
                )

                subpopulation_analyses.append(subpopulation_analyses_item)

        model_details_subpopulation_analyses = cls(
            global_=global_,
            subpopulation_analyses=subpopulation_analyses,
        )

        model_details_subpopulation_analyses.additional_properties = d
        return model_details_subpopulation_analyses

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
