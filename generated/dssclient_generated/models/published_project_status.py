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
    from ..models.published_project_bundle import PublishedProjectBundle


T = TypeVar("T", bound="PublishedProjectStatus")


@_attrs_define
class PublishedProjectStatus:
    """A published project, its bundles and deployments.

    Attributes:
        project_basic_info (PublishedProjectBasicInfo | Unset): The identity of a published project. The official client
            reads `id`; `name` is unverified against a real DSS.
        packages (list[PublishedProjectBundle] | Unset): The published bundles (each with its `id`).
        deployments (list[ProjectDeployerDeploymentBasicInfo] | Unset): Deployments of its bundles (each with `id`,
            `infraId`, `bundleId`).
        infras (list[ProjectDeployerInfraBasicInfo] | Unset): Infrastructures its deployments use.
        can_deploy (bool | Unset): Whether the caller may deploy it.
    """

    project_basic_info: PublishedProjectBasicInfo | Unset = UNSET
    packages: list[PublishedProjectBundle] | Unset = UNSET
    deployments: list[ProjectDeployerDeploymentBasicInfo] | Unset = UNSET
    infras: list[ProjectDeployerInfraBasicInfo] | Unset = UNSET
    can_deploy: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_basic_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project_basic_info, Unset):
            project_basic_info = self.project_basic_info.to_dict()

        packages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.packages, Unset):
            packages = []
            for packages_item_data in self.packages:
                packages_item = packages_item_data.to_dict()
                packages.append(packages_item)

        deployments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deployments, Unset):
            deployments = []
            for deployments_item_data in self.deployments:
                deployments_item = deployments_item_data.to_dict()
                deployments.append(deployments_item)

        infras: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.infras, Unset):
            infras = []
            for infras_item_data in self.infras:
                infras_item = infras_item_data.to_dict()
                infras.append(infras_item)

        can_deploy = self.can_deploy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_basic_info is not UNSET:
            field_dict["projectBasicInfo"] = project_basic_info
        if packages is not UNSET:
            field_dict["packages"] = packages
        if deployments is not UNSET:
            field_dict["deployments"] = deployments
        if infras is not UNSET:
            field_dict["infras"] = infras
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
        from ..models.published_project_basic_info import PublishedProjectBasicInfo
        from ..models.published_project_bundle import PublishedProjectBundle

        d = dict(src_dict)
        _project_basic_info = d.pop("projectBasicInfo", UNSET)
        project_basic_info: PublishedProjectBasicInfo | Unset
        if isinstance(_project_basic_info, Unset):
            project_basic_info = UNSET
        else:
            project_basic_info = PublishedProjectBasicInfo.from_dict(
                _project_basic_info
            )

        _packages = d.pop("packages", UNSET)
        packages: list[PublishedProjectBundle] | Unset = UNSET
        if _packages is not UNSET:
            packages = []
            for packages_item_data in _packages:
                packages_item = PublishedProjectBundle.from_dict(packages_item_data)

                packages.append(packages_item)

        _deployments = d.pop("deployments", UNSET)
        deployments: list[ProjectDeployerDeploymentBasicInfo] | Unset = UNSET
        if _deployments is not UNSET:
            deployments = []
            for deployments_item_data in _deployments:
                deployments_item = ProjectDeployerDeploymentBasicInfo.from_dict(
                    deployments_item_data
                )

                deployments.append(deployments_item)

        _infras = d.pop("infras", UNSET)
        infras: list[ProjectDeployerInfraBasicInfo] | Unset = UNSET
        if _infras is not UNSET:
            infras = []
            for infras_item_data in _infras:
                infras_item = ProjectDeployerInfraBasicInfo.from_dict(infras_item_data)

                infras.append(infras_item)

        can_deploy = d.pop("canDeploy", UNSET)

        published_project_status = cls(
            project_basic_info=project_basic_info,
            packages=packages,
            deployments=deployments,
            infras=infras,
            can_deploy=can_deploy,
        )

        published_project_status.additional_properties = d
        return published_project_status

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
