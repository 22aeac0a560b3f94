from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_read_write_options_type_0_default_read_ordering_type_0 import (
        DatasetReadWriteOptionsType0DefaultReadOrderingType0,
    )


T = TypeVar("T", bound="DatasetReadWriteOptionsType0")


@_attrs_define
class DatasetReadWriteOptionsType0:
    """How DSS reads and writes the data.

    Attributes:
        preserve_order (bool | None | Unset): Keep the order of the rows when writing.
        write_buckets (int | None | Unset): Number of files written in parallel.
        force_single_output_file (bool | None | Unset): Write a single file.
        default_read_ordering (DatasetReadWriteOptionsType0DefaultReadOrderingType0 | None | Unset): The order rows are
            read in by default.
    """

    preserve_order: bool | None | Unset = UNSET
    write_buckets: int | None | Unset = UNSET
    force_single_output_file: bool | None | Unset = UNSET
    default_read_ordering: (
        DatasetReadWriteOptionsType0DefaultReadOrderingType0 | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dataset_read_write_options_type_0_default_read_ordering_type_0 import (
            DatasetReadWriteOptionsType0DefaultReadOrderingType0,
        )

        preserve_order: bool | None | Unset
        if isinstance(self.preserve_order, Unset):
            preserve_order = UNSET
        else:
            preserve_order = self.preserve_order

        write_buckets: int | None | Unset
        if isinstance(self.write_buckets, Unset):
            write_buckets = UNSET
        else:
            write_buckets = self.write_buckets

        force_single_output_file: bool | None | Unset
        if isinstance(self.force_single_output_file, Unset):
            force_single_output_file = UNSET
        else:
            force_single_output_file = self.force_single_output_file

        default_read_ordering: dict[str, Any] | None | Unset
        if isinstance(self.default_read_ordering, Unset):
            default_read_ordering = UNSET
        elif isinstance(
            self.default_read_ordering,
            DatasetReadWriteOptionsType0DefaultReadOrderingType0,
        ):
            default_read_ordering = self.default_read_ordering.to_dict()
        else:
            default_read_ordering = self.default_read_ordering

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if preserve_order is not UNSET:
            field_dict["preserveOrder"] = preserve_order
        if write_buckets is not UNSET:
            field_dict["writeBuckets"] = write_buckets
        if force_single_output_file is not UNSET:
            field_dict["forceSingleOutputFile"] = force_single_output_file
        if default_read_ordering is not UNSET:
            field_dict["defaultReadOrdering"] = default_read_ordering

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset_read_write_options_type_0_default_read_ordering_type_0 import (
            DatasetReadWriteOptionsType0DefaultReadOrderingType0,
        )

        d = dict(src_dict)

        def _parse_preserve_order(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        preserve_order = _parse_preserve_order(d.pop("preserveOrder", UNSET))

        def _parse_write_buckets(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        write_buckets = _parse_write_buckets(d.pop("writeBuckets", UNSET))

        def _parse_force_single_output_file(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        force_single_output_file = _parse_force_single_output_file(
            d.pop("forceSingleOutputFile", UNSET)
        )

        def _parse_default_read_ordering(
            data: object,
        ) -> DatasetReadWriteOptionsType0DefaultReadOrderingType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_read_ordering_type_0 = (
                    DatasetReadWriteOptionsType0DefaultReadOrderingType0.from_dict(data)
                )

                return default_read_ordering_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                DatasetReadWriteOptionsType0DefaultReadOrderingType0 | None | Unset,
                data,
            )

        default_read_ordering = _parse_default_read_ordering(
            d.pop("defaultReadOrdering", UNSET)
        )

        dataset_read_write_options_type_0 = cls(
            preserve_order=preserve_order,
            write_buckets=write_buckets,
            force_single_output_file=force_single_output_file,
            default_read_ordering=default_read_ordering,
        )

        dataset_read_write_options_type_0.additional_properties = d
        return dataset_read_write_options_type_0

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
