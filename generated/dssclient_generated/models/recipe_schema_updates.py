from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.recipe_schema_updates_computables_item import (
        RecipeSchemaUpdatesComputablesItem,
    )


T = TypeVar("T", bound="RecipeSchemaUpdates")


@_attrs_define
class RecipeSchemaUpdates:
    """The outputs of a recipe whose schema would change.

    Attributes:
        total_incompatibilities (int): How many outputs would get a different schema.
        computables (list[RecipeSchemaUpdatesComputablesItem]): Those outputs.
    """

    total_incompatibilities: int
    computables: list[RecipeSchemaUpdatesComputablesItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total_incompatibilities = self.total_incompatibilities

        computables = []
        for computables_item_data in self.computables:
            computables_item = computables_item_data.to_dict()
            computables.append(computables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "totalIncompatibilities": total_incompatibilities,
                "computables": computables,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.recipe_schema_updates_computables_item import (
            RecipeSchemaUpdatesComputablesItem,
        )

        d = dict(src_dict)
        total_incompatibilities = d.pop("totalIncompatibilities")

        computables = []
        _computables = d.pop("computables")
        for computables_item_data in _computables:
            computables_item = RecipeSchemaUpdatesComputablesItem.from_dict(
                computables_item_data
            )

            computables.append(computables_item)

        recipe_schema_updates = cls(
            total_incompatibilities=total_incompatibilities,
            computables=computables,
        )

        recipe_schema_updates.additional_properties = d
        return recipe_schema_updates

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
