from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiDeployerQueryResultsResponsesItemResponseTimingType0")


@_attrs_define
class ApiDeployerQueryResultsResponsesItemResponseTimingType0:
    """How long each stage took (unverified).

    Attributes:
        pre_processing (int | None | Unset): Milliseconds spent preparing the query (unverified).
        predicting (int | None | Unset): Milliseconds spent predicting (unverified).
        wait (int | None | Unset): Milliseconds spent waiting (unverified).
    """

    pre_processing: int | None | Unset = UNSET
    predicting: int | None | Unset = UNSET
    wait: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pre_processing: int | None | Unset
        if isinstance(self.pre_processing, Unset):
            pre_processing = UNSET
        else:
            pre_processing = self.pre_processing

        predicting: int | None | Unset
        if isinstance(self.predicting, Unset):
            predicting = UNSET
        else:
            predicting = self.predicting

        wait: int | None | Unset
        if isinstance(self.wait, Unset):
            wait = UNSET
        else:
            wait = self.wait

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pre_processing is not UNSET:
            field_dict["preProcessing"] = pre_processing
        if predicting is not UNSET:
            field_dict["predicting"] = predicting
        if wait is not UNSET:
            field_dict["wait"] = wait

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_pre_processing(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        pre_processing = _parse_pre_processing(d.pop("preProcessing", UNSET))

        def _parse_predicting(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        predicting = _parse_predicting(d.pop("predicting", UNSET))

        def _parse_wait(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        wait = _parse_wait(d.pop("wait", UNSET))

        api_deployer_query_results_responses_item_response_timing_type_0 = cls(
            pre_processing=pre_processing,
            predicting=predicting,
            wait=wait,
        )

        api_deployer_query_results_responses_item_response_timing_type_0.additional_properties = d
        return api_deployer_query_results_responses_item_response_timing_type_0

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
