from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecipeEngine")


@_attrs_define
class RecipeEngine:
    """An engine a recipe may run on.

    Attributes:
        type_ (None | str | Unset): The engine (`DSS`, `SQL`, `SPARK`, `HIVE`, `IMPALA`, ...).
        label (None | str | Unset): Its display name.
        is_selectable (bool | None | Unset): Whether it can be chosen for the recipe (unverified).
        status_warn_level (None | str | Unset): How suitable it is (`OK`, `WARN`, `ERROR`) (unverified).
        status_message (None | str | Unset): Why it is or is not suitable (unverified).
    """

    type_: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    is_selectable: bool | None | Unset = UNSET
    status_warn_level: None | str | Unset = UNSET
    status_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        is_selectable: bool | None | Unset
        if isinstance(self.is_selectable, Unset):
            is_selectable = UNSET
        else:
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

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_is_selectable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_selectable = _parse_is_selectable(d.pop("isSelectable", UNSET))

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
