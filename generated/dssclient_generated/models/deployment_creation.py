from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentCreation")


@_attrs_define
class DeploymentCreation:
    """A new deployment.

    Attributes:
        deployment_id (str): Identifier of the deployment.
        published_project_key (str): Published project whose bundle is deployed.
        infra_id (str): Infrastructure to deploy on.
        bundle_id (str): Bundle to deploy.
        deployed_project_key (None | str | Unset): Key of the project on the automation node (the published project's
            key when absent).
        project_folder_id (None | str | Unset): Project folder of the automation node to deploy into.
    """

    deployment_id: str
    published_project_key: str
    infra_id: str
    bundle_id: str
    deployed_project_key: None | str | Unset = UNSET
    project_folder_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deployment_id = self.deployment_id

        published_project_key = self.published_project_key

        infra_id = self.infra_id

        bundle_id = self.bundle_id

        deployed_project_key: None | str | Unset
        if isinstance(self.deployed_project_key, Unset):
            deployed_project_key = UNSET
        else:
            deployed_project_key = self.deployed_project_key

        project_folder_id: None | str | Unset
        if isinstance(self.project_folder_id, Unset):
            project_folder_id = UNSET
        else:
            project_folder_id = self.project_folder_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deploymentId": deployment_id,
                "publishedProjectKey": published_project_key,
                "infraId": infra_id,
                "bundleId": bundle_id,
            }
        )
        if deployed_project_key is not UNSET:
            field_dict["deployedProjectKey"] = deployed_project_key
        if project_folder_id is not UNSET:
            field_dict["projectFolderId"] = project_folder_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        deployment_id = d.pop("deploymentId")

        published_project_key = d.pop("publishedProjectKey")

        infra_id = d.pop("infraId")

        bundle_id = d.pop("bundleId")

        def _parse_deployed_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deployed_project_key = _parse_deployed_project_key(
            d.pop("deployedProjectKey", UNSET)
        )

        def _parse_project_folder_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_folder_id = _parse_project_folder_id(d.pop("projectFolderId", UNSET))

        deployment_creation = cls(
            deployment_id=deployment_id,
            published_project_key=published_project_key,
            infra_id=infra_id,
            bundle_id=bundle_id,
            deployed_project_key=deployed_project_key,
            project_folder_id=project_folder_id,
        )

        deployment_creation.additional_properties = d
        return deployment_creation

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
