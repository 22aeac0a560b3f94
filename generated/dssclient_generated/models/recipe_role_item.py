from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipe_role_item_deps_item import RecipeRoleItemDepsItem


T = TypeVar("T", bound="RecipeRoleItem")


@_attrs_define
class RecipeRoleItem:
    """One input or output of a recipe.

    Attributes:
        ref (str | Unset): The object, a dataset name (or `PROJECTKEY.name` in another project), a folder or model
            identifier.
        deps (list[RecipeRoleItemDepsItem] | Unset): For an input of a partitioned flow, which of its partitions each
            output partition reads.
        append_mode (bool | Unset): For an output, whether the recipe appends to it instead of overwriting it.
    """

    ref: str | Unset = UNSET
    deps: list[RecipeRoleItemDepsItem] | Unset = UNSET
    append_mode: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ref = self.ref

        deps: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.deps, Unset):
            deps = []
            for deps_item_data in self.deps:
                deps_item = deps_item_data.to_dict()
                deps.append(deps_item)

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
        from ..models.recipe_role_item_deps_item import RecipeRoleItemDepsItem

        d = dict(src_dict)
        ref = d.pop("ref", UNSET)

        _deps = d.pop("deps", UNSET)
        deps: list[RecipeRoleItemDepsItem] | Unset = UNSET
        if _deps is not UNSET:
            deps = []
            for deps_item_data in _deps:
                deps_item = RecipeRoleItemDepsItem.from_dict(deps_item_data)

                deps.append(deps_item)

        append_mode = d.pop("appendMode", UNSET)

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
