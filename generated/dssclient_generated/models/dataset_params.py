from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.dataset_params_files_selection_rules_type_0 import (
        DatasetParamsFilesSelectionRulesType0,
    )
    from ..models.dataset_params_variables_expansion_loop_config_type_0 import (
        DatasetParamsVariablesExpansionLoopConfigType0,
    )


T = TypeVar("T", bound="DatasetParams")


@_attrs_define
class DatasetParams:
    """The type-specific parameters of a dataset (its `params`). Which keys apply depends on the
    dataset's `type`: file-based types (`Filesystem`, `HDFS`, `S3`, `GCS`, `Azure`, `FTP`,
    `SFTP`, `UploadedFiles`) use `connection` and `path`; SQL types (`PostgreSQL`,
    `MySQL`, `Snowflake`, `SQLServer`, `Oracle`, `BigQuery`, ...) use `connection`, `mode`
    and `table`, `schema`, `catalog` or `query`; `FilesInFolder` uses `folderSmartId`.
    DSS sends more keys than these, by type. DSS always sends an object (a null sent is read
    as absent, like any null); the official client reads and writes `connection`, `path`, `mode`,
    `schema`, `table`, `catalog` (`FSLikeDatasetSettings.set_connection_and_path`,
    `SQLDatasetSettings.set_table`, `DSSDatasetListItem.connection`).

        Attributes:
            connection (str | Unset): Name of the connection the data is on (file-based and SQL types).
            path (str | Unset): Path of the data inside the connection (file-based types); `${projectKey}` may appear in it.
            bucket (None | str | Unset): The bucket (S3) or container (Azure, GCS), when the connection does not fix it
                (unverified).
            mode (str | Unset): What an SQL dataset reads, `table` or `query`.
            table (str | Unset): The table, when `mode` is `table`; `${projectKey}` may appear in it.
            schema (None | str | Unset): The database schema of the table (SQL types).
            catalog (None | str | Unset): The catalog (database) of the table, on databases that have several (SQL types).
            query (None | str | Unset): The SQL query, when `mode` is `query`.
            table_creation_mode (None | str | Unset): How DSS creates the table of a managed SQL dataset (`auto` or
                `custom`) (unverified).
            table_creation_ddl (None | str | Unset): The DDL creating the table, when `tableCreationMode` is `custom`
                (unverified).
            partitioning_type (None | str | Unset): How an SQL table is partitioned (`custom`, ...) (unverified).
            normalize_doubles (bool | None | Unset): Read doubles as DSS's normalized form (SQL types) (unverified).
            datetimenotz_read_mode (None | str | Unset): How timestamps without time zone are read (SQL types) (unverified).
            dateonly_read_mode (None | str | Unset): How dates without time are read (SQL types) (unverified).
            folder_smart_id (None | str | Unset): The managed folder (`id` or `PROJECT.id`) a `FilesInFolder` dataset reads.
            item_path_pattern (None | str | Unset): Which files of the folder a `FilesInFolder` dataset reads (unverified).
            upload_connection (None | str | Unset): The connection an `UploadedFiles` dataset stores its files on
                (unverified).
            not_ready_if_empty (bool | None | Unset): Whether an empty path makes the dataset not ready (file-based types).
            files_selection_rules (DatasetParamsFilesSelectionRulesType0 | None | Unset): Which files under `path` make the
                dataset (file-based types).
            variables_expansion_loop_config (DatasetParamsVariablesExpansionLoopConfigType0 | None | Unset): Reading the
                same path for several values of a variable (unverified).
            keep_track_of_changes (bool | None | Unset): Whether an `Inline` (editable) dataset records who changed its rows
                (unverified).
            collection (None | str | Unset): The collection of a MongoDB dataset (unverified).
            index (None | str | Unset): The index of an Elasticsearch dataset (unverified).
    """

    connection: str | Unset = UNSET
    path: str | Unset = UNSET
    bucket: None | str | Unset = UNSET
    mode: str | Unset = UNSET
    table: str | Unset = UNSET
    schema: None | str | Unset = UNSET
    catalog: None | str | Unset = UNSET
    query: None | str | Unset = UNSET
    table_creation_mode: None | str | Unset = UNSET
    table_creation_ddl: None | str | Unset = UNSET
    partitioning_type: None | str | Unset = UNSET
    normalize_doubles: bool | None | Unset = UNSET
    datetimenotz_read_mode: None | str | Unset = UNSET
    dateonly_read_mode: None | str | Unset = UNSET
    folder_smart_id: None | str | Unset = UNSET
    item_path_pattern: None | str | Unset = UNSET
    upload_connection: None | str | Unset = UNSET
    not_ready_if_empty: bool | None | Unset = UNSET
    files_selection_rules: DatasetParamsFilesSelectionRulesType0 | None | Unset = UNSET
    variables_expansion_loop_config: (
        DatasetParamsVariablesExpansionLoopConfigType0 | None | Unset
    ) = UNSET
    keep_track_of_changes: bool | None | Unset = UNSET
    collection: None | str | Unset = UNSET
    index: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.dataset_params_files_selection_rules_type_0 import (
            DatasetParamsFilesSelectionRulesType0,
        )
        from ..models.dataset_params_variables_expansion_loop_config_type_0 import (
            DatasetParamsVariablesExpansionLoopConfigType0,
        )

        connection = self.connection

        path = self.path

        bucket: None | str | Unset
        if isinstance(self.bucket, Unset):
            bucket = UNSET
        else:
            bucket = self.bucket

        mode = self.mode

        table = self.table

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

        query: None | str | Unset
        if isinstance(self.query, Unset):
            query = UNSET
        else:
            query = self.query

        table_creation_mode: None | str | Unset
        if isinstance(self.table_creation_mode, Unset):
            table_creation_mode = UNSET
        else:
            table_creation_mode = self.table_creation_mode

        table_creation_ddl: None | str | Unset
        if isinstance(self.table_creation_ddl, Unset):
            table_creation_ddl = UNSET
        else:
            table_creation_ddl = self.table_creation_ddl

        partitioning_type: None | str | Unset
        if isinstance(self.partitioning_type, Unset):
            partitioning_type = UNSET
        else:
            partitioning_type = self.partitioning_type

        normalize_doubles: bool | None | Unset
        if isinstance(self.normalize_doubles, Unset):
            normalize_doubles = UNSET
        else:
            normalize_doubles = self.normalize_doubles

        datetimenotz_read_mode: None | str | Unset
        if isinstance(self.datetimenotz_read_mode, Unset):
            datetimenotz_read_mode = UNSET
        else:
            datetimenotz_read_mode = self.datetimenotz_read_mode

        dateonly_read_mode: None | str | Unset
        if isinstance(self.dateonly_read_mode, Unset):
            dateonly_read_mode = UNSET
        else:
            dateonly_read_mode = self.dateonly_read_mode

        folder_smart_id: None | str | Unset
        if isinstance(self.folder_smart_id, Unset):
            folder_smart_id = UNSET
        else:
            folder_smart_id = self.folder_smart_id

        item_path_pattern: None | str | Unset
        if isinstance(self.item_path_pattern, Unset):
            item_path_pattern = UNSET
        else:
            item_path_pattern = self.item_path_pattern

        upload_connection: None | str | Unset
        if isinstance(self.upload_connection, Unset):
            upload_connection = UNSET
        else:
            upload_connection = self.upload_connection

        not_ready_if_empty: bool | None | Unset
        if isinstance(self.not_ready_if_empty, Unset):
            not_ready_if_empty = UNSET
        else:
            not_ready_if_empty = self.not_ready_if_empty

        files_selection_rules: dict[str, Any] | None | Unset
        if isinstance(self.files_selection_rules, Unset):
            files_selection_rules = UNSET
        elif isinstance(
            self.files_selection_rules, DatasetParamsFilesSelectionRulesType0
        ):
            files_selection_rules = self.files_selection_rules.to_dict()
        else:
            files_selection_rules = self.files_selection_rules

        variables_expansion_loop_config: dict[str, Any] | None | Unset
        if isinstance(self.variables_expansion_loop_config, Unset):
            variables_expansion_loop_config = UNSET
        elif isinstance(
            self.variables_expansion_loop_config,
            DatasetParamsVariablesExpansionLoopConfigType0,
        ):
            variables_expansion_loop_config = (
                self.variables_expansion_loop_config.to_dict()
            )
        else:
            variables_expansion_loop_config = self.variables_expansion_loop_config

        keep_track_of_changes: bool | None | Unset
        if isinstance(self.keep_track_of_changes, Unset):
            keep_track_of_changes = UNSET
        else:
            keep_track_of_changes = self.keep_track_of_changes

        collection: None | str | Unset
        if isinstance(self.collection, Unset):
            collection = UNSET
        else:
            collection = self.collection

        index: None | str | Unset
        if isinstance(self.index, Unset):
            index = UNSET
        else:
            index = self.index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connection is not UNSET:
            field_dict["connection"] = connection
        if path is not UNSET:
            field_dict["path"] = path
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if mode is not UNSET:
            field_dict["mode"] = mode
        if table is not UNSET:
            field_dict["table"] = table
        if schema is not UNSET:
            field_dict["schema"] = schema
        if catalog is not UNSET:
            field_dict["catalog"] = catalog
        if query is not UNSET:
            field_dict["query"] = query
        if table_creation_mode is not UNSET:
            field_dict["tableCreationMode"] = table_creation_mode
        if table_creation_ddl is not UNSET:
            field_dict["tableCreationDDL"] = table_creation_ddl
        if partitioning_type is not UNSET:
            field_dict["partitioningType"] = partitioning_type
        if normalize_doubles is not UNSET:
            field_dict["normalizeDoubles"] = normalize_doubles
        if datetimenotz_read_mode is not UNSET:
            field_dict["datetimenotzReadMode"] = datetimenotz_read_mode
        if dateonly_read_mode is not UNSET:
            field_dict["dateonlyReadMode"] = dateonly_read_mode
        if folder_smart_id is not UNSET:
            field_dict["folderSmartId"] = folder_smart_id
        if item_path_pattern is not UNSET:
            field_dict["itemPathPattern"] = item_path_pattern
        if upload_connection is not UNSET:
            field_dict["uploadConnection"] = upload_connection
        if not_ready_if_empty is not UNSET:
            field_dict["notReadyIfEmpty"] = not_ready_if_empty
        if files_selection_rules is not UNSET:
            field_dict["filesSelectionRules"] = files_selection_rules
        if variables_expansion_loop_config is not UNSET:
            field_dict["variablesExpansionLoopConfig"] = variables_expansion_loop_config
        if keep_track_of_changes is not UNSET:
            field_dict["keepTrackOfChanges"] = keep_track_of_changes
        if collection is not UNSET:
            field_dict["collection"] = collection
        if index is not UNSET:
            field_dict["index"] = index

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.dataset_params_files_selection_rules_type_0 import (
            DatasetParamsFilesSelectionRulesType0,
        )
        from ..models.dataset_params_variables_expansion_loop_config_type_0 import (
            DatasetParamsVariablesExpansionLoopConfigType0,
        )

        d = dict(src_dict)
        connection = d.pop("connection", UNSET)

        path = d.pop("path", UNSET)

        def _parse_bucket(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bucket = _parse_bucket(d.pop("bucket", UNSET))

        mode = d.pop("mode", UNSET)

        table = d.pop("table", UNSET)

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

        def _parse_query(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        query = _parse_query(d.pop("query", UNSET))

        def _parse_table_creation_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        table_creation_mode = _parse_table_creation_mode(
            d.pop("tableCreationMode", UNSET)
        )

        def _parse_table_creation_ddl(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        table_creation_ddl = _parse_table_creation_ddl(d.pop("tableCreationDDL", UNSET))

        def _parse_partitioning_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partitioning_type = _parse_partitioning_type(d.pop("partitioningType", UNSET))

        def _parse_normalize_doubles(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        normalize_doubles = _parse_normalize_doubles(d.pop("normalizeDoubles", UNSET))

        def _parse_datetimenotz_read_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        datetimenotz_read_mode = _parse_datetimenotz_read_mode(
            d.pop("datetimenotzReadMode", UNSET)
        )

        def _parse_dateonly_read_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dateonly_read_mode = _parse_dateonly_read_mode(d.pop("dateonlyReadMode", UNSET))

        def _parse_folder_smart_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        folder_smart_id = _parse_folder_smart_id(d.pop("folderSmartId", UNSET))

        def _parse_item_path_pattern(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        item_path_pattern = _parse_item_path_pattern(d.pop("itemPathPattern", UNSET))

        def _parse_upload_connection(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        upload_connection = _parse_upload_connection(d.pop("uploadConnection", UNSET))

        def _parse_not_ready_if_empty(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        not_ready_if_empty = _parse_not_ready_if_empty(d.pop("notReadyIfEmpty", UNSET))

        def _parse_files_selection_rules(
            data: object,
        ) -> DatasetParamsFilesSelectionRulesType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                files_selection_rules_type_0 = (
                    DatasetParamsFilesSelectionRulesType0.from_dict(data)
                )

                return files_selection_rules_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatasetParamsFilesSelectionRulesType0 | None | Unset, data)

        files_selection_rules = _parse_files_selection_rules(
            d.pop("filesSelectionRules", UNSET)
        )

        def _parse_variables_expansion_loop_config(
            data: object,
        ) -> DatasetParamsVariablesExpansionLoopConfigType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                variables_expansion_loop_config_type_0 = (
                    DatasetParamsVariablesExpansionLoopConfigType0.from_dict(data)
                )

                return variables_expansion_loop_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                DatasetParamsVariablesExpansionLoopConfigType0 | None | Unset, data
            )

        variables_expansion_loop_config = _parse_variables_expansion_loop_config(
            d.pop("variablesExpansionLoopConfig", UNSET)
        )

        def _parse_keep_track_of_changes(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        keep_track_of_changes = _parse_keep_track_of_changes(
            d.pop("keepTrackOfChanges", UNSET)
        )

        def _parse_collection(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        collection = _parse_collection(d.pop("collection", UNSET))

        def _parse_index(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        index = _parse_index(d.pop("index", UNSET))

        dataset_params = cls(
            connection=connection,
            path=path,
            bucket=bucket,
            mode=mode,
            table=table,
            schema=schema,
            catalog=catalog,
            query=query,
            table_creation_mode=table_creation_mode,
            table_creation_ddl=table_creation_ddl,
            partitioning_type=partitioning_type,
            normalize_doubles=normalize_doubles,
            datetimenotz_read_mode=datetimenotz_read_mode,
            dateonly_read_mode=dateonly_read_mode,
            folder_smart_id=folder_smart_id,
            item_path_pattern=item_path_pattern,
            upload_connection=upload_connection,
            not_ready_if_empty=not_ready_if_empty,
            files_selection_rules=files_selection_rules,
            variables_expansion_loop_config=variables_expansion_loop_config,
            keep_track_of_changes=keep_track_of_changes,
            collection=collection,
            index=index,
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
