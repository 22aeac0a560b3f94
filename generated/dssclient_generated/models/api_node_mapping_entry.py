from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiNodeMappingEntry")


@_attrs_define
class ApiNodeMappingEntry:
    """One generation of a mapping, and the share of queries it answers.

    Attributes:
        generation (str): Identifier of a generation (the version of its package).
        proba (float | Unset): Share of the queries (the shares of a mapping add up to 1).
    """

    generation: str
    proba: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generation = self.generation

        proba = self.proba

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generation": generation,
            }
        )
        if proba is not UNSET:
            field_dict["proba"] = proba

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        generation = d.pop("generation")

        proba = d.pop("proba", UNSET)

        api_node_mapping_entry = cls(
            generation=generation,
            proba=proba,
        )

        api_node_mapping_entry.additional_properties = d
        return api_node_mapping_entry

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
