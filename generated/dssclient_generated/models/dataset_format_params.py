from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetFormatParams")


@_attrs_define
class DatasetFormatParams:
    """The format-specific parameters of a file-based dataset (its `formatParams`); which keys
    apply depends on `formatType`. The keys below are those of `csv` (the official client's
    `set_csv_format` writes `separator`, `style`, `skipRowsBeforeHeader`, `parseHeaderRow`,
    `skipRowsAfterHeader`) and of `parquet`.

        Attributes:
            style (None | str | Unset): CSV quoting style: `excel`, `unix`, `escape_only_no_quote`,
                `no_escaping_nor_quoting`.
            charset (None | str | Unset): Character set of the files (`utf8`, ...).
            separator (None | str | Unset): Field separator (`,`, `\\t`, ...).
            quote_char (None | str | Unset): Quoting character.
            escape_char (None | str | Unset): Escaping character.
            compress (None | str | Unset): Compression of the files (``, `gz`, `bz2`, `snappy`, ...).
            skip_rows_before_header (int | None | Unset): Lines to skip before the header.
            parse_header_row (bool | None | Unset): Whether the first line read is a header naming the columns.
            skip_rows_after_header (int | None | Unset): Lines to skip after the header.
            date_serialization_format (None | str | Unset): How dates are written (`ISO`, ...).
            array_map_format (None | str | Unset): How arrays and maps are written in a cell (`json`, ...).
            array_item_separator (None | str | Unset): Separator of array items, when not JSON (unverified).
            map_key_separator (None | str | Unset): Separator of map keys and values, when not JSON (unverified).
            hive_separators (list[str] | None | Unset): Nested separators, Hive-style (unverified).
            probable_number_of_records (int | None | Unset): An estimate of the number of records, from format detection.
            normalize_booleans (bool | None | Unset): Read booleans in DSS's normalized form.
            normalize_doubles (bool | None | Unset): Read doubles in DSS's normalized form.
            read_additional_columns_behavior (None | str | Unset): What to do with a line with more columns than the schema
                (`INSERT_IN_DATA_WARNING`, ...).
            read_missing_columns_behavior (None | str | Unset): What to do with a line with fewer columns than the schema
                (`DISCARD_SILENT`, ...).
            read_data_type_mismatch_behavior (None | str | Unset): What to do with a value that does not fit its column's
                type (`DISCARD_WARNING`, ...).
            write_data_type_mismatch_behavior (None | str | Unset): What to do when writing such a value (`DISCARD_WARNING`,
                ...).
            file_read_failure_behavior (None | str | Unset): What to do with a file that cannot be read (`FAIL`, ...).
            parquet_compression_method (None | str | Unset): Compression of Parquet files (`SNAPPY`, ...).
            parquet_flavor (None | str | Unset): Which Parquet dialect is written (`HIVE`, `SPARK`) (unverified).
            parquet_block_size_mb (int | None | Unset): Size of a Parquet row group, in MB (unverified).
            represents_null_fields (bool | None | Unset): Whether null fields are written (unverified).
    """

    style: None | str | Unset = UNSET
    charset: None | str | Unset = UNSET
    separator: None | str | Unset = UNSET
    quote_char: None | str | Unset = UNSET
    escape_char: None | str | Unset = UNSET
    compress: None | str | Unset = UNSET
    skip_rows_before_header: int | None | Unset = UNSET
    parse_header_row: bool | None | Unset = UNSET
    skip_rows_after_header: int | None | Unset = UNSET
    date_serialization_format: None | str | Unset = UNSET
    array_map_format: None | str | Unset = UNSET
    array_item_separator: None | str | Unset = UNSET
    map_key_separator: None | str | Unset = UNSET
    hive_separators: list[str] | None | Unset = UNSET
    probable_number_of_records: int | None | Unset = UNSET
    normalize_booleans: bool | None | Unset = UNSET
    normalize_doubles: bool | None | Unset = UNSET
    read_additional_columns_behavior: None | str | Unset = UNSET
    read_missing_columns_behavior: None | str | Unset = UNSET
    read_data_type_mismatch_behavior: None | str | Unset = UNSET
    write_data_type_mismatch_behavior: None | str | Unset = UNSET
    file_read_failure_behavior: None | str | Unset = UNSET
    parquet_compression_method: None | str | Unset = UNSET
    parquet_flavor: None | str | Unset = UNSET
    parquet_block_size_mb: int | None | Unset = UNSET
    represents_null_fields: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        style: None | str | Unset
        if isinstance(self.style, Unset):
            style = UNSET
        else:
            style = self.style

        charset: None | str | Unset
        if isinstance(self.charset, Unset):
            charset = UNSET
        else:
            charset = self.charset

        separator: None | str | Unset
        if isinstance(self.separator, Unset):
            separator = UNSET
        else:
            separator = self.separator

        quote_char: None | str | Unset
        if isinstance(self.quote_char, Unset):
            quote_char = UNSET
        else:
            quote_char = self.quote_char

        escape_char: None | str | Unset
        if isinstance(self.escape_char, Unset):
            escape_char = UNSET
        else:
            escape_char = self.escape_char

        compress: None | str | Unset
        if isinstance(self.compress, Unset):
            compress = UNSET
        else:
            compress = self.compress

        skip_rows_before_header: int | None | Unset
        if isinstance(self.skip_rows_before_header, Unset):
            skip_rows_before_header = UNSET
        else:
            skip_rows_before_header = self.skip_rows_before_header

        parse_header_row: bool | None | Unset
        if isinstance(self.parse_header_row, Unset):
            parse_header_row = UNSET
        else:
            parse_header_row = self.parse_header_row

        skip_rows_after_header: int | None | Unset
        if isinstance(self.skip_rows_after_header, Unset):
            skip_rows_after_header = UNSET
        else:
            skip_rows_after_header = self.skip_rows_after_header

        date_serialization_format: None | str | Unset
        if isinstance(self.date_serialization_format, Unset):
            date_serialization_format = UNSET
        else:
            date_serialization_format = self.date_serialization_format

        array_map_format: None | str | Unset
        if isinstance(self.array_map_format, Unset):
            array_map_format = UNSET
        else:
            array_map_format = self.array_map_format

        array_item_separator: None | str | Unset
        if isinstance(self.array_item_separator, Unset):
            array_item_separator = UNSET
        else:
            array_item_separator = self.array_item_separator

        map_key_separator: None | str | Unset
        if isinstance(self.map_key_separator, Unset):
            map_key_separator = UNSET
        else:
            map_key_separator = self.map_key_separator

        hive_separators: list[str] | None | Unset
        if isinstance(self.hive_separators, Unset):
            hive_separators = UNSET
        elif isinstance(self.hive_separators, list):
            hive_separators = self.hive_separators

        else:
            hive_separators = self.hive_separators

        probable_number_of_records: int | None | Unset
        if isinstance(self.probable_number_of_records, Unset):
            probable_number_of_records = UNSET
        else:
            probable_number_of_records = self.probable_number_of_records

        normalize_booleans: bool | None | Unset
        if isinstance(self.normalize_booleans, Unset):
            normalize_booleans = UNSET
        else:
            normalize_booleans = self.normalize_booleans

        normalize_doubles: bool | None | Unset
        if isinstance(self.normalize_doubles, Unset):
            normalize_doubles = UNSET
        else:
            normalize_doubles = self.normalize_doubles

        read_additional_columns_behavior: None | str | Unset
        if isinstance(self.read_additional_columns_behavior, Unset):
            read_additional_columns_behavior = UNSET
        else:
            read_additional_columns_behavior = self.read_additional_columns_behavior

        read_missing_columns_behavior: None | str | Unset
        if isinstance(self.read_missing_columns_behavior, Unset):
            read_missing_columns_behavior = UNSET
        else:
            read_missing_columns_behavior = self.read_missing_columns_behavior

        read_data_type_mismatch_behavior: None | str | Unset
        if isinstance(self.read_data_type_mismatch_behavior, Unset):
            read_data_type_mismatch_behavior = UNSET
        else:
            read_data_type_mismatch_behavior = self.read_data_type_mismatch_behavior

        write_data_type_mismatch_behavior: None | str | Unset
        if isinstance(self.write_data_type_mismatch_behavior, Unset):
            write_data_type_mismatch_behavior = UNSET
        else:
            write_data_type_mismatch_behavior = self.write_data_type_mismatch_behavior

        file_read_failure_behavior: None | str | Unset
        if isinstance(self.file_read_failure_behavior, Unset):
            file_read_failure_behavior = UNSET
        else:
            file_read_failure_behavior = self.file_read_failure_behavior

        parquet_compression_method: None | str | Unset
        if isinstance(self.parquet_compression_method, Unset):
            parquet_compression_method = UNSET
        else:
            parquet_compression_method = self.parquet_compression_method

        parquet_flavor: None | str | Unset
        if isinstance(self.parquet_flavor, Unset):
            parquet_flavor = UNSET
        else:
            parquet_flavor = self.parquet_flavor

        parquet_block_size_mb: int | None | Unset
        if isinstance(self.parquet_block_size_mb, Unset):
            parquet_block_size_mb = UNSET
        else:
            parquet_block_size_mb = self.parquet_block_size_mb

        represents_null_fields: bool | None | Unset
        if isinstance(self.represents_null_fields, Unset):
            represents_null_fields = UNSET
        else:
            represents_null_fields = self.represents_null_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if style is not UNSET:
            field_dict["style"] = style
        if charset is not UNSET:
            field_dict["charset"] = charset
        if separator is not UNSET:
            field_dict["separator"] = separator
        if quote_char is not UNSET:
            field_dict["quoteChar"] = quote_char
        if escape_char is not UNSET:
            field_dict["escapeChar"] = escape_char
        if compress is not UNSET:
            field_dict["compress"] = compress
        if skip_rows_before_header is not UNSET:
            field_dict["skipRowsBeforeHeader"] = skip_rows_before_header
        if parse_header_row is not UNSET:
            field_dict["parseHeaderRow"] = parse_header_row
        if skip_rows_after_header is not UNSET:
            field_dict["skipRowsAfterHeader"] = skip_rows_after_header
        if date_serialization_format is not UNSET:
            field_dict["dateSerializationFormat"] = date_serialization_format
        if array_map_format is not UNSET:
            field_dict["arrayMapFormat"] = array_map_format
        if array_item_separator is not UNSET:
            field_dict["arrayItemSeparator"] = array_item_separator
        if map_key_separator is not UNSET:
            field_dict["mapKeySeparator"] = map_key_separator
        if hive_separators is not UNSET:
            field_dict["hiveSeparators"] = hive_separators
        if probable_number_of_records is not UNSET:
            field_dict["probableNumberOfRecords"] = probable_number_of_records
        if normalize_booleans is not UNSET:
            field_dict["normalizeBooleans"] = normalize_booleans
        if normalize_doubles is not UNSET:
            field_dict["normalizeDoubles"] = normalize_doubles
        if read_additional_columns_behavior is not UNSET:
            field_dict["readAdditionalColumnsBehavior"] = (
                read_additional_columns_behavior
            )
        if read_missing_columns_behavior is not UNSET:
            field_dict["readMissingColumnsBehavior"] = read_missing_columns_behavior
        if read_data_type_mismatch_behavior is not UNSET:
            field_dict["readDataTypeMismatchBehavior"] = (
                read_data_type_mismatch_behavior
            )
        if write_data_type_mismatch_behavior is not UNSET:
            field_dict["writeDataTypeMismatchBehavior"] = (
                write_data_type_mismatch_behavior
            )
        if file_read_failure_behavior is not UNSET:
            field_dict["fileReadFailureBehavior"] = file_read_failure_behavior
        if parquet_compression_method is not UNSET:
            field_dict["parquetCompressionMethod"] = parquet_compression_method
        if parquet_flavor is not UNSET:
            field_dict["parquetFlavor"] = parquet_flavor
        if parquet_block_size_mb is not UNSET:
            field_dict["parquetBlockSizeMB"] = parquet_block_size_mb
        if represents_null_fields is not UNSET:
            field_dict["representsNullFields"] = represents_null_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_style(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        style = _parse_style(d.pop("style", UNSET))

        def _parse_charset(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        charset = _parse_charset(d.pop("charset", UNSET))

        def _parse_separator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        separator = _parse_separator(d.pop("separator", UNSET))

        def _parse_quote_char(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        quote_char = _parse_quote_char(d.pop("quoteChar", UNSET))

        def _parse_escape_char(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        escape_char = _parse_escape_char(d.pop("escapeChar", UNSET))

        def _parse_compress(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        compress = _parse_compress(d.pop("compress", UNSET))

        def _parse_skip_rows_before_header(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        skip_rows_before_header = _parse_skip_rows_before_header(
            d.pop("skipRowsBeforeHeader", UNSET)
        )

        def _parse_parse_header_row(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        parse_header_row = _parse_parse_header_row(d.pop("parseHeaderRow", UNSET))

        def _parse_skip_rows_after_header(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        skip_rows_after_header = _parse_skip_rows_after_header(
            d.pop("skipRowsAfterHeader", UNSET)
        )

        def _parse_date_serialization_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_serialization_format = _parse_date_serialization_format(
            d.pop("dateSerializationFormat", UNSET)
        )

        def _parse_array_map_format(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        array_map_format = _parse_array_map_format(d.pop("arrayMapFormat", UNSET))

        def _parse_array_item_separator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        array_item_separator = _parse_array_item_separator(
            d.pop("arrayItemSeparator", UNSET)
        )

        def _parse_map_key_separator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        map_key_separator = _parse_map_key_separator(d.pop("mapKeySeparator", UNSET))

        def _parse_hive_separators(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                hive_separators_type_0 = cast(list[str], data)

                return hive_separators_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        hive_separators = _parse_hive_separators(d.pop("hiveSeparators", UNSET))

        def _parse_probable_number_of_records(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        probable_number_of_records = _parse_probable_number_of_records(
            d.pop("probableNumberOfRecords", UNSET)
        )

        def _parse_normalize_booleans(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        normalize_booleans = _parse_normalize_booleans(
            d.pop("normalizeBooleans", UNSET)
        )

        def _parse_normalize_doubles(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        normalize_doubles = _parse_normalize_doubles(d.pop("normalizeDoubles", UNSET))

        def _parse_read_additional_columns_behavior(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        read_additional_columns_behavior = _parse_read_additional_columns_behavior(
            d.pop("readAdditionalColumnsBehavior", UNSET)
        )

        def _parse_read_missing_columns_behavior(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        read_missing_columns_behavior = _parse_read_missing_columns_behavior(
            d.pop("readMissingColumnsBehavior", UNSET)
        )

        def _parse_read_data_type_mismatch_behavior(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        read_data_type_mismatch_behavior = _parse_read_data_type_mismatch_behavior(
            d.pop("readDataTypeMismatchBehavior", UNSET)
        )

        def _parse_write_data_type_mismatch_behavior(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        write_data_type_mismatch_behavior = _parse_write_data_type_mismatch_behavior(
            d.pop("writeDataTypeMismatchBehavior", UNSET)
        )

        def _parse_file_read_failure_behavior(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        file_read_failure_behavior = _parse_file_read_failure_behavior(
            d.pop("fileReadFailureBehavior", UNSET)
        )

        def _parse_parquet_compression_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parquet_compression_method = _parse_parquet_compression_method(
            d.pop("parquetCompressionMethod", UNSET)
        )

        def _parse_parquet_flavor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parquet_flavor = _parse_parquet_flavor(d.pop("parquetFlavor", UNSET))

        def _parse_parquet_block_size_mb(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        parquet_block_size_mb = _parse_parquet_block_size_mb(
            d.pop("parquetBlockSizeMB", UNSET)
        )

        def _parse_represents_null_fields(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        represents_null_fields = _parse_represents_null_fields(
            d.pop("representsNullFields", UNSET)
        )

        dataset_format_params = cls(
            style=style,
            charset=charset,
            separator=separator,
            quote_char=quote_char,
            escape_char=escape_char,
            compress=compress,
            skip_rows_before_header=skip_rows_before_header,
            parse_header_row=parse_header_row,
            skip_rows_after_header=skip_rows_after_header,
            date_serialization_format=date_serialization_format,
            array_map_format=array_map_format,
            array_item_separator=array_item_separator,
            map_key_separator=map_key_separator,
            hive_separators=hive_separators,
            probable_number_of_records=probable_number_of_records,
            normalize_booleans=normalize_booleans,
            normalize_doubles=normalize_doubles,
            read_additional_columns_behavior=read_additional_columns_behavior,
            read_missing_columns_behavior=read_missing_columns_behavior,
            read_data_type_mismatch_behavior=read_data_type_mismatch_behavior,
            write_data_type_mismatch_behavior=write_data_type_mismatch_behavior,
            file_read_failure_behavior=file_read_failure_behavior,
            parquet_compression_method=parquet_compression_method,
            parquet_flavor=parquet_flavor,
            parquet_block_size_mb=parquet_block_size_mb,
            represents_null_fields=represents_null_fields,
        )

        dataset_format_params.additional_properties = d
        return dataset_format_params

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
