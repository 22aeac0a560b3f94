from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TableImportKey")


@_attrs_define
class TableImportKey:
    """A table to import, as the official client's `TablesImportDefinition` names it.

    Attributes:
        connection_name (str): The connection (`@virtual(hive-jdbc):<database>` for Hive).
        name (str): The table (or Elasticsearch index or alias).
        schema (None | str | Unset): The table's schema (SQL).
        catalog (None | str | Unset): The table's catalog (SQL), where the database has catalogs.
        namespace (None | str | Unset): The table's namespace (Iceberg).
    """

    connection_name: str
    name: str
    schema: None | str | Unset = UNSET
    catalog: None | str | Unset = UNSET
    namespace: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_name = self.connection_name

        name = self.name

        schema: None | str | Unset
        if isinstance(self.schema, Unset):
            schema = UNSET
        else:
            schema = self.schema

        catalog: None | str | Unset
        if isinstance(self.catalog, Unset):
            catalog = UNSET
        else:
            catalog = self.catalog

        namespace: None | str | Unset
        if isinstance(self.namespace, Unset):
            namespace = UNSET
        else:
            namespace = self.namespace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connectionName": connection_name,
                "name": name,
            }
        )
        if schema is not UNSET:
            field_dict["schema"] = schema
        if catalog is not UNSET:
            field_dict["catalog"] = catalog
        if namespace is not UNSET:
            field_dict["namespace"] = namespace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        connection_name = d.pop("connectionName")

        name = d.pop("name")

        def _parse_schema(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schema = _parse_schema(d.pop("schema", UNSET))

        def _parse_catalog(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        catalog = _parse_catalog(d.pop("catalog", UNSET))

        def _parse_namespace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        namespace = _parse_namespace(d.pop("namespace", UNSET))

        table_import_key = cls(
            connection_name=connection_name,
            name=name,
            schema=schema,
            catalog=catalog,
            namespace=namespace,
        )

        table_import_key.additional_properties = d
        return table_import_key

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
