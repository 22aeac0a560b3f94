from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModelDetailsTree")


@_attrs_define
class ModelDetailsTree:
    """One tree, as parallel arrays indexed by node (node 0 is the root).

    Attributes:
        left_child (list[int] | Unset): Index of each node's left child; negative for a leaf.
        right_child (list[int] | Unset): Index of each node's right child; negative for a leaf.
        feature (list[int] | Unset): Index (in the tree set's `featureNames`) of the feature each node splits on; -2 for
            a leaf.
        threshold (list[float] | Unset): Threshold of each node's split (left: value <= threshold); -2 for a leaf.
        impurity (list[float] | Unset): Impurity of each node.
        n_samples (list[int] | Unset): Number of training rows reaching each node.
        predict (list[float] | Unset): What each node predicts (the value in regression, the probability of the last
            class in binary classification).
        probas (list[list[float]] | Unset): Class probabilities at each node (classification).
        left_categories (list[Any] | Unset): Categories sent left (categorical splits, unverified).
    """

    left_child: list[int] | Unset = UNSET
    right_child: list[int] | Unset = UNSET
    feature: list[int] | Unset = UNSET
    threshold: list[float] | Unset = UNSET
    impurity: list[float] | Unset = UNSET
    n_samples: list[int] | Unset = UNSET
    predict: list[float] | Unset = UNSET
    probas: list[list[float]] | Unset = UNSET
    left_categories: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        left_child: list[int] | Unset = UNSET
        if not isinstance(self.left_child, Unset):
            left_child = self.left_child

        right_child: list[int] | Unset = UNSET
        if not isinstance(self.right_child, Unset):
            right_child = self.right_child

        feature: list[int] | Unset = UNSET
        if not isinstance(self.feature, Unset):
            feature = self.feature

        threshold: list[float] | Unset = UNSET
        if not isinstance(self.threshold, Unset):
            threshold = self.threshold

        impurity: list[float] | Unset = UNSET
        if not isinstance(self.impurity, Unset):
            impurity = self.impurity

        n_samples: list[int] | Unset = UNSET
        if not isinstance(self.n_samples, Unset):
            n_samples = self.n_samples

        predict: list[float] | Unset = UNSET
        if not isinstance(self.predict, Unset):
            predict = self.predict

        probas: list[list[float]] | Unset = UNSET
        if not isinstance(self.probas, Unset):
            probas = []
            for probas_item_data in self.probas:
                probas_item = probas_item_data

                probas.append(probas_item)

        left_categories: list[Any] | Unset = UNSET
        if not isinstance(self.left_categories, Unset):
            left_categories = self.left_categories

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if left_child is not UNSET:
            field_dict["leftChild"] = left_child
        if right_child is not UNSET:
            field_dict["rightChild"] = right_child
        if feature is not UNSET:
            field_dict["feature"] = feature
        if threshold is not UNSET:
            field_dict["threshold"] = threshold
        if impurity is not UNSET:
            field_dict["impurity"] = impurity
        if n_samples is not UNSET:
            field_dict["nSamples"] = n_samples
        if predict is not UNSET:
            field_dict["predict"] = predict
        if probas is not UNSET:
            field_dict["probas"] = probas
        if left_categories is not UNSET:
            field_dict["leftCategories"] = left_categories

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        left_child = cast(list[int], d.pop("leftChild", UNSET))

        right_child = cast(list[int], d.pop("rightChild", UNSET))

        feature = cast(list[int], d.pop("feature", UNSET))

        threshold = cast(list[float], d.pop("threshold", UNSET))

        impurity = cast(list[float], d.pop("impurity", UNSET))

        n_samples = cast(list[int], d.pop("nSamples", UNSET))

        predict = cast(list[float], d.pop("predict", UNSET))

        _probas = d.pop("probas", UNSET)
        probas: list[list[float]] | Unset = UNSET
        if _probas is not UNSET:
            probas = []
            for probas_item_data in _probas:
                probas_item = cast(list[float], probas_item_data)

                probas.append(probas_item)

        left_categories = cast(list[Any], d.pop("leftCategories", UNSET))

        model_details_tree = cls(
            left_child=left_child,
            right_child=right_child,
            feature=feature,
            threshold=threshold,
            impurity=impurity,
            n_samples=n_samples,
            predict=predict,
            probas=probas,
            left_categories=left_categories,
        )

        model_details_tree.additional_properties = d
        return model_details_tree

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
