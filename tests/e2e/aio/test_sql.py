"""DSSClient.sql_query and DSSSQLQuery, end to end on the emulator's SQLite-backed connections."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from dssclient import AsyncDSSClient, BadRequestError, NotFoundError, PermissionDeniedError
from dssclient.aio.dss.sqlquery import AsyncDSSSQLQuery
from tests.conftest import FAST_POLLING, admin_key, reader_key, sent_bodies

pytestmark = pytest.mark.anyio  # unasync: remove

CONNECTION = "warehouse"


@pytest.fixture
def sql_emulator(dss_emulator_factory: Any) -> Any:
    return dss_emulator_factory(sql_connections={CONNECTION: None})


@pytest.fixture
async def client(sql_emulator: Any) -> AsyncIterator[AsyncDSSClient]:
    async with AsyncDSSClient(sql_emulator.url, admin_key(sql_emulator), future_polling=FAST_POLLING) as dss:
        yield dss


async def run(client: AsyncDSSClient, query: str, **kwargs: Any) -> list[list[Any]]:
    """Run a query to its end as the official client's documentation shows: rows, then verify()."""
    started = await client.sql_query(query, connection=CONNECTION, **kwargs)
    rows = [row async for row in started.iter_rows()]
    await started.verify()
    return rows


async def create_table(client: AsyncDSSClient) -> None:
    await run(
        client,
        "CREATE TABLE customers (id INTEGER, name TEXT, score REAL)",
        post_queries=["COMMIT"],
    )
    await run(
        client,
        "INSERT INTO customers VALUES (1, 'Ada', 1.5), (2, 'tab\tquote\"newline\nend', NULL), (3, NULL, -2.0)",
        post_queries=["COMMIT"],
    )


async def test_rows_come_back_typed_in_order_with_their_schema(client: AsyncDSSClient) -> None:
    await create_table(client)
    query = await client.sql_query("SELECT id, name, score FROM customers ORDER BY id", connection=CONNECTION)
    assert isinstance(query, AsyncDSSSQLQuery) and query.queryId
    assert [(c["name"], c["type"]) for c in query.get_schema()] == [
        ("id", "bigint"),
        ("name", "string"),
        ("score", "double"),
    ]
    rows = [row async for row in query.iter_rows()]
    await query.verify()
    # Text keeps tabs, quotes and newlines; a null text reads as '' and a null number as None, as in dataikuapi.
    assert rows == [[1, "Ada", 1.5], [2, 'tab\tquote"newline\nend', None], [3, "", -2.0]]


async def test_the_request_carries_every_property_of_the_official_client(
    client: AsyncDSSClient, sql_emulator: Any
) -> None:
    await run(client, "SELECT 1 AS one", pre_queries=["SELECT 2"], project_key=None)
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


async def test_what_a_query_writes_is_kept_only_when_committed(client: AsyncDSSClient) -> None:
    await run(client, "CREATE TABLE t (x INTEGER)", post_queries=["COMMIT"])
    await run(client, "INSERT INTO t VALUES (1)")  # no COMMIT: rolled back when the session ends
    assert await run(client, "SELECT COUNT(*) AS n FROM t") == [[0]]
    await run(client, "INSERT INTO t VALUES (2)", post_queries=["COMMIT"])
    assert await run(client, "SELECT x FROM t") == [[2]]


async def test_verify_alone_runs_the_post_queries_of_a_statement(client: AsyncDSSClient) -> None:
    await run(client, "CREATE TABLE t (x INTEGER)", post_queries=["COMMIT"])
    statement = await client.sql_query("INSERT INTO t VALUES (7)", connection=CONNECTION, post_queries=["COMMIT"])
    assert statement.get_schema() == []
    await statement.verify()
    assert await run(client, "SELECT x FROM t") == [[7]]


async def test_a_syntax_error_is_refused_at_once_and_changes_nothing(client: AsyncDSSClient) -> None:
    with pytest.raises(BadRequestError) as caught:
        await client.sql_query(
            "SELEC oops", connection=CONNECTION, pre_queries=["CREATE TABLE half (x INTEGER)"], post_queries=["COMMIT"]
        )
    assert caught.value.error_type == "java.sql.SQLException"
    assert "syntax error" in str(caught.value)
    with pytest.raises(BadRequestError, match="no such table: half"):
        await client.sql_query("SELECT * FROM half", connection=CONNECTION)


async def test_an_unknown_connection_or_table_is_refused(client: AsyncDSSClient) -> None:
    with pytest.raises(NotFoundError, match="SQL connection does not exist: nowhere"):
        await client.sql_query("SELECT 1", connection="nowhere")
    with pytest.raises(BadRequestError, match="no such table"):
        await client.sql_query("SELECT * FROM missing", connection=CONNECTION)
    with pytest.raises(BadRequestError, match="needs a connection"):
        await client.sql_query("SELECT 1")
    with pytest.raises(BadRequestError, match="Hive"):
        await client.sql_query("SELECT 1", database="default", type="hive")


