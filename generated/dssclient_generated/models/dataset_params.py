from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatasetParams")


@_attrs_define
class DatasetParams:
    """Type-specific parameters; the ones listed are those the official client
    reads and writes (`FSLikeDatasetSettings.set_connection_and_path`,
    `SQLDatasetSettings.set_table`, `DSSDatasetListItem.connection`). DSS always
    sends an object (a null sent is read as absent, like any null).

        Attributes:
            connection (str | Unset): Connection the data lives on (files-based and SQL datasets).
            path (str | Unset): Path of the data within the connection (files-based datasets).
            mode (str | Unset): How a SQL dataset reads its connection (`table`; `query` per DSS's documentation,
                unverified).
            schema (None | str | Unset): Database schema of the table (SQL datasets in `table` mode).
            table (str | Unset): Table of the dataset (SQL datasets in `table` mode).
            catalog (None | str | Unset): Catalog (database) of the table; absent or null for the connection's default.
    """

    connection: str | Unset = UNSET
    path: str | Unset = UNSET
    mode: str | Unset = UNSET
    schema: None | str | Unset = UNSET
    table: str | Unset = UNSET
    catalog: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection = self.connection

        path = self.path

        mode = self.mode

        schema: None | str | Unset
        if isinstance(self.schema, Unset):
            schema = UNSET
        else:
            schema = self.schema

        table = self.table

        catalog: None | str | Unset
        if isinstance(self.catalog, Unset):
            catalog = UNSET
        else:
            catalog = self.catalog

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connection is not UNSET:
            field_dict["connection"] = connection
        if path is not UNSET:
            field_dict["path"] = path
        if mode is not UNSET:
            field_dict["mode"] = mode
        if schema is not UNSET:
            field_dict["schema"] = schema
        if table is not UNSET:
            field_dict["table"] = table
        if catalog is not UNSET:
            field_dict["catalog"] = catalog

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        connection = d.pop("connection", UNSET)

        path = d.pop("path", UNSET)

        mode = d.pop("mode", UNSET)

        def _parse_schema(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schema = _parse_schema(d.pop("schema", UNSET))

        table = d.pop("table", UNSET)

        def _parse_catalog(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        catalog = _parse_catalog(d.pop("catalog", UNSET))

        dataset_params = cls(
            connection=connection,
            path=path,
            mode=mode,
            schema=schema,
            table=table,
            catalog=catalog,
        )

        dataset_params.additional_properties = d
        return dataset_params

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
