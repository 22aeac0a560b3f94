from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiNodeFunctionResultTiming")


@_attrs_define
class ApiNodeFunctionResultTiming:
    """Time spent per phase, in milliseconds.

    Attributes:
        pre_processing (int | Unset): Milliseconds spent before the endpoint's work.
        wait (int | Unset): Milliseconds spent waiting for a worker.
        enrich (int | Unset): Milliseconds spent on enrichments and lookups.
        preparation (int | Unset): Milliseconds spent preparing the features.
        prediction (int | Unset): Milliseconds spent predicting.
        execution (int | Unset): Milliseconds spent running the function or query.
        post_processing (int | Unset): Milliseconds spent after the endpoint's work.
    """

    pre_processing: int | Unset = UNSET
    wait: int | Unset = UNSET
    enrich: int | Unset = UNSET
    preparation: int | Unset = UNSET
    prediction: int | Unset = UNSET
    execution: int | Unset = UNSET
    post_processing: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pre_processing = self.pre_processing

        wait = self.wait

        enrich = self.enrich

        preparation = self.preparation

        prediction = self.prediction

        execution = self.execution

        post_processing = self.post_processing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pre_processing is not UNSET:
            field_dict["preProcessing"] = pre_processing
        if wait is not UNSET:
            field_dict["wait"] = wait
        if enrich is not UNSET:
            field_dict["enrich"] = enrich
        if preparation is not UNSET:
            field_dict["preparation"] = preparation
        if prediction is not UNSET:
            field_dict["prediction"] = prediction
        if execution is not UNSET:
            field_dict["execution"] = execution
        if post_processing is not UNSET:
            field_dict["postProcessing"] = post_processing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        pre_processing = d.pop("preProcessing", UNSET)

        wait = d.pop("wait", UNSET)

        enrich = d.pop("enrich", UNSET)

        preparation = d.pop("preparation", UNSET)

        prediction = d.pop("prediction", UNSET)

        execution = d.pop("execution", UNSET)

        post_processing = d.pop("postProcessing", UNSET)

        api_node_function_result_timing = cls(
            pre_processing=pre_processing,
            wait=wait,
            enrich=enrich,
            preparation=preparation,
            prediction=prediction,
            execution=execution,
            post_processing=post_processing,
        )

        api_node_function_result_timing.additional_properties = d
        return api_node_function_result_timing

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
