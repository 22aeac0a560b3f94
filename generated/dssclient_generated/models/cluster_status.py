from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterStatus")


@_attrs_define
class ClusterStatus:
    """Whether a cluster runs.

    Attributes:
        id (str | Unset): Identifier of the cluster.
        cluster_type (str | Unset): Type of the cluster.
        state (str | Unset): `NONE`, `STARTING`, `RUNNING` or `STOPPING`.
    """

    id: str | Unset = UNSET
    cluster_type: str | Unset = UNSET
    state: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        cluster_type = self.cluster_type

        state = self.state

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if cluster_type is not UNSET:
            field_dict["clusterType"] = cluster_type
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        cluster_type = d.pop("clusterType", UNSET)

        state = d.pop("state", UNSET)

        cluster_status = cls(
            id=id,
            cluster_type=cluster_type,
            state=state,
        )

        cluster_status.additional_properties = d
        return cluster_status

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
