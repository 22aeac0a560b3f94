from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiNodeGenerations")


@_attrs_define
class ApiNodeGenerations:
    """The generations of a service, oldest first.

    Attributes:
        generations (list[str] | Unset): The generations' identifiers, oldest first.
    """

    generations: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generations: list[str] | Unset = UNSET
        if not isinstance(self.generations, Unset):
            generations = self.generations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if generations is not UNSET:
            field_dict["generations"] = generations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        generations = cast(list[str], d.pop("generations", UNSET))

        api_node_generations = cls(
            generations=generations,
        )

        api_node_generations.additional_properties = d
        return api_node_generations

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
