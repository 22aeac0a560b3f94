from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClearSqlNotebookHistoryBody")


@_attrs_define
class ClearSqlNotebookHistoryBody:
    """Which runs to clear.

    Attributes:
        cell_id (None | str | Unset): The cell whose runs to clear; every cell when absent or null.
        num_runs_to_retain (int | Unset): How many of the most recent runs of each cell to keep.
    """

    cell_id: None | str | Unset = UNSET
    num_runs_to_retain: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cell_id: None | str | Unset
        if isinstance(self.cell_id, Unset):
            cell_id = UNSET
        else:
            cell_id = self.cell_id

        num_runs_to_retain = self.num_runs_to_retain

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cell_id is not UNSET:
            field_dict["cellId"] = cell_id
        if num_runs_to_retain is not UNSET:
            field_dict["numRunsToRetain"] = num_runs_to_retain

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_cell_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cell_id = _parse_cell_id(d.pop("cellId", UNSET))

        num_runs_to_retain = d.pop("numRunsToRetain", UNSET)

        clear_sql_notebook_history_body = cls(
            cell_id=cell_id,
            num_runs_to_retain=num_runs_to_retain,
        )

        clear_sql_notebook_history_body.additional_properties = d
        return clear_sql_notebook_history_body

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
