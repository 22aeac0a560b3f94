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
    """The inputs or outputs of a recipe by role (`main`, ...): each role an object with its `items`, each item with a
    `ref` (a dataset name, or `PROJECTKEY.name` in another project) and, for inputs, partition dependencies (`deps`),
    for outputs `appendMode`.

        Attributes:
            main (RecipeRole | Unset): The inputs or outputs of a recipe in one role (the keys the official client's recipe
                settings read and write).
    """

    main: RecipeRole | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        main: dict[str, Any] | Unset = UNSET
        if not isinstance(self.main, Unset):
            main = self.main.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        recipe_roles.additional_properties = d
        return recipe_roles

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
