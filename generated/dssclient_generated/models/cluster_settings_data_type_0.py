from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterSettingsDataType0")


@_attrs_define
class ClusterSettingsDataType0:
    """What the plugin keeps about the running cluster (read-only, absent when not running).

    Attributes:
        cluster_id (None | str | Unset): Identifier of the running cluster at its provider (unverified).
        master_ip (None | str | Unset): Address of the cluster's master (unverified).
        kube_config_path (None | str | Unset): The kube config of a Kubernetes cluster (unverified).
    """

    cluster_id: None | str | Unset = UNSET
    master_ip: None | str | Unset = UNSET
    kube_config_path: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_id: None | str | Unset
        if isinstance(self.cluster_id, Unset):
            cluster_id = UNSET
        else:
            cluster_id = self.cluster_id

        master_ip: None | str | Unset
        if isinstance(self.master_ip, Unset):
            master_ip = UNSET
        else:
            master_ip = self.master_ip

        kube_config_path: None | str | Unset
        if isinstance(self.kube_config_path, Unset):
            kube_config_path = UNSET
        else:
            kube_config_path = self.kube_config_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_id is not UNSET:
            field_dict["clusterId"] = cluster_id
        if master_ip is not UNSET:
            field_dict["masterIp"] = master_ip
        if kube_config_path is not UNSET:
            field_dict["kubeConfigPath"] = kube_config_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_cluster_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cluster_id = _parse_cluster_id(d.pop("clusterId", UNSET))

        def _parse_master_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        master_ip = _parse_master_ip(d.pop("masterIp", UNSET))

        def _parse_kube_config_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        kube_config_path = _parse_kube_config_path(d.pop("kubeConfigPath", UNSET))

        cluster_settings_data_type_0 = cls(
            cluster_id=cluster_id,
            master_ip=master_ip,
            kube_config_path=kube_config_path,
        )

        cluster_settings_data_type_0.additional_properties = d
        return cluster_settings_data_type_0

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
