"""SQL queries, run for real on SQLite databases standing behind the instance's SQL connections.

A query is executed when it starts (so that the database's refusals come back at once), its
schema taken from the result; its rows are then fetched from the open cursor as the client
reads them, a batch at a time, so that a million-row answer is never held in memory. Each
query runs in a transaction of its own, as DSS's JDBC sessions do (auto-commit off): what it
writes is kept only if a pre- or post-query commits it (``post_queries=["COMMIT"]``).

Connections: ``sql_connection`` below is the one place where queries learn which SQL
connections exist: those of ``EmulatorConfig.sql_connections`` and of ``SqlEngine.add_connection``
(usable by everyone), and the instance's connections (``createConnection``) of an SQL type, each
backed by a fresh SQLite database of its own and usable as its definition says.

Containment: a query reaches its connection's database and nothing else. Every session is
opened in URI mode with no database attachable (``SQLITE_LIMIT_ATTACHED`` 0) and an authorizer
that refuses ``ATTACH``, ``DETACH``, ``VACUUM INTO`` (which SQLite authorizes as an attach; a
plain ``VACUUM``, run through an attach too, is refused with it), ``load_extension`` and every
pragma outside a short list of introspection pragmas of the connection's own tables
(``database_list`` and the like would reveal files of the host). A refusal is a DSS-style
``java.sql.SQLException`` naming what was refused. What DSS lets through on a real database is
that database's business; the emulator refuses rather than let a query reach files of the
machine it runs on.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
import sqlite3
import threading
import urllib.parse
from collections import OrderedDict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import UNAUTHORIZED, DSSError, bad_request, forbidden, not_found
from .connections import ConnectionsModel

SQL_EXCEPTION = "java.sql.SQLException"
# Queries kept open at once; starting one more closes (rolls back) the oldest one.
MAX_OPEN_QUERIES = 64
# How long finishing a query waits for its rows' stream to end.
FINISH_WAIT_SECONDS = 2.0
# Rows fetched from the database at a time while streaming.
_FETCH_SIZE = 1000
# What SQLite's dynamic types of a result's first row give as DSS column types.
_DSS_TYPES: dict[type[object], str] = {int: "bigint", float: "double", str: "string", bytes: "string", bool: "boolean"}
_SQLITE_TYPES: dict[type[object], str] = {int: "integer", float: "real", str: "text", bytes: "blob", bool: "integer"}

READY, STREAMING, DONE, FAILED = "READY", "STREAMING", "DONE", "FAILED"

# Pragmas a query may run: introspection of the connection's own tables and settings that
# reveal no file. Any other pragma (database_list, temp_store_directory, ...) is refused.
ALLOWED_PRAGMAS = frozenset(
    {
        "table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
        "foreign_key_list", "foreign_key_check", "foreign_keys", "integrity_check", "quick_check",
        "user_version", "encoding", "collation_list", "case_sensitive_like", "recursive_triggers",
    }
)  # fmt: skip
# SQL functions refused whatever their arguments (loading native code, raw tokenizer pointers).
REFUSED_FUNCTIONS = frozenset({"load_extension", "fts3_tokenizer"})


@dataclass(frozen=True)
class SqlConnection:
    """An SQL connection of the instance, and the SQLite database standing behind it."""

    name: str
    database: Path


# Connection types of DSS that speak SQL: the emulator runs their queries on SQLite.
SQL_CONNECTION_TYPES = frozenset(
    {
        "PostgreSQL", "MySQL", "Vertica", "Greenplum", "Redshift", "Teradata", "Oracle", "SQLServer", "Synapse",
        "FabricWarehouse", "Netezza", "SAPHANA", "BigQuery", "Snowflake", "JDBC", "Athena", "Databricks",
        "Trino", "DB2", "ExasolDB", "SybaseIQ", "Yellowbrick", "SQLite",
    }
)  # fmt: skip


def sql_connection(services: Any, name: str, user: Any = None) -> SqlConnection | None:
    """The SQL connection called ``name``, or None if the instance has no such SQL connection.

    The SQL engine looks connections up here only. With ``user``, a connection that user may
    not use is refused (403), as DSS refuses it.
    """
    configured = services.config.sql_connections
    if name in configured:
        path = configured[name]
        return SqlConnection(name, Path(path) if path else _database_in_workdir(services.workdir, name))
    state = services.state
    with state.lock:
        added = state.extension(SqlEngine).added_connections.get(name)
        defined = state.extension(ConnectionsModel).connections.get(name)
    if added is not None:
        return SqlConnection(name, added)
    if defined is None or defined.type not in SQL_CONNECTION_TYPES:
        return None
    if user is not None and not defined.usable_by(user):
        raise forbidden(f"You may not use connection {name}", UNAUTHORIZED)
    return SqlConnection(name, _database_in_workdir(services.workdir, name))


def known_connection_names(services: Any) -> list[str]:
    """Every connection of the instance (SQL-backed or not), in a stable order."""
    state = services.state
    with state.lock:
        added = list(state.extension(SqlEngine).added_connections)
        defined = list(state.extension(ConnectionsModel).connections)
    return list(dict.fromkeys([*services.config.sql_connections, *added, *defined]))


def connection_kinds(services: Any) -> dict[str, str | None]:
    """Every connection of the instance, with the type of the datasets it holds if it is an SQL one.

    The connections of the emulator's configuration and those added for tests have no
    definition: their datasets are PostgreSQL ones (run on SQLite like the others).
    """
    state = services.state
    with state.lock:
        added = list(state.extension(SqlEngine).added_connections)
        defined = {name: c.type for name, c in state.extension(ConnectionsModel).connections.items()}
    kinds: dict[str, str | None] = {name: "PostgreSQL" for name in [*services.config.sql_connections, *added]}
    for name, type_ in defined.items():
        kinds.setdefault(name, type_ if type_ in SQL_CONNECTION_TYPES else None)
    return kinds


def result_columns(cursor: sqlite3.Cursor, first_row: tuple[Any, ...] | None) -> list[dict[str, Any]]:
    """The columns of a query's result as DSS types them, from the values of its first row."""
    return _schema(cursor, first_row)


