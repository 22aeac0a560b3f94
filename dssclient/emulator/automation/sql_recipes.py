"""SQL recipes, run on the SQLite database standing behind their SQL connection.

A dataset on an SQL connection (its ``params.connection`` names one, ``models.sql``) is a table
of that connection's database: ``params.table``, ``${projectKey}`` and the project's variables
expanded in it (``${projectKey}_<name>`` when it names none). The recipes' code reads and writes
these tables by name, as in DSS, with the project's variables expanded in it.

- ``sql_query``: the query (one SELECT) runs on the connection of the recipe's inputs; its result
  replaces the rows of the output (appended to them in append mode) and gives the output its
  schema. An output on an SQL connection gets the result as its table too.
- ``sql_script``: the script runs on that connection; each output, a table of that connection,
  then holds what the script left in its table (its rows and its columns).

What a job wrote becomes the output's rows in the data store as well, so that reading them
(``iter_rows``) and the recipes downstream see them. Until the emulator writes or clears its rows,
a dataset on an SQL connection reads as its table's rows (``table_snapshot``, for the data store).
Rows that other recipes (visual, Python) write into a dataset of an SQL connection are kept in the
data store only, not in its table.
"""

from __future__ import annotations

import copy
import re
import sqlite3
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from dssclient._json import is_mapping

from ..futures import TaskControl
from ..models.sql import dss_value, result_columns, sql_connection
from ..state import Project
from .executors import RecipeError
from .recipes import Recipe, input_refs, output_items, split_ref
from .store import StoredFile, column_names, is_partitioned, schema_columns

_VARIABLE = re.compile(r"\$\{([^}]+)\}")
# SQLite column types for the DSS types of a result.
_SQLITE_TYPES = {"bigint": "INTEGER", "int": "INTEGER", "smallint": "INTEGER", "tinyint": "INTEGER",
                 "boolean": "INTEGER", "double": "REAL", "float": "REAL"}  # fmt: skip


def table_of(project_key: str, definition: Mapping[str, Any], variables: Mapping[str, Any]) -> str:
    """The table a dataset on an SQL connection stands for."""
    params = definition.get("params")
    table = params.get("table") if is_mapping(params) else None
    if not isinstance(table, str) or not table:
        table = "${projectKey}_" + str(definition.get("name"))
    return expand(table, {**variables, "projectKey": project_key})


def expand(text: str, variables: Mapping[str, Any]) -> str:
    """``${name}`` replaced by the variable's value (unknown ones left as they are)."""
    return _VARIABLE.sub(lambda m: str(variables[m.group(1)]) if m.group(1) in variables else m.group(0), text)


def quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


class _Dataset:
    """A dataset the recipe reads or writes, and the SQL connection (database) it is on, if any."""

    def __init__(self, services: Any, project_key: str, ref: str, definition: dict[str, Any], variables: Any) -> None:
        self.ref = ref
        self.definition = definition
        params = definition.get("params")
        name = params.get("connection") if is_mapping(params) else None
        self.connection_name = name if isinstance(name, str) else None
        connection = sql_connection(services, name) if isinstance(name, str) and name else None
        self.database: Path | None = connection.database if connection is not None else None
        owner, _ = split_ref(project_key, ref)
        self.table = table_of(owner, definition, variables)


def run_sql_recipe(runner: Any, activity: Any, control: TaskControl) -> None:
    """Run the sql_query or sql_script recipe of an activity (``jobs._JobRunner``)."""
    state = runner.state
    with state.lock:
        project, recipe = runner._context(activity)
        variables = _variables(project)
        payload, recipe_type, recipe_name = recipe.payload, recipe.type, recipe.name
        inputs = [(ref, _definition(state, project, ref)) for ref in input_refs(recipe.definition)]
        outputs = [
            (dict(item), copy.deepcopy(project.datasets[item["ref"]].definition))
            for item in output_items(recipe.definition)
            if item["ref"] in project.datasets
        ]
    if not outputs:
        raise RecipeError(f"Recipe {recipe_name} has no existing output")
    read = [_Dataset(runner.services, project.key, ref, definition, variables) for ref, definition in inputs]
    written = [(item, _Dataset(runner.services, project.key, item["ref"], d, variables)) for item, d in outputs]
    database = _database_of(recipe_name, recipe_type, read, [dataset for _, dataset in written])
    code = expand(payload, {**variables, "projectKey": project.key})
    control.check_abort()
    if recipe_type == "sql_query":
        _run_query(runner, activity, project, database, code, written[0])
    else:
        _run_script(runner, activity, project, database, code, written)


