from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiDeployerInfraBasicInfo")


@_attrs_define
class ApiDeployerInfraBasicInfo:
    """The identity of an infrastructure.

    Attributes:
        id (str): Identifier of the infrastructure.
        stage (str | Unset): Stage it belongs to.
        type_ (str | Unset): `STATIC`, `K8S`, `AZURE_ML`, `SAGEMAKER`, `SNOWPARK`, `VERTEX_AI` or `DATABRICKS`.
        govern_check_policy (str | Unset): `PREVENT`, `WARN` or `NO_CHECK`.
        api_node_urls (list[str] | Unset): URLs of its API nodes (STATIC infrastructures).
    """

    id: str
    stage: str | Unset = UNSET
    type_: str | Unset = UNSET
    govern_check_policy: str | Unset = UNSET
    api_node_urls: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        stage = self.stage

        type_ = self.type_

        govern_check_policy = self.govern_check_policy

        api_node_urls: list[str] | Unset = UNSET
        if not isinstance(self.api_node_urls, Unset):
            api_node_urls = self.api_node_urls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if stage is not UNSET:
            field_dict["stage"] = stage
        if type_ is not UNSET:
            field_dict["type"] = type_
        if govern_check_policy is not UNSET:
            field_dict["governCheckPolicy"] = govern_check_policy
        if api_node_urls is not UNSET:
            field_dict["apiNodeUrls"] = api_node_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        stage = d.pop("stage", UNSET)

        type_ = d.pop("type", UNSET)

        govern_check_policy = d.pop("governCheckPolicy", UNSET)

        api_node_urls = cast(list[str], d.pop("apiNodeUrls", UNSET))

        api_deployer_infra_basic_info = cls(
            id=id,
            stage=stage,
            type_=type_,
            govern_check_policy=govern_check_policy,
            api_node_urls=api_node_urls,
        )

        api_deployer_infra_basic_info.additional_properties = d
        return api_deployer_infra_basic_info

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
