from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trained_model_details_facts_clusters_item_facts_item import (
        TrainedModelDetailsFactsClustersItemFactsItem,
    )


T = TypeVar("T", bound="TrainedModelDetailsFactsClustersItem")


@_attrs_define
class TrainedModelDetailsFactsClustersItem:
    """One cluster.

    Attributes:
        cluster (str | Unset): Its name (`cluster_0`, ...).
        size (int | Unset): Its rows.
        facts (list[TrainedModelDetailsFactsClustersItemFactsItem] | Unset): What sets the cluster apart, feature by
            feature.
    """

    cluster: str | Unset = UNSET
    size: int | Unset = UNSET
    facts: list[TrainedModelDetailsFactsClustersItemFactsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cluster = self.cluster

        size = self.size

        facts: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.facts, Unset):
            facts = []
            for facts_item_data in self.facts:
                facts_item = facts_item_data.to_dict()
                facts.append(facts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cluster is not UNSET:
            field_dict["cluster"] = cluster
        if size is not UNSET:
            field_dict["size"] = size
        if facts is not UNSET:
            field_dict["facts"] = facts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trained_model_details_facts_clusters_item_facts_item import (
            TrainedModelDetailsFactsClustersItemFactsItem,
        )

        d = dict(src_dict)
        cluster = d.pop("cluster", UNSET)

        size = d.pop("size", UNSET)

        _facts = d.pop("facts", UNSET)
        facts: list[TrainedModelDetailsFactsClustersItemFactsItem] | Unset = UNSET
        if _facts is not UNSET:
            facts = []
            for facts_item_data in _facts:
                facts_item = TrainedModelDetailsFactsClustersItemFactsItem.from_dict(
                    facts_item_data
                )

                facts.append(facts_item)

        trained_model_details_facts_clusters_item = cls(
            cluster=cluster,
            size=size,
            facts=facts,
        )

        trained_model_details_facts_clusters_item.additional_properties = d
        return trained_model_details_facts_clusters_item

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
