from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiDeployerGenerationsMappingEntriesItem")


@_attrs_define
class ApiDeployerGenerationsMappingEntriesItem:
    """One version and its share of the queries.

    Attributes:
        generation (str | Unset): A version of the published service.
        proba (float | Unset): Share of the queries it serves.
    """

    generation: str | Unset = UNSET
    proba: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generation = self.generation

        proba = self.proba

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if generation is not UNSET:
            field_dict["generation"] = generation
        if proba is not UNSET:
            field_dict["proba"] = proba

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        generation = d.pop("generation", UNSET)

        proba = d.pop("proba", UNSET)

        api_deployer_generations_mapping_entries_item = cls(
            generation=generation,
            proba=proba,
        )

        api_deployer_generations_mapping_entries_item.additional_properties = d
        return api_deployer_generations_mapping_entries_item

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
