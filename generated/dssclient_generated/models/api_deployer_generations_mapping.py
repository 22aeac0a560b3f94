from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_deployer_generations_mapping_entries_item import (
        ApiDeployerGenerationsMappingEntriesItem,
    )


T = TypeVar("T", bound="ApiDeployerGenerationsMapping")


@_attrs_define
class ApiDeployerGenerationsMapping:
    """Which versions ("generations") of the published service a deployment
    serves: `{"mode": "SINGLE_GENERATION", "generation": <version>}`, or a
    mode splitting queries between `entries` (each with a `generation`).

        Attributes:
            mode (str | Unset): `SINGLE_GENERATION`, `MULTI_GENERATION_RANDOM` or `MULTI_GENERATION_HASH_BASED`.
            generation (str | Unset): The version served, in mode `SINGLE_GENERATION`.
            entries (list[ApiDeployerGenerationsMappingEntriesItem] | Unset): The versions served in the other modes.
    """

    mode: str | Unset = UNSET
    generation: str | Unset = UNSET
    entries: list[ApiDeployerGenerationsMappingEntriesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode

        generation = self.generation

        entries: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.entries, Unset):
            entries = []
            for entries_item_data in self.entries:
                entries_item = entries_item_data.to_dict()
                entries.append(entries_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if generation is not UNSET:
            field_dict["generation"] = generation
        if entries is not UNSET:
            field_dict["entries"] = entries

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_deployer_generations_mapping_entries_item import (
            ApiDeployerGenerationsMappingEntriesItem,
        )

        d = dict(src_dict)
        mode = d.pop("mode", UNSET)

        generation = d.pop("generation", UNSET)

        _entries = d.pop("entries", UNSET)
        entries: list[ApiDeployerGenerationsMappingEntriesItem] | Unset = UNSET
        if _entries is not UNSET:
            entries = []
            for entries_item_data in _entries:
                entries_item = ApiDeployerGenerationsMappingEntriesItem.from_dict(
                    entries_item_data
                )

                entries.append(entries_item)

        api_deployer_generations_mapping = cls(
            mode=mode,
            generation=generation,
            entries=entries,
        )

        api_deployer_generations_mapping.additional_properties = d
        return api_deployer_generations_mapping

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
