from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_deployer_deployment_light_status_deployment_basic_info import (
        ApiDeployerDeploymentLightStatusDeploymentBasicInfo,
    )
    from ..models.api_deployer_deployment_light_status_service_basic_info import (
        ApiDeployerDeploymentLightStatusServiceBasicInfo,
    )
    from ..models.api_deployer_infra_basic_info import ApiDeployerInfraBasicInfo


T = TypeVar("T", bound="ApiDeployerDeploymentLightStatus")


@_attrs_define
class ApiDeployerDeploymentLightStatus:
    """The light status of a deployment, without its health.

    Attributes:
        deployment_basic_info (ApiDeployerDeploymentLightStatusDeploymentBasicInfo): What the deployment deploys where.
        infra_basic_info (ApiDeployerInfraBasicInfo | Unset): The identity of an infrastructure.
        service_basic_info (ApiDeployerDeploymentLightStatusServiceBasicInfo | Unset): The identity of the published
            service.
        never_ever_deployed (bool | Unset): Whether no update of the deployment ever succeeded.
    """

    deployment_basic_info: ApiDeployerDeploymentLightStatusDeploymentBasicInfo
    infra_basic_info: ApiDeployerInfraBasicInfo | Unset = UNSET
    service_basic_info: ApiDeployerDeploymentLightStatusServiceBasicInfo | Unset = UNSET
    never_ever_deployed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deployment_basic_info = self.deployment_basic_info.to_dict()

        infra_basic_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.infra_basic_info, Unset):
            infra_basic_info = self.infra_basic_info.to_dict()

        service_basic_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.service_basic_info, Unset):
            service_basic_info = self.service_basic_info.to_dict()

        never_ever_deployed = self.never_ever_deployed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deploymentBasicInfo": deployment_basic_info,
            }
        )
        if infra_basic_info is not UNSET:
            field_dict["infraBasicInfo"] = infra_basic_info
        if service_basic_info is not UNSET:
            field_dict["serviceBasicInfo"] = service_basic_info
        if never_ever_deployed is not UNSET:
            field_dict["neverEverDeployed"] = never_ever_deployed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_deployer_deployment_light_status_deployment_basic_info import (
            ApiDeployerDeploymentLightStatusDeploymentBasicInfo,
        )
        from ..models.api_deployer_deployment_light_status_service_basic_info import (
            ApiDeployerDeploymentLightStatusServiceBasicInfo,
        )
        from ..models.api_deployer_infra_basic_info import ApiDeployerInfraBasicInfo

        d = dict(src_dict)
        deployment_basic_info = (
            ApiDeployerDeploymentLightStatusDeploymentBasicInfo.from_dict(
                d.pop("deploymentBasicInfo")
            )
        )

        _infra_basic_info = d.pop("infraBasicInfo", UNSET)
        infra_basic_info: ApiDeployerInfraBasicInfo | Unset
        if isinstance(_infra_basic_info, Unset):
            infra_basic_info = UNSET
        else:
            infra_basic_info = ApiDeployerInfraBasicInfo.from_dict(_infra_basic_info)

        _service_basic_info = d.pop("serviceBasicInfo", UNSET)
        service_basic_info: ApiDeployerDeploymentLightStatusServiceBasicInfo | Unset
        if isinstance(_service_basic_info, Unset):
            service_basic_info = UNSET
        else:
            service_basic_info = (
                ApiDeployerDeploymentLightStatusServiceBasicInfo.from_dict(
                    _service_basic_info
                )
            )

        never_ever_deployed = d.pop("neverEverDeployed", UNSET)

        api_deployer_deployment_light_status = cls(
            deployment_basic_info=deployment_basic_info,
            infra_basic_info=infra_basic_info,
            service_basic_info=service_basic_info,
            never_ever_deployed=never_ever_deployed,
        )

        api_deployer_deployment_light_status.additional_properties = d
        return api_deployer_deployment_light_status

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
