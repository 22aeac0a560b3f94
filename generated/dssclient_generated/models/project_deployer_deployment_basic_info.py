from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectDeployerDeploymentBasicInfo")


@_attrs_define
class ProjectDeployerDeploymentBasicInfo:
    """What a deployment of the project deployer deploys where. The official client reads `id`; the other properties are
    unverified against a real DSS.

        Attributes:
            id (str): Identifier of the deployment.
            published_project_key (str | Unset): The published project whose bundle it deploys.
            infra_id (str | Unset): The infrastructure it deploys on.
            bundle_id (str | Unset): The bundle it deploys.
            deployed_project_key (str | Unset): Key of the project on the automation node.
    """

    id: str
    published_project_key: str | Unset = UNSET
    infra_id: str | Unset = UNSET
    bundle_id: str | Unset = UNSET
    deployed_project_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        published_project_key = self.published_project_key

        infra_id = self.infra_id

        bundle_id = self.bundle_id

        deployed_project_key = self.deployed_project_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if published_project_key is not UNSET:
            field_dict["publishedProjectKey"] = published_project_key
        if infra_id is not UNSET:
            field_dict["infraId"] = infra_id
        if bundle_id is not UNSET:
            field_dict["bundleId"] = bundle_id
        if deployed_project_key is not UNSET:
            field_dict["deployedProjectKey"] = deployed_project_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        published_project_key = d.pop("publishedProjectKey", UNSET)

        infra_id = d.pop("infraId", UNSET)

        bundle_id = d.pop("bundleId", UNSET)

        deployed_project_key = d.pop("deployedProjectKey", UNSET)

        project_deployer_deployment_basic_info = cls(
            id=id,
            published_project_key=published_project_key,
            infra_id=infra_id,
            bundle_id=bundle_id,
            deployed_project_key=deployed_project_key,
        )

        project_deployer_deployment_basic_info.additional_properties = d
        return project_deployer_deployment_basic_info

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
