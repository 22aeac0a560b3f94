from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trained_model_details_facts_clusters_item import (
        TrainedModelDetailsFactsClustersItem,
    )


T = TypeVar("T", bound="TrainedModelDetailsFacts")


@_attrs_define
class TrainedModelDetailsFacts:
    """The clusters' facts of a clustering model.

    Attributes:
        clusters (list[TrainedModelDetailsFactsClustersItem] | Unset): Each cluster, its size and facts.
    """

    clusters: list[TrainedModelDetailsFactsClustersItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clusters: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.clusters, Unset):
            clusters = []
            for clusters_item_data in self.clusters:
                clusters_item = clusters_item_data.to_dict()
                clusters.append(clusters_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clusters is not UNSET:
            field_dict["clusters"] = clusters

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trained_model_details_facts_clusters_item import (
            TrainedModelDetailsFactsClustersItem,
        )

        d = dict(src_dict)
        _clusters = d.pop("clusters", UNSET)
        clusters: list[TrainedModelDetailsFactsClustersItem] | Unset = UNSET
        if _clusters is not UNSET:
            clusters = []
            for clusters_item_data in _clusters:
                clusters_item = TrainedModelDetailsFactsClustersItem.from_dict(
                    clusters_item_data
                )

                clusters.append(clusters_item)

        trained_model_details_facts = cls(
            clusters=clusters,
        )

        trained_model_details_facts.additional_properties = d
        return trained_model_details_facts

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
