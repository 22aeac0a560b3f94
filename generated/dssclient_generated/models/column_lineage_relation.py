from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.column_lineage_column import ColumnLineageColumn
    from ..models.column_lineage_recipe import ColumnLineageRecipe


T = TypeVar("T", bound="ColumnLineageRelation")


@_attrs_define
class ColumnLineageRelation:
    """One relation of a column's lineage: the column `source` feeds the column
    `target` (field names unverified).

        Attributes:
            source (ColumnLineageColumn): A dataset's column in a lineage relation (field names unverified).
            target (ColumnLineageColumn): A dataset's column in a lineage relation (field names unverified).
            recipe (ColumnLineageRecipe | None | Unset): The recipe computing the relation; null for a relation declared by
                hand.
            manual (bool | Unset): Whether the relation was declared by hand rather than computed from the flow.
    """

    source: ColumnLineageColumn
    target: ColumnLineageColumn
    recipe: ColumnLineageRecipe | None | Unset = UNSET
    manual: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.column_lineage_recipe import ColumnLineageRecipe

        source = self.source.to_dict()

        target = self.target.to_dict()

        recipe: dict[str, Any] | None | Unset
        if isinstance(self.recipe, Unset):
            recipe = UNSET
        elif isinstance(self.recipe, ColumnLineageRecipe):
            recipe = self.recipe.to_dict()
        else:
            recipe = self.recipe

        manual = self.manual

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "target": target,
            }
        )
        if recipe is not UNSET:
            field_dict["recipe"] = recipe
        if manual is not UNSET:
            field_dict["manual"] = manual

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.column_lineage_column import ColumnLineageColumn
        from ..models.column_lineage_recipe import ColumnLineageRecipe

        d = dict(src_dict)
        source = ColumnLineageColumn.from_dict(d.pop("source"))

        target = ColumnLineageColumn.from_dict(d.pop("target"))

        def _parse_recipe(data: object) -> ColumnLineageRecipe | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                recipe_type_0 = ColumnLineageRecipe.from_dict(data)

                return recipe_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ColumnLineageRecipe | None | Unset, data)

        recipe = _parse_recipe(d.pop("recipe", UNSET))

        manual = d.pop("manual", UNSET)

        column_lineage_relation = cls(
            source=source,
            target=target,
            recipe=recipe,
            manual=manual,
        )

        column_lineage_relation.additional_properties = d
        return column_lineage_relation

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
