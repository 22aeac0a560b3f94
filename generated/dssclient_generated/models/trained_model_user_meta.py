from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.trained_model_user_meta_labels_item import (
        TrainedModelUserMetaLabelsItem,
    )


T = TypeVar("T", bound="TrainedModelUserMeta")


@_attrs_define
class TrainedModelUserMeta:
    """A model's name, description and labels, as users set them.

    Attributes:
        name (str | Unset): Its name.
        description (str | Unset): Its description.
        labels (list[TrainedModelUserMetaLabelsItem] | Unset): Its labels (unverified shape).
    """

    name: str | Unset = UNSET
    description: str | Unset = UNSET
    labels: list[TrainedModelUserMetaLabelsItem] | Unset = UNSET
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if labels is not UNSET:
            field_dict["labels"] = labels

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.trained_model_user_meta_labels_item import (
            TrainedModelUserMetaLabelsItem,
        )

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        _labels = d.pop("labels", UNSET)
        labels: list[TrainedModelUserMetaLabelsItem] | Unset = UNSET
        if _labels is not UNSET:
            labels = []
            for labels_item_data in _labels:
                labels_item = TrainedModelUserMetaLabelsItem.from_dict(labels_item_data)

                labels.append(labels_item)

        trained_model_user_meta = cls(
            name=name,
            description=description,
            labels=labels,
        )

        trained_model_user_meta.additional_properties = d
        return trained_model_user_meta

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
