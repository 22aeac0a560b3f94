from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipe_role_item_deps_type_0_item import RecipeRoleItemDepsType0Item


T = TypeVar("T", bound="RecipeRoleItem")


@_attrs_define
class RecipeRoleItem:
    """One input or output of a recipe.

    Attributes:
        ref (str | Unset): The object, a dataset name (or `PROJECTKEY.name` in another project), a folder or model
            identifier.
        deps (list[RecipeRoleItemDepsType0Item] | None | Unset): For an input of a partitioned flow, which of its
            partitions each output partition reads.
        append_mode (bool | None | Unset): For an output, whether the recipe appends to it instead of overwriting it.
    """

    ref: str | Unset = UNSET
    deps: list[RecipeRoleItemDepsType0Item] | None | Unset = UNSET
    append_mode: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ref = self.ref

        deps: list[dict[str, Any]] | None | Unset
        if isinstance(self.deps, Unset):
            deps = UNSET
        elif isinstance(self.deps, list):
            deps = []
            for deps_type_0_item_data in self.deps:
                deps_type_0_item = deps_type_0_item_data.to_dict()
                deps.append(deps_type_0_item)

        else:
            deps = self.deps

        append_mode: bool | None | Unset
        if isinstance(self.append_mode, Unset):
            append_mode = UNSET
        else:
            append_mode = self.append_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ref is not UNSET:
            field_dict["ref"] = ref
        if deps is not UNSET:
            field_dict["deps"] = deps
        if append_mode is not UNSET:
            field_dict["appendMode"] = append_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recipe_role_item_deps_type_0_item import (
            RecipeRoleItemDepsType0Item,
        )

        d = dict(src_dict)
        ref = d.pop("ref", UNSET)

        def _parse_deps(
            data: object,
        ) -> list[RecipeRoleItemDepsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                deps_type_0 = []
                _deps_type_0 = data
                for deps_type_0_item_data in _deps_type_0:
                    deps_type_0_item = RecipeRoleItemDepsType0Item.from_dict(
                        deps_type_0_item_data
                    )

                    deps_type_0.append(deps_type_0_item)

                return deps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RecipeRoleItemDepsType0Item] | None | Unset, data)

        deps = _parse_deps(d.pop("deps", UNSET))

        def _parse_append_mode(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        append_mode = _parse_append_mode(d.pop("appendMode", UNSET))

        recipe_role_item = cls(
            ref=ref,
            deps=deps,
            append_mode=append_mode,
        )

        recipe_role_item.additional_properties = d
        return recipe_role_item

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
