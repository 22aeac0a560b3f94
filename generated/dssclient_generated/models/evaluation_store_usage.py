from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EvaluationStoreUsage")


@_attrs_define
class EvaluationStoreUsage:
    """A recipe that uses an evaluation store.

    Attributes:
        type_ (str | Unset): `RECIPE_INPUT` or `RECIPE_OUTPUT`.
        object_id (str | Unset): Name of the recipe.
        object_project_key (str | Unset): Project of the recipe.
    """

    type_: str | Unset = UNSET
    object_id: str | Unset = UNSET
    object_project_key: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        object_id = self.object_id

        object_project_key = self.object_project_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        if object_project_key is not UNSET:
            field_dict["objectProjectKey"] = object_project_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        object_id = d.pop("objectId", UNSET)

        object_project_key = d.pop("objectProjectKey", UNSET)

        evaluation_store_usage = cls(
            type_=type_,
            object_id=object_id,
            object_project_key=object_project_key,
        )

        evaluation_store_usage.additional_properties = d
        return evaluation_store_usage

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
