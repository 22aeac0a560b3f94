from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionSettingsIndexingSettingsType0")


@_attrs_define
class ConnectionSettingsIndexingSettingsType0:
    """What the data catalog indexes of the connection.

    Attributes:
        index_foreign_keys (bool | None | Unset): Index foreign keys.
        index_indices (bool | None | Unset): Index the tables' indices.
        index_system_tables (bool | None | Unset): Index system tables.
    """

    index_foreign_keys: bool | None | Unset = UNSET
    index_indices: bool | None | Unset = UNSET
    index_system_tables: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        index_foreign_keys: bool | None | Unset
        if isinstance(self.index_foreign_keys, Unset):
            index_foreign_keys = UNSET
        else:
            index_foreign_keys = self.index_foreign_keys

        index_indices: bool | None | Unset
        if isinstance(self.index_indices, Unset):
            index_indices = UNSET
        else:
            index_indices = self.index_indices

        index_system_tables: bool | None | Unset
        if isinstance(self.index_system_tables, Unset):
            index_system_tables = UNSET
        else:
            index_system_tables = self.index_system_tables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if index_foreign_keys is not UNSET:
            field_dict["indexForeignKeys"] = index_foreign_keys
        if index_indices is not UNSET:
            field_dict["indexIndices"] = index_indices
        if index_system_tables is not UNSET:
            field_dict["indexSystemTables"] = index_system_tables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_index_foreign_keys(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        index_foreign_keys = _parse_index_foreign_keys(d.pop("indexForeignKeys", UNSET))

        def _parse_index_indices(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        index_indices = _parse_index_indices(d.pop("indexIndices", UNSET))

        def _parse_index_system_tables(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        index_system_tables = _parse_index_system_tables(
            d.pop("indexSystemTables", UNSET)
        )

        connection_settings_indexing_settings_type_0 = cls(
            index_foreign_keys=index_foreign_keys,
            index_indices=index_indices,
            index_system_tables=index_system_tables,
        )

        connection_settings_indexing_settings_type_0.additional_properties = d
        return connection_settings_indexing_settings_type_0

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
