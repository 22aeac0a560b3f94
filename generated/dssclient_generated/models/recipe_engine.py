from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

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
        status_warn_level (None | str | Unset): How suitable it is (`OK`, `WARN`, `ERROR`) (unverified).
        status_message (None | str | Unset): Why it is or is not suitable (unverified).
    """

    type_: str | Unset = UNSET
    label: str | Unset = UNSET
    recommended: bool | Unset = UNSET
    is_selectable: bool | Unset = UNSET
    status_warn_level: None | str | Unset = UNSET
    status_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        label = self.label

        recommended = self.recommended

        is_selectable = self.is_selectable

        status_warn_level: None | str | Unset
        if isinstance(self.status_warn_level, Unset):
            status_warn_level = UNSET
        else:
            status_warn_level = self.status_warn_level

        status_message: None | str | Unset
        if isinstance(self.status_message, Unset):
            status_message = UNSET
        else:
            status_message = self.status_message

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
        if status_warn_level is not UNSET:
            field_dict["statusWarnLevel"] = status_warn_level
        if status_message is not UNSET:
            field_dict["statusMessage"] = status_message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        label = d.pop("label", UNSET)

        recommended = d.pop("recommended", UNSET)

        is_selectable = d.pop("isSelectable", UNSET)

        def _parse_status_warn_level(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_warn_level = _parse_status_warn_level(d.pop("statusWarnLevel", UNSET))

        def _parse_status_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_message = _parse_status_message(d.pop("statusMessage", UNSET))

        recipe_engine = cls(
            type_=type_,
            label=label,
            recommended=recommended,
            is_selectable=is_selectable,
            status_warn_level=status_warn_level,
            status_message=status_message,
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
