"""Listing the schemas and tables of the SQL connections (their SQLite databases), and the datasets an
import of tables creates.

A connection's database is opened read-only; a database not created yet has one empty schema.
SQLite has one schema per database, ``main``: every table is listed in it. Hive and the other
kinds of tables the official client can name (Iceberg, Elasticsearch) are not emulated: a key
naming them is refused, as a connection the instance lacks.
"""

from __future__ import annotations

import re
import sqlite3
import urllib.parse
from pathlib import Path
from typing import Any, cast

from ..errors import bad_request, not_found
from ..state import Project
from .sql import SqlConnection

SCHEMA = "main"
# Bounds, as the other models have: tables listed or imported at once.
MAX_TABLES = 10_000

_DSS_TYPES = (
    (("INT",), "bigint"),
    (("REAL", "FLOA", "DOUB", "NUMERIC", "DECIMAL"), "double"),
    (("BOOL",), "boolean"),
    (("DATE", "TIME"), "string"),  # SQLite stores dates as text; DSS would type them from the database
)


def dss_type(declared: str) -> str:
    """The DSS type of a column of a given SQLite declared type (SQLite's own affinity rules, simplified)."""
    upper = declared.upper()
    for markers, dss in _DSS_TYPES:
        if any(marker in upper for marker in markers):
            return dss
    return "string"


def _read_only(database: Path) -> sqlite3.Connection | None:
    if not database.exists():
        return None
    uri = "file:" + urllib.parse.quote(str(database.resolve())) + "?mode=ro"
    return sqlite3.connect(uri, uri=True, timeout=10)


def _quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def list_schemas(connection: SqlConnection) -> list[str]:
    return [SCHEMA]


def list_tables(connection: SqlConnection, schema: str | None) -> list[dict[str, Any]]:
    if schema is not None and schema != SCHEMA:
        raise not_found(f"Schema {schema} does not exist in connection {connection.name}")
    session = _read_only(connection.database)
    if session is None:
        return []
    try:
        rows = session.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name"
        ).fetchall()
    finally:
        session.close()
    return [{"schema": SCHEMA, "table": str(row[0])} for row in rows[:MAX_TABLES]]


def table_columns(connection: SqlConnection, table: str) -> list[dict[str, Any]]:
    """The columns of a table, typed for DSS; a missing table is refused (404)."""
    session = _read_only(connection.database)
    try:
        rows = session.execute(f"PRAGMA table_info({_quoted(table)})").fetchall() if session is not None else []
    finally:
        if session is not None:
            session.close()
    if not rows:
        raise not_found(f"Table {table} does not exist in connection {connection.name}")
    return [{"name": str(row[1]), "type": dss_type(str(row[2] or ""))} for row in rows]


def dataset_name_for(project: Project, table: str, taken: set[str]) -> str:
    """A free dataset name for a table: its name made a DSS identifier, numbered when taken."""
    base = re.sub(r"[^A-Za-z0-9_]", "_", table) or "table"
    name, suffix = base, 1
    while name in project.datasets or name in taken:
        suffix += 1
        name = f"{base}_{suffix}"
    return name


def check_key(key: Any) -> tuple[str, str | None, str]:
    """(connection, schema, table) of an SQL table key; the kinds the emulator lacks are refused."""
    if not isinstance(key, dict):
        raise bad_request("A table to import is an object")
    key = cast("dict[str, Any]", key)
    connection, schema, table = key.get("connectionName"), key.get("schema"), key.get("name")
    if not isinstance(connection, str) or not isinstance(table, str) or not table:
        raise bad_request("A table to import names its connectionName and its name")
    if connection.startswith("@virtual(") or key.get("namespace") is not None:
        # Hive (and Iceberg) tables: not emulated.
        raise not_found(f"Connection does not exist: {connection}")
    if schema is not None and not isinstance(schema, str):
        raise bad_request("A table's schema is a string")
    return connection, schema, table
