from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SqlNotebookCell")


@_attrs_define
class SqlNotebookCell:
    """A cell of an SQL notebook.

    Attributes:
        id (str | Unset): Identifier of the cell, what the history is keyed by.
        type_ (str | Unset): Type of the cell (deprecated; `QUERY` only).
        name (str | Unset): Name of the cell.
        code (str | Unset): The cell's query.
    """

    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    name: str | Unset = UNSET
    code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        name = self.name

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        name = d.pop("name", UNSET)

        code = d.pop("code", UNSET)

        sql_notebook_cell = cls(
            id=id,
            type_=type_,
            name=name,
            code=code,
        )

        sql_notebook_cell.additional_properties = d
        return sql_notebook_cell

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
