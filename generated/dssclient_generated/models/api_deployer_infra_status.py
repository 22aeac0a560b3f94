from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_deployer_deployment_ref import ApiDeployerDeploymentRef
    from ..models.api_deployer_infra_basic_info import ApiDeployerInfraBasicInfo


T = TypeVar("T", bound="ApiDeployerInfraStatus")


@_attrs_define
class ApiDeployerInfraStatus:
    """The light status of an infrastructure.

    Attributes:
        infra_basic_info (ApiDeployerInfraBasicInfo): The identity of an infrastructure.
        deployments (list[ApiDeployerDeploymentRef]): The deployments on the infrastructure.
        is_admin (bool | Unset): Whether the caller administers the infrastructure.
        can_deploy (bool | Unset): Whether the caller may deploy on it.
    """

    infra_basic_info: ApiDeployerInfraBasicInfo
    deployments: list[ApiDeployerDeploymentRef]
    is_admin: bool | Unset = UNSET
    can_deploy: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        infra_basic_info = self.infra_basic_info.to_dict()

        deployments = []
        for deployments_item_data in self.deployments:
            deployments_item = deployments_item_data.to_dict()
            deployments.append(deployments_item)

        is_admin = self.is_admin

        can_deploy = self.can_deploy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "infraBasicInfo": infra_basic_info,
                "deployments": deployments,
            }
        )
        if is_admin is not UNSET:
            field_dict["isAdmin"] = is_admin
        if can_deploy is not UNSET:
            field_dict["canDeploy"] = can_deploy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_deployer_deployment_ref import ApiDeployerDeploymentRef
        from ..models.api_deployer_infra_basic_info import ApiDeployerInfraBasicInfo

        d = dict(src_dict)
        infra_basic_info = ApiDeployerInfraBasicInfo.from_dict(d.pop("infraBasicInfo"))

        deployments = []
        _deployments = d.pop("deployments")
        for deployments_item_data in _deployments:
            deployments_item = ApiDeployerDeploymentRef.from_dict(deployments_item_data)

            deployments.append(deployments_item)

        is_admin = d.pop("isAdmin", UNSET)

        can_deploy = d.pop("canDeploy", UNSET)

        api_deployer_infra_status = cls(
            infra_basic_info=infra_basic_info,
            deployments=deployments,
            is_admin=is_admin,
            can_deploy=can_deploy,
        )

        api_deployer_infra_status.additional_properties = d
        return api_deployer_infra_status

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
