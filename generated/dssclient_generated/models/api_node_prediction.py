from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_node_api_context import ApiNodeApiContext
    from ..models.api_node_prediction_result import ApiNodePredictionResult
    from ..models.api_node_prediction_timing import ApiNodePredictionTiming


T = TypeVar("T", bound="ApiNodePrediction")


@_attrs_define
class ApiNodePrediction:
    """A prediction endpoint's answer for one record.

    Attributes:
        result (ApiNodePredictionResult | Unset): The prediction of the record.
        timing (ApiNodePredictionTiming | Unset): Time spent per phase, in milliseconds.
        api_context (ApiNodeApiContext | Unset): Which service, endpoint and generation answered.
    """

    result: ApiNodePredictionResult | Unset = UNSET
    timing: ApiNodePredictionTiming | Unset = UNSET
    api_context: ApiNodeApiContext | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] | Unset = UNSET
        if not isinstance(self.result, Unset):
            result = self.result.to_dict()

        timing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timing, Unset):
            timing = self.timing.to_dict()

        api_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api_context, Unset):
            api_context = self.api_context.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result is not UNSET:
            field_dict["result"] = result
        if timing is not UNSET:
            field_dict["timing"] = timing
        if api_context is not UNSET:
            field_dict["apiContext"] = api_context

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_node_api_context import ApiNodeApiContext
        from ..models.api_node_prediction_result import ApiNodePredictionResult
        from ..models.api_node_prediction_timing import ApiNodePredictionTiming

        d = dict(src_dict)
        _result = d.pop("result", UNSET)
        result: ApiNodePredictionResult | Unset
        if isinstance(_result, Unset):
            result = UNSET
        else:
            result = ApiNodePredictionResult.from_dict(_result)

        _timing = d.pop("timing", UNSET)
        timing: ApiNodePredictionTiming | Unset
        if isinstance(_timing, Unset):
            timing = UNSET
        else:
            timing = ApiNodePredictionTiming.from_dict(_timing)

        _api_context = d.pop("apiContext", UNSET)
        api_context: ApiNodeApiContext | Unset
        if isinstance(_api_context, Unset):
            api_context = UNSET
        else:
            api_context = ApiNodeApiContext.from_dict(_api_context)

        api_node_prediction = cls(
            result=result,
            timing=timing,
            api_context=api_context,
        )

        api_node_prediction.additional_properties = d
        return api_node_prediction

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
