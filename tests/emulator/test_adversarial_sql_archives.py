"""The emulator as a trustworthy oracle under hostile input (issue 15, points 1, 6, 7, 8).

SQL stays on its connection's database; archives and uploads are bounded; a body is not read
before its sender is authenticated; secrets stay out of the emulator's logs. Each test fails
on the emulator as it was before these points were fixed. Archive bombs are built in memory,
highly compressible, so that the whole module runs in seconds.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import httpx
import pytest

from dssclient.emulator import Emulator

from .conftest import READER_KEY, HttpFactory

# -- 1. SQL stays on its connection's database ----------------------------------------------------


@pytest.fixture
def sql_node(dss_emulator_factory: Any, tmp_path: Path) -> Emulator:
    vault = tmp_path / "vault.sqlite3"
    with sqlite3.connect(vault) as seed:
        seed.execute("CREATE TABLE salaries (name TEXT, amount INTEGER)")
        seed.execute("INSERT INTO salaries VALUES ('ceo', 1000000)")
    seed.close()
    emulator: Emulator = dss_emulator_factory(sql_connections={"warehouse": None, "vault": str(vault)})
    return emulator


def _sql(http: httpx.Client, query: str, **fields: Any) -> httpx.Response:
    return http.post("/sql/queries/", json={"query": query, "connection": "warehouse", **fields})


def _run(http: httpx.Client, query: str, **fields: Any) -> str:
    """Start, read and finish a query: its rows as TSV."""
    started = _sql(http, query, **fields)
    assert started.status_code == 200, started.text
    query_id = started.json()["queryId"]
    rows = http.get(f"/sql/queries/{query_id}/stream").text
    assert http.get(f"/sql/queries/{query_id}/finish-streaming").status_code == 204
    return rows


def _refused(answer: httpx.Response, what: str) -> None:
    assert answer.status_code == 400, answer.text
    error = answer.json()
    assert error["errorType"] == "java.sql.SQLException"
    assert what in error["message"] and "its connection's database only" in error["message"]


@pytest.mark.parametrize("where", ["query", "preQueries", "postQueries"])
def test_attach_database_is_refused_and_creates_no_file(
    sql_node: Emulator, http_for: HttpFactory, tmp_path: Path, where: str
) -> None:
    http = http_for(sql_node, READER_KEY)
    target = tmp_path / "planted.db"
    statement = f"ATTACH DATABASE '{target}' AS planted"
    if where == "query":
        answer = _sql(http, statement)
    elif where == "preQueries":
        answer = _sql(http, "SELECT 1", preQueries=[statement])
    else:
        started = _sql(http, "SELECT 1", postQueries=[statement])
        assert started.status_code == 200
        query_id = started.json()["queryId"]
        http.get(f"/sql/queries/{query_id}/stream").read()
        answer = http.get(f"/sql/queries/{query_id}/finish-streaming")
    _refused(answer, "ATTACH")
    assert not target.exists()


def test_another_connections_database_cannot_be_read_by_attaching_its_file(
    sql_node: Emulator, http_for: HttpFactory
) -> None:
    vault = sql_node.config.sql_connections["vault"]
    http = http_for(sql_node, READER_KEY)
    answer = _sql(http, "SELECT * FROM stolen.salaries", preQueries=[f"ATTACH '{vault}' AS stolen"])
    _refused(answer, "ATTACH")
    assert "1000000" not in answer.text
    # A file: URI names the same file another way: refused all the same.
    answer = _sql(http, "SELECT 1", preQueries=[f"ATTACH 'file:{vault}?mode=ro' AS stolen"])
    _refused(answer, "ATTACH")


def test_vacuum_into_is_refused_and_writes_no_file(sql_node: Emulator, http_for: HttpFactory, tmp_path: Path) -> None:
    http = http_for(sql_node)
    _run(http, "CREATE TABLE t (x)", postQueries=["COMMIT"])
    target = tmp_path / "copy.db"
    # Out of the query's transaction (VACUUM runs in none), as a pre-query's COMMIT leaves it.
    _refused(_sql(http, f"VACUUM INTO '{target}'", preQueries=["COMMIT"]), "VACUUM INTO")
    assert not target.exists()


@pytest.mark.parametrize(
    "query",
    [
        "PRAGMA database_list",
        "SELECT file FROM pragma_database_list",
        "PRAGMA temp_store_directory",
        "PRAGMA temp_store_directory = '/tmp'",
    ],
)
def test_pragmas_that_reveal_or_name_files_are_refused(sql_node: Emulator, http_for: HttpFactory, query: str) -> None:
    answer = _sql(http_for(sql_node), query)
    _refused(answer, "PRAGMA")
    assert str(sql_node.workdir) not in answer.text


def test_extensions_cannot_be_loaded(sql_node: Emulator, http_for: HttpFactory) -> None:
    answer = _sql(http_for(sql_node), "SELECT load_extension('/tmp/evil.so')")
    assert answer.status_code == 400
    assert answer.json()["errorType"] == "java.sql.SQLException"


def test_the_connections_own_tables_stay_queryable(sql_node: Emulator, http_for: HttpFactory) -> None:
    http = http_for(sql_node)
    _run(http, "CREATE TABLE kept (x INTEGER)", postQueries=["COMMIT"])
    assert _run(http, "SELECT name FROM pragma_table_info('kept')").strip() == "x"
    assert _run(http, "PRAGMA table_info(kept)").split("\t")[1] == "x"
    assert _run(http, "SELECT amount FROM salaries", connection="vault").strip() == "1000000"
