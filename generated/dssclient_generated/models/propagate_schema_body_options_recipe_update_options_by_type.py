from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schema_propagation_recipe_options import (
        SchemaPropagationRecipeOptions,
    )


T = TypeVar("T", bound="PropagateSchemaBodyOptionsRecipeUpdateOptionsByType")


@_attrs_define
class PropagateSchemaBodyOptionsRecipeUpdateOptionsByType:
    """The options of each recipe type.

    Attributes:
        grouping (SchemaPropagationRecipeOptions | Unset): How a schema propagation updates a grouping, window or join
            recipe.
        window (SchemaPropagationRecipeOptions | Unset): How a schema propagation updates a grouping, window or join
            recipe.
        join (SchemaPropagationRecipeOptions | Unset): How a schema propagation updates a grouping, window or join
            recipe.
    """

    grouping: SchemaPropagationRecipeOptions | Unset = UNSET
    window: SchemaPropagationRecipeOptions | Unset = UNSET
    join: SchemaPropagationRecipeOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grouping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.grouping, Unset):
            grouping = self.grouping.to_dict()

        window: dict[str, Any] | Unset = UNSET
        if not isinstance(self.window, Unset):
            window = self.window.to_dict()

        join: dict[str, Any] | Unset = UNSET
        if not isinstance(self.join, Unset):
            join = self.join.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if grouping is not UNSET:
            field_dict["grouping"] = grouping
        if window is not UNSET:
            field_dict["window"] = window
        if join is not UNSET:
            field_dict["join"] = join

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schema_propagation_recipe_options import (
            SchemaPropagationRecipeOptions,
        )

        d = dict(src_dict)
        _grouping = d.pop("grouping", UNSET)
        grouping: SchemaPropagationRecipeOptions | Unset
        if isinstance(_grouping, Unset):
            grouping = UNSET
        else:
            grouping = SchemaPropagationRecipeOptions.from_dict(_grouping)

        _window = d.pop("window", UNSET)
        window: SchemaPropagationRecipeOptions | Unset
        if isinstance(_window, Unset):
            window = UNSET
        else:
            window = SchemaPropagationRecipeOptions.from_dict(_window)

        _join = d.pop("join", UNSET)
        join: SchemaPropagationRecipeOptions | Unset
        if isinstance(_join, Unset):
            join = UNSET
        else:
            join = SchemaPropagationRecipeOptions.from_dict(_join)

        propagate_schema_body_options_recipe_update_options_by_type = cls(
            grouping=grouping,
            window=window,
            join=join,
        )

        propagate_schema_body_options_recipe_update_options_by_type.additional_properties = d
        return propagate_schema_body_options_recipe_update_options_by_type

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
