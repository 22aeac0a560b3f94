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
        timestamp_no_tz_as_date (bool | None | Unset): Whether an SQL timestamp without time zone is read as a date
            (unverified).
        original_type (None | str | Unset): The column's type in its source system, when it differs (unverified).
        original_sql_type (None | str | Unset): The column's SQL type in its database, for SQL datasets (unverified).
        array_content (None | SchemaColumn | Unset): The type of the items, for an `array` column.
        map_keys (None | SchemaColumn | Unset): The type of the keys, for a `map` column.
        map_values (None | SchemaColumn | Unset): The type of the values, for a `map` column.
        object_fields (list[SchemaColumn] | None | Unset): The fields, for an `object` column.
    """

    name: str
    type_: str
    max_length: int | None | Unset = UNSET
    comment: None | str | Unset = UNSET
    meaning: None | str | Unset = UNSET
    timestamp_no_tz_as_date: bool | None | Unset = UNSET
    original_type: None | str | Unset = UNSET
    original_sql_type: None | str | Unset = UNSET
    array_content: None | SchemaColumn | Unset = UNSET
    map_keys: None | SchemaColumn | Unset = UNSET
    map_values: None | SchemaColumn | Unset = UNSET
    object_fields: list[SchemaColumn] | None | Unset = UNSET
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

        timestamp_no_tz_as_date: bool | None | Unset
        if isinstance(self.timestamp_no_tz_as_date, Unset):
            timestamp_no_tz_as_date = UNSET
        else:
            timestamp_no_tz_as_date = self.timestamp_no_tz_as_date

        original_type: None | str | Unset
        if isinstance(self.original_type, Unset):
            original_type = UNSET
        else:
            original_type = self.original_type

        original_sql_type: None | str | Unset
        if isinstance(self.original_sql_type, Unset):
            original_sql_type = UNSET
        else:
            original_sql_type = self.original_sql_type

        array_content: dict[str, Any] | None | Unset
        if isinstance(self.array_content, Unset):
            array_content = UNSET
        elif isinstance(self.array_content, SchemaColumn):
            array_content = self.array_content.to_dict()
        else:
            array_content = self.array_content

        map_keys: dict[str, Any] | None | Unset
        if isinstance(self.map_keys, Unset):
            map_keys = UNSET
        elif isinstance(self.map_keys, SchemaColumn):
            map_keys = self.map_keys.to_dict()
        else:
            map_keys = self.map_keys

        map_values: dict[str, Any] | None | Unset
        if isinstance(self.map_values, Unset):
            map_values = UNSET
        elif isinstance(self.map_values, SchemaColumn):
            map_values = self.map_values.to_dict()
        else:
            map_values = self.map_values

        object_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.object_fields, Unset):
            object_fields = UNSET
        elif isinstance(self.object_fields, list):
            object_fields = []
            for object_fields_type_0_item_data in self.object_fields:
                object_fields_type_0_item = object_fields_type_0_item_data.to_dict()
                object_fields.append(object_fields_type_0_item)

        else:
            object_fields = self.object_fields

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
        if timestamp_no_tz_as_date is not UNSET:
            field_dict["timestampNoTzAsDate"] = timestamp_no_tz_as_date
        if original_type is not UNSET:
            field_dict["originalType"] = original_type
        if original_sql_type is not UNSET:
            field_dict["originalSQLType"] = original_sql_type
        if array_content is not UNSET:
            field_dict["arrayContent"] = array_content
        if map_keys is not UNSET:
            field_dict["mapKeys"] = map_keys
        if map_values is not UNSET:
            field_dict["mapValues"] = map_values
        if object_fields is not UNSET:
            field_dict["objectFields"] = object_fields

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

        def _parse_timestamp_no_tz_as_date(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        timestamp_no_tz_as_date = _parse_timestamp_no_tz_as_date(
            d.pop("timestampNoTzAsDate", UNSET)
        )

        def _parse_original_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_type = _parse_original_type(d.pop("originalType", UNSET))

        def _parse_original_sql_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_sql_type = _parse_original_sql_type(d.pop("originalSQLType", UNSET))

        def _parse_array_content(data: object) -> None | SchemaColumn | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                array_content_type_0 = SchemaColumn.from_dict(data)

                return array_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SchemaColumn | Unset, data)

        array_content = _parse_array_content(d.pop("arrayContent", UNSET))

        def _parse_map_keys(data: object) -> None | SchemaColumn | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                map_keys_type_0 = SchemaColumn.from_dict(data)

                return map_keys_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SchemaColumn | Unset, data)

        map_keys = _parse_map_keys(d.pop("mapKeys", UNSET))

        def _parse_map_values(data: object) -> None | SchemaColumn | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                map_values_type_0 = SchemaColumn.from_dict(data)

                return map_values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SchemaColumn | Unset, data)

        map_values = _parse_map_values(d.pop("mapValues", UNSET))

        def _parse_object_fields(data: object) -> list[SchemaColumn] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                object_fields_type_0 = []
                _object_fields_type_0 = data
                for object_fields_type_0_item_data in _object_fields_type_0:
                    object_fields_type_0_item = SchemaColumn.from_dict(
                        object_fields_type_0_item_data
                    )

                    object_fields_type_0.append(object_fields_type_0_item)

                return object_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[SchemaColumn] | None | Unset, data)

        object_fields = _parse_object_fields(d.pop("objectFields", UNSET))

        schema_column = cls(
            name=name,
            type_=type_,
            max_length=max_length,
            comment=comment,
            meaning=meaning,
            timestamp_no_tz_as_date=timestamp_no_tz_as_date,
            original_type=original_type,
            original_sql_type=original_sql_type,
            array_content=array_content,
            map_keys=map_keys,
            map_values=map_values,
            object_fields=object_fields,
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
