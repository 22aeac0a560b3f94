from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_details_tree import ModelDetailsTree


T = TypeVar("T", bound="ModelDetailsTreeSet")


@_attrs_define
class ModelDetailsTreeSet:
    """The trees of a tree-based model.

    Attributes:
        feature_names (list[str]): Names of the preprocessed features the trees split on.
        trees (list[ModelDetailsTree]): The trees.
        classes (list[str] | Unset): Classes, in classification.
    """

    feature_names: list[str]
    trees: list[ModelDetailsTree]
    classes: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_names = self.feature_names

        trees = []
        for trees_item_data in self.trees:
            trees_item = trees_item_data.to_dict()
            trees.append(trees_item)

        classes: list[str] | Unset = UNSET
        if not isinstance(self.classes, Unset):
            classes = self.classes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "featureNames": feature_names,
                "trees": trees,
            }
        )
        if classes is not UNSET:
            field_dict["classes"] = classes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_details_tree import ModelDetailsTree

        d = dict(src_dict)
        feature_names = cast(list[str], d.pop("featureNames"))

        trees = []
        _trees = d.pop("trees")
        for trees_item_data in _trees:
            trees_item = ModelDetailsTree.from_dict(trees_item_data)

            trees.append(trees_item)

        classes = cast(list[str], d.pop("classes", UNSET))

        model_details_tree_set = cls(
            feature_names=feature_names,
            trees=trees,
            classes=classes,
        )

        model_details_tree_set.additional_properties = d
        return model_details_tree_set

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
