from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_node_api_context import ApiNodeApiContext
    from ..models.api_node_sql_query_result_timing import ApiNodeSqlQueryResultTiming


T = TypeVar("T", bound="ApiNodeSqlQueryResult")


@_attrs_define
class ApiNodeSqlQueryResult:
    """The rows the query selected (unverified beyond `columns` and `rows`).

    Attributes:
        columns (list[str] | Unset): The names of the result's columns, in order.
        rows (list[list[Any]] | Unset): The result's rows, each a list of values in column order.
        timing (ApiNodeSqlQueryResultTiming | Unset): Time spent per phase, in milliseconds.
        api_context (ApiNodeApiContext | Unset): Which service, endpoint and generation answered.
    """

    columns: list[str] | Unset = UNSET
    rows: list[list[Any]] | Unset = UNSET
    timing: ApiNodeSqlQueryResultTiming | Unset = UNSET
    api_context: ApiNodeApiContext | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        columns: list[str] | Unset = UNSET
        if not isinstance(self.columns, Unset):
            columns = self.columns

        rows: list[list[Any]] | Unset = UNSET
        if not isinstance(self.rows, Unset):
            rows = []
            for rows_item_data in self.rows:
                rows_item = rows_item_data

                rows.append(rows_item)

        timing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.timing, Unset):
            timing = self.timing.to_dict()

        api_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.api_context, Unset):
            api_context = self.api_context.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if columns is not UNSET:
            field_dict["columns"] = columns
        if rows is not UNSET:
            field_dict["rows"] = rows
        if timing is not UNSET:
            field_dict["timing"] = timing
        if api_context is not UNSET:
            field_dict["apiContext"] = api_context

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_node_api_context import ApiNodeApiContext
        from ..models.api_node_sql_query_result_timing import (
            ApiNodeSqlQueryResultTiming,
        )

        d = dict(src_dict)
        columns = cast(list[str], d.pop("columns", UNSET))

        _rows = d.pop("rows", UNSET)
        rows: list[list[Any]] | Unset = UNSET
        if _rows is not UNSET:
            rows = []
            for rows_item_data in _rows:
                rows_item = cast(list[Any], rows_item_data)

                rows.append(rows_item)

        _timing = d.pop("timing", UNSET)
        timing: ApiNodeSqlQueryResultTiming | Unset
        if isinstance(_timing, Unset):
            timing = UNSET
        else:
            timing = ApiNodeSqlQueryResultTiming.from_dict(_timing)

        _api_context = d.pop("apiContext", UNSET)
        api_context: ApiNodeApiContext | Unset
        if isinstance(_api_context, Unset):
            api_context = UNSET
        else:
            api_context = ApiNodeApiContext.from_dict(_api_context)

        api_node_sql_query_result = cls(
            columns=columns,
            rows=rows,
            timing=timing,
            api_context=api_context,
        )

        api_node_sql_query_result.additional_properties = d
        return api_node_sql_query_result

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
