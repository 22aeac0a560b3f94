from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SqlNotebookQueryRun")


@_attrs_define
class SqlNotebookQueryRun:
    """A run of a cell's query.

    Attributes:
        id (str): Identifier of the run.
        run_on (int | Unset): When it ran, in milliseconds since the Unix epoch.
        run_by (str | Unset): Login of who ran it.
        state (str | Unset): `DONE`, `FAILED`, ...
        sql (str | Unset): The query, with its variables unexpanded.
        expanded_sql (str | Unset): The query, with its variables expanded.
    """

    id: str
    run_on: int | Unset = UNSET
    run_by: str | Unset = UNSET
    state: str | Unset = UNSET
    sql: str | Unset = UNSET
    expanded_sql: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        run_on = self.run_on

        run_by = self.run_by

        state = self.state

        sql = self.sql

        expanded_sql = self.expanded_sql

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if run_on is not UNSET:
            field_dict["runOn"] = run_on
        if run_by is not UNSET:
            field_dict["runBy"] = run_by
        if state is not UNSET:
            field_dict["state"] = state
        if sql is not UNSET:
            field_dict["sql"] = sql
        if expanded_sql is not UNSET:
            field_dict["expandedSql"] = expanded_sql

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id")

        run_on = d.pop("runOn", UNSET)

        run_by = d.pop("runBy", UNSET)

        state = d.pop("state", UNSET)

        sql = d.pop("sql", UNSET)

        expanded_sql = d.pop("expandedSql", UNSET)

        sql_notebook_query_run = cls(
            id=id,
            run_on=run_on,
            run_by=run_by,
            state=state,
            sql=sql,
            expanded_sql=expanded_sql,
        )

        sql_notebook_query_run.additional_properties = d
        return sql_notebook_query_run

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
