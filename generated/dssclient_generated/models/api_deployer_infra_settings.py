from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_deployer_infra_settings_api_nodes_type_0_item import (
        ApiDeployerInfraSettingsApiNodesType0Item,
    )
    from ..models.deployer_permission_item import DeployerPermissionItem


T = TypeVar("T", bound="ApiDeployerInfraSettings")


@_attrs_define
class ApiDeployerInfraSettings:
    """The settings of an infrastructure. Save them back whole: DSS replaces
    the settings with what it receives.

        Attributes:
            id (None | str | Unset): Identifier of the infrastructure.
            type_ (None | str | Unset): Kind of infrastructure; cannot change.
            stage (None | str | Unset): Stage it belongs to.
            govern_check_policy (None | str | Unset): `PREVENT`, `WARN` or `NO_CHECK`.
            api_nodes (list[ApiDeployerInfraSettingsApiNodesType0Item] | None | Unset): API nodes of a STATIC
                infrastructure.
            permissions (list[DeployerPermissionItem] | None | Unset): What groups may do with the infrastructure (`group`,
                `read`, `deploy`, `admin`).
    """

    id: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    stage: None | str | Unset = UNSET
    govern_check_policy: None | str | Unset = UNSET
    api_nodes: list[ApiDeployerInfraSettingsApiNodesType0Item] | None | Unset = UNSET
    permissions: list[DeployerPermissionItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        stage: None | str | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        else:
            stage = self.stage

        govern_check_policy: None | str | Unset
        if isinstance(self.govern_check_policy, Unset):
            govern_check_policy = UNSET
        else:
            govern_check_policy = self.govern_check_policy

        api_nodes: list[dict[str, Any]] | None | Unset
        if isinstance(self.api_nodes, Unset):
            api_nodes = UNSET
        elif isinstance(self.api_nodes, list):
            api_nodes = []
            for api_nodes_type_0_item_data in self.api_nodes:
                api_nodes_type_0_item = api_nodes_type_0_item_data.to_dict()
                api_nodes.append(api_nodes_type_0_item)

        else:
            api_nodes = self.api_nodes

        permissions: list[dict[str, Any]] | None | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, list):
            permissions = []
            for permissions_type_0_item_data in self.permissions:
                permissions_type_0_item = permissions_type_0_item_data.to_dict()
                permissions.append(permissions_type_0_item)

        else:
            permissions = self.permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if stage is not UNSET:
            field_dict["stage"] = stage
        if govern_check_policy is not UNSET:
            field_dict["governCheckPolicy"] = govern_check_policy
        if api_nodes is not UNSET:
            field_dict["apiNodes"] = api_nodes
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_deployer_infra_settings_api_nodes_type_0_item import (
            ApiDeployerInfraSettingsApiNodesType0Item,
        )
        from ..models.deployer_permission_item import DeployerPermissionItem

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_stage(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stage = _parse_stage(d.pop("stage", UNSET))

        def _parse_govern_check_policy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        govern_check_policy = _parse_govern_check_policy(
            d.pop("governCheckPolicy", UNSET)
        )

        def _parse_api_nodes(
            data: object,
        ) -> list[ApiDeployerInfraSettingsApiNodesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                api_nodes_type_0 = []
                _api_nodes_type_0 = data
                for api_nodes_type_0_item_data in _api_nodes_type_0:
                    api_nodes_type_0_item = (
                        ApiDeployerInfraSettingsApiNodesType0Item.from_dict(
                            api_nodes_type_0_item_data
                        )
                    )

                    api_nodes_type_0.append(api_nodes_type_0_item)

                return api_nodes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ApiDeployerInfraSettingsApiNodesType0Item] | None | Unset, data
            )

        api_nodes = _parse_api_nodes(d.pop("apiNodes", UNSET))

        def _parse_permissions(
            data: object,
        ) -> list[DeployerPermissionItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                permissions_type_0 = []
                _permissions_type_0 = data
                for permissions_type_0_item_data in _permissions_type_0:
                    permissions_type_0_item = DeployerPermissionItem.from_dict(
                        permissions_type_0_item_data
                    )

                    permissions_type_0.append(permissions_type_0_item)

                return permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DeployerPermissionItem] | None | Unset, data)

        permissions = _parse_permissions(d.pop("permissions", UNSET))

        api_deployer_infra_settings = cls(
            id=id,
            type_=type_,
            stage=stage,
            govern_check_policy=govern_check_policy,
            api_nodes=api_nodes,
            permissions=permissions,
        )

        api_deployer_infra_settings.additional_properties = d
        return api_deployer_infra_settings

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
