from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.sql_query_request_extra_conf_type_0 import (
        SqlQueryRequestExtraConfType0,
    )


T = TypeVar("T", bound="SqlQueryRequest")


@_attrs_define
class SqlQueryRequest:
    """What to run, and where: one of `connection`, `datasetFullName` (the
    query runs on that dataset's connection) or `database` (Hive, Impala).
    The official client sends every property, null when not set.

        Attributes:
            query (str): The query whose rows are answered.
            pre_queries (list[str] | None | Unset): Statements run before the query, in the same session.
            post_queries (list[str] | None | Unset): Statements run after the rows were read, in the same session (a
                `COMMIT`, say).
            connection (None | str | Unset): Name of the SQL connection to run the query on.
            database (None | str | Unset): Hive or Impala database to run the query on.
            dataset_full_name (None | str | Unset): A dataset as `PROJECTKEY.datasetName`; the query runs on its connection.
            project_key (None | str | Unset): Project in whose context the query runs (its variables, its rights).
            type_ (None | str | Unset): Kind of query, `sql` (the default), `hive` or `impala`.
            extra_conf (None | SqlQueryRequestExtraConfType0 | Unset): Extra settings of the engine (Hive and Impala).
            script_steps (Any | Unset): Steps of a script (Hive), as the engine expects them.
            script_input_schema (Any | Unset): Input schema of a script (Hive).
            script_output_schema (Any | Unset): Output schema of a script (Hive).
            script_report_location (Any | Unset): Where a script reports (Hive).
            read_timestamp_without_timezone_as_string (bool | None | Unset): Read timestamps without time zone as text
                rather than as dates.
            read_date_as_string (bool | None | Unset): Read dates as text rather than as dates.
            datetimenotz_read_mode (None | str | Unset): How to read timestamps without time zone, `AS_IS` (the default),
                `AS_STRING` or `AS_DATE`.
            dateonly_read_mode (None | str | Unset): How to read dates without time, `AS_IS` (the default), `AS_STRING` or
                `AS_DATE`.
    """

    query: str
    pre_queries: list[str] | None | Unset = UNSET
    post_queries: list[str] | None | Unset = UNSET
    connection: None | str | Unset = UNSET
    database: None | str | Unset = UNSET
    dataset_full_name: None | str | Unset = UNSET
    project_key: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    extra_conf: None | SqlQueryRequestExtraConfType0 | Unset = UNSET
    script_steps: Any | Unset = UNSET
    script_input_schema: Any | Unset = UNSET
    script_output_schema: Any | Unset = UNSET
    script_report_location: Any | Unset = UNSET
    read_timestamp_without_timezone_as_string: bool | None | Unset = UNSET
    read_date_as_string: bool | None | Unset = UNSET
    datetimenotz_read_mode: None | str | Unset = UNSET
    dateonly_read_mode: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.sql_query_request_extra_conf_type_0 import (
            SqlQueryRequestExtraConfType0,
        )

        query = self.query

        pre_queries: list[str] | None | Unset
        if isinstance(self.pre_queries, Unset):
            pre_queries = UNSET
        elif isinstance(self.pre_queries, list):
            pre_queries = self.pre_queries

        else:
            pre_queries = self.pre_queries

        post_queries: list[str] | None | Unset
        if isinstance(self.post_queries, Unset):
            post_queries = UNSET
        elif isinstance(self.post_queries, list):
            post_queries = self.post_queries

        else:
            post_queries = self.post_queries

        connection: None | str | Unset
        if isinstance(self.connection, Unset):
            connection = UNSET
        else:
            connection = self.connection

        database: None | str | Unset
        if isinstance(self.database, Unset):
            database = UNSET
        else:
            database = self.database

        dataset_full_name: None | str | Unset
        if isinstance(self.dataset_full_name, Unset):
            dataset_full_name = UNSET
        else:
            dataset_full_name = self.dataset_full_name

        project_key: None | str | Unset
        if isinstance(self.project_key, Unset):
            project_key = UNSET
        else:
            project_key = self.project_key

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        extra_conf: dict[str, Any] | None | Unset
        if isinstance(self.extra_conf, Unset):
            extra_conf = UNSET
        elif isinstance(self.extra_conf, SqlQueryRequestExtraConfType0):
            extra_conf = self.extra_conf.to_dict()
        else:
            extra_conf = self.extra_conf

        script_steps = self.script_steps

        script_input_schema = self.script_input_schema

        script_output_schema = self.script_output_schema

        script_report_location = self.script_report_location

        read_timestamp_without_timezone_as_string: bool | None | Unset
        if isinstance(self.read_timestamp_without_timezone_as_string, Unset):
            read_timestamp_without_timezone_as_string = UNSET
        else:
            read_timestamp_without_timezone_as_string = (
                self.read_timestamp_without_timezone_as_string
            )

        read_date_as_string: bool | None | Unset
        if isinstance(self.read_date_as_string, Unset):
            read_date_as_string = UNSET
        else:
            read_date_as_string = self.read_date_as_string

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "query": query,
            }
        )
        if pre_queries is not UNSET:
            field_dict["preQueries"] = pre_queries
        if post_queries is not UNSET:
            field_dict["postQueries"] = post_queries
        if connection is not UNSET:
            field_dict["connection"] = connection
        if database is not UNSET:
            field_dict["database"] = database
        if dataset_full_name is not UNSET:
            field_dict["datasetFullName"] = dataset_full_name
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if type_ is not UNSET:
            field_dict["type"] = type_
        if extra_conf is not UNSET:
            field_dict["extraConf"] = extra_conf
        if script_steps is not UNSET:
            field_dict["scriptSteps"] = script_steps
        if script_input_schema is not UNSET:
            field_dict["scriptInputSchema"] = script_input_schema
        if script_output_schema is not UNSET:
            field_dict["scriptOutputSchema"] = script_output_schema
        if script_report_location is not UNSET:
            field_dict["scriptReportLocation"] = script_report_location
        if read_timestamp_without_timezone_as_string is not UNSET:
            field_dict["readTimestampWithoutTimezoneAsString"] = (
                read_timestamp_without_timezone_as_string
            )
        if read_date_as_string is not UNSET:
            field_dict["readDateAsString"] = read_date_as_string
        if datetimenotz_read_mode is not UNSET:
            field_dict["datetimenotzReadMode"] = datetimenotz_read_mode
        if dateonly_read_mode is not UNSET:
            field_dict["dateonlyReadMode"] = dateonly_read_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.sql_query_request_extra_conf_type_0 import (
            SqlQueryRequestExtraConfType0,
        )

        d = dict(src_dict)
        query = d.pop("query")

        def _parse_pre_queries(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                pre_queries_type_0 = cast(list[str], data)

                return pre_queries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        pre_queries = _parse_pre_queries(d.pop("preQueries", UNSET))

        def _parse_post_queries(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                post_queries_type_0 = cast(list[str], data)

                return post_queries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        post_queries = _parse_post_queries(d.pop("postQueries", UNSET))

        def _parse_connection(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        connection = _parse_connection(d.pop("connection", UNSET))

        def _parse_database(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        database = _parse_database(d.pop("database", UNSET))

        def _parse_dataset_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dataset_full_name = _parse_dataset_full_name(d.pop("datasetFullName", UNSET))

        def _parse_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_key = _parse_project_key(d.pop("projectKey", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_extra_conf(
            data: object,
        ) -> None | SqlQueryRequestExtraConfType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                extra_conf_type_0 = SqlQueryRequestExtraConfType0.from_dict(data)

                return extra_conf_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SqlQueryRequestExtraConfType0 | Unset, data)

        extra_conf = _parse_extra_conf(d.pop("extraConf", UNSET))

        script_steps = d.pop("scriptSteps", UNSET)

        script_input_schema = d.pop("scriptInputSchema", UNSET)

        script_output_schema = d.pop("scriptOutputSchema", UNSET)

        script_report_location = d.pop("scriptReportLocation", UNSET)

        def _parse_read_timestamp_without_timezone_as_string(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        read_timestamp_without_timezone_as_string = (
            _parse_read_timestamp_without_timezone_as_string(
                d.pop("readTimestampWithoutTimezoneAsString", UNSET)
            )
        )

        def _parse_read_date_as_string(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        read_date_as_string = _parse_read_date_as_string(
            d.pop("readDateAsString", UNSET)
        )

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

        sql_query_request = cls(
            query=query,
            pre_queries=pre_queries,
            post_queries=post_queries,
            connection=connection,
            database=database,
            dataset_full_name=dataset_full_name,
            project_key=project_key,
            type_=type_,
            extra_conf=extra_conf,
            script_steps=script_steps,
            script_input_schema=script_input_schema,
            script_output_schema=script_output_schema,
            script_report_location=script_report_location,
            read_timestamp_without_timezone_as_string=read_timestamp_without_timezone_as_string,
            read_date_as_string=read_date_as_string,
            datetimenotz_read_mode=datetimenotz_read_mode,
            dateonly_read_mode=dateonly_read_mode,
        )

        sql_query_request.additional_properties = d
        return sql_query_request

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
