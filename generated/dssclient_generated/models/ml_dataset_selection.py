from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MLDatasetSelection")


@_attrs_define
class MLDatasetSelection:
    """An extract of a dataset (its sampling).

    Attributes:
        sampling_method (str | Unset): HEAD_SEQUENTIAL, RANDOM_FIXED_NB, RANDOM_FIXED_RATIO, FULL, ...
        max_records (int | Unset): The most rows of the extract.
        target_ratio (float | Unset): The share of rows of a ratio sampling.
        partition_selection_method (str | Unset): ALL, SELECTED or LATEST_N.
        selected_partitions (list[str] | None | Unset): The partitions of a SELECTED partition selection.
    """

    sampling_method: str | Unset = UNSET
    max_records: int | Unset = UNSET
    target_ratio: float | Unset = UNSET
    partition_selection_method: str | Unset = UNSET
    selected_partitions: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sampling_method = self.sampling_method

        max_records = self.max_records

        target_ratio = self.target_ratio

        partition_selection_method = self.partition_selection_method

        selected_partitions: list[str] | None | Unset
        if isinstance(self.selected_partitions, Unset):
            selected_partitions = UNSET
        elif isinstance(self.selected_partitions, list):
            selected_partitions = self.selected_partitions

        else:
            selected_partitions = self.selected_partitions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sampling_method is not UNSET:
            field_dict["samplingMethod"] = sampling_method
        if max_records is not UNSET:
            field_dict["maxRecords"] = max_records
        if target_ratio is not UNSET:
            field_dict["targetRatio"] = target_ratio
        if partition_selection_method is not UNSET:
            field_dict["partitionSelectionMethod"] = partition_selection_method
        if selected_partitions is not UNSET:
            field_dict["selectedPartitions"] = selected_partitions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sampling_method = d.pop("samplingMethod", UNSET)

        max_records = d.pop("maxRecords", UNSET)

        target_ratio = d.pop("targetRatio", UNSET)

        partition_selection_method = d.pop("partitionSelectionMethod", UNSET)

        def _parse_selected_partitions(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                selected_partitions_type_0 = cast(list[str], data)

                return selected_partitions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        selected_partitions = _parse_selected_partitions(
            d.pop("selectedPartitions", UNSET)
        )

        ml_dataset_selection = cls(
            sampling_method=sampling_method,
            max_records=max_records,
            target_ratio=target_ratio,
            partition_selection_method=partition_selection_method,
            selected_partitions=selected_partitions,
        )

        ml_dataset_selection.additional_properties = d
        return ml_dataset_selection

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
