# Derived from tests/e2e/aio/test_sql.py by scripts/unasync.py: do not edit.
"""DSSClient.sql_query and DSSSQLQuery, end to end on the emulator's SQLite-backed connections."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from dssclient import BadRequestError, DSSClient, NotFoundError, PermissionDeniedError
from dssclient.dss.sqlquery import DSSSQLQuery
from tests.conftest import FAST_POLLING, admin_key, reader_key, sent_bodies

CONNECTION = "warehouse"


@pytest.fixture
def sql_emulator(dss_emulator_factory: Any) -> Any:
    return dss_emulator_factory(sql_connections={CONNECTION: None})


@pytest.fixture
def client(sql_emulator: Any) -> Iterator[DSSClient]:
    with DSSClient(sql_emulator.url, admin_key(sql_emulator), future_polling=FAST_POLLING) as dss:
        yield dss


def run(client: DSSClient, query: str, **kwargs: Any) -> list[list[Any]]:
    """Run a query to its end as the official client's documentation shows: rows, then verify()."""
    started = client.sql_query(query, connection=CONNECTION, **kwargs)
    rows = [row for row in started.iter_rows()]
    started.verify()
    return rows


def create_table(client: DSSClient) -> None:
    run(
        client,
        "CREATE TABLE customers (id INTEGER, name TEXT, score REAL)",
        post_queries=["COMMIT"],
    )
    run(
        client,
        "INSERT INTO customers VALUES (1, 'Ada', 1.5), (2, 'tab\tquote\"newline\nend', NULL), (3, NULL, -2.0)",
        post_queries=["COMMIT"],
    )


def test_rows_come_back_typed_in_order_with_their_schema(client: DSSClient) -> None:
    create_table(client)
    query = client.sql_query("SELECT id, name, score FROM customers ORDER BY id", connection=CONNECTION)
    assert isinstance(query, DSSSQLQuery) and query.queryId
    assert [(c["name"], c["type"]) for c in query.get_schema()] == [
        ("id", "bigint"),
        ("name", "string"),
        ("score", "double"),
    ]
    rows = [row for row in query.iter_rows()]
    query.verify()
    # Text keeps tabs, quotes and newlines; a null text reads as '' and a null number as None, as in dataikuapi.
    assert rows == [[1, "Ada", 1.5], [2, 'tab\tquote"newline\nend', None], [3, "", -2.0]]


def test_the_request_carries_every_property_of_the_official_client(client: DSSClient, sql_emulator: Any) -> None:
    run(client, "SELECT 1 AS one", pre_queries=["SELECT 2"], project_key=None)
    (body,) = sent_bodies(sql_emulator, "startSqlQuery")
    assert body == {
        "query": "SELECT 1 AS one",
        "preQueries": ["SELECT 2"],
        "postQueries": None,
        "connection": CONNECTION,
        "database": None,
        "datasetFullName": None,
        "projectKey": None,
        "type": "sql",
        "extraConf": {},
        "scriptSteps": None,
        "scriptInputSchema": None,
        "scriptOutputSchema": None,
        "scriptReportLocation": None,
        "datetimenotzReadMode": "AS_IS",
        "dateonlyReadMode": "AS_IS",
        "readTimestampWithoutTimezoneAsString": True,
        "readDateAsString": False,
    }


def test_what_a_query_writes_is_kept_only_when_committed(client: DSSClient) -> None:
    run(client, "CREATE TABLE t (x INTEGER)", post_queries=["COMMIT"])
    run(client, "INSERT INTO t VALUES (1)")  # no COMMIT: rolled back when the session ends
    assert run(client, "SELECT COUNT(*) AS n FROM t") == [[0]]
    run(client, "INSERT INTO t VALUES (2)", post_queries=["COMMIT"])
    assert run(client, "SELECT x FROM t") == [[2]]


def test_verify_alone_runs_the_post_queries_of_a_statement(client: DSSClient) -> None:
    run(client, "CREATE TABLE t (x INTEGER)", post_queries=["COMMIT"])
    statement = client.sql_query("INSERT INTO t VALUES (7)", connection=CONNECTION, post_queries=["COMMIT"])
    assert statement.get_schema() == []
    statement.verify()
    assert run(client, "SELECT x FROM t") == [[7]]


def test_a_syntax_error_is_refused_at_once_and_changes_nothing(client: DSSClient) -> None:
    with pytest.raises(BadRequestError) as caught:
        client.sql_query(
            "SELEC oops", connection=CONNECTION, pre_queries=["CREATE TABLE half (x INTEGER)"], post_queries=["COMMIT"]
        )
    assert caught.value.error_type == "java.sql.SQLException"
    assert "syntax error" in str(caught.value)
    with pytest.raises(BadRequestError, match="no such table: half"):
        client.sql_query("SELECT * FROM half", connection=CONNECTION)


def test_an_unknown_connection_or_table_is_refused(client: DSSClient) -> None:
    with pytest.raises(NotFoundError, match="SQL connection does not exist: nowhere"):
        client.sql_query("SELECT 1", connection="nowhere")
    with pytest.raises(BadRequestError, match="no such table"):
        client.sql_query("SELECT * FROM missing", connection=CONNECTION)
    with pytest.raises(BadRequestError, match="needs a connection"):
        client.sql_query("SELECT 1")
    with pytest.raises(BadRequestError, match="Hive"):
        client.sql_query("SELECT 1", database="default", type="hive")


