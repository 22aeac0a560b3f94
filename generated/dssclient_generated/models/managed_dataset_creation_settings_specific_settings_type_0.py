from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ManagedDatasetCreationSettingsSpecificSettingsType0")


@_attrs_define
class ManagedDatasetCreationSettingsSpecificSettingsType0:
    """Type-specific settings.

    Attributes:
        format_option_id (None | str | Unset): A format preset of file-based types (`CSV_ESCAPING_NOGZIP_FORHIVE`,
            `PARQUET_HIVE`, ...).
        override_sql_catalog (None | str | Unset): Catalog of the new table, instead of the connection's (unverified).
        override_sql_schema (None | str | Unset): Schema of the new table, instead of the connection's (unverified).
    """

    format_option_id: None | str | Unset = UNSET
    override_sql_catalog: None | str | Unset = UNSET
    override_sql_schema: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        format_option_id: None | str | Unset
        if isinstance(self.format_option_id, Unset):
            format_option_id = UNSET
        else:
            format_option_id = self.format_option_id

        override_sql_catalog: None | str | Unset
        if isinstance(self.override_sql_catalog, Unset):
            override_sql_catalog = UNSET
        else:
            override_sql_catalog = self.override_sql_catalog

        override_sql_schema: None | str | Unset
        if isinstance(self.override_sql_schema, Unset):
            override_sql_schema = UNSET
        else:
            override_sql_schema = self.override_sql_schema

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if format_option_id is not UNSET:
            field_dict["formatOptionId"] = format_option_id
        if override_sql_catalog is not UNSET:
            field_dict["overrideSQLCatalog"] = override_sql_catalog
        if override_sql_schema is not UNSET:
            field_dict["overrideSQLSchema"] = override_sql_schema

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_format_option_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        format_option_id = _parse_format_option_id(d.pop("formatOptionId", UNSET))

        def _parse_override_sql_catalog(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        override_sql_catalog = _parse_override_sql_catalog(
            d.pop("overrideSQLCatalog", UNSET)
        )

        def _parse_override_sql_schema(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        override_sql_schema = _parse_override_sql_schema(
            d.pop("overrideSQLSchema", UNSET)
        )

        managed_dataset_creation_settings_specific_settings_type_0 = cls(
            format_option_id=format_option_id,
            override_sql_catalog=override_sql_catalog,
            override_sql_schema=override_sql_schema,
        )

        managed_dataset_creation_settings_specific_settings_type_0.additional_properties = d
        return managed_dataset_creation_settings_specific_settings_type_0

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
