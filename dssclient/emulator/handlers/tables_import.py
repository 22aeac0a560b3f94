"""Listing the schemas and tables of SQL connections, and importing tables as datasets (long tasks)."""

from __future__ import annotations

import copy
import re
from typing import Any

from ..automation.access import READ, WRITE, project_for
from ..context import RequestContext
from ..errors import bad_request, not_found
from ..models import tables_import as tables
from ..models.sql import SqlConnection, connection_kinds, sql_connection
from ._registry import handles
from ._tasks import run_task

_DATASET_NAME = re.compile(r"[A-Za-z0-9_]{1,256}")


def _connection(ctx: RequestContext, name: str) -> SqlConnection:
    """The SQL connection, if the caller may use it (403 otherwise); 404 for one the instance lacks."""
    if name.startswith("@virtual("):
        raise not_found(f"Connection does not exist: {name} (Hive is not emulated)")
    connection = sql_connection(ctx.services, name, ctx.user)
    if connection is None:
        raise not_found(f"Connection does not exist or is not an SQL connection: {name}")
    return connection


@handles("listTablesImportSchemas")
def list_tables_import_schemas(ctx: RequestContext) -> list[str]:
    with ctx.services.state.lock:
        project_for(ctx, ctx.path["projectKey"], READ)
    return tables.list_schemas(_connection(ctx, ctx.query["connectionName"]))


@handles("listTablesImportTables")
def list_tables_import_tables(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
    connection = _connection(ctx, ctx.query["connectionName"])
    schema = ctx.query.get("schemaName")
    return run_task(
        ctx,
        f"Listing tables of {connection.name}",
        {"projectKey": project.key, "connectionName": connection.name},
        lambda: {"tables": tables.list_tables(connection, schema)},
    )


@handles("prepareTablesImport")
def prepare_tables_import(ctx: RequestContext) -> dict[str, Any]:
    keys = ctx.body_fields["keys"]
    state = ctx.services.state
    with state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
    if len(keys) > tables.MAX_TABLES:
        raise bad_request(f"At most {tables.MAX_TABLES} tables are imported at once")
    checked = [(tables.check_key(key), key) for key in keys]
    connections = {name: _connection(ctx, name) for (name, _, _), _ in checked}
    kinds = connection_kinds(ctx.services)

    def prepare() -> dict[str, Any]:
        candidates: list[dict[str, Any]] = []
        taken: set[str] = set()
        for (name, schema, table), key in checked:
            if schema not in (None, tables.SCHEMA):
                raise not_found(f"Schema {schema} does not exist in connection {name}")
            columns = tables.table_columns(connections[name], table)
            with state.lock:
                dataset_name = tables.dataset_name_for(project, table, taken)
            taken.add(dataset_name)
            candidates.append(
                {
                    "key": copy.deepcopy(key),
                    "datasetName": dataset_name,
                    "datasetType": kinds.get(name) or "PostgreSQL",
                    "schema": {"columns": columns},
                }
            )
        return {"sqlImportCandidates": candidates, "hiveImportCandidates": []}

    return run_task(ctx, f"Preparing the import of {len(keys)} tables", {"projectKey": project.key}, prepare)


@handles("executeTablesImport")
def execute_tables_import(ctx: RequestContext) -> dict[str, Any]:
    body = ctx.body_fields
    state = ctx.services.state
    with state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
    if body.get("hiveImportCandidates"):
        raise not_found("Hive is not emulated: Hive tables cannot be imported")
    candidates: list[dict[str, Any]] = body.get("sqlImportCandidates") or []
    if len(candidates) > tables.MAX_TABLES:
        raise bad_request(f"At most {tables.MAX_TABLES} tables are imported at once")
    checked: list[tuple[dict[str, Any], SqlConnection, str, str]] = []
    for candidate in candidates:
        if not isinstance(candidate.get("datasetName"), str) or not _DATASET_NAME.fullmatch(candidate["datasetName"]):
            raise bad_request(f"Invalid dataset name {candidate.get('datasetName')!r}: letters, digits and _ only")
        name, schema, table = tables.check_key(candidate["key"])
        checked.append((candidate, _connection(ctx, name), schema or tables.SCHEMA, table))
    kinds = connection_kinds(ctx.services)
    login = ctx.user.login

    def execute() -> dict[str, Any]:
        # Every table is checked before any dataset is created: a refusal leaves the project unchanged.
        prepared: list[tuple[dict[str, Any], SqlConnection, str, str, list[dict[str, Any]]]] = []
        for candidate, connection, schema, table in checked:
            columns = tables.table_columns(connection, table)
            prepared.append((candidate, connection, schema, table, columns))
        with state.lock:
            names = [candidate["datasetName"] for candidate, *_ in prepared]
            clashes = [n for n in names if n in project.datasets] + [n for n in set(names) if names.count(n) > 1]
            if clashes:
                raise bad_request(f"Datasets already exist or are named twice: {', '.join(sorted(set(clashes)))}")
            for candidate, connection, schema, table, columns in prepared:
                definition = {
                    "projectKey": project.key,
                    "name": candidate["datasetName"],
                    "type": kinds.get(connection.name) or "PostgreSQL",
                    "params": {"connection": connection.name, "mode": "table", "schema": schema, "table": table},
                    "schema": {"columns": columns, "userModified": False},
                    "managed": False,
                }
                state.create_dataset(project, definition, login)
        return {"importedDatasets": names}

    return run_task(ctx, f"Importing {len(candidates)} tables", {"projectKey": project.key}, execute)
