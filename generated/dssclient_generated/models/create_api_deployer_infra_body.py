from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_api_deployer_infra_body_govern_check_policy import (
    CreateApiDeployerInfraBodyGovernCheckPolicy,
)
from ..models.create_api_deployer_infra_body_type import CreateApiDeployerInfraBodyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateApiDeployerInfraBody")


@_attrs_define
class CreateApiDeployerInfraBody:
    """What `createApiDeployerInfra` needs.

    Attributes:
        id (str): Identifier of the new infrastructure (letters, digits, `_`, `-`, `.`), unique on the deployer.
        stage (str): Stage the infrastructure belongs to.
        type_ (CreateApiDeployerInfraBodyType): Kind of infrastructure.
        govern_check_policy (CreateApiDeployerInfraBodyGovernCheckPolicy | Unset): Whether deployments need their models
            approved in Dataiku Govern. Default: CreateApiDeployerInfraBodyGovernCheckPolicy.NO_CHECK.
    """

    id: str
    stage: str
    type_: CreateApiDeployerInfraBodyType
    govern_check_policy: CreateApiDeployerInfraBodyGovernCheckPolicy | Unset = (
        CreateApiDeployerInfraBodyGovernCheckPolicy.NO_CHECK
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        stage = self.stage

        type_ = self.type_.value

        govern_check_policy: str | Unset = UNSET
        if not isinstance(self.govern_check_policy, Unset):
            govern_check_policy = self.govern_check_policy.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "stage": stage,
                "type": type_,
            }
        )
        if govern_check_policy is not UNSET:
            field_dict["governCheckPolicy"] = govern_check_policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        stage = d.pop("stage")

        type_ = CreateApiDeployerInfraBodyType(d.pop("type"))

        _govern_check_policy = d.pop("governCheckPolicy", UNSET)
        govern_check_policy: CreateApiDeployerInfraBodyGovernCheckPolicy | Unset
        if isinstance(_govern_check_policy, Unset):
            govern_check_policy = UNSET
        else:
            govern_check_policy = CreateApiDeployerInfraBodyGovernCheckPolicy(
                _govern_check_policy
            )

        create_api_deployer_infra_body = cls(
            id=id,
            stage=stage,
            type_=type_,
            govern_check_policy=govern_check_policy,
        )

        create_api_deployer_infra_body.additional_properties = d
        return create_api_deployer_infra_body

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
