from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.propagate_schema_body_options_recipe_update_options_by_name import (
        PropagateSchemaBodyOptionsRecipeUpdateOptionsByName,
    )
    from ..models.propagate_schema_body_options_recipe_update_options_by_type import (
        PropagateSchemaBodyOptionsRecipeUpdateOptionsByType,
    )


T = TypeVar("T", bound="PropagateSchemaBodyOptionsRecipeUpdateOptions")


@_attrs_define
class PropagateSchemaBodyOptionsRecipeUpdateOptions:
    """How grouping, window and join recipes are updated, by recipe type (`byType`) and by name (`byName`).

    Attributes:
        by_type (PropagateSchemaBodyOptionsRecipeUpdateOptionsByType | Unset): The options of each recipe type.
        by_name (PropagateSchemaBodyOptionsRecipeUpdateOptionsByName | Unset): The options of each recipe by name.
    """

    by_type: PropagateSchemaBodyOptionsRecipeUpdateOptionsByType | Unset = UNSET
    by_name: PropagateSchemaBodyOptionsRecipeUpdateOptionsByName | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        by_type: dict[str, Any] | Unset = UNSET
        if not isinstance(self.by_type, Unset):
            by_type = self.by_type.to_dict()

        by_name: dict[str, Any] | Unset = UNSET
        if not isinstance(self.by_name, Unset):
            by_name = self.by_name.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if by_type is not UNSET:
            field_dict["byType"] = by_type
        if by_name is not UNSET:
            field_dict["byName"] = by_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.propagate_schema_body_options_recipe_update_options_by_name import (
            PropagateSchemaBodyOptionsRecipeUpdateOptionsByName,
        )
        from ..models.propagate_schema_body_options_recipe_update_options_by_type import (
            PropagateSchemaBodyOptionsRecipeUpdateOptionsByType,
        )

        d = dict(src_dict)
        _by_type = d.pop("byType", UNSET)
        by_type: PropagateSchemaBodyOptionsRecipeUpdateOptionsByType | Unset
        if isinstance(_by_type, Unset):
            by_type = UNSET
        else:
            by_type = PropagateSchemaBodyOptionsRecipeUpdateOptionsByType.from_dict(
                _by_type
            )

        _by_name = d.pop("byName", UNSET)
        by_name: PropagateSchemaBodyOptionsRecipeUpdateOptionsByName | Unset
        if isinstance(_by_name, Unset):
            by_name = UNSET
        else:
            by_name = PropagateSchemaBodyOptionsRecipeUpdateOptionsByName.from_dict(
                _by_name
            )

        propagate_schema_body_options_recipe_update_options = cls(
            by_type=by_type,
            by_name=by_name,
        )

        propagate_schema_body_options_recipe_update_options.additional_properties = d
        return propagate_schema_body_options_recipe_update_options

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
