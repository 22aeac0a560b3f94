from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_selection_filter_type_0 import DataSelectionFilterType0
    from ..models.data_selection_ordering_type_0 import DataSelectionOrderingType0


T = TypeVar("T", bound="DataSelection")


@_attrs_define
class DataSelection:
    """Which rows are read (a sample), for metrics or for previews.

    Attributes:
        sampling_method (None | str | Unset): `FULL`, `HEAD_SEQUENTIAL`, `RANDOM_FIXED_NB`, `RANDOM_FIXED_RATIO`, ...
        max_records (int | None | Unset): Most rows read; -1 for no limit.
        target_ratio (float | None | Unset): Share of the rows read, with a ratio method.
        within_first_n (int | None | Unset): Sample within the first N rows; -1 for all.
        max_read_uncompressed_bytes (int | None | Unset): Most bytes read; -1 for no limit.
        partition_selection_method (None | str | Unset): `ALL`, `SELECTED` or `LATEST_N`.
        latest_partitions_n (int | None | Unset): How many partitions, with `LATEST_N`.
        selected_partitions (list[str] | None | Unset): The partitions, with `SELECTED`.
        use_mem_table (bool | None | Unset): Whether the sample is kept in memory.
        filter_ (DataSelectionFilterType0 | None | Unset): A filter on the rows read.
        ordering (DataSelectionOrderingType0 | None | Unset): The order rows are read in.
    """

    sampling_method: None | str | Unset = UNSET
    max_records: int | None | Unset = UNSET
    target_ratio: float | None | Unset = UNSET
    within_first_n: int | None | Unset = UNSET
    max_read_uncompressed_bytes: int | None | Unset = UNSET
    partition_selection_method: None | str | Unset = UNSET
    latest_partitions_n: int | None | Unset = UNSET
    selected_partitions: list[str] | None | Unset = UNSET
    use_mem_table: bool | None | Unset = UNSET
    filter_: DataSelectionFilterType0 | None | Unset = UNSET
    ordering: DataSelectionOrderingType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_selection_filter_type_0 import DataSelectionFilterType0
        from ..models.data_selection_ordering_type_0 import DataSelectionOrderingType0

        sampling_method: None | str | Unset
        if isinstance(self.sampling_method, Unset):
            sampling_method = UNSET
        else:
            sampling_method = self.sampling_method

        max_records: int | None | Unset
        if isinstance(self.max_records, Unset):
            max_records = UNSET
        else:
            max_records = self.max_records

        target_ratio: float | None | Unset
        if isinstance(self.target_ratio, Unset):
            target_ratio = UNSET
        else:
            target_ratio = self.target_ratio

        within_first_n: int | None | Unset
        if isinstance(self.within_first_n, Unset):
            within_first_n = UNSET
        else:
            within_first_n = self.within_first_n

        max_read_uncompressed_bytes: int | None | Unset
        if isinstance(self.max_read_uncompressed_bytes, Unset):
            max_read_uncompressed_bytes = UNSET
        else:
            max_read_uncompressed_bytes = self.max_read_uncompressed_bytes

        partition_selection_method: None | str | Unset
        if isinstance(self.partition_selection_method, Unset):
            partition_selection_method = UNSET
        else:
            partition_selection_method = self.partition_selection_method

        latest_partitions_n: int | None | Unset
        if isinstance(self.latest_partitions_n, Unset):
            latest_partitions_n = UNSET
        else:
            latest_partitions_n = self.latest_partitions_n

        selected_partitions: list[str] | None | Unset
        if isinstance(self.selected_partitions, Unset):
            selected_partitions = UNSET
        elif isinstance(self.selected_partitions, list):
            selected_partitions = self.selected_partitions

        else:
            selected_partitions = self.selected_partitions

        use_mem_table: bool | None | Unset
        if isinstance(self.use_mem_table, Unset):
            use_mem_table = UNSET
        else:
            use_mem_table = self.use_mem_table

        filter_: dict[str, Any] | None | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        elif isinstance(self.filter_, DataSelectionFilterType0):
            filter_ = self.filter_.to_dict()
        else:
            filter_ = self.filter_

        ordering: dict[str, Any] | None | Unset
        if isinstance(self.ordering, Unset):
            ordering = UNSET
        elif isinstance(self.ordering, DataSelectionOrderingType0):
            ordering = self.ordering.to_dict()
        else:
            ordering = self.ordering

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sampling_method is not UNSET:
            field_dict["samplingMethod"] = sampling_method
        if max_records is not UNSET:
            field_dict["maxRecords"] = max_records
        if target_ratio is not UNSET:
            field_dict["targetRatio"] = target_ratio
        if within_first_n is not UNSET:
            field_dict["withinFirstN"] = within_first_n
        if max_read_uncompressed_bytes is not UNSET:
            field_dict["maxReadUncompressedBytes"] = max_read_uncompressed_bytes
        if partition_selection_method is not UNSET:
            field_dict["partitionSelectionMethod"] = partition_selection_method
        if latest_partitions_n is not UNSET:
            field_dict["latestPartitionsN"] = latest_partitions_n
        if selected_partitions is not UNSET:
            field_dict["selectedPartitions"] = selected_partitions
        if use_mem_table is not UNSET:
            field_dict["useMemTable"] = use_mem_table
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if ordering is not UNSET:
            field_dict["ordering"] = ordering

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_selection_filter_type_0 import DataSelectionFilterType0
        from ..models.data_selection_ordering_type_0 import DataSelectionOrderingType0

        d = dict(src_dict)

        def _parse_sampling_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sampling_method = _parse_sampling_method(d.pop("samplingMethod", UNSET))

        def _parse_max_records(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_records = _parse_max_records(d.pop("maxRecords", UNSET))

        def _parse_target_ratio(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        target_ratio = _parse_target_ratio(d.pop("targetRatio", UNSET))

        def _parse_within_first_n(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        within_first_n = _parse_within_first_n(d.pop("withinFirstN", UNSET))

        def _parse_max_read_uncompressed_bytes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_read_uncompressed_bytes = _parse_max_read_uncompressed_bytes(
            d.pop("maxReadUncompressedBytes", UNSET)
        )

        def _parse_partition_selection_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partition_selection_method = _parse_partition_selection_method(
            d.pop("partitionSelectionMethod", UNSET)
        )

        def _parse_latest_partitions_n(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        latest_partitions_n = _parse_latest_partitions_n(
            d.pop("latestPartitionsN", UNSET)
        )

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

        def _parse_use_mem_table(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_mem_table = _parse_use_mem_table(d.pop("useMemTable", UNSET))

        def _parse_filter_(data: object) -> DataSelectionFilterType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filter_type_0 = DataSelectionFilterType0.from_dict(data)

                return filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataSelectionFilterType0 | None | Unset, data)

        filter_ = _parse_filter_(d.pop("filter", UNSET))

        def _parse_ordering(data: object) -> DataSelectionOrderingType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ordering_type_0 = DataSelectionOrderingType0.from_dict(data)

                return ordering_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataSelectionOrderingType0 | None | Unset, data)

        ordering = _parse_ordering(d.pop("ordering", UNSET))

        data_selection = cls(
            sampling_method=sampling_method,
            max_records=max_records,
            target_ratio=target_ratio,
            within_first_n=within_first_n,
            max_read_uncompressed_bytes=max_read_uncompressed_bytes,
            partition_selection_method=partition_selection_method,
            latest_partitions_n=latest_partitions_n,
            selected_partitions=selected_partitions,
            use_mem_table=use_mem_table,
            filter_=filter_,
            ordering=ordering,
        )

        data_selection.additional_properties = d
        return data_selection

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
