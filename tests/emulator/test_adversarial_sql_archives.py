"""The emulator as a trustworthy oracle under hostile input (issue 15, points 1, 6, 7, 8).

SQL stays on its connection's database; archives and uploads are bounded; a body is not read
before its sender is authenticated; secrets stay out of the emulator's logs. Each test fails
on the emulator as it was before these points were fixed. Archive bombs are built in memory,
highly compressible, so that the whole module runs in seconds.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import httpx
import pytest

from dssclient.emulator import Emulator
from dssclient.emulator.redaction import REDACTED

from .conftest import ADMIN_KEY, BASE, READER_KEY, HttpFactory

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


# -- 8. secrets stay out of the emulator's logs ------------------------------------------------------


def test_a_global_keys_secret_in_a_path_is_redacted_in_the_log_line_and_the_request_log(
    dss_emulator: Emulator, admin_http: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG", logger="dssclient.emulator")
    created = admin_http.post("/admin/global-api-keys/", json={"label": "ci"})
    assert created.status_code == 200, created.text
    secret = created.json()["key"]
    assert admin_http.get(f"/admin/globalAPIKeys/{secret}").status_code == 200
    # The same secret in a misspelt path (404), and under the wrong method (405), is redacted too.
    assert admin_http.get(f"/admin/globalAPIkeys/{secret}").status_code == 404
    assert admin_http.delete(f"/admin/globalAPIKeys/{secret}").status_code == 405
    paths = [entry.path for entry in list(dss_emulator.request_log)[-3:]]
    assert all(path.startswith(f"{BASE}/admin/globalAPI") and path.endswith("/**redacted**") for path in paths), paths
    assert secret not in repr(list(dss_emulator.request_log))
    assert "globalAPIKeys/**redacted**" in caplog.text
    assert secret not in caplog.text


def test_secret_fields_of_bodies_and_queries_are_redacted_in_the_request_log(
    dss_emulator: Emulator, admin_http: httpx.Client
) -> None:
    password, token = "hunter2-s3cret", "tok-0123456789"
    connection = {"name": "pg", "type": "PostgreSQL", "params": {"host": "db", "password": password}}
    assert admin_http.post("/admin/connections/", json=connection).status_code == 200
    admin_http.get("/nowhere", params={"access_token": token, "page": "2"})
    create, nowhere = list(dss_emulator.request_log)[-2:]
    sent = json.loads(create.body)
    assert sent["params"] == {"host": "db", "password": REDACTED} and sent["name"] == "pg"
    assert nowhere.query == {"access_token": [REDACTED], "page": ["2"]}
    assert not hasattr(create, "headers")  # credentials travel in headers: none is kept
    logged = repr(list(dss_emulator.request_log))
    for secret in (password, token, ADMIN_KEY):
        assert secret not in logged


def test_a_body_without_secrets_is_kept_byte_for_byte(dss_emulator: Emulator, admin_http: httpx.Client) -> None:
    body = b'{"key" : 1, "keyId": "kept",  "withSecrets": "yes"}'
    admin_http.post("/nowhere", content=body)
    assert dss_emulator.request_log[-1].body == body
