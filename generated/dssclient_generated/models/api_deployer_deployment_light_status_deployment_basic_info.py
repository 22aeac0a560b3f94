from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_deployer_generations_mapping import ApiDeployerGenerationsMapping


T = TypeVar("T", bound="ApiDeployerDeploymentLightStatusDeploymentBasicInfo")


@_attrs_define
class ApiDeployerDeploymentLightStatusDeploymentBasicInfo:
    """What the deployment deploys where.

    Attributes:
        id (str): Identifier of the deployment.
        type_ (str | Unset): Kind of deployment (`API_SERVICE`).
        published_service_id (str | Unset): The published service deployed.
        deployed_service_id (str | Unset): The identifier the service answers under on the infrastructure.
        infra_id (str | Unset): The infrastructure deployed on.
        enabled (bool | Unset): Whether the deployment is enabled.
        generations_mapping (ApiDeployerGenerationsMapping | Unset): Which versions ("generations") of the published
            service a deployment
            serves: `{"mode": "SINGLE_GENERATION", "generation": <version>}`, or a
            mode splitting queries between `entries` (each with a `generation`).
        endpoint_id (str | Unset): The endpoint deployed, on a Deploy Anywhere infrastructure.
    """

    id: str
    type_: str | Unset = UNSET
    published_service_id: str | Unset = UNSET
    deployed_service_id: str | Unset = UNSET
    infra_id: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    generations_mapping: ApiDeployerGenerationsMapping | Unset = UNSET
    endpoint_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        published_service_id = self.published_service_id

        deployed_service_id = self.deployed_service_id

        infra_id = self.infra_id

        enabled = self.enabled

        generations_mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.generations_mapping, Unset):
            generations_mapping = self.generations_mapping.to_dict()

        endpoint_id = self.endpoint_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if published_service_id is not UNSET:
            field_dict["publishedServiceId"] = published_service_id
        if deployed_service_id is not UNSET:
            field_dict["deployedServiceId"] = deployed_service_id
        if infra_id is not UNSET:
            field_dict["infraId"] = infra_id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if generations_mapping is not UNSET:
            field_dict["generationsMapping"] = generations_mapping
        if endpoint_id is not UNSET:
            field_dict["endpointId"] = endpoint_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_deployer_generations_mapping import (
            ApiDeployerGenerationsMapping,
        )

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type", UNSET)

        published_service_id = d.pop("publishedServiceId", UNSET)

        deployed_service_id = d.pop("deployedServiceId", UNSET)

        infra_id = d.pop("infraId", UNSET)

        enabled = d.pop("enabled", UNSET)

        _generations_mapping = d.pop("generationsMapping", UNSET)
        generations_mapping: ApiDeployerGenerationsMapping | Unset
        if isinstance(_generations_mapping, Unset):
            generations_mapping = UNSET
        else:
            generations_mapping = ApiDeployerGenerationsMapping.from_dict(
                _generations_mapping
            )

        endpoint_id = d.pop("endpointId", UNSET)

        api_deployer_deployment_light_status_deployment_basic_info = cls(
            id=id,
            type_=type_,
            published_service_id=published_service_id,
            deployed_service_id=deployed_service_id,
            infra_id=infra_id,
            enabled=enabled,
            generations_mapping=generations_mapping,
            endpoint_id=endpoint_id,
        )

        api_deployer_deployment_light_status_deployment_basic_info.additional_properties = d
        return api_deployer_deployment_light_status_deployment_basic_info

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
