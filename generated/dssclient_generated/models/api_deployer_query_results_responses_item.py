from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_deployer_query_results_responses_item_query import (
        ApiDeployerQueryResultsResponsesItemQuery,
    )
    from ..models.api_deployer_query_results_responses_item_response import (
        ApiDeployerQueryResultsResponsesItemResponse,
    )


T = TypeVar("T", bound="ApiDeployerQueryResultsResponsesItem")


@_attrs_define
class ApiDeployerQueryResultsResponsesItem:
    """A query and the service's answer.

    Attributes:
        query (ApiDeployerQueryResultsResponsesItemQuery | Unset): The query sent.
        ok (bool | Unset): Whether the service answered without error.
        response (ApiDeployerQueryResultsResponsesItemResponse | Unset): The service's answer, as an API node gives it.
    """

    query: ApiDeployerQueryResultsResponsesItemQuery | Unset = UNSET
    ok: bool | Unset = UNSET
    response: ApiDeployerQueryResultsResponsesItemResponse | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query: dict[str, Any] | Unset = UNSET
        if not isinstance(self.query, Unset):
            query = self.query.to_dict()

        ok = self.ok

        response: dict[str, Any] | Unset = UNSET
        if not isinstance(self.response, Unset):
            response = self.response.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if query is not UNSET:
            field_dict["query"] = query
        if ok is not UNSET:
            field_dict["ok"] = ok
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_deployer_query_results_responses_item_query import (
            ApiDeployerQueryResultsResponsesItemQuery,
        )
        from ..models.api_deployer_query_results_responses_item_response import (
            ApiDeployerQueryResultsResponsesItemResponse,
        )

        d = dict(src_dict)
        _query = d.pop("query", UNSET)
        query: ApiDeployerQueryResultsResponsesItemQuery | Unset
        if isinstance(_query, Unset):
            query = UNSET
        else:
            query = ApiDeployerQueryResultsResponsesItemQuery.from_dict(_query)

        ok = d.pop("ok", UNSET)

        _response = d.pop("response", UNSET)
        response: ApiDeployerQueryResultsResponsesItemResponse | Unset
        if isinstance(_response, Unset):
            response = UNSET
        else:
            response = ApiDeployerQueryResultsResponsesItemResponse.from_dict(_response)

        api_deployer_query_results_responses_item = cls(
            query=query,
            ok=ok,
            response=response,
        )

        api_deployer_query_results_responses_item.additional_properties = d
        return api_deployer_query_results_responses_item

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
