from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentLightStatusDeploymentBasicInfo")


@_attrs_define
class DeploymentLightStatusDeploymentBasicInfo:
    """Identifier, published project, infrastructure and bundle of the deployment.

    Attributes:
        id (None | str | Unset): Identifier of the deployment.
        published_project_key (None | str | Unset): The published project.
        infra_id (None | str | Unset): The infrastructure.
        bundle_id (None | str | Unset): The bundle deployed.
        deployed_project_key (None | str | Unset): Key of the project on the automation node.
    """

    id: None | str | Unset = UNSET
    published_project_key: None | str | Unset = UNSET
    infra_id: None | str | Unset = UNSET
    bundle_id: None | str | Unset = UNSET
    deployed_project_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        published_project_key: None | str | Unset
        if isinstance(self.published_project_key, Unset):
            published_project_key = UNSET
        else:
            published_project_key = self.published_project_key

        infra_id: None | str | Unset
        if isinstance(self.infra_id, Unset):
            infra_id = UNSET
        else:
            infra_id = self.infra_id

        bundle_id: None | str | Unset
        if isinstance(self.bundle_id, Unset):
            bundle_id = UNSET
        else:
            bundle_id = self.bundle_id

        deployed_project_key: None | str | Unset
        if isinstance(self.deployed_project_key, Unset):
            deployed_project_key = UNSET
        else:
            deployed_project_key = self.deployed_project_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
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

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_published_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        published_project_key = _parse_published_project_key(
            d.pop("publishedProjectKey", UNSET)
        )

        def _parse_infra_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        infra_id = _parse_infra_id(d.pop("infraId", UNSET))

        def _parse_bundle_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bundle_id = _parse_bundle_id(d.pop("bundleId", UNSET))

        def _parse_deployed_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        deployed_project_key = _parse_deployed_project_key(
            d.pop("deployedProjectKey", UNSET)
        )

        deployment_light_status_deployment_basic_info = cls(
            id=id,
            published_project_key=published_project_key,
            infra_id=infra_id,
            bundle_id=bundle_id,
            deployed_project_key=deployed_project_key,
        )

        deployment_light_status_deployment_basic_info.additional_properties = d
        return deployment_light_status_deployment_basic_info

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
