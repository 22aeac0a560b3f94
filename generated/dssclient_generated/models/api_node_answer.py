from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_node_answer_deleted_generations import (
        ApiNodeAnswerDeletedGenerations,
    )


T = TypeVar("T", bound="ApiNodeAnswer")


@_attrs_define
class ApiNodeAnswer:
    """What an administration action reports (its content is not documented).

    Attributes:
        msg (str | Unset): A message.
        deleted_services (list[str] | Unset): Services deleted (the emulator's key; unverified).
        deleted_generations (ApiNodeAnswerDeletedGenerations | Unset): Generations deleted, by service (unverified).
        deleted_code_envs (list[str] | Unset): Code envs deleted (unverified).
    """

    msg: str | Unset = UNSET
    deleted_services: list[str] | Unset = UNSET
    deleted_generations: ApiNodeAnswerDeletedGenerations | Unset = UNSET
    deleted_code_envs: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        msg = self.msg

        deleted_services: list[str] | Unset = UNSET
        if not isinstance(self.deleted_services, Unset):
            deleted_services = self.deleted_services

        deleted_generations: dict[str, Any] | Unset = UNSET
        if not isinstance(self.deleted_generations, Unset):
            deleted_generations = self.deleted_generations.to_dict()

        deleted_code_envs: list[str] | Unset = UNSET
        if not isinstance(self.deleted_code_envs, Unset):
            deleted_code_envs = self.deleted_code_envs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if msg is not UNSET:
            field_dict["msg"] = msg
        if deleted_services is not UNSET:
            field_dict["deletedServices"] = deleted_services
        if deleted_generations is not UNSET:
            field_dict["deletedGenerations"] = deleted_generations
        if deleted_code_envs is not UNSET:
            field_dict["deletedCodeEnvs"] = deleted_code_envs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_node_answer_deleted_generations import (
            ApiNodeAnswerDeletedGenerations,
        )

        d = dict(src_dict)
        msg = d.pop("msg", UNSET)

        deleted_services = cast(list[str], d.pop("deletedServices", UNSET))

        _deleted_generations = d.pop("deletedGenerations", UNSET)
        deleted_generations: ApiNodeAnswerDeletedGenerations | Unset
        if isinstance(_deleted_generations, Unset):
            deleted_generations = UNSET
        else:
            deleted_generations = ApiNodeAnswerDeletedGenerations.from_dict(
                _deleted_generations
            )

        deleted_code_envs = cast(list[str], d.pop("deletedCodeEnvs", UNSET))

        api_node_answer = cls(
            msg=msg,
            deleted_services=deleted_services,
            deleted_generations=deleted_generations,
            deleted_code_envs=deleted_code_envs,
        )

        api_node_answer.additional_properties = d
        return api_node_answer

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
