from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiNodeApiContext")


@_attrs_define
class ApiNodeApiContext:
    """Which service, endpoint and generation answered.

    Attributes:
        service_id (str | Unset): Identifier of the service.
        endpoint_id (str | Unset): Identifier of the endpoint.
        service_generation (str | Unset): The generation (package version) that answered.
    """

    service_id: str | Unset = UNSET
    endpoint_id: str | Unset = UNSET
    service_generation: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        endpoint_id = self.endpoint_id

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
        service_id = d.pop("serviceId", UNSET)

        endpoint_id = d.pop("endpointId", UNSET)

        service_generation = d.pop("serviceGeneration", UNSET)

        api_node_api_context = cls(
            service_id=service_id,
            endpoint_id=endpoint_id,
            service_generation=service_generation,
        )

        api_node_api_context.additional_properties = d
        return api_node_api_context

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
