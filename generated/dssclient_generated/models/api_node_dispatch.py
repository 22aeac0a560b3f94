from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiNodeDispatch")


@_attrs_define
class ApiNodeDispatch:
    """Which generation of a multi-generation service answers.

    Attributes:
        forced_generation (str | Unset): This generation, whatever the service's mapping.
        dispatch_key (str | Unset): A key hashed onto the mapping's proportions (the same key always reaches the same
            generation).
    """

    forced_generation: str | Unset = UNSET
    dispatch_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        forced_generation = self.forced_generation

        dispatch_key = self.dispatch_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if forced_generation is not UNSET:
            field_dict["forcedGeneration"] = forced_generation
        if dispatch_key is not UNSET:
            field_dict["dispatchKey"] = dispatch_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        forced_generation = d.pop("forcedGeneration", UNSET)

        dispatch_key = d.pop("dispatchKey", UNSET)

        api_node_dispatch = cls(
            forced_generation=forced_generation,
            dispatch_key=dispatch_key,
        )

        api_node_dispatch.additional_properties = d
        return api_node_dispatch

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
