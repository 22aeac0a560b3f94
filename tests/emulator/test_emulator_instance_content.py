"""The instance-content areas over raw HTTP: the wire format of SQL rows, archives as sent, node refusals."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from dssclient.emulator import Emulator


@pytest.fixture
def sql_node(dss_emulator_factory: Any) -> Emulator:
    emulator: Emulator = dss_emulator_factory(sql_connections={"warehouse": None})
    return emulator


def http_for(emulator: Emulator) -> Iterator[httpx.Client]:
    with httpx.Client(
        base_url=emulator.url + "/public/api", auth=(emulator.config.admin_api_key, ""), timeout=30
    ) as client:
        yield client


@pytest.fixture
def http(sql_node: Emulator) -> Iterator[httpx.Client]:
    yield from http_for(sql_node)


def start(http: httpx.Client, query: str, **fields: Any) -> dict[str, Any]:
    answer = http.post("/sql/queries/", json={"query": query, "connection": "warehouse", **fields})
    assert answer.status_code == 200, answer.text
    started: dict[str, Any] = answer.json()
    return started


def test_sql_rows_are_dss_tsv_streamed_chunked(http: httpx.Client) -> None:
    started = start(
        http,
        "SELECT 1 AS n, 'a\tb' AS t, NULL AS z, 2.5 AS x UNION ALL SELECT 2, 'say \"hi\"', 'line\nbreak', NULL",
    )
    assert [c["name"] for c in started["schema"]] == ["n", "t", "z", "x"]
    with http.stream("GET", f"/sql/queries/{started['queryId']}/stream", params={"format": "tsv-excel-noheader"}) as r:
        assert r.status_code == 200
        assert r.headers["Content-Type"].startswith("text/tab-separated-values")
        assert r.headers.get("Transfer-Encoding") == "chunked" and "Content-Encoding" not in r.headers
        body = r.read()
    # No header; tabs, quotes and line breaks quoted with quotes doubled; nulls empty.
    assert body == b'1\t"a\tb"\t\t2.5\n2\t"say ""hi"""\t"line\nbreak"\t\n'
    assert http.get(f"/sql/queries/{started['queryId']}/finish-streaming").status_code == 204


def test_a_row_of_one_empty_text_is_not_a_blank_line(http: httpx.Client) -> None:
    started = start(http, "SELECT '' AS only_column")
    body = http.get(f"/sql/queries/{started['queryId']}/stream").content
    assert body == b'""\n'


def test_finishing_twice_or_an_unknown_query_is_not_found(http: httpx.Client) -> None:
    started = start(http, "SELECT 1")
    assert http.get(f"/sql/queries/{started['queryId']}/finish-streaming").status_code == 204
    for query_id in (started["queryId"], "nope"):
        answer = http.get(f"/sql/queries/{query_id}/finish-streaming")
        assert answer.status_code == 404
        assert answer.json()["errorType"] == "com.dataiku.dip.server.controllers.NotFoundException"


def test_a_database_refusal_is_a_dss_error(http: httpx.Client) -> None:
    answer = http.post("/sql/queries/", json={"query": "SELECT * FROM nowhere", "connection": "warehouse"})
    assert answer.status_code == 400
    assert answer.json()["errorType"] == "java.sql.SQLException" and "no such table" in answer.json()["message"]


def test_an_abandoned_stream_makes_verify_fail(sql_node: Emulator, http: httpx.Client) -> None:
    started = start(
        http, "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 500000) SELECT i FROM n"
    )
    with http.stream("GET", f"/sql/queries/{started['queryId']}/stream") as r:
        next(r.iter_raw())
    # The client closed the connection midway: the query did not complete.
    for _ in range(100):
        answer = http.get(f"/sql/queries/{started['queryId']}/finish-streaming")
        if answer.status_code != 204:
            break
    assert answer.status_code == 500 and "interrupted" in answer.json()["message"]


def test_an_export_is_a_plain_zip_of_known_length(dss_emulator: Emulator) -> None:
    for http in http_for(dss_emulator):
        assert http.post("/projects/", json={"projectKey": "P", "name": "P", "owner": "admin"}).status_code == 200
        answer = http.post("/projects/P/export", content=b"{}")
        assert answer.status_code == 200 and answer.headers["Content-Type"] == "application/zip"
        # Read as a raw stream by the official client (get_export_stream): no content coding.
        assert "Content-Encoding" not in answer.headers
        assert int(answer.headers["Content-Length"]) == len(answer.content)
        with zipfile.ZipFile(io.BytesIO(answer.content)) as archive:
            assert "export-manifest.json" in archive.namelist()


@pytest.mark.parametrize(
    ("node_type", "method", "path", "kind"),
    [
        ("AUTOMATION", "POST", "/projects/import/upload", "design"),
        ("DESIGN", "POST", "/projectsFromBundle/", "automation"),
        ("AUTOMATION", "GET", "/project-deployer/stages", "design or deployer"),
    ],
)
def test_nodes_refuse_what_their_kind_does_not_offer(
    dss_emulator_factory: Any, node_type: str, method: str, path: str, kind: str
) -> None:
    emulator = dss_emulator_factory(node_type=node_type)
    for http in http_for(emulator):
        files = {"file": ("x.zip", b"PK")} if method == "POST" else None
        answer = http.request(method, path, files=files)
        assert answer.status_code == 400
        assert f"only available on {kind} nodes" in answer.json()["message"]