async def test_an_error_midway_stops_the_rows_and_verify_raises_it(client: AsyncDSSClient) -> None:
    # SQLite raises "integer overflow" when it reaches row 3000, after rows were streamed.
    query = await client.sql_query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) "
        "SELECT CASE WHEN i = 3000 THEN abs(-9223372036854775807 - 1) ELSE i END AS v FROM n",
        connection=CONNECTION,
    )
    rows = [row async for row in query.iter_rows()]
    assert 0 < len(rows) < 3000 and rows[:3] == [[1], [2], [3]]
    with pytest.raises(BadRequestError, match="integer overflow"):
        await query.verify()


async def test_a_failing_post_query_is_reported_by_verify(client: AsyncDSSClient) -> None:
    query = await client.sql_query("SELECT 1 AS x", connection=CONNECTION, post_queries=["DROP TABLE nothing_here"])
    assert [row async for row in query.iter_rows()] == [[1]]
    with pytest.raises(BadRequestError, match="no such table"):
        await query.verify()


async def test_rows_are_read_once_and_a_finished_query_is_gone(client: AsyncDSSClient) -> None:
    query = await client.sql_query("SELECT 'x' AS v", connection=CONNECTION)
    assert [row async for row in query.iter_rows()] == [["x"]]
    with pytest.raises(BadRequestError, match="already read"):
        [row async for row in query.iter_rows()]
    await query.verify()
    with pytest.raises(NotFoundError):
        await query.verify()


async def test_an_empty_text_row_is_a_row_not_a_blank_line(client: AsyncDSSClient) -> None:
    assert await run(client, "SELECT '' AS v UNION ALL SELECT 'é€😀'") == [[""], ["é€😀"]]


async def test_many_rows_stream_through(client: AsyncDSSClient) -> None:
    query = await client.sql_query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) SELECT i, 'r' || i FROM n",
        connection=CONNECTION,
    )
    count, total = 0, 0
    async for number, text in query.iter_rows():
        count += 1
        total += number
        assert text == f"r{number}"
    await query.verify()
    assert (count, total) == (20000, 20000 * 20001 // 2)


async def test_a_query_on_a_dataset_runs_on_its_connection(client: AsyncDSSClient) -> None:
    await create_table(client)
    project = await client.create_project("SHOP", "Shop", "admin")
    await project.create_dataset("customers", "SQLite", params={"connection": CONNECTION, "table": "customers"})
    await project.create_dataset("local", "Filesystem", params={"path": "/x"})
    query = await client.sql_query("SELECT COUNT(*) AS n FROM customers", dataset_full_name="SHOP.customers")
    assert [row async for row in query.iter_rows()] == [[3]]
    await query.verify()
    with pytest.raises(BadRequestError, match="not stored on an SQL connection"):
        await client.sql_query("SELECT 1", dataset_full_name="SHOP.local")
    with pytest.raises(NotFoundError):
        await client.sql_query("SELECT 1", dataset_full_name="SHOP.nothing")


async def test_any_user_may_query_a_connection_but_not_an_unreadable_project_dataset(
    client: AsyncDSSClient, sql_emulator: Any
) -> None:
    await create_table(client)
    project = await client.create_project("SECRET", "Secret", "admin")
    await project.create_dataset("customers", "SQLite", params={"connection": CONNECTION, "table": "customers"})
    async with AsyncDSSClient(sql_emulator.url, reader_key(sql_emulator)) as reader:
        assert await run(reader, "SELECT COUNT(*) FROM customers") == [[3]]
        with pytest.raises(PermissionDeniedError):
            await reader.sql_query("SELECT 1", dataset_full_name="SECRET.customers")


async def test_verify_does_not_wait_for_rows_still_being_read(
    client: AsyncDSSClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dssclient.emulator.models import sql as sql_model

    monkeypatch.setattr(sql_model, "FINISH_WAIT_SECONDS", 0.2)
    query = await client.sql_query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000) SELECT i FROM n",
        connection=CONNECTION,
    )
    rows = query.iter_rows()
    assert await rows.__anext__() == [1]
    with pytest.raises(BadRequestError, match="still being read"):
        await query.verify()
    await rows.aclose()


async def test_a_connection_created_through_the_api_runs_queries_for_those_who_may_use_it(
    client: AsyncDSSClient, sql_emulator: Any
) -> None:
    await client.create_group("analysts")
    await client.create_connection("pg_sales", "PostgreSQL", params={"host": "db", "db": "sales"})
    await client.create_connection(
        "pg_finance", "PostgreSQL", params={"host": "db"}, usable_by="ALLOWED", allowed_groups=["analysts"]
    )
    await client.create_connection("files", "Filesystem", params={"root": "/data"})
    await run(client, "CREATE TABLE t (x TEXT)", post_queries=["COMMIT"])  # on "warehouse": not pg_sales
    query = await client.sql_query("SELECT name FROM sqlite_master", connection="pg_sales")
    assert [row async for row in query.iter_rows()] == []
    await query.verify()
    finance = await client.sql_query("SELECT 'ok' AS status", connection="pg_finance")
    assert [row async for row in finance.iter_rows()] == [["ok"]]
    await finance.verify()
    with pytest.raises(NotFoundError, match="SQL connection does not exist: files"):
        await client.sql_query("SELECT 1", connection="files")
    async with AsyncDSSClient(sql_emulator.url, reader_key(sql_emulator)) as reader:
        assert await run(reader, "SELECT 1 AS one") == [[1]]
        with pytest.raises(PermissionDeniedError):
            await reader.sql_query("SELECT 1", connection="pg_finance")
