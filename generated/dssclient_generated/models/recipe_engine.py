from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecipeEngine")


@_attrs_define
class RecipeEngine:
    """An engine a recipe can run on. Only these keys are verified (the emulator's); DSS sends more.

    Attributes:
        type_ (str | Unset): The engine: `DSS`, `SQL`, `SPARK`, `USER_CODE`, ...
        label (str | Unset): Display label.
        recommended (bool | Unset): Whether DSS recommends it for this recipe.
        is_selectable (bool | Unset): Whether the recipe may be set to run on it.
    """

    type_: str | Unset = UNSET
    label: str | Unset = UNSET
    recommended: bool | Unset = UNSET
    is_selectable: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        label = self.label

        recommended = self.recommended

        is_selectable = self.is_selectable

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if label is not UNSET:
            field_dict["label"] = label
        if recommended is not UNSET:
            field_dict["recommended"] = recommended
        if is_selectable is not UNSET:
            field_dict["isSelectable"] = is_selectable

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        label = d.pop("label", UNSET)

        recommended = d.pop("recommended", UNSET)

        is_selectable = d.pop("isSelectable", UNSET)

        recipe_engine = cls(
            type_=type_,
            label=label,
            recommended=recommended,
            is_selectable=is_selectable,
        )

        recipe_engine.additional_properties = d
        return recipe_engine

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