def test_an_error_midway_stops_the_rows_and_verify_raises_it(client: DSSClient) -> None:
    # SQLite raises "integer overflow" when it reaches row 3000, after rows were streamed.
    query = client.sql_query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
        "SELECT CASE WHEN i = 3000 THEN abs(-9223372036854775807 - 1) ELSE i END AS v FROM n",
        connection=CONNECTION,
    )
    rows = [row for row in query.iter_rows()]
    assert 0 < len(rows) < 3000 and rows[:3] == [[1], [2], [3]]
    with pytest.raises(BadRequestError, match="integer overflow"):
        query.verify()


def test_a_failing_post_query_is_reported_by_verify(client: DSSClient) -> None:
    query = client.sql_query("SELECT 1 AS x", connection=CONNECTION, post_queries=["DROP TABLE nothing_here"])
    assert [row for row in query.iter_rows()] == [[1]]
    with pytest.raises(BadRequestError, match="no such table"):
        query.verify()


def test_rows_are_read_once_and_a_finished_query_is_gone(client: DSSClient) -> None:
    query = client.sql_query("SELECT 'x' AS v", connection=CONNECTION)
    assert [row for row in query.iter_rows()] == [["x"]]
    with pytest.raises(BadRequestError, match="already read"):
        [row for row in query.iter_rows()]
    query.verify()
    with pytest.raises(NotFoundError):
        query.verify()


def test_an_empty_text_row_is_a_row_not_a_blank_line(client: DSSClient) -> None:
    assert run(client, "SELECT '' AS v UNION ALL SELECT 'é€😀'") == [[""], ["é€😀"]]


def test_many_rows_stream_through(client: DSSClient) -> None:
    query = client.sql_query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) SELECT i, 'r' || i FROM n",
        connection=CONNECTION,
    )
    count, total = 0, 0
    for number, text in query.iter_rows():
        count += 1
        total += number
        assert text == f"r{number}"
    query.verify()
    assert (count, total) == (20000, 20000 * 20001 // 2)


def test_a_query_on_a_dataset_runs_on_its_connection(client: DSSClient) -> None:
    create_table(client)
    project = client.create_project("SHOP", "Shop", "admin")
    project.create_dataset("customers", "SQLite", params={"connection": CONNECTION, "table": "customers"})
    project.create_dataset("local", "Filesystem", params={"path": "/x"})
    query = client.sql_query("SELECT COUNT(*) AS n FROM customers", dataset_full_name="SHOP.customers")
    assert [row for row in query.iter_rows()] == [[3]]
    query.verify()
    with pytest.raises(BadRequestError, match="not stored on an SQL connection"):
        client.sql_query("SELECT 1", dataset_full_name="SHOP.local")
    with pytest.raises(NotFoundError):
        client.sql_query("SELECT 1", dataset_full_name="SHOP.nothing")


def test_any_user_may_query_a_connection_but_not_an_unreadable_project_dataset(
    client: DSSClient, sql_emulator: Any
) -> None:
    create_table(client)
    project = client.create_project("SECRET", "Secret", "admin")
    project.create_dataset("customers", "SQLite", params={"connection": CONNECTION, "table": "customers"})
    with DSSClient(sql_emulator.url, reader_key(sql_emulator)) as reader:
        assert run(reader, "SELECT COUNT(*) FROM customers") == [[3]]
        with pytest.raises(PermissionDeniedError):
            reader.sql_query("SELECT 1", dataset_full_name="SECRET.customers")


def test_verify_does_not_wait_for_rows_still_being_read(client: DSSClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from dssclient.emulator.models import sql as sql_model

    monkeypatch.setattr(sql_model, "FINISH_WAIT_SECONDS", 0.2)
    query = client.sql_query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000) SELECT i FROM n",
        connection=CONNECTION,
    )
    rows = query.iter_rows()
    assert rows.__next__() == [1]
    with pytest.raises(BadRequestError, match="still being read"):
        query.verify()
    rows.close()


def test_a_connection_created_through_the_api_runs_queries_for_those_who_may_use_it(
    client: DSSClient, sql_emulator: Any
) -> None:
    client.create_group("analysts")
    client.create_connection("pg_sales", "PostgreSQL", params={"host": "db", "db": "sales"})
    client.create_connection(
        "pg_finance", "PostgreSQL", params={"host": "db"}, usable_by="ALLOWED", allowed_groups=["analysts"]
    )
    client.create_connection("files", "Filesystem", params={"root": "/data"})
    run(client, "CREATE TABLE t (x TEXT)", post_queries=["COMMIT"])  # on "warehouse": not pg_sales
    query = client.sql_query("SELECT name FROM sqlite_master", connection="pg_sales")
    assert [row for row in query.iter_rows()] == []
    query.verify()
    finance = client.sql_query("SELECT 'ok' AS status", connection="pg_finance")
    assert [row for row in finance.iter_rows()] == [["ok"]]
    finance.verify()
    with pytest.raises(NotFoundError, match="SQL connection does not exist: files"):
        client.sql_query("SELECT 1", connection="files")
    with DSSClient(sql_emulator.url, reader_key(sql_emulator)) as reader:
        assert run(reader, "SELECT 1 AS one") == [[1]]
        with pytest.raises(PermissionDeniedError):
            reader.sql_query("SELECT 1", connection="pg_finance")
