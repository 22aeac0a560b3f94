from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiDeployerQueryResultsResponsesItemResponseApiContextType0")


@_attrs_define
class ApiDeployerQueryResultsResponsesItemResponseApiContextType0:
    """The service, endpoint and generation that answered (unverified).

    Attributes:
        service_id (None | str | Unset): The API service.
        endpoint_id (None | str | Unset): The endpoint.
        service_generation (None | str | Unset): The generation (version) of the service.
    """

    service_id: None | str | Unset = UNSET
    endpoint_id: None | str | Unset = UNSET
    service_generation: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id: None | str | Unset
        if isinstance(self.service_id, Unset):
            service_id = UNSET
        else:
            service_id = self.service_id

        endpoint_id: None | str | Unset
        if isinstance(self.endpoint_id, Unset):
            endpoint_id = UNSET
        else:
            endpoint_id = self.endpoint_id

        service_generation: None | str | Unset
        if isinstance(self.service_generation, Unset):
            service_generation = UNSET
        else:
            service_generation = self.service_generation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if service_id is not UNSET:
            field_dict["serviceId"] = service_id
        if endpoint_id is not UNSET:
            field_dict["endpointId"] = endpoint_id
        if service_generation is not UNSET:
            field_dict["serviceGeneration"] = service_generation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_service_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_id = _parse_service_id(d.pop("serviceId", UNSET))

        def _parse_endpoint_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        endpoint_id = _parse_endpoint_id(d.pop("endpointId", UNSET))

        def _parse_service_generation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_generation = _parse_service_generation(
            d.pop("serviceGeneration", UNSET)
        )

        api_deployer_query_results_responses_item_response_api_context_type_0 = cls(
            service_id=service_id,
            endpoint_id=endpoint_id,
            service_generation=service_generation,
        )

        api_deployer_query_results_responses_item_response_api_context_type_0.additional_properties = d
        return api_deployer_query_results_responses_item_response_api_context_type_0

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
