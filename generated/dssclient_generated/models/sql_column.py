from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SqlColumn")


@_attrs_define
class SqlColumn:
    """A column of a query's result, with its DSS type.

    Attributes:
        name (str): Name of the column.
        type_ (str): DSS type of the column (`tinyint`, `smallint`, `int`, `bigint`, `float`, `double`, `boolean`,
            `date`, `dateonly`, `datetimenotz`, `string`, ...).
        length (int | Unset): Largest length of a text column, when the database says.
        comment (str | Unset): Comment of the column in the database.
        original_type (str | Unset): Type of the column in the database.
    """

    name: str
    type_: str
    length: int | Unset = UNSET
    comment: str | Unset = UNSET
    original_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        length = self.length

        comment = self.comment

        original_type = self.original_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if length is not UNSET:
            field_dict["length"] = length
        if comment is not UNSET:
            field_dict["comment"] = comment
        if original_type is not UNSET:
            field_dict["originalType"] = original_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = d.pop("type")

        length = d.pop("length", UNSET)

        comment = d.pop("comment", UNSET)

        original_type = d.pop("originalType", UNSET)

        sql_column = cls(
            name=name,
            type_=type_,
            length=length,
            comment=comment,
            original_type=original_type,
        )

        sql_column.additional_properties = d
        return sql_column

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
