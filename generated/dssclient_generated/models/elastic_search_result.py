from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schema_column import SchemaColumn


T = TypeVar("T", bound="ElasticSearchResult")


@_attrs_define
class ElasticSearchResult:
    """The result of `searchDatasetDataElastic`'s long task.

    Attributes:
        columns (list[SchemaColumn] | Unset): The columns of the rows (`name`, `type`).
        rows (list[list[Any]] | Unset): The matching rows, each a list of values in the order of `columns`.
        warnings (list[Any] | Unset): Warnings of the search (unverified item shape).
        found (int | None | Unset): How many rows match in all; only when the search starts at 0.
    """

    columns: list[SchemaColumn] | Unset = UNSET
    rows: list[list[Any]] | Unset = UNSET
    warnings: list[Any] | Unset = UNSET
    found: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        columns: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = []
            for columns_item_data in self.columns:
                columns_item = columns_item_data.to_dict()
                columns.append(columns_item)

        rows: list[list[Any]] | Unset = UNSET
        if not isinstance(self.rows, Unset):
            rows = []
            for rows_item_data in self.rows:
                rows_item = rows_item_data

                rows.append(rows_item)

        warnings: list[Any] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = self.warnings

        found: int | None | Unset
        if isinstance(self.found, Unset):
            found = UNSET
        else:
            found = self.found

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if columns is not UNSET:
            field_dict["columns"] = columns
        if rows is not UNSET:
            field_dict["rows"] = rows
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if found is not UNSET:
            field_dict["found"] = found

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schema_column import SchemaColumn

        d = dict(src_dict)
        _columns = d.pop("columns", UNSET)
        columns: list[SchemaColumn] | Unset = UNSET
        if _columns is not UNSET:
            columns = []
            for columns_item_data in _columns:
                columns_item = SchemaColumn.from_dict(columns_item_data)

                columns.append(columns_item)

        _rows = d.pop("rows", UNSET)
        rows: list[list[Any]] | Unset = UNSET
        if _rows is not UNSET:
            rows = []
            for rows_item_data in _rows:
                rows_item = cast(list[Any], rows_item_data)

                rows.append(rows_item)

        warnings = cast(list[Any], d.pop("warnings", UNSET))

        def _parse_found(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        found = _parse_found(d.pop("found", UNSET))

        elastic_search_result = cls(
            columns=columns,
            rows=rows,
            warnings=warnings,
            found=found,
        )

        elastic_search_result.additional_properties = d
        return elastic_search_result

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