def query_schema(services: Any, project: Project, recipe: Recipe) -> list[dict[str, Any]]:
    """The columns an sql_query recipe's query gives (its output's schema), as DSS computes them
    for schema updates: the query runs, and is rolled back. Hold the state lock."""
    variables = _variables(project)
    inputs = [
        _Dataset(services, project.key, ref, _definition(services.state, project, ref), variables)
        for ref in input_refs(recipe.definition)
    ]
    database = _database_of(recipe.name, recipe.type, inputs, [])
    session = _open(database)
    try:
        session.execute("BEGIN")
        try:
            cursor = session.execute(
                expand(recipe.payload, {**variables, "projectKey": project.key}).strip().rstrip(";")
            )
        except sqlite3.Error as error:
            raise RecipeError(f"The query failed: {error}") from None
        if cursor.description is None:
            raise RecipeError("The query of an sql_query recipe must be a SELECT: it returned no result")
        columns = result_columns(cursor, cursor.fetchone())
    finally:
        if session.in_transaction:
            session.execute("ROLLBACK")
        session.close()
    return [{"name": c["name"], "type": c["type"]} for c in columns]


def table_snapshot(services: Any, store: Any, project_key: str, definition: Mapping[str, Any]) -> StoredFile | None:
    """The rows of the table of a dataset on an SQL connection, written aside in the data store's
    format (a file the caller opens, then removes); None for other datasets, or no such table.
    Called with the state lock held."""
    params = definition.get("params")
    name = params.get("connection") if is_mapping(params) else None
    if not isinstance(name, str) or not name or is_partitioned(definition):
        return None
    connection = sql_connection(services, name)
    if connection is None or not connection.database.exists():
        return None
    project = services.state.projects.get(project_key)
    table = table_of(project_key, definition, _variables(project) if project is not None else {})
    session = _open(connection.database)
    try:
        try:
            cursor = session.execute(f"SELECT * FROM {quoted(table)}")
        except sqlite3.Error:
            return None
        names = [str(description[0]) for description in cursor.description or ()]
        writer = store.new_writer(names)
        try:
            while batch := cursor.fetchmany(1000):
                writer.write_all([[_text(value) for value in row] for row in batch])
        except BaseException:
            writer.discard()
            raise
    finally:
        session.close()
    path = writer.close()
    return StoredFile(path, path.stat().st_size, services.state.clock(), names)


def _definition(state: Any, project: Project, ref: str) -> dict[str, Any]:
    owner, name = split_ref(project.key, ref)
    source = state.projects.get(owner)
    dataset = source.datasets.get(name) if source is not None else None
    if dataset is None:
        raise RecipeError(f"Input dataset {owner}.{name} does not exist")
    return copy.deepcopy(dataset.definition)


def _variables(project: Project) -> dict[str, Any]:
    variables: dict[str, Any] = {}
    for part in ("standard", "local"):
        values = project.variables.get(part)
        if is_mapping(values):
            variables.update(values)
    return variables


def _database_of(name: str, recipe_type: str, read: list[_Dataset], written: list[_Dataset]) -> Path:
    """The database the recipe runs on: that of its inputs' SQL connection (one for all)."""
    for dataset in read:
        if dataset.database is None:
            raise RecipeError(
                f"Input {dataset.ref} of {recipe_type} recipe {name} is not on an SQL connection: "
                "an SQL recipe reads tables of one SQL connection"
            )
    names = {dataset.connection_name for dataset in read}
    if recipe_type == "sql_script":
        for dataset in written:
            if dataset.database is None:
                raise RecipeError(
                    f"Output {dataset.ref} of sql_script recipe {name} is not on an SQL connection: "
                    "a script writes tables of its connection"
                )
        names |= {dataset.connection_name for dataset in written}
    if len(names) > 1:
        listed = ", ".join(sorted(str(n) for n in names))
        raise RecipeError(f"The datasets of {recipe_type} recipe {name} are on several connections ({listed})")
    chosen = read or [d for d in written if d.database is not None]
    if not chosen or chosen[0].database is None:
        raise RecipeError(f"{recipe_type} recipe {name} has no input on an SQL connection to run on")
    return chosen[0].database


