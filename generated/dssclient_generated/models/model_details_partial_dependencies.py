from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_details_partial_dependence import ModelDetailsPartialDependence


T = TypeVar("T", bound="ModelDetailsPartialDependencies")


@_attrs_define
class ModelDetailsPartialDependencies:
    """Every partial dependence computed for a model.

    Attributes:
        partial_dependencies (list[ModelDetailsPartialDependence] | Unset): The partial dependencies, one per feature.
    """

    partial_dependencies: list[ModelDetailsPartialDependence] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        partial_dependencies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.partial_dependencies, Unset):
            partial_dependencies = []
            for partial_dependencies_item_data in self.partial_dependencies:
                partial_dependencies_item = partial_dependencies_item_data.to_dict()
                partial_dependencies.append(partial_dependencies_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if partial_dependencies is not UNSET:
            field_dict["partialDependencies"] = partial_dependencies

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_details_partial_dependence import (
            ModelDetailsPartialDependence,
        )

        d = dict(src_dict)
        _partial_dependencies = d.pop("partialDependencies", UNSET)
        partial_dependencies: list[ModelDetailsPartialDependence] | Unset = UNSET
        if _partial_dependencies is not UNSET:
            partial_dependencies = []
            for partial_dependencies_item_data in _partial_dependencies:
                partial_dependencies_item = ModelDetailsPartialDependence.from_dict(
                    partial_dependencies_item_data
                )

                partial_dependencies.append(partial_dependencies_item)

        model_details_partial_dependencies = cls(
            partial_dependencies=partial_dependencies,
        )

        model_details_partial_dependencies.additional_properties = d
        return model_details_partial_dependencies

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
