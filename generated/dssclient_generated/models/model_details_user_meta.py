from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.model_details_user_meta_cluster_labels import (
        ModelDetailsUserMetaClusterLabels,
    )
    from ..models.model_details_user_meta_labels_item import (
        ModelDetailsUserMetaLabelsItem,
    )


T = TypeVar("T", bound="ModelDetailsUserMeta")


@_attrs_define
class ModelDetailsUserMeta:
    """The user-editable metadata of a trained model.

    Attributes:
        name (str | Unset): Display name of the model.
        description (str | Unset): Description of the model.
        labels (list[ModelDetailsUserMetaLabelsItem] | Unset): Labels, key-value pairs.
        cluster_labels (ModelDetailsUserMetaClusterLabels | Unset): Names given to the clusters of a clustering model,
            by cluster id.
        active_classifier_threshold (float | Unset): Decision threshold of a binary classifier.
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    labels: list[ModelDetailsUserMetaLabelsItem] | Unset = UNSET
    cluster_labels: ModelDetailsUserMetaClusterLabels | Unset = UNSET
    active_classifier_threshold: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        labels: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = []
            for labels_item_data in self.labels:
                labels_item = labels_item_data.to_dict()
                labels.append(labels_item)

        cluster_labels: dict[str, Any] | Unset = UNSET
        if not isinstance(self.cluster_labels, Unset):
            cluster_labels = self.cluster_labels.to_dict()

        active_classifier_threshold = self.active_classifier_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if labels is not UNSET:
            field_dict["labels"] = labels
        if cluster_labels is not UNSET:
            field_dict["clusterLabels"] = cluster_labels
        if active_classifier_threshold is not UNSET:
            field_dict["activeClassifierThreshold"] = active_classifier_threshold

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.model_details_user_meta_cluster_labels import (
            ModelDetailsUserMetaClusterLabels,
        )
        from ..models.model_details_user_meta_labels_item import (
            ModelDetailsUserMetaLabelsItem,
        )

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _labels = d.pop("labels", UNSET)
        labels: list[ModelDetailsUserMetaLabelsItem] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = ModelDetailsUserMetaLabelsItem.from_dict(labels_item_data)

                labels.append(labels_item)

        _cluster_labels = d.pop("clusterLabels", UNSET)
        cluster_labels: ModelDetailsUserMetaClusterLabels | Unset
        if isinstance(_cluster_labels, Unset):
            cluster_labels = UNSET
        else:
            cluster_labels = ModelDetailsUserMetaClusterLabels.from_dict(
                _cluster_labels
            )

        active_classifier_threshold = d.pop("activeClassifierThreshold", UNSET)

        model_details_user_meta = cls(
            name=name,
            description=description,
            labels=labels,
            cluster_labels=cluster_labels,
            active_classifier_threshold=active_classifier_threshold,
        )

        model_details_user_meta.additional_properties = d
        return model_details_user_meta

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