def _database_in_workdir(workdir: Path, name: str) -> Path:
    # Connection names are any text: the file is named after a digest of the name.
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:24]
    directory = workdir / "sql"
    directory.mkdir(parents=True, exist_ok=True)
    return directory / f"{digest}.sqlite3"


def sql_error(error: sqlite3.Error, what: str, guard: SessionGuard | None = None) -> DSSError:
    """A database's refusal, as DSS reports a failed JDBC statement (naming what the guard refused)."""
    refused = guard.take_refusal() if guard is not None else None
    if refused is not None:
        return DSSError(
            400,
            SQL_EXCEPTION,
            f"{what} failed: {refused} is not allowed: a query runs on its connection's database only",
        )
    message = f"{what} failed: {error}"
    return DSSError(400, SQL_EXCEPTION, message)


class SessionGuard:
    """The authorizer of a session: what keeps its statements on the connection's own database."""

    def __init__(self) -> None:
        self._refusal: str | None = None

    def authorize(self, action: int, first: str | None, second: str | None, database: str | None, _: Any) -> int:
        refusal: str | None = None
        if action == sqlite3.SQLITE_ATTACH:
            # ATTACH, and VACUUM: SQLite authorizes VACUUM INTO as an attach of its target file,
            # and a plain VACUUM attaches a temporary database (refused too, for want of a way
            # to tell it apart from VACUUM INTO here).
            refusal = "ATTACH DATABASE (or VACUUM)"
        elif action == sqlite3.SQLITE_DETACH:
            refusal = "DETACH DATABASE"
        elif action == sqlite3.SQLITE_PRAGMA and (first or "").lower() not in ALLOWED_PRAGMAS:
            refusal = f"PRAGMA {first}"
        elif action == sqlite3.SQLITE_FUNCTION and (second or "").lower() in REFUSED_FUNCTIONS:
            refusal = f"Function {second}()"
        elif database not in (None, "main", "temp"):
            refusal = f"Access to database {database}"
        if refusal is None:
            return sqlite3.SQLITE_OK
        self._refusal = refusal
        return sqlite3.SQLITE_DENY

    def take_refusal(self) -> str | None:
        refusal, self._refusal = self._refusal, None
        return refusal


