from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClusterSummary")


@_attrs_define
class ClusterSummary:
    """A cluster as listed (or just created).

    Attributes:
        id (str | Unset): Identifier of the cluster.
        name (str | Unset): Name.
        type_ (str | Unset): `manual` or the plugin cluster type.
        architecture (str | Unset): `HADOOP` or `KUBERNETES`.
        state (str | Unset): `NONE` (not running), `STARTING`, `RUNNING` or `STOPPING`.
    """

    id: str | Unset = UNSET
    name: str | Unset = UNSET
    type_: str | Unset = UNSET
    architecture: str | Unset = UNSET
    state: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        type_ = self.type_

        architecture = self.architecture

        state = self.state

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
        if state is not UNSET:
            field_dict["state"] = state

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        type_ = d.pop("type", UNSET)

        architecture = d.pop("architecture", UNSET)

        state = d.pop("state", UNSET)

        cluster_summary = cls(
            id=id,
            name=name,
            type_=type_,
            architecture=architecture,
            state=state,
        )

        cluster_summary.additional_properties = d
        return cluster_summary

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
