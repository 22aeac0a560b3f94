from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ml_target_remapping import MLTargetRemapping
    from ..models.ml_task_preprocessing_per_feature import MLTaskPreprocessingPerFeature


T = TypeVar("T", bound="MLTaskPreprocessing")


@_attrs_define
class MLTaskPreprocessing:
    """The features' handling.

    Attributes:
        per_feature (MLTaskPreprocessingPerFeature | Unset): Each column's handling, by column name.
        target_remapping (list[MLTargetRemapping] | Unset): The classes of a classification target, in index order.
    """

    per_feature: MLTaskPreprocessingPerFeature | Unset = UNSET
    target_remapping: list[MLTargetRemapping] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        per_feature: dict[str, Any] | Unset = UNSET
        if not isinstance(self.per_feature, Unset):
            per_feature = self.per_feature.to_dict()

        target_remapping: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.target_remapping, Unset):
            target_remapping = []
            for target_remapping_item_data in self.target_remapping:
                target_remapping_item = target_remapping_item_data.to_dict()
                target_remapping.append(target_remapping_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if per_feature is not UNSET:
            field_dict["per_feature"] = per_feature
        if target_remapping is not UNSET:
            field_dict["target_remapping"] = target_remapping

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.ml_target_remapping import MLTargetRemapping
        from ..models.ml_task_preprocessing_per_feature import (
            MLTaskPreprocessingPerFeature,
        )

        d = dict(src_dict)
        _per_feature = d.pop("per_feature", UNSET)
        per_feature: MLTaskPreprocessingPerFeature | Unset
        if isinstance(_per_feature, Unset):
            per_feature = UNSET
        else:
            per_feature = MLTaskPreprocessingPerFeature.from_dict(_per_feature)

        _target_remapping = d.pop("target_remapping", UNSET)
        target_remapping: list[MLTargetRemapping] | Unset = UNSET
        if _target_remapping is not UNSET:
            target_remapping = []
            for target_remapping_item_data in _target_remapping:
                target_remapping_item = MLTargetRemapping.from_dict(
                    target_remapping_item_data
                )

                target_remapping.append(target_remapping_item)

        ml_task_preprocessing = cls(
            per_feature=per_feature,
            target_remapping=target_remapping,
        )

        ml_task_preprocessing.additional_properties = d
        return ml_task_preprocessing

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