def dss_value(value: Any) -> Any:
    """A value of SQLite as the row stream writes it (blobs as base64 text)."""
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return value


@dataclass
class RunningQuery:
    """A started query: its session, its open cursor, and how far its rows were read."""

    query_id: str
    owner: str
    connection: sqlite3.Connection
    guard: SessionGuard
    cursor: sqlite3.Cursor | None
    schema: list[dict[str, Any]]
    post_queries: list[str]
    first_row: tuple[Any, ...] | None
    status: str = READY
    error: DSSError | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def rows(self) -> Iterator[list[Any]]:
        """The rows, fetched from the cursor a batch at a time; then the post-queries run."""
        with self.lock:
            try:
                if self.first_row is not None:
                    yield [dss_value(v) for v in self.first_row]
                    self.first_row = None
                while self.cursor is not None:
                    batch = self.cursor.fetchmany(_FETCH_SIZE)
                    if not batch:
                        break
                    for row in batch:
                        yield [dss_value(v) for v in row]
                self._end_locked()
            except sqlite3.Error as error:
                self._fail_locked(sql_error(error, "Reading the rows of the query", self.guard))
            except GeneratorExit:
                # The client stopped reading: the query did not complete.
                self._fail_locked(DSSError(500, SQL_EXCEPTION, "Streaming of the query's rows was interrupted"))
                raise

    def finish_locked(self) -> None:
        """End the query: rows not read are dropped, post-queries run if they did not; raises its error.

        Call with ``self.lock`` held.
        """
        if self.status in (READY, STREAMING):
            self._end_locked()
        self.close()
        if self.error is not None:
            raise self.error

    def close(self) -> None:
        """Release the session; what was not committed is rolled back."""
        try:
            if self.connection.in_transaction:
                self.connection.rollback()
        except sqlite3.Error:
            pass
        self.connection.close()

    def _end_locked(self) -> None:
        try:
            for statement in self.post_queries:
                self.connection.execute(statement).fetchall()
            self.status = DONE
        except sqlite3.Error as error:
            self._fail_locked(sql_error(error, "A post-query", self.guard))

    def _fail_locked(self, error: DSSError) -> None:
        self.status = FAILED
        self.error = error
        if self.connection.in_transaction:
            try:
                self.connection.rollback()
            except sqlite3.Error:
                pass


