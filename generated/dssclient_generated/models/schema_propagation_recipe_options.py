from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schema_propagation_recipe_options_new_aggregates import (
        SchemaPropagationRecipeOptionsNewAggregates,
    )
    from ..models.schema_propagation_recipe_options_new_selected_columns import (
        SchemaPropagationRecipeOptionsNewSelectedColumns,
    )


T = TypeVar("T", bound="SchemaPropagationRecipeOptions")


@_attrs_define
class SchemaPropagationRecipeOptions:
    """How a schema propagation updates a grouping, window or join recipe.

    Attributes:
        remove_missing_aggregates (bool | Unset): Remove the aggregates of columns that are gone (grouping, window).
        remove_missing_keys (bool | Unset): Remove the grouping keys that are gone (grouping).
        remove_missing_in_window (bool | Unset): Remove the window's columns that are gone (window).
        new_aggregates (SchemaPropagationRecipeOptionsNewAggregates | Unset): Aggregates of the new columns (grouping,
            window), by column; their shape is DSS's (unverified).
        remove_missing_join_conditions (bool | Unset): Remove the join conditions on columns that are gone (join).
        remove_missing_join_values (bool | Unset): Remove the selected columns that are gone (join).
        new_selected_columns (SchemaPropagationRecipeOptionsNewSelectedColumns | Unset): How the new columns are
            selected (join), by column; their shape is DSS's (unverified).
    """

    remove_missing_aggregates: bool | Unset = UNSET
    remove_missing_keys: bool | Unset = UNSET
    remove_missing_in_window: bool | Unset = UNSET
    new_aggregates: SchemaPropagationRecipeOptionsNewAggregates | Unset = UNSET
    remove_missing_join_conditions: bool | Unset = UNSET
    remove_missing_join_values: bool | Unset = UNSET
    new_selected_columns: SchemaPropagationRecipeOptionsNewSelectedColumns | Unset = (
        UNSET
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        remove_missing_aggregates = self.remove_missing_aggregates

        remove_missing_keys = self.remove_missing_keys

        remove_missing_in_window = self.remove_missing_in_window

        new_aggregates: dict[str, Any] | Unset = UNSET
        if not isinstance(self.new_aggregates, Unset):
            new_aggregates = self.new_aggregates.to_dict()

        remove_missing_join_conditions = self.remove_missing_join_conditions

        remove_missing_join_values = self.remove_missing_join_values

        new_selected_columns: dict[str, Any] | Unset = UNSET
        if not isinstance(self.new_selected_columns, Unset):
            new_selected_columns = self.new_selected_columns.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if remove_missing_aggregates is not UNSET:
            field_dict["removeMissingAggregates"] = remove_missing_aggregates
        if remove_missing_keys is not UNSET:
            field_dict["removeMissingKeys"] = remove_missing_keys
        if remove_missing_in_window is not UNSET:
            field_dict["removeMissingInWindow"] = remove_missing_in_window
        if new_aggregates is not UNSET:
            field_dict["newAggregates"] = new_aggregates
        if remove_missing_join_conditions is not UNSET:
            field_dict["removeMissingJoinConditions"] = remove_missing_join_conditions
        if remove_missing_join_values is not UNSET:
            field_dict["removeMissingJoinValues"] = remove_missing_join_values
        if new_selected_columns is not UNSET:
            field_dict["newSelectedColumns"] = new_selected_columns

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schema_propagation_recipe_options_new_aggregates import (
            SchemaPropagationRecipeOptionsNewAggregates,
        )
        from ..models.schema_propagation_recipe_options_new_selected_columns import (
            SchemaPropagationRecipeOptionsNewSelectedColumns,
        )

        d = dict(src_dict)
        remove_missing_aggregates = d.pop("removeMissingAggregates", UNSET)

        remove_missing_keys = d.pop("removeMissingKeys", UNSET)

        remove_missing_in_window = d.pop("removeMissingInWindow", UNSET)

        _new_aggregates = d.pop("newAggregates", UNSET)
        new_aggregates: SchemaPropagationRecipeOptionsNewAggregates | Unset
        if isinstance(_new_aggregates, Unset):
            new_aggregates = UNSET
        else:
            new_aggregates = SchemaPropagationRecipeOptionsNewAggregates.from_dict(
                _new_aggregates
            )

        remove_missing_join_conditions = d.pop("removeMissingJoinConditions", UNSET)

        remove_missing_join_values = d.pop("removeMissingJoinValues", UNSET)

        _new_selected_columns = d.pop("newSelectedColumns", UNSET)
        new_selected_columns: SchemaPropagationRecipeOptionsNewSelectedColumns | Unset
        if isinstance(_new_selected_columns, Unset):
            new_selected_columns = UNSET
        else:
            new_selected_columns = (
                SchemaPropagationRecipeOptionsNewSelectedColumns.from_dict(
                    _new_selected_columns
                )
            )

        schema_propagation_recipe_options = cls(
            remove_missing_aggregates=remove_missing_aggregates,
            remove_missing_keys=remove_missing_keys,
            remove_missing_in_window=remove_missing_in_window,
            new_aggregates=new_aggregates,
            remove_missing_join_conditions=remove_missing_join_conditions,
            remove_missing_join_values=remove_missing_join_values,
            new_selected_columns=new_selected_columns,
        )

        schema_propagation_recipe_options.additional_properties = d
        return schema_propagation_recipe_options

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
