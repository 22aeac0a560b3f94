from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_node_metrics_services_additional_property_endpoints import (
        ApiNodeMetricsServicesAdditionalPropertyEndpoints,
    )


T = TypeVar("T", bound="ApiNodeMetricsServicesAdditionalProperty")


@_attrs_define
class ApiNodeMetricsServicesAdditionalProperty:
    """One service's counts.

    Attributes:
        endpoints (ApiNodeMetricsServicesAdditionalPropertyEndpoints | Unset): Per endpoint: `requests` and `errors`.
    """

    endpoints: ApiNodeMetricsServicesAdditionalPropertyEndpoints | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoints: dict[str, Any] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = self.endpoints.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_node_metrics_services_additional_property_endpoints import (
            ApiNodeMetricsServicesAdditionalPropertyEndpoints,
        )

        d = dict(src_dict)
        _endpoints = d.pop("endpoints", UNSET)
        endpoints: ApiNodeMetricsServicesAdditionalPropertyEndpoints | Unset
        if isinstance(_endpoints, Unset):
            endpoints = UNSET
        else:
            endpoints = ApiNodeMetricsServicesAdditionalPropertyEndpoints.from_dict(
                _endpoints
            )

        api_node_metrics_services_additional_property = cls(
            endpoints=endpoints,
        )

        api_node_metrics_services_additional_property.additional_properties = d
        return api_node_metrics_services_additional_property

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
