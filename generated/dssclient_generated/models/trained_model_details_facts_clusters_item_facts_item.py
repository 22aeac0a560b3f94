from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainedModelDetailsFactsClustersItemFactsItem")


@_attrs_define
class TrainedModelDetailsFactsClustersItemFactsItem:
    """One fact.

    Attributes:
        feature_label (str | Unset): The feature it is about.
    """

    feature_label: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        feature_label = self.feature_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if feature_label is not UNSET:
            field_dict["feature_label"] = feature_label

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        feature_label = d.pop("feature_label", UNSET)

        trained_model_details_facts_clusters_item_facts_item = cls(
            feature_label=feature_label,
        )

        trained_model_details_facts_clusters_item_facts_item.additional_properties = d
        return trained_model_details_facts_clusters_item_facts_item

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
