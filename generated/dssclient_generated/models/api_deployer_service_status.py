from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_deployer_deployment_ref import ApiDeployerDeploymentRef
    from ..models.api_deployer_service_status_service_basic_info import (
        ApiDeployerServiceStatusServiceBasicInfo,
    )
    from ..models.api_deployer_service_version import ApiDeployerServiceVersion


T = TypeVar("T", bound="ApiDeployerServiceStatus")


@_attrs_define
class ApiDeployerServiceStatus:
    """The light status of a published service.

    Attributes:
        service_basic_info (ApiDeployerServiceStatusServiceBasicInfo): The identity of the published service.
        packages (list[ApiDeployerServiceVersion]): Its versions, oldest first.
        deployments (list[ApiDeployerDeploymentRef]): The deployments of its versions, on every infrastructure.
        can_write (bool | Unset): Whether the caller may change it.
    """

    service_basic_info: ApiDeployerServiceStatusServiceBasicInfo
    packages: list[ApiDeployerServiceVersion]
    deployments: list[ApiDeployerDeploymentRef]
    can_write: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_basic_info = self.service_basic_info.to_dict()

        packages = []
        for packages_item_data in self.packages:
            packages_item = packages_item_data.to_dict()
            packages.append(packages_item)

        deployments = []
        for deployments_item_data in self.deployments:
            deployments_item = deployments_item_data.to_dict()
            deployments.append(deployments_item)

        can_write = self.can_write

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serviceBasicInfo": service_basic_info,
                "packages": packages,
                "deployments": deployments,
            }
        )
        if can_write is not UNSET:
            field_dict["canWrite"] = can_write

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_deployer_deployment_ref import ApiDeployerDeploymentRef
        from ..models.api_deployer_service_status_service_basic_info import (
            ApiDeployerServiceStatusServiceBasicInfo,
        )
        from ..models.api_deployer_service_version import ApiDeployerServiceVersion

        d = dict(src_dict)
        service_basic_info = ApiDeployerServiceStatusServiceBasicInfo.from_dict(
            d.pop("serviceBasicInfo")
        )

        packages = []
        _packages = d.pop("packages")
        for packages_item_data in _packages:
            packages_item = ApiDeployerServiceVersion.from_dict(packages_item_data)

            packages.append(packages_item)

        deployments = []
        _deployments = d.pop("deployments")
        for deployments_item_data in _deployments:
            deployments_item = ApiDeployerDeploymentRef.from_dict(deployments_item_data)

            deployments.append(deployments_item)

        can_write = d.pop("canWrite", UNSET)

        api_deployer_service_status = cls(
            service_basic_info=service_basic_info,
            packages=packages,
            deployments=deployments,
            can_write=can_write,
        )

        api_deployer_service_status.additional_properties = d
        return api_deployer_service_status

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
