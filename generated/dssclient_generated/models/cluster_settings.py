from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.cluster_settings_data_type_0 import ClusterSettingsDataType0
    from ..models.cluster_settings_params_type_0 import ClusterSettingsParamsType0
    from ..models.resource_permission_item import ResourcePermissionItem


T = TypeVar("T", bound="ClusterSettings")


@_attrs_define
class ClusterSettings:
    """A cluster's definition.

    Attributes:
        id (None | str | Unset): Identifier of the cluster.
        name (None | str | Unset): Name.
        type_ (None | str | Unset): `manual` or the plugin cluster type.
        architecture (None | str | Unset): `HADOOP` or `KUBERNETES`.
        owner (None | str | Unset): Login of the owner.
        usable_by_all (bool | None | Unset): Whether every user may use the cluster.
        permissions (list[ResourcePermissionItem] | None | Unset): Groups and what they may do with the cluster
            (`group`, `use`, `update`, `manageUsers`).
        params (ClusterSettingsParamsType0 | None | Unset): Parameters of the cluster type. A `manual` Hadoop cluster
            has `hadoopSettings`,
            `hiveSettings`, `impalaSettings`, `sparkSettings` (each with `extraConf`, a list of
            `key`, `value`); a managed cluster has the plugin's own keys.
        data (ClusterSettingsDataType0 | None | Unset): What the plugin keeps about the running cluster (read-only,
            absent when not running); its
            shape is the plugin's, such as `clusterId` (its identifier at the provider), `masterIp`
            (the address of its master) or `kubeConfigPath` (a Kubernetes cluster's kube config)
            (unverified).
    """

    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    architecture: None | str | Unset = UNSET
    owner: None | str | Unset = UNSET
    usable_by_all: bool | None | Unset = UNSET
    permissions: list[ResourcePermissionItem] | None | Unset = UNSET
    params: ClusterSettingsParamsType0 | None | Unset = UNSET
    data: ClusterSettingsDataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.cluster_settings_data_type_0 import ClusterSettingsDataType0
        from ..models.cluster_settings_params_type_0 import ClusterSettingsParamsType0

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        architecture: None | str | Unset
        if isinstance(self.architecture, Unset):
            architecture = UNSET
        else:
            architecture = self.architecture

        owner: None | str | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        else:
            owner = self.owner

        usable_by_all: bool | None | Unset
        if isinstance(self.usable_by_all, Unset):
            usable_by_all = UNSET
        else:
            usable_by_all = self.usable_by_all

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

        params: dict[str, Any] | None | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        elif isinstance(self.params, ClusterSettingsParamsType0):
            params = self.params.to_dict()
        else:
            params = self.params

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, ClusterSettingsDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if architecture is not UNSET:
            field_dict["architecture"] = architecture
        if owner is not UNSET:
            field_dict["owner"] = owner
        if usable_by_all is not UNSET:
            field_dict["usableByAll"] = usable_by_all
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if params is not UNSET:
            field_dict["params"] = params
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.cluster_settings_data_type_0 import ClusterSettingsDataType0
        from ..models.cluster_settings_params_type_0 import ClusterSettingsParamsType0
        from ..models.resource_permission_item import ResourcePermissionItem

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_architecture(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        architecture = _parse_architecture(d.pop("architecture", UNSET))

        def _parse_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        def _parse_usable_by_all(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        usable_by_all = _parse_usable_by_all(d.pop("usableByAll", UNSET))

        def _parse_permissions(
            data: object,
        ) -> list[ResourcePermissionItem] | None | Unset:
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
                    permissions_type_0_item = ResourcePermissionItem.from_dict(
                        permissions_type_0_item_data
                    )

                    permissions_type_0.append(permissions_type_0_item)

                return permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ResourcePermissionItem] | None | Unset, data)

        permissions = _parse_permissions(d.pop("permissions", UNSET))

        def _parse_params(data: object) -> ClusterSettingsParamsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                params_type_0 = ClusterSettingsParamsType0.from_dict(data)

                return params_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClusterSettingsParamsType0 | None | Unset, data)

        params = _parse_params(d.pop("params", UNSET))

        def _parse_data(data: object) -> ClusterSettingsDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = ClusterSettingsDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClusterSettingsDataType0 | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        cluster_settings = cls(
            id=id,
            name=name,
            type_=type_,
            architecture=architecture,
            owner=owner,
            usable_by_all=usable_by_all,
            permissions=permissions,
            params=params,
            data=data,
        )

        cluster_settings.additional_properties = d
        return cluster_settings

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
