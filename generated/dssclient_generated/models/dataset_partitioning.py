from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_partitioning_dimensions_type_0_item import (
        DatasetPartitioningDimensionsType0Item,
    )


T = TypeVar("T", bound="DatasetPartitioning")


@_attrs_define
class DatasetPartitioning:
    """How a dataset is partitioned: by `dimensions` (none: not partitioned), and for files, a
    `filePathPattern` mapping paths to partitions. The official client writes dimensions as
    `{name, type: value}` (discrete) and `{name, type: time, params: {period}}`.

        Attributes:
            dimensions (list[DatasetPartitioningDimensionsType0Item] | None | Unset): The partitioning dimensions; empty
                when the dataset is not partitioned.
            file_path_pattern (None | str | Unset): Pattern mapping a file's path to its partition (`%Y/%M/%D/.*`,
                `%{dim}/.*`).
            ignore_non_matching_file (bool | None | Unset): Whether files outside the pattern are ignored rather than an
                error (unverified).
            consider_missing_requested_partitions_as_empty (bool | None | Unset): Whether a requested partition with no file
                reads as empty (unverified).
    """

    dimensions: list[DatasetPartitioningDimensionsType0Item] | None | Unset = UNSET
    file_path_pattern: None | str | Unset = UNSET
    ignore_non_matching_file: bool | None | Unset = UNSET
    consider_missing_requested_partitions_as_empty: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dimensions: list[dict[str, Any]] | None | Unset
        if isinstance(self.dimensions, Unset):
            dimensions = UNSET
        elif isinstance(self.dimensions, list):
            dimensions = []
            for dimensions_type_0_item_data in self.dimensions:
                dimensions_type_0_item = dimensions_type_0_item_data.to_dict()
                dimensions.append(dimensions_type_0_item)

        else:
            dimensions = self.dimensions

        file_path_pattern: None | str | Unset
        if isinstance(self.file_path_pattern, Unset):
            file_path_pattern = UNSET
        else:
            file_path_pattern = self.file_path_pattern

        ignore_non_matching_file: bool | None | Unset
        if isinstance(self.ignore_non_matching_file, Unset):
            ignore_non_matching_file = UNSET
        else:
            ignore_non_matching_file = self.ignore_non_matching_file

        consider_missing_requested_partitions_as_empty: bool | None | Unset
        if isinstance(self.consider_missing_requested_partitions_as_empty, Unset):
            consider_missing_requested_partitions_as_empty = UNSET
        else:
            consider_missing_requested_partitions_as_empty = (
                self.consider_missing_requested_partitions_as_empty
            )

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if file_path_pattern is not UNSET:
            field_dict["filePathPattern"] = file_path_pattern
        if ignore_non_matching_file is not UNSET:
            field_dict["ignoreNonMatchingFile"] = ignore_non_matching_file
        if consider_missing_requested_partitions_as_empty is not UNSET:
            field_dict["considerMissingRequestedPartitionsAsEmpty"] = (
                consider_missing_requested_partitions_as_empty
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset_partitioning_dimensions_type_0_item import (
            DatasetPartitioningDimensionsType0Item,
        )

        d = dict(src_dict)

        def _parse_dimensions(
            data: object,
        ) -> list[DatasetPartitioningDimensionsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dimensions_type_0 = []
                _dimensions_type_0 = data
                for dimensions_type_0_item_data in _dimensions_type_0:
                    dimensions_type_0_item = (
                        DatasetPartitioningDimensionsType0Item.from_dict(
                            dimensions_type_0_item_data
                        )
                    )

                    dimensions_type_0.append(dimensions_type_0_item)

                return dimensions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[DatasetPartitioningDimensionsType0Item] | None | Unset, data
            )

        dimensions = _parse_dimensions(d.pop("dimensions", UNSET))

        def _parse_file_path_pattern(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_path_pattern = _parse_file_path_pattern(d.pop("filePathPattern", UNSET))

        def _parse_ignore_non_matching_file(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        ignore_non_matching_file = _parse_ignore_non_matching_file(
            d.pop("ignoreNonMatchingFile", UNSET)
        )

        def _parse_consider_missing_requested_partitions_as_empty(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        consider_missing_requested_partitions_as_empty = (
            _parse_consider_missing_requested_partitions_as_empty(
                d.pop("considerMissingRequestedPartitionsAsEmpty", UNSET)
            )
        )

        dataset_partitioning = cls(
            dimensions=dimensions,
            file_path_pattern=file_path_pattern,
            ignore_non_matching_file=ignore_non_matching_file,
            consider_missing_requested_partitions_as_empty=consider_missing_requested_partitions_as_empty,
        )

        dataset_partitioning.additional_properties = d
        return dataset_partitioning

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
