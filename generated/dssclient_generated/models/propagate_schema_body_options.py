from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.propagate_schema_body_options_default_partition_values_by_dimension import (
        PropagateSchemaBodyOptionsDefaultPartitionValuesByDimension,
    )
    from ..models.propagate_schema_body_options_partitions_by_computable import (
        PropagateSchemaBodyOptionsPartitionsByComputable,
    )
    from ..models.propagate_schema_body_options_recipe_update_options import (
        PropagateSchemaBodyOptionsRecipeUpdateOptions,
    )


T = TypeVar("T", bound="PropagateSchemaBodyOptions")


@_attrs_define
class PropagateSchemaBodyOptions:
    """The options the official client's `DSSSchemaPropagationRunBuilder` sets.

    Attributes:
        auto_rebuild (bool | Unset): Whether to rebuild datasets where the propagation needs their data.
        excluded_recipes (list[str] | Unset): Recipes where the propagation stops.
        mark_as_ok_recipes (list[str] | Unset): Recipes considered up to date, whose outputs are left as they are.
        default_partition_values_by_dimension (PropagateSchemaBodyOptionsDefaultPartitionValuesByDimension | Unset): The
            partition to build, by dimension, in partitioned flows.
        partitions_by_computable (PropagateSchemaBodyOptionsPartitionsByComputable | Unset): The partition to build of
            each computable (`PROJECTKEY.id`).
        recipe_update_options (PropagateSchemaBodyOptionsRecipeUpdateOptions | Unset): How grouping, window and join
            recipes are updated, by recipe type (`byType`) and by name (`byName`).
    """

    auto_rebuild: bool | Unset = UNSET
    excluded_recipes: list[str] | Unset = UNSET
    mark_as_ok_recipes: list[str] | Unset = UNSET
    default_partition_values_by_dimension: (
        PropagateSchemaBodyOptionsDefaultPartitionValuesByDimension | Unset
    ) = UNSET
    partitions_by_computable: (
        PropagateSchemaBodyOptionsPartitionsByComputable | Unset
    ) = UNSET
    recipe_update_options: PropagateSchemaBodyOptionsRecipeUpdateOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_rebuild = self.auto_rebuild

        excluded_recipes: list[str] | Unset = UNSET
        if not isinstance(self.excluded_recipes, Unset):
            excluded_recipes = self.excluded_recipes

        mark_as_ok_recipes: list[str] | Unset = UNSET
        if not isinstance(self.mark_as_ok_recipes, Unset):
            mark_as_ok_recipes = self.mark_as_ok_recipes

        default_partition_values_by_dimension: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_partition_values_by_dimension, Unset):
            default_partition_values_by_dimension = (
                self.default_partition_values_by_dimension.to_dict()
            )

        partitions_by_computable: dict[str, Any] | Unset = UNSET
        if not isinstance(self.partitions_by_computable, Unset):
            partitions_by_computable = self.partitions_by_computable.to_dict()

        recipe_update_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.recipe_update_options, Unset):
            recipe_update_options = self.recipe_update_options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_rebuild is not UNSET:
            field_dict["autoRebuild"] = auto_rebuild
        if excluded_recipes is not UNSET:
            field_dict["excludedRecipes"] = excluded_recipes
        if mark_as_ok_recipes is not UNSET:
            field_dict["markAsOkRecipes"] = mark_as_ok_recipes
        if default_partition_values_by_dimension is not UNSET:
            field_dict["defaultPartitionValuesByDimension"] = (
                default_partition_values_by_dimension
            )
        if partitions_by_computable is not UNSET:
            field_dict["partitionsByComputable"] = partitions_by_computable
        if recipe_update_options is not UNSET:
            field_dict["recipeUpdateOptions"] = recipe_update_options

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.propagate_schema_body_options_default_partition_values_by_dimension import (
            PropagateSchemaBodyOptionsDefaultPartitionValuesByDimension,
        )
        from ..models.propagate_schema_body_options_partitions_by_computable import (
            PropagateSchemaBodyOptionsPartitionsByComputable,
        )
        from ..models.propagate_schema_body_options_recipe_update_options import (
            PropagateSchemaBodyOptionsRecipeUpdateOptions,
        )

        d = dict(src_dict)
        auto_rebuild = d.pop("autoRebuild", UNSET)

        excluded_recipes = cast(list[str], d.pop("excludedRecipes", UNSET))

        mark_as_ok_recipes = cast(list[str], d.pop("markAsOkRecipes", UNSET))

        _default_partition_values_by_dimension = d.pop(
            "defaultPartitionValuesByDimension", UNSET
        )
        default_partition_values_by_dimension: (
            PropagateSchemaBodyOptionsDefaultPartitionValuesByDimension | Unset
        )
        if isinstance(_default_partition_values_by_dimension, Unset):
            default_partition_values_by_dimension = UNSET
        else:
            default_partition_values_by_dimension = (
                PropagateSchemaBodyOptionsDefaultPartitionValuesByDimension.from_dict(
                    _default_partition_values_by_dimension
                )
            )

        _partitions_by_computable = d.pop("partitionsByComputable", UNSET)
        partitions_by_computable: (
            PropagateSchemaBodyOptionsPartitionsByComputable | Unset
        )
        if isinstance(_partitions_by_computable, Unset):
            partitions_by_computable = UNSET
        else:
            partitions_by_computable = (
                PropagateSchemaBodyOptionsPartitionsByComputable.from_dict(
                    _partitions_by_computable
                )
            )

        _recipe_update_options = d.pop("recipeUpdateOptions", UNSET)
        recipe_update_options: PropagateSchemaBodyOptionsRecipeUpdateOptions | Unset
        if isinstance(_recipe_update_options, Unset):
            recipe_update_options = UNSET
        else:
            recipe_update_options = (
                PropagateSchemaBodyOptionsRecipeUpdateOptions.from_dict(
                    _recipe_update_options
                )
            )

        propagate_schema_body_options = cls(
            auto_rebuild=auto_rebuild,
            excluded_recipes=excluded_recipes,
            mark_as_ok_recipes=mark_as_ok_recipes,
            default_partition_values_by_dimension=default_partition_values_by_dimension,
            partitions_by_computable=partitions_by_computable,
            recipe_update_options=recipe_update_options,
        )

        propagate_schema_body_options.additional_properties = d
        return propagate_schema_body_options

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
