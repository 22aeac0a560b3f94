from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiDeployerDeploymentHeavyStatusApiNodesItem")


@_attrs_define
class ApiDeployerDeploymentHeavyStatusApiNodesItem:
    """One API node.

    Attributes:
        url (str): Base URL of the API node.
        health (str | Unset): Health of the service on this node.
    """

    url: str
    health: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        health = self.health

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "url": url,
            }
        )
        if health is not UNSET:
            field_dict["health"] = health

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        url = d.pop("url")

        health = d.pop("health", UNSET)

        api_deployer_deployment_heavy_status_api_nodes_item = cls(
            url=url,
            health=health,
        )

        api_deployer_deployment_heavy_status_api_nodes_item.additional_properties = d
        return api_deployer_deployment_heavy_status_api_nodes_item

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
