from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sql_column import SqlColumn


T = TypeVar("T", bound="SqlQueryStart")


@_attrs_define
class SqlQueryStart:
    """A query that runs, and the schema of its rows.

    Attributes:
        query_id (str): Identifier of the query, to stream its rows and to finish it.
        schema (list[SqlColumn]): The result's columns, in the order of the values of each row.
    """

    query_id: str
    schema: list[SqlColumn]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        query_id = self.query_id

        schema = []
        for schema_item_data in self.schema:
            schema_item = schema_item_data.to_dict()
            schema.append(schema_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "queryId": query_id,
                "schema": schema,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sql_column import SqlColumn

        d = dict(src_dict)
        query_id = d.pop("queryId")

        schema = []
        _schema = d.pop("schema")
        for schema_item_data in _schema:
            schema_item = SqlColumn.from_dict(schema_item_data)

            schema.append(schema_item)

        sql_query_start = cls(
            query_id=query_id,
            schema=schema,
        )

        sql_query_start.additional_properties = d
        return sql_query_start

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
