from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.schema_propagation_recipe_options import (
        SchemaPropagationRecipeOptions,
    )


T = TypeVar("T", bound="PropagateSchemaBodyOptionsRecipeUpdateOptionsByName")


@_attrs_define
class PropagateSchemaBodyOptionsRecipeUpdateOptionsByName:
    """The options of each recipe by name."""

    additional_properties: dict[str, SchemaPropagationRecipeOptions] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schema_propagation_recipe_options import (
            SchemaPropagationRecipeOptions,
        )

        d = dict(src_dict)
        propagate_schema_body_options_recipe_update_options_by_name = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = SchemaPropagationRecipeOptions.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        propagate_schema_body_options_recipe_update_options_by_name.additional_properties = additional_properties
        return propagate_schema_body_options_recipe_update_options_by_name

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> SchemaPropagationRecipeOptions:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: SchemaPropagationRecipeOptions) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
