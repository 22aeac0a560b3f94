from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_deployer_info_messages import ApiDeployerInfoMessages


T = TypeVar("T", bound="DeploymentHeavyStatus")


@_attrs_define
class DeploymentHeavyStatus:
    """A deployment's health.

    Attributes:
        health (str | Unset): `UNKNOWN`, `ERROR`, `WARNING`, `HEALTHY`, `UNHEALTHY` or `OUT_OF_SYNC`.
        health_messages (ApiDeployerInfoMessages | Unset): DSS's list of messages about an object, with their worst
            severity.
        deployed_bundle_id (str | Unset): The bundle deployed by the last successful update.
    """

    health: str | Unset = UNSET
    health_messages: ApiDeployerInfoMessages | Unset = UNSET
    deployed_bundle_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        health = self.health

        health_messages: dict[str, Any] | Unset = UNSET
        if not isinstance(self.health_messages, Unset):
            health_messages = self.health_messages.to_dict()

        deployed_bundle_id = self.deployed_bundle_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if health is not UNSET:
            field_dict["health"] = health
        if health_messages is not UNSET:
            field_dict["healthMessages"] = health_messages
        if deployed_bundle_id is not UNSET:
            field_dict["deployedBundleId"] = deployed_bundle_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_deployer_info_messages import ApiDeployerInfoMessages

        d = dict(src_dict)
        health = d.pop("health", UNSET)

        _health_messages = d.pop("healthMessages", UNSET)
        health_messages: ApiDeployerInfoMessages | Unset
        if isinstance(_health_messages, Unset):
            health_messages = UNSET
        else:
            health_messages = ApiDeployerInfoMessages.from_dict(_health_messages)

        deployed_bundle_id = d.pop("deployedBundleId", UNSET)

        deployment_heavy_status = cls(
            health=health,
            health_messages=health_messages,
            deployed_bundle_id=deployed_bundle_id,
        )

        deployment_heavy_status.additional_properties = d
        return deployment_heavy_status

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
