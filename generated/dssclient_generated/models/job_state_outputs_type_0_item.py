from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobStateOutputsType0Item")


@_attrs_define
class JobStateOutputsType0Item:
    """One object the job builds.

    Attributes:
        type_ (None | str | Unset): Kind of the object (`DATASET`, ...).
        target_dataset (None | str | Unset): Name of the dataset.
        target_dataset_project_key (None | str | Unset): Project of the dataset.
        target_partition (None | str | Unset): Partitions to build, comma-separated.
    """

    type_: None | str | Unset = UNSET
    target_dataset: None | str | Unset = UNSET
    target_dataset_project_key: None | str | Unset = UNSET
    target_partition: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        target_dataset: None | str | Unset
        if isinstance(self.target_dataset, Unset):
            target_dataset = UNSET
        else:
            target_dataset = self.target_dataset

        target_dataset_project_key: None | str | Unset
        if isinstance(self.target_dataset_project_key, Unset):
            target_dataset_project_key = UNSET
        else:
            target_dataset_project_key = self.target_dataset_project_key

        target_partition: None | str | Unset
        if isinstance(self.target_partition, Unset):
            target_partition = UNSET
        else:
            target_partition = self.target_partition

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if target_dataset is not UNSET:
            field_dict["targetDataset"] = target_dataset
        if target_dataset_project_key is not UNSET:
            field_dict["targetDatasetProjectKey"] = target_dataset_project_key
        if target_partition is not UNSET:
            field_dict["targetPartition"] = target_partition

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_target_dataset(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_dataset = _parse_target_dataset(d.pop("targetDataset", UNSET))

        def _parse_target_dataset_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_dataset_project_key = _parse_target_dataset_project_key(
            d.pop("targetDatasetProjectKey", UNSET)
        )

        def _parse_target_partition(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_partition = _parse_target_partition(d.pop("targetPartition", UNSET))

        job_state_outputs_type_0_item = cls(
            type_=type_,
            target_dataset=target_dataset,
            target_dataset_project_key=target_dataset_project_key,
            target_partition=target_partition,
        )

        job_state_outputs_type_0_item.additional_properties = d
        return job_state_outputs_type_0_item

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
