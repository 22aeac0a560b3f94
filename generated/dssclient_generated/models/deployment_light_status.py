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
    from ..models.published_project_basic_info import PublishedProjectBasicInfo


T = TypeVar("T", bound="DeploymentLightStatus")


@_attrs_define
class DeploymentLightStatus:
    """A deployment, its published project and its infrastructure, without health.

    Attributes:
        deployment_basic_info (ProjectDeployerDeploymentBasicInfo | Unset): What a deployment of the project deployer
            deploys where. The official client reads `id`; the other properties are unverified against a real DSS.
        project_basic_info (PublishedProjectBasicInfo | Unset): The identity of a published project. The official client
            reads `id`; `name` is unverified against a real DSS.
        infra_basic_info (ProjectDeployerInfraBasicInfo | Unset): Identifier, stage and policy of an infrastructure of
            the project deployer. The official client reads `id`; `stage` and `governCheckPolicy` are unverified against a
            real DSS.
    """

    deployment_basic_info: ProjectDeployerDeploymentBasicInfo | Unset = UNSET
    project_basic_info: PublishedProjectBasicInfo | Unset = UNSET
    infra_basic_info: ProjectDeployerInfraBasicInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deployment_basic_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deployment_basic_info, Unset):
            deployment_basic_info = self.deployment_basic_info.to_dict()

        project_basic_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_basic_info, Unset):
            project_basic_info = self.project_basic_info.to_dict()

        infra_basic_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.infra_basic_info, Unset):
            infra_basic_info = self.infra_basic_info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deployment_basic_info is not UNSET:
            field_dict["deploymentBasicInfo"] = deployment_basic_info
        if project_basic_info is not UNSET:
            field_dict["projectBasicInfo"] = project_basic_info
        if infra_basic_info is not UNSET:
            field_dict["infraBasicInfo"] = infra_basic_info

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_deployer_deployment_basic_info import (
            ProjectDeployerDeploymentBasicInfo,
        )
        from ..models.project_deployer_infra_basic_info import (
            ProjectDeployerInfraBasicInfo,
        )
        from ..models.published_project_basic_info import PublishedProjectBasicInfo

        d = dict(src_dict)
        _deployment_basic_info = d.pop("deploymentBasicInfo", UNSET)
        deployment_basic_info: ProjectDeployerDeploymentBasicInfo | Unset
        if isinstance(_deployment_basic_info, Unset):
            deployment_basic_info = UNSET
        else:
            deployment_basic_info = ProjectDeployerDeploymentBasicInfo.from_dict(
                _deployment_basic_info
            )

        _project_basic_info = d.pop("projectBasicInfo", UNSET)
        project_basic_info: PublishedProjectBasicInfo | Unset
        if isinstance(_project_basic_info, Unset):
            project_basic_info = UNSET
        else:
            project_basic_info = PublishedProjectBasicInfo.from_dict(
                _project_basic_info
            )

        _infra_basic_info = d.pop("infraBasicInfo", UNSET)
        infra_basic_info: ProjectDeployerInfraBasicInfo | Unset
        if isinstance(_infra_basic_info, Unset):
            infra_basic_info = UNSET
        else:
            infra_basic_info = ProjectDeployerInfraBasicInfo.from_dict(
                _infra_basic_info
            )

        deployment_light_status = cls(
            deployment_basic_info=deployment_basic_info,
            project_basic_info=project_basic_info,
            infra_basic_info=infra_basic_info,
        )

        deployment_light_status.additional_properties = d
        return deployment_light_status

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
