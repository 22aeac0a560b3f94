"""SQL queries: started on a connection (or a dataset's), rows streamed, then finished."""

from __future__ import annotations

from typing import Any

from dssclient._json import is_object

from ..automation.access import READ, project_for
from ..context import BinaryReply, RequestContext
from ..errors import bad_request, not_found
from ..models.sql import SqlConnection, SqlEngine, sql_connection
from ..rows import MEDIA_TYPE as TSV_MEDIA_TYPE
from ..rows import tsv_chunks
from ._common import existing_dataset
from ._registry import handles


def _connection_of_request(ctx: RequestContext, fields: dict[str, Any]) -> SqlConnection:
    kind = fields.get("type") or "sql"
    if kind != "sql":
        raise bad_request(f"Cannot run a {kind} query: this instance has no {kind.capitalize()} engine")
    name = fields.get("connection")
    dataset_full_name = fields.get("datasetFullName")
    if name is None and dataset_full_name is not None:
        name = _dataset_connection(ctx, dataset_full_name)
    if name is None:
        if fields.get("database") is not None:
            raise bad_request("A database is for Hive and Impala queries; give an SQL query a connection")
        raise bad_request("An SQL query needs a connection (or the full name of a dataset on one)")
    connection = sql_connection(ctx.services, name, ctx.user)
    if connection is None:
        raise not_found(f"SQL connection does not exist: {name}")
    return connection


def _dataset_connection(ctx: RequestContext, full_name: str) -> str:
    project_key, dot, dataset_name = full_name.partition(".")
    if not dot or not project_key or not dataset_name:
        raise bad_request(f"A dataset's full name is PROJECTKEY.datasetName, not {full_name!r}")
    with ctx.services.state.lock:
        # Reading a dataset's rows (here: querying its connection) needs read rights on the project's content.
        dataset = existing_dataset(project_for(ctx, project_key, READ), dataset_name)
        params = dataset.definition.get("params")
        name = params.get("connection") if is_object(params) else None
    if not isinstance(name, str) or not name:
        raise bad_request(f"Dataset {full_name} is not stored on an SQL connection")
    return name


@handles("startSqlQuery")
def start_sql_query(ctx: RequestContext) -> dict[str, Any]:
    fields = ctx.body_fields
    if fields.get("projectKey") is not None:
        with ctx.services.state.lock:
            project_for(ctx, fields["projectKey"], READ)
    connection = _connection_of_request(ctx, fields)
    engine = ctx.services.state.extension(SqlEngine)
    running = engine.start(
        connection,
        fields["query"],
        fields.get("preQueries") or [],
        fields.get("postQueries") or [],
        ctx.user.login,
    )
    return {"queryId": running.query_id, "schema": running.schema}


@handles("streamSqlQuery")
def stream_sql_query(ctx: RequestContext) -> BinaryReply:
    running = ctx.services.state.extension(SqlEngine).begin_streaming(ctx.path["queryId"])
    return BinaryReply(media_type=TSV_MEDIA_TYPE, length=None, chunks=lambda: tsv_chunks(running.rows()))


@handles("finishSqlQueryStreaming")
def finish_sql_query_streaming(ctx: RequestContext) -> None:
    ctx.services.state.extension(SqlEngine).finish(ctx.path["queryId"])
