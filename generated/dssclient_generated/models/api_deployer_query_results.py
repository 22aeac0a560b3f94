from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_deployer_query_results_responses_item import (
        ApiDeployerQueryResultsResponsesItem,
    )


T = TypeVar("T", bound="ApiDeployerQueryResults")


@_attrs_define
class ApiDeployerQueryResults:
    """The answers of queries sent to a deployment through the deployer.

    Attributes:
        deployment_id (str | Unset): The deployment queried.
        endpoint_id (str | Unset): The endpoint queried.
        responses (list[ApiDeployerQueryResultsResponsesItem] | Unset): One answer per query, in order.
    """

    deployment_id: str | Unset = UNSET
    endpoint_id: str | Unset = UNSET
    responses: list[ApiDeployerQueryResultsResponsesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deployment_id = self.deployment_id

        endpoint_id = self.endpoint_id

        responses: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.responses, Unset):
            responses = []
            for responses_item_data in self.responses:
                responses_item = responses_item_data.to_dict()
                responses.append(responses_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deployment_id is not UNSET:
            field_dict["deploymentId"] = deployment_id
        if endpoint_id is not UNSET:
            field_dict["endpointId"] = endpoint_id
        if responses is not UNSET:
            field_dict["responses"] = responses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_deployer_query_results_responses_item import (
            ApiDeployerQueryResultsResponsesItem,
        )

        d = dict(src_dict)
        deployment_id = d.pop("deploymentId", UNSET)

        endpoint_id = d.pop("endpointId", UNSET)

        _responses = d.pop("responses", UNSET)
        responses: list[ApiDeployerQueryResultsResponsesItem] | Unset = UNSET
        if _responses is not UNSET:
            responses = []
            for responses_item_data in _responses:
                responses_item = ApiDeployerQueryResultsResponsesItem.from_dict(
                    responses_item_data
                )

                responses.append(responses_item)

        api_deployer_query_results = cls(
            deployment_id=deployment_id,
            endpoint_id=endpoint_id,
            responses=responses,
        )

        api_deployer_query_results.additional_properties = d
        return api_deployer_query_results

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
