from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_recipe_body_creation_settings_type_0 import (
        CreateRecipeBodyCreationSettingsType0,
    )
    from ..models.recipe_prototype import RecipePrototype


T = TypeVar("T", bound="CreateRecipeBody")


@_attrs_define
class CreateRecipeBody:
    """What `createRecipe` needs.

    Attributes:
        recipe_prototype (RecipePrototype): The recipe to create.
        creation_settings (CreateRecipeBodyCreationSettingsType0 | None | Unset): How to create the recipe and its
            outputs.
    """

    recipe_prototype: RecipePrototype
    creation_settings: CreateRecipeBodyCreationSettingsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_recipe_body_creation_settings_type_0 import (
            CreateRecipeBodyCreationSettingsType0,
        )

        recipe_prototype = self.recipe_prototype.to_dict()

        creation_settings: dict[str, Any] | None | Unset
        if isinstance(self.creation_settings, Unset):
            creation_settings = UNSET
        elif isinstance(self.creation_settings, CreateRecipeBodyCreationSettingsType0):
            creation_settings = self.creation_settings.to_dict()
        else:
            creation_settings = self.creation_settings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "recipePrototype": recipe_prototype,
            }
        )
        if creation_settings is not UNSET:
            field_dict["creationSettings"] = creation_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_recipe_body_creation_settings_type_0 import (
            CreateRecipeBodyCreationSettingsType0,
        )
        from ..models.recipe_prototype import RecipePrototype

        d = dict(src_dict)
        recipe_prototype = RecipePrototype.from_dict(d.pop("recipePrototype"))

        def _parse_creation_settings(
            data: object,
        ) -> CreateRecipeBodyCreationSettingsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                creation_settings_type_0 = (
                    CreateRecipeBodyCreationSettingsType0.from_dict(data)
                )

                return creation_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateRecipeBodyCreationSettingsType0 | None | Unset, data)

        creation_settings = _parse_creation_settings(d.pop("creationSettings", UNSET))

        create_recipe_body = cls(
            recipe_prototype=recipe_prototype,
            creation_settings=creation_settings,
        )

        create_recipe_body.additional_properties = d
        return create_recipe_body

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
