from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_deployer_deployment_basic_info import (
        ProjectDeployerDeploymentBasicInfo,
    )
    from ..models.project_deployer_infra_basic_info import ProjectDeployerInfraBasicInfo


T = TypeVar("T", bound="DeployerInfraStatus")


@_attrs_define
class DeployerInfraStatus:
    """An infrastructure and its deployments.

    Attributes:
        infra_basic_info (ProjectDeployerInfraBasicInfo | Unset): Identifier, stage and policy of an infrastructure of
            the project deployer. The official client reads `id`; `stage` and `governCheckPolicy` are unverified against a
            real DSS.
        deployments (list[ProjectDeployerDeploymentBasicInfo] | Unset): Deployments on the infrastructure (each with its
            `id`).
        can_deploy (bool | Unset): Whether the caller may deploy on it.
    """

    infra_basic_info: ProjectDeployerInfraBasicInfo | Unset = UNSET
    deployments: list[ProjectDeployerDeploymentBasicInfo] | Unset = UNSET
    can_deploy: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        infra_basic_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.infra_basic_info, Unset):
            infra_basic_info = self.infra_basic_info.to_dict()

        deployments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deployments, Unset):
            deployments = []
            for deployments_item_data in self.deployments:
                deployments_item = deployments_item_data.to_dict()
                deployments.append(deployments_item)

        can_deploy = self.can_deploy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if infra_basic_info is not UNSET:
            field_dict["infraBasicInfo"] = infra_basic_info
        if deployments is not UNSET:
            field_dict["deployments"] = deployments
        if can_deploy is not UNSET:
            field_dict["canDeploy"] = can_deploy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_deployer_deployment_basic_info import (
            ProjectDeployerDeploymentBasicInfo,
        )
        from ..models.project_deployer_infra_basic_info import (
            ProjectDeployerInfraBasicInfo,
        )

        d = dict(src_dict)
        _infra_basic_info = d.pop("infraBasicInfo", UNSET)
        infra_basic_info: ProjectDeployerInfraBasicInfo | Unset
        if isinstance(_infra_basic_info, Unset):
            infra_basic_info = UNSET
        else:
            infra_basic_info = ProjectDeployerInfraBasicInfo.from_dict(
                _infra_basic_info
            )

        _deployments = d.pop("deployments", UNSET)
        deployments: list[ProjectDeployerDeploymentBasicInfo] | Unset = UNSET
        if _deployments is not UNSET:
            deployments = []
            for deployments_item_data in _deployments:
                deployments_item = ProjectDeployerDeploymentBasicInfo.from_dict(
                    deployments_item_data
                )

                deployments.append(deployments_item)

        can_deploy = d.pop("canDeploy", UNSET)

        deployer_infra_status = cls(
            infra_basic_info=infra_basic_info,
            deployments=deployments,
            can_deploy=can_deploy,
        )

        deployer_infra_status.additional_properties = d
        return deployer_infra_status

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
