from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_node_api_context import ApiNodeApiContext
    from ..models.api_node_predictions_results_item import ApiNodePredictionsResultsItem
    from ..models.api_node_predictions_timing import ApiNodePredictionsTiming


T = TypeVar("T", bound="ApiNodePredictions")


@_attrs_define
class ApiNodePredictions:
    """A prediction or forecasting endpoint's answers, one per record.

    Attributes:
        results (list[ApiNodePredictionsResultsItem] | Unset): One result per record, in the order sent.
        timing (ApiNodePredictionsTiming | Unset): Time spent per phase, in milliseconds.
        api_context (ApiNodeApiContext | Unset): Which service, endpoint and generation answered.
    """

    results: list[ApiNodePredictionsResultsItem] | Unset = UNSET
    timing: ApiNodePredictionsTiming | Unset = UNSET
    api_context: ApiNodeApiContext | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        timing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timing, Unset):
            timing = self.timing.to_dict()

        api_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api_context, Unset):
            api_context = self.api_context.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if results is not UNSET:
            field_dict["results"] = results
        if timing is not UNSET:
            field_dict["timing"] = timing
        if api_context is not UNSET:
            field_dict["apiContext"] = api_context

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_node_api_context import ApiNodeApiContext
        from ..models.api_node_predictions_results_item import (
            ApiNodePredictionsResultsItem,
        )
        from ..models.api_node_predictions_timing import ApiNodePredictionsTiming

        d = dict(src_dict)
        _results = d.pop("results", UNSET)
        results: list[ApiNodePredictionsResultsItem] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = ApiNodePredictionsResultsItem.from_dict(
                    results_item_data
                )

                results.append(results_item)

        _timing = d.pop("timing", UNSET)
        timing: ApiNodePredictionsTiming | Unset
        if isinstance(_timing, Unset):
            timing = UNSET
        else:
            timing = ApiNodePredictionsTiming.from_dict(_timing)

        _api_context = d.pop("apiContext", UNSET)
        api_context: ApiNodeApiContext | Unset
        if isinstance(_api_context, Unset):
            api_context = UNSET
        else:
            api_context = ApiNodeApiContext.from_dict(_api_context)

        api_node_predictions = cls(
            results=results,
            timing=timing,
            api_context=api_context,
        )

        api_node_predictions.additional_properties = d
        return api_node_predictions

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
