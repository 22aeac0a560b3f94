from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_deployer_service_version_design_node_info import (
        ApiDeployerServiceVersionDesignNodeInfo,
    )
    from ..models.api_service_endpoint_summary import ApiServiceEndpointSummary


T = TypeVar("T", bound="ApiDeployerServiceVersion")


@_attrs_define
class ApiDeployerServiceVersion:
    """A version of a published service.

    Attributes:
        id (str): Identifier of the version.
        published_on (int | Unset): When it was published or imported, in milliseconds since the Unix epoch.
        published_by (str | Unset): Login of the user who published it.
        design_node_info (ApiDeployerServiceVersionDesignNodeInfo | Unset): Where the version was designed
            (`projectKey`, `serviceId`).
        endpoints (list[ApiServiceEndpointSummary] | Unset): The endpoints of the version.
    """

    id: str
    published_on: int | Unset = UNSET
    published_by: str | Unset = UNSET
    design_node_info: ApiDeployerServiceVersionDesignNodeInfo | Unset = UNSET
    endpoints: list[ApiServiceEndpointSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        published_on = self.published_on

        published_by = self.published_by

        design_node_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.design_node_info, Unset):
            design_node_info = self.design_node_info.to_dict()

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
                "id": id,
            }
        )
        if published_on is not UNSET:
            field_dict["publishedOn"] = published_on
        if published_by is not UNSET:
            field_dict["publishedBy"] = published_by
        if design_node_info is not UNSET:
            field_dict["designNodeInfo"] = design_node_info
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_deployer_service_version_design_node_info import (
            ApiDeployerServiceVersionDesignNodeInfo,
        )
        from ..models.api_service_endpoint_summary import ApiServiceEndpointSummary

        d = dict(src_dict)
        id = d.pop("id")

        published_on = d.pop("publishedOn", UNSET)

        published_by = d.pop("publishedBy", UNSET)

        _design_node_info = d.pop("designNodeInfo", UNSET)
        design_node_info: ApiDeployerServiceVersionDesignNodeInfo | Unset
        if isinstance(_design_node_info, Unset):
            design_node_info = UNSET
        else:
            design_node_info = ApiDeployerServiceVersionDesignNodeInfo.from_dict(
                _design_node_info
            )

        _endpoints = d.pop("endpoints", UNSET)
        endpoints: list[ApiServiceEndpointSummary] | Unset = UNSET
        if _endpoints is not UNSET:
            endpoints = []
            for endpoints_item_data in _endpoints:
                endpoints_item = ApiServiceEndpointSummary.from_dict(
                    endpoints_item_data
                )

                endpoints.append(endpoints_item)

        api_deployer_service_version = cls(
            id=id,
            published_on=published_on,
            published_by=published_by,
            design_node_info=design_node_info,
            endpoints=endpoints,
        )

        api_deployer_service_version.additional_properties = d
        return api_deployer_service_version

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
