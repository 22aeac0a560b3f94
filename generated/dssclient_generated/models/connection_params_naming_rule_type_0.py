from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionParamsNamingRuleType0")


@_attrs_define
class ConnectionParamsNamingRuleType0:
    """How DSS names the tables and paths of the managed datasets it creates on the connection.

    Attributes:
        table_name_dataset_name_prefix (None | str | Unset): Prefix of table names (`${projectKey}_`).
        table_name_dataset_name_suffix (None | str | Unset): Suffix of table names.
        schema_name (None | str | Unset): Schema of new tables.
        catalog_name (None | str | Unset): Catalog of new tables (unverified).
        hdfs_path_dataset_name_prefix (None | str | Unset): Prefix of paths of file datasets (`${projectKey}/`).
        hdfs_path_dataset_name_suffix (None | str | Unset): Suffix of paths of file datasets.
        upload_path_dataset_name_prefix (None | str | Unset): Prefix of paths of uploaded datasets (unverified).
    """

    table_name_dataset_name_prefix: None | str | Unset = UNSET
    table_name_dataset_name_suffix: None | str | Unset = UNSET
    schema_name: None | str | Unset = UNSET
    catalog_name: None | str | Unset = UNSET
    hdfs_path_dataset_name_prefix: None | str | Unset = UNSET
    hdfs_path_dataset_name_suffix: None | str | Unset = UNSET
    upload_path_dataset_name_prefix: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        table_name_dataset_name_prefix: None | str | Unset
        if isinstance(self.table_name_dataset_name_prefix, Unset):
            table_name_dataset_name_prefix = UNSET
        else:
            table_name_dataset_name_prefix = self.table_name_dataset_name_prefix

        table_name_dataset_name_suffix: None | str | Unset
        if isinstance(self.table_name_dataset_name_suffix, Unset):
            table_name_dataset_name_suffix = UNSET
        else:
            table_name_dataset_name_suffix = self.table_name_dataset_name_suffix

        schema_name: None | str | Unset
        if isinstance(self.schema_name, Unset):
            schema_name = UNSET
        else:
            schema_name = self.schema_name

        catalog_name: None | str | Unset
        if isinstance(self.catalog_name, Unset):
            catalog_name = UNSET
        else:
            catalog_name = self.catalog_name

        hdfs_path_dataset_name_prefix: None | str | Unset
        if isinstance(self.hdfs_path_dataset_name_prefix, Unset):
            hdfs_path_dataset_name_prefix = UNSET
        else:
            hdfs_path_dataset_name_prefix = self.hdfs_path_dataset_name_prefix

        hdfs_path_dataset_name_suffix: None | str | Unset
        if isinstance(self.hdfs_path_dataset_name_suffix, Unset):
            hdfs_path_dataset_name_suffix = UNSET
        else:
            hdfs_path_dataset_name_suffix = self.hdfs_path_dataset_name_suffix

        upload_path_dataset_name_prefix: None | str | Unset
        if isinstance(self.upload_path_dataset_name_prefix, Unset):
            upload_path_dataset_name_prefix = UNSET
        else:
            upload_path_dataset_name_prefix = self.upload_path_dataset_name_prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if table_name_dataset_name_prefix is not UNSET:
            field_dict["tableNameDatasetNamePrefix"] = table_name_dataset_name_prefix
        if table_name_dataset_name_suffix is not UNSET:
            field_dict["tableNameDatasetNameSuffix"] = table_name_dataset_name_suffix
        if schema_name is not UNSET:
            field_dict["schemaName"] = schema_name
        if catalog_name is not UNSET:
            field_dict["catalogName"] = catalog_name
        if hdfs_path_dataset_name_prefix is not UNSET:
            field_dict["hdfsPathDatasetNamePrefix"] = hdfs_path_dataset_name_prefix
        if hdfs_path_dataset_name_suffix is not UNSET:
            field_dict["hdfsPathDatasetNameSuffix"] = hdfs_path_dataset_name_suffix
        if upload_path_dataset_name_prefix is not UNSET:
            field_dict["uploadPathDatasetNamePrefix"] = upload_path_dataset_name_prefix

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_table_name_dataset_name_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        table_name_dataset_name_prefix = _parse_table_name_dataset_name_prefix(
            d.pop("tableNameDatasetNamePrefix", UNSET)
        )

        def _parse_table_name_dataset_name_suffix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        table_name_dataset_name_suffix = _parse_table_name_dataset_name_suffix(
            d.pop("tableNameDatasetNameSuffix", UNSET)
        )

        def _parse_schema_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        schema_name = _parse_schema_name(d.pop("schemaName", UNSET))

        def _parse_catalog_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        catalog_name = _parse_catalog_name(d.pop("catalogName", UNSET))

        def _parse_hdfs_path_dataset_name_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hdfs_path_dataset_name_prefix = _parse_hdfs_path_dataset_name_prefix(
            d.pop("hdfsPathDatasetNamePrefix", UNSET)
        )

        def _parse_hdfs_path_dataset_name_suffix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hdfs_path_dataset_name_suffix = _parse_hdfs_path_dataset_name_suffix(
            d.pop("hdfsPathDatasetNameSuffix", UNSET)
        )

        def _parse_upload_path_dataset_name_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        upload_path_dataset_name_prefix = _parse_upload_path_dataset_name_prefix(
            d.pop("uploadPathDatasetNamePrefix", UNSET)
        )

        connection_params_naming_rule_type_0 = cls(
            table_name_dataset_name_prefix=table_name_dataset_name_prefix,
            table_name_dataset_name_suffix=table_name_dataset_name_suffix,
            schema_name=schema_name,
            catalog_name=catalog_name,
            hdfs_path_dataset_name_prefix=hdfs_path_dataset_name_prefix,
            hdfs_path_dataset_name_suffix=hdfs_path_dataset_name_suffix,
            upload_path_dataset_name_prefix=upload_path_dataset_name_prefix,
        )

        connection_params_naming_rule_type_0.additional_properties = d
        return connection_params_naming_rule_type_0

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
