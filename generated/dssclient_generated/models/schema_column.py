from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SchemaColumn")


@_attrs_define
class SchemaColumn:
    """A column of a dataset's schema.

    Attributes:
        name (str): Name of the column.
        type_ (str): Storage type (`string`, `bigint`, `double`, `boolean`, `date`, `array`, `map`, `object`, ...).
        max_length (int | None | Unset): Maximum length of a string column; -1 when unbounded.
        comment (None | str | Unset): Free comment on the column.
        meaning (None | str | Unset): Identifier of the meaning forced on the column.
    """

    name: str
    type_: str
    max_length: int | None | Unset = UNSET
    comment: None | str | Unset = UNSET
    meaning: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_

        max_length: int | None | Unset
        if isinstance(self.max_length, Unset):
            max_length = UNSET
        else:
            max_length = self.max_length

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        meaning: None | str | Unset
        if isinstance(self.meaning, Unset):
            meaning = UNSET
        else:
            meaning = self.meaning

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if max_length is not UNSET:
            field_dict["maxLength"] = max_length
        if comment is not UNSET:
            field_dict["comment"] = comment
        if meaning is not UNSET:
            field_dict["meaning"] = meaning

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = d.pop("type")

        def _parse_max_length(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_length = _parse_max_length(d.pop("maxLength", UNSET))

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        def _parse_meaning(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        meaning = _parse_meaning(d.pop("meaning", UNSET))

        schema_column = cls(
            name=name,
            type_=type_,
            max_length=max_length,
            comment=comment,
            meaning=meaning,
        )

        schema_column.additional_properties = d
        return schema_column

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