class SqlEngine:
    """The instance's running SQL queries (a ``DSSState`` extension; hold ``state.lock`` for its maps)."""

    def __init__(self, state: Any) -> None:
        self._state = state
        self.queries: OrderedDict[str, RunningQuery] = OrderedDict()
        self.added_connections: dict[str, Path] = {}
        self._wal_ready: set[Path] = set()

    def add_connection(self, name: str, database: Path) -> None:
        """Give the instance an SQL connection backed by this SQLite database file (for seeding in tests)."""
        with self._state.lock:
            self.added_connections[name] = Path(database)

    def start(
        self,
        connection: SqlConnection,
        query: str,
        pre_queries: Sequence[str],
        post_queries: Sequence[str],
        owner: str,
    ) -> RunningQuery:
        """Open a session, run the pre-queries and the query; a refusal of the database is raised."""
        session, guard = self._open(connection.database)
        try:
            session.execute("BEGIN")
            for statement in pre_queries:
                session.execute(statement).fetchall()
            cursor = session.execute(query)
        except sqlite3.Error as error:
            _close_quietly(session)
            raise sql_error(error, "The query", guard) from None
        try:
            first_row = cursor.fetchone() if cursor.description is not None else None
        except sqlite3.Error as error:
            _close_quietly(session)
            raise sql_error(error, "The query", guard) from None
        schema = _schema(cursor, first_row)
        running = RunningQuery(
            query_id=secrets.token_urlsafe(12),
            owner=owner,
            connection=session,
            guard=guard,
            cursor=cursor if cursor.description is not None else None,
            schema=schema,
            post_queries=list(post_queries),
            first_row=first_row,
        )
        evicted: list[RunningQuery] = []
        with self._state.lock:
            self.queries[running.query_id] = running
            # The oldest queries not being streamed go (abandoned ones, typically).
            excess = len(self.queries) - MAX_OPEN_QUERIES
            for query_id, old in list(self.queries.items()):
                if excess <= 0:
                    break
                if old.status != STREAMING and old is not running:
                    evicted.append(self.queries.pop(query_id))
                    excess -= 1
        for old in evicted:
            with old.lock:
                old.close()
        return running

    def get(self, query_id: str) -> RunningQuery:
        with self._state.lock:
            running = self.queries.get(query_id)
        if running is None:
            raise not_found(f"SQL query does not exist (or is already finished): {query_id}")
        return running

    def begin_streaming(self, query_id: str) -> RunningQuery:
        """The query whose rows are about to be streamed; its rows can be read once."""
        running = self.get(query_id)
        with self._state.lock:
            if running.status != READY:
                raise bad_request(f"The rows of SQL query {query_id} were already read")
            running.status = STREAMING
        return running

    def finish(self, query_id: str) -> None:
        running = self.get(query_id)
        # Rows being streamed hold the query's lock. A stream the client gave up on ends as soon
        # as the server sees the connection closed; one still being read is not waited for.
        if not running.lock.acquire(timeout=FINISH_WAIT_SECONDS):
            raise bad_request(f"The rows of SQL query {query_id} are still being read: read them to the end first")
        try:
            with self._state.lock:
                self.queries.pop(query_id, None)
            running.finish_locked()
        finally:
            running.lock.release()

    def _open(self, database: Path) -> tuple[sqlite3.Connection, SessionGuard]:
        database.parent.mkdir(parents=True, exist_ok=True)
        # The session is used by the thread that starts the query and by the one that streams
        # its rows, never at once (RunningQuery.lock); isolation_level=None leaves transactions
        # to the explicit BEGIN, COMMIT and ROLLBACK. URI mode: the file is named by a file: URI
        # built here (its path quoted), so no part of a configured name is read as an option.
        uri = "file:" + urllib.parse.quote(str(database.resolve())) + "?mode=rwc"
        session = sqlite3.connect(uri, timeout=10, isolation_level=None, check_same_thread=False, uri=True)
        try:
            if database not in self._wal_ready:
                # Readers then never block writers: a query being streamed does not hold up others.
                session.execute("PRAGMA journal_mode=WAL").fetchall()
                self._wal_ready.add(database)
            # No other database is reachable: none can be attached, extensions cannot be loaded,
            # and the authorizer refuses what would name or reveal a file.
            session.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)
            # (Python builds without loadable extensions lack the method: nothing to disable.)
            disable_extensions = getattr(session, "enable_load_extension", None)
            if disable_extensions is not None:
                disable_extensions(False)
        except BaseException:
            session.close()
            raise
        guard = SessionGuard()
        session.set_authorizer(guard.authorize)
        return session, guard


def _schema(cursor: sqlite3.Cursor, first_row: tuple[Any, ...] | None) -> list[dict[str, Any]]:
    """The result's columns, typed by the values of its first row (text when unknown)."""
    if cursor.description is None:
        return []
    columns: list[dict[str, Any]] = []
    for index, description in enumerate(cursor.description):
        value: object = first_row[index] if first_row is not None else None
        kind = type(value)
        columns.append(
            {
                "name": description[0],
                "type": _DSS_TYPES.get(kind, "string"),
                "originalType": _SQLITE_TYPES.get(kind, "null"),
            }
        )
    return columns


def _close_quietly(session: sqlite3.Connection) -> None:
    try:
        if session.in_transaction:
            session.rollback()
    except sqlite3.Error:
        pass
    session.close()
