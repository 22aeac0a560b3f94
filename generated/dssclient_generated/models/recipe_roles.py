from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.recipe_role import RecipeRole


T = TypeVar("T", bound="RecipeRoles")


@_attrs_define
class RecipeRoles:
    """The inputs or outputs of a recipe by role (`main`, ...; a recipe type may define others, such as a join's or a
    plugin recipe's roles): each role an object with its `items`.

        Attributes:
            main (RecipeRole | Unset): The objects of one role of a recipe.
    """

    main: RecipeRole | Unset = UNSET
    additional_properties: dict[str, RecipeRole] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:
        main: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main, Unset):
            main = self.main.to_dict()

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        field_dict.update({})
        if main is not UNSET:
            field_dict["main"] = main

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recipe_role import RecipeRole

        d = dict(src_dict)
        _main = d.pop("main", UNSET)
        main: RecipeRole | Unset
        if isinstance(_main, Unset):
            main = UNSET
        else:
            main = RecipeRole.from_dict(_main)

        recipe_roles = cls(
            main=main,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = RecipeRole.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        recipe_roles.additional_properties = additional_properties
        return recipe_roles

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> RecipeRole:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: RecipeRole) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
