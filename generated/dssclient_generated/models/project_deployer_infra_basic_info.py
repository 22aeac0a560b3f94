from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectDeployerInfraBasicInfo")


@_attrs_define
class ProjectDeployerInfraBasicInfo:
    """Identifier, stage and policy of an infrastructure of the project deployer. The official client reads `id`; `stage`
    and `governCheckPolicy` are unverified against a real DSS.

        Attributes:
            id (str): Identifier of the infrastructure.
            stage (str | Unset): Stage it belongs to.
            govern_check_policy (str | Unset): `PREVENT`, `WARN` or `NO_CHECK`.
    """

    id: str
    stage: str | Unset = UNSET
    govern_check_policy: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        stage = self.stage

        govern_check_policy = self.govern_check_policy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if stage is not UNSET:
            field_dict["stage"] = stage
        if govern_check_policy is not UNSET:
            field_dict["governCheckPolicy"] = govern_check_policy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        stage = d.pop("stage", UNSET)

        govern_check_policy = d.pop("governCheckPolicy", UNSET)

        project_deployer_infra_basic_info = cls(
            id=id,
            stage=stage,
            govern_check_policy=govern_check_policy,
        )

        project_deployer_infra_basic_info.additional_properties = d
        return project_deployer_infra_basic_info

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
