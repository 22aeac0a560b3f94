from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_deployer_deployment_heavy_status_api_nodes_item import (
        ApiDeployerDeploymentHeavyStatusApiNodesItem,
    )
    from ..models.api_deployer_info_messages import ApiDeployerInfoMessages
    from ..models.api_service_endpoint_summary import ApiServiceEndpointSummary


T = TypeVar("T", bound="ApiDeployerDeploymentHeavyStatus")


@_attrs_define
class ApiDeployerDeploymentHeavyStatus:
    """The heavy status of a deployment, with its health.

    Attributes:
        health (str): `HEALTHY`, `WARNING`, `OUT_OF_SYNC`, `UNHEALTHY`, `ERROR` or `UNKNOWN`.
        health_messages (ApiDeployerInfoMessages): DSS's list of messages about an object, with their worst severity.
        endpoints (list[ApiServiceEndpointSummary] | Unset): The endpoints the deployment serves.
        api_nodes (list[ApiDeployerDeploymentHeavyStatusApiNodesItem] | Unset): The API nodes serving the deployment
            (STATIC infrastructures), with their health.
        public_url (str | Unset): Base URL the deployment answers at (other infrastructures), once deployed.
    """

    health: str
    health_messages: ApiDeployerInfoMessages
    endpoints: list[ApiServiceEndpointSummary] | Unset = UNSET
    api_nodes: list[ApiDeployerDeploymentHeavyStatusApiNodesItem] | Unset = UNSET
    public_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        health = self.health

        health_messages = self.health_messages.to_dict()

        endpoints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.endpoints, Unset):
            endpoints = []
            for endpoints_item_data in self.endpoints:
                endpoints_item = endpoints_item_data.to_dict()
                endpoints.append(endpoints_item)

        api_nodes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.api_nodes, Unset):
            api_nodes = []
            for api_nodes_item_data in self.api_nodes:
                api_nodes_item = api_nodes_item_data.to_dict()
                api_nodes.append(api_nodes_item)

        public_url = self.public_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "health": health,
                "healthMessages": health_messages,
            }
        )
        if endpoints is not UNSET:
            field_dict["endpoints"] = endpoints
        if api_nodes is not UNSET:
            field_dict["apiNodes"] = api_nodes
        if public_url is not UNSET:
            field_dict["publicURL"] = public_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_deployer_deployment_heavy_status_api_nodes_item import (
            ApiDeployerDeploymentHeavyStatusApiNodesItem,
        )
        from ..models.api_deployer_info_messages import ApiDeployerInfoMessages
        from ..models.api_service_endpoint_summary import ApiServiceEndpointSummary

        d = dict(src_dict)
        health = d.pop("health")

        health_messages = ApiDeployerInfoMessages.from_dict(d.pop("healthMessages"))

        _endpoints = d.pop("endpoints", UNSET)
        endpoints: list[ApiServiceEndpointSummary] | Unset = UNSET
        if _endpoints is not UNSET:
            endpoints = []
            for endpoints_item_data in _endpoints:
                endpoints_item = ApiServiceEndpointSummary.from_dict(
                    endpoints_item_data
                )

                endpoints.append(endpoints_item)

        _api_nodes = d.pop("apiNodes", UNSET)
        api_nodes: list[ApiDeployerDeploymentHeavyStatusApiNodesItem] | Unset = UNSET
        if _api_nodes is not UNSET:
            api_nodes = []
            for api_nodes_item_data in _api_nodes:
                api_nodes_item = ApiDeployerDeploymentHeavyStatusApiNodesItem.from_dict(
                    api_nodes_item_data
                )

                api_nodes.append(api_nodes_item)

        public_url = d.pop("publicURL", UNSET)

        api_deployer_deployment_heavy_status = cls(
            health=health,
            health_messages=health_messages,
            endpoints=endpoints,
            api_nodes=api_nodes,
            public_url=public_url,
        )

        api_deployer_deployment_heavy_status.additional_properties = d
        return api_deployer_deployment_heavy_status

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
