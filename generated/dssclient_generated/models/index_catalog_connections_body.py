from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IndexCatalogConnectionsBody")


@_attrs_define
class IndexCatalogConnectionsBody:
    """What to index.

    Attributes:
        connection_names (list[str] | None | Unset): Connections to index (ignored with `indexAllConnections`).
        index_all_connections (bool | None | Unset): Index every connection.
        indexing_mode (None | str | Unset): `FULL` (the default) or `INCREMENTAL`.
    """

    connection_names: list[str] | None | Unset = UNSET
    index_all_connections: bool | None | Unset = UNSET
    indexing_mode: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_names: list[str] | None | Unset
        if isinstance(self.connection_names, Unset):
            connection_names = UNSET
        elif isinstance(self.connection_names, list):
            connection_names = self.connection_names

        else:
            connection_names = self.connection_names

        index_all_connections: bool | None | Unset
        if isinstance(self.index_all_connections, Unset):
            index_all_connections = UNSET
        else:
            index_all_connections = self.index_all_connections

        indexing_mode: None | str | Unset
        if isinstance(self.indexing_mode, Unset):
            indexing_mode = UNSET
        else:
            indexing_mode = self.indexing_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connection_names is not UNSET:
            field_dict["connectionNames"] = connection_names
        if index_all_connections is not UNSET:
            field_dict["indexAllConnections"] = index_all_connections
        if indexing_mode is not UNSET:
            field_dict["indexingMode"] = indexing_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_connection_names(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                connection_names_type_0 = cast(list[str], data)

                return connection_names_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        connection_names = _parse_connection_names(d.pop("connectionNames", UNSET))

        def _parse_index_all_connections(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        index_all_connections = _parse_index_all_connections(
            d.pop("indexAllConnections", UNSET)
        )

        def _parse_indexing_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        indexing_mode = _parse_indexing_mode(d.pop("indexingMode", UNSET))

        index_catalog_connections_body = cls(
            connection_names=connection_names,
            index_all_connections=index_all_connections,
            indexing_mode=indexing_mode,
        )

        index_catalog_connections_body.additional_properties = d
        return index_catalog_connections_body

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
