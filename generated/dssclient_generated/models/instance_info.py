from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InstanceInfo")


@_attrs_define
class InstanceInfo:
    """Information about a DSS node.

    Attributes:
        node_id (str | Unset): Identifier of the node (as defined in Cloud Stacks or in install.ini).
        node_name (str | Unset): Name of the node, as shown in the navigation bar.
        node_type (str | Unset): Kind of node: `DESIGN`, `AUTOMATION` or `DEPLOYER` today (`x-extensible-enum`: a newer
            DSS may answer another value, which clients must accept).
        dss_version (str | Unset): Version of DSS.
    """

    node_id: str | Unset = UNSET
    node_name: str | Unset = UNSET
    node_type: str | Unset = UNSET
    dss_version: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node_id = self.node_id

        node_name = self.node_name

        node_type = self.node_type

        dss_version = self.dss_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_id is not UNSET:
            field_dict["nodeId"] = node_id
        if node_name is not UNSET:
            field_dict["nodeName"] = node_name
        if node_type is not UNSET:
            field_dict["nodeType"] = node_type
        if dss_version is not UNSET:
            field_dict["dssVersion"] = dss_version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        node_id = d.pop("nodeId", UNSET)

        node_name = d.pop("nodeName", UNSET)

        node_type = d.pop("nodeType", UNSET)

        dss_version = d.pop("dssVersion", UNSET)

        instance_info = cls(
            node_id=node_id,
            node_name=node_name,
            node_type=node_type,
            dss_version=dss_version,
        )

        instance_info.additional_properties = d
        return instance_info

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
