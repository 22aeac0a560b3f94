from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_service_endpoint_summary import ApiServiceEndpointSummary


T = TypeVar("T", bound="ApiServiceListItem")


@_attrs_define
class ApiServiceListItem:
    """An API service as `listApiServices` answers it.

    Attributes:
        project_key (str): Key of the project the service is designed in.
        id (str): Identifier of the service.
        name (str | Unset): Display name.
        auth_method (str | Unset): How queries authenticate; `PUBLIC` (not at all), `API_KEYS` or `OAUTH2`.
        public_access (bool | Unset): Whether queries need no authentication.
        endpoints (list[ApiServiceEndpointSummary] | Unset): The service's endpoints.
    """

    project_key: str
    id: str
    name: str | Unset = UNSET
    auth_method: str | Unset = UNSET
    public_access: bool | Unset = UNSET
    endpoints: list[ApiServiceEndpointSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_key = self.project_key

        id = self.id

        name = self.name

        auth_method = self.auth_method

        public_access = self.public_access

        endpoints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = []
            for endpoints_item_data in self.endpoints:
                endpoints_item = endpoints_item_data.to_dict()
                endpoints.append(endpoints_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectKey": project_key,
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if auth_method is not UNSET:
            field_dict["authMethod"] = auth_method
        if public_access is not UNSET:
            field_dict["publicAccess"] = public_access
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_service_endpoint_summary import ApiServiceEndpointSummary

        d = dict(src_dict)
        project_key = d.pop("projectKey")

        id = d.pop("id")

        name = d.pop("name", UNSET)

        auth_method = d.pop("authMethod", UNSET)

        public_access = d.pop("publicAccess", UNSET)

        _endpoints = d.pop("endpoints", UNSET)
        endpoints: list[ApiServiceEndpointSummary] | Unset = UNSET
        if _endpoints is not UNSET:
            endpoints = []
            for endpoints_item_data in _endpoints:
                endpoints_item = ApiServiceEndpointSummary.from_dict(
                    endpoints_item_data
                )

                endpoints.append(endpoints_item)

        api_service_list_item = cls(
            project_key=project_key,
            id=id,
            name=name,
            auth_method=auth_method,
            public_access=public_access,
            endpoints=endpoints,
        )

        api_service_list_item.additional_properties = d
        return api_service_list_item

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