def _open(database: Path) -> sqlite3.Connection:
    database.parent.mkdir(parents=True, exist_ok=True)
    return sqlite3.connect(database, timeout=10, isolation_level=None)


def _run_query(
    runner: Any, activity: Any, project: Project, database: Path, query: str, output: tuple[dict[str, Any], _Dataset]
) -> None:
    item, target = output
    session = _open(database)
    try:
        session.execute("BEGIN")
        try:
            cursor = session.execute(query.strip().rstrip(";"))
        except sqlite3.Error as error:
            raise RecipeError(f"The query failed: {error}") from None
        if cursor.description is None:
            raise RecipeError("The query of an sql_query recipe must be a SELECT: it returned no result")
        rows = cursor.fetchall()
        columns = [{"name": c["name"], "type": c["type"]} for c in result_columns(cursor, rows[0] if rows else None)]
        session.execute("ROLLBACK")
    finally:
        session.close()
    append = item.get("appendMode") is True
    if target.database is not None:
        _write_table(target.database, target.table, columns, rows, append=append)
    _install(runner, activity, project, item["ref"], columns, rows, append=append)


def _write_table(
    database: Path, table: str, columns: list[dict[str, Any]], rows: Sequence[Sequence[Any]], append: bool
) -> None:
    session = _open(database)
    try:
        session.execute("BEGIN")
        if not append:
            session.execute(f"DROP TABLE IF EXISTS {quoted(table)}")
        definitions = ", ".join(f"{quoted(c['name'])} {_SQLITE_TYPES.get(c['type'], 'TEXT')}" for c in columns)
        session.execute(f"CREATE TABLE IF NOT EXISTS {quoted(table)} ({definitions})")
        if columns:
            marks = ", ".join("?" for _ in columns)
            session.executemany(f"INSERT INTO {quoted(table)} VALUES ({marks})", rows)
        session.execute("COMMIT")
    except sqlite3.Error as error:
        raise RecipeError(f"Writing table {table} failed: {error}") from None
    finally:
        if session.in_transaction:
            session.execute("ROLLBACK")
        session.close()


def _run_script(
    runner: Any,
    activity: Any,
    project: Project,
    database: Path,
    script: str,
    outputs: list[tuple[dict[str, Any], _Dataset]],
) -> None:
    session = _open(database)
    try:
        try:
            session.executescript(script)
        except sqlite3.Error as error:
            raise RecipeError(f"The script failed: {error}") from None
        found: list[tuple[dict[str, Any], list[dict[str, Any]], list[Any]]] = []
        for item, target in outputs:
            try:
                cursor = session.execute(f"SELECT * FROM {quoted(target.table)}")
            except sqlite3.Error:
                raise RecipeError(
                    f"Table {target.table} of output {item['ref']} does not exist after the script: "
                    "the script creates or fills its outputs' tables"
                ) from None
            rows = cursor.fetchall()
            columns = result_columns(cursor, rows[0] if rows else None)
            found.append((item, [{"name": c["name"], "type": c["type"]} for c in columns], rows))
    finally:
        session.close()
    for item, columns, rows in found:
        _install(runner, activity, project, item["ref"], columns, rows, append=False)


def _install(
    runner: Any,
    activity: Any,
    project: Project,
    ref: str,
    columns: list[dict[str, Any]],
    rows: Sequence[Sequence[Any]],
    append: bool,
) -> None:
    """Make these rows (and columns) the output's rows in the data store."""
    names = [str(c["name"]) for c in columns]
    writer = runner.store.new_writer(names)
    try:
        if append:
            runner._copy_existing(project.key, ref, activity.partition, names, writer)
        writer.write_all([[_text(value) for value in row] for row in rows])
    except BaseException:
        writer.discard()
        raise
    path = writer.close()
    with runner.state.lock:
        dataset = project.datasets.get(ref)
        if dataset is None:
            path.unlink(missing_ok=True)
            raise RecipeError(f"Output dataset {ref} no longer exists")
        if column_names(dataset.definition) != names or not schema_columns(dataset.definition):
            dataset.definition["schema"] = {"columns": columns, "userModified": False}
            runner.log(activity.id, f"Schema of {ref} set to: {', '.join(names)}")
        runner.store.install(project.key, ref, activity.partition, path, names, runner.state.clock())


def _text(value: Any) -> str | None:
    value = dss_value(value)
    return None if value is None else str(value)
