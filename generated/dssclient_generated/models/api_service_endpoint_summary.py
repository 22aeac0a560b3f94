from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ApiServiceEndpointSummary")


@_attrs_define
class ApiServiceEndpointSummary:
    """An endpoint of an API service, as listings show it.

    Attributes:
        id (str): Identifier of the endpoint, unique in the service.
        type_ (str): Type of endpoint: `STD_PREDICTION`, `STD_MULTITARGET_PREDICTION`,
            `STD_CLUSTERING`, `STD_FORECAST`, `STD_CAUSAL_PREDICTION`,
            `CUSTOM_PREDICTION`, `CUSTOM_R_PREDICTION`, `R_FUNCTION`,
            `PY_FUNCTION`, `DATASETS_LOOKUP`, `SQL_QUERY`, ...
    """

    id: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        api_service_endpoint_summary = cls(
            id=id,
            type_=type_,
        )

        api_service_endpoint_summary.additional_properties = d
        return api_service_endpoint_summary

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
