from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectSettingsSettingsType0ClusterType0")


@_attrs_define
class ProjectSettingsSettingsType0ClusterType0:
    """The Hadoop or Spark cluster the project's jobs run on.

    Attributes:
        cluster_mode (None | str | Unset): `INHERIT` (the instance's default cluster) or `EXPLICIT_CLUSTER`
            (`clusterId`) (unverified).
        cluster_id (None | str | Unset): The cluster, when `clusterMode` is `EXPLICIT_CLUSTER`.
    """

    cluster_mode: None | str | Unset = UNSET
    cluster_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster_mode: None | str | Unset
        if isinstance(self.cluster_mode, Unset):
            cluster_mode = UNSET
        else:
            cluster_mode = self.cluster_mode

        cluster_id: None | str | Unset
        if isinstance(self.cluster_id, Unset):
            cluster_id = UNSET
        else:
            cluster_id = self.cluster_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster_mode is not UNSET:
            field_dict["clusterMode"] = cluster_mode
        if cluster_id is not UNSET:
            field_dict["clusterId"] = cluster_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_cluster_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cluster_mode = _parse_cluster_mode(d.pop("clusterMode", UNSET))

        def _parse_cluster_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cluster_id = _parse_cluster_id(d.pop("clusterId", UNSET))

        project_settings_settings_type_0_cluster_type_0 = cls(
            cluster_mode=cluster_mode,
            cluster_id=cluster_id,
        )

        project_settings_settings_type_0_cluster_type_0.additional_properties = d
        return project_settings_settings_type_0_cluster_type_0

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
