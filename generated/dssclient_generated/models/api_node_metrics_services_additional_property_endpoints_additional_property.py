from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar(
    "T", bound="ApiNodeMetricsServicesAdditionalPropertyEndpointsAdditionalProperty"
)


@_attrs_define
class ApiNodeMetricsServicesAdditionalPropertyEndpointsAdditionalProperty:
    """One endpoint's counts.

    Attributes:
        requests (int | Unset): Queries answered.
        errors (int | Unset): Queries that failed.
    """

    requests: int | Unset = UNSET
    errors: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        requests = self.requests

        errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if requests is not UNSET:
            field_dict["requests"] = requests
        if errors is not UNSET:
            field_dict["errors"] = errors

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        requests = d.pop("requests", UNSET)

        errors = d.pop("errors", UNSET)

        api_node_metrics_services_additional_property_endpoints_additional_property = (
            cls(
                requests=requests,
                errors=errors,
            )
        )

        api_node_metrics_services_additional_property_endpoints_additional_property.additional_properties = d
        return (
            api_node_metrics_services_additional_property_endpoints_additional_property
        )

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
