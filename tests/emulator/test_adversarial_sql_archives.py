"""The emulator as a trustworthy oracle under hostile input (issue 15, points 1, 6, 7, 8).

SQL stays on its connection's database; archives and uploads are bounded; a body is not read
before its sender is authenticated; secrets stay out of the emulator's logs. Each test fails
on the emulator as it was before these points were fixed. Archive bombs are built in memory,
highly compressible, so that the whole module runs in seconds.
"""

from __future__ import annotations

import base64
import http.client
import io
import json
import os
import socket
import sqlite3
import time
import zipfile
from pathlib import Path
from typing import Any

import httpx
import pytest

from dssclient.emulator import Emulator
from dssclient.emulator.errors import DSSError
from dssclient.emulator.models import api_packages
from dssclient.emulator.models.bounded_zip import ArchiveLimits, BoundedZip
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
    _refused(_sql(http, f"VACUUM INTO '{target}'", preQueries=["COMMIT"]), "VACUUM")
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


@pytest.mark.parametrize(
    ("grant", "allowed"), [({"readDashboards": True}, False), ({"readProjectContent": True}, True)]
)
def test_a_query_on_a_projects_dataset_needs_read_rights_on_its_content(
    sql_node: Emulator, http_for: HttpFactory, grant: dict[str, bool], allowed: bool
) -> None:
    admin, reader = http_for(sql_node), http_for(sql_node, READER_KEY)
    assert admin.post("/projects/", json={"projectKey": "P", "name": "P", "owner": "admin"}).status_code == 200
    params = {"connection": "warehouse", "mode": "table", "table": "salaries_copy"}
    created = admin.post(
        "/projects/P/datasets/", json={"projectKey": "P", "name": "ds", "type": "PostgreSQL", "params": params}
    )
    assert created.status_code == 200, created.text
    permissions = admin.get("/projects/P/permissions").json()
    permissions["permissions"] = [{"user": "reader", **grant}]
    assert admin.put("/projects/P/permissions", json=permissions).status_code in (200, 204)
    # A dashboard reader sees the project but not its datasets: their connection stays out of reach.
    for fields in ({"datasetFullName": "P.ds"}, {"datasetFullName": "P.ds", "projectKey": "P"}):
        answer = reader.post("/sql/queries/", json={"query": "SELECT 1", **fields})
        assert (answer.status_code == 200) is allowed, answer.text
        if not allowed:
            assert answer.status_code == 403 and "UnauthorizedException" in answer.json()["errorType"]


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
    body = b'{"projectKey" : "KEPT",  "name": "token-free", "owner": "admin", "tags": ["withSecrets"]}'
    assert admin_http.post("/projects/", content=body).status_code == 200
    assert dss_emulator.request_log[-1].body == body


# -- 7. a body is not read before its sender is authenticated -------------------------------------------


def _send_head(emulator: Emulator, method: str, path: str, headers: dict[str, str]) -> http.client.HTTPConnection:
    """A request's head sent alone, its body promised by the headers but never sent."""
    connection = http.client.HTTPConnection("127.0.0.1", emulator.port, timeout=5)
    connection.putrequest(method, BASE + path, skip_accept_encoding=True)
    for name, value in headers.items():
        connection.putheader(name, value)
    connection.endheaders()
    return connection


def _basic(key: str) -> str:
    return "Basic " + base64.b64encode(f"{key}:".encode()).decode()


UPLOAD = {"Content-Type": "multipart/form-data; boundary=xyz", "Content-Length": str(64 * 1024 * 1024)}


@pytest.mark.parametrize(
    ("key", "path", "status", "error_type"),
    [
        (None, "/plugins/actions/installFromZip", 401, "com.dataiku.dip.exceptions.NotAuthenticatedException"),
        ("wrong-key", "/plugins/actions/installFromZip", 401, "com.dataiku.dip.exceptions.NotAuthenticatedException"),
        (READER_KEY, "/plugins/actions/installFromZip", 403, "java.lang.SecurityException"),
        (ADMIN_KEY, "/no/such/upload", 404, "com.dataiku.dip.server.controllers.NotFoundException"),
    ],
)
def test_a_refused_upload_is_answered_before_its_body_is_read(
    dss_emulator: Emulator, key: str | None, path: str, status: int, error_type: str
) -> None:
    # The 64 MiB body never comes: an emulator that read it before refusing would never answer.
    headers = {**UPLOAD, **({"Authorization": _basic(key)} if key else {})}
    connection = _send_head(dss_emulator, "POST", path, headers)
    try:
        answer = connection.getresponse()
        assert answer.status == status
        assert json.loads(answer.read())["errorType"] == error_type
        assert answer.getheader("Connection") == "close"  # the unread body is not taken for a next request
    finally:
        connection.close()
    assert dss_emulator.request_log[-1].status == status
    assert not [p for p in dss_emulator.workdir.rglob("*") if p.is_file()], "nothing of the upload was spooled"


def test_a_body_over_the_operations_limit_is_refused_413_before_it_is_read(
    dss_emulator_factory: Any,
) -> None:
    emulator: Emulator = dss_emulator_factory(max_body_bytes=1024, max_upload_bytes=8192)
    auth = {"Authorization": _basic(ADMIN_KEY)}
    for path, headers, limit in [
        ("/projects/", {"Content-Type": "application/json", "Content-Length": "1025"}, 1024),
        # An upload has the larger upload limit; the same upload to a JSON operation, the JSON one.
        ("/plugins/actions/installFromZip", {**UPLOAD, "Content-Length": "8193"}, 8192),
        ("/projects/", {**UPLOAD, "Content-Length": "2000"}, 1024),
    ]:
        connection = _send_head(emulator, "POST", path, {**headers, **auth})
        try:
            answer = connection.getresponse()
            assert answer.status == 413, path
            assert f"larger than {limit} bytes" in json.loads(answer.read())["message"]
            assert answer.getheader("Connection") == "close"
        finally:
            connection.close()
        assert (emulator.request_log[-1].path, emulator.request_log[-1].status) == (BASE + path, 413)


def test_a_chunked_body_is_cut_at_the_limit(dss_emulator_factory: Any) -> None:
    emulator: Emulator = dss_emulator_factory(max_body_bytes=1024)
    chunks = (b"x" * 512 for _ in range(1_000_000))  # 512 MB if it were read to the end
    with httpx.Client(base_url=emulator.url + BASE, auth=(ADMIN_KEY, ""), timeout=10) as client:
        answer = client.post("/projects/", content=chunks, headers={"Content-Type": "application/json"})
    assert answer.status_code == 413


def test_a_small_refused_body_is_skipped_and_the_connection_kept(dss_emulator: Emulator) -> None:
    body = json.dumps({"projectKey": "NOPE", "name": "n", "owner": "admin"}).encode()
    with httpx.Client(base_url=dss_emulator.url + BASE, timeout=10) as client:
        refused = client.post("/projects/", content=body, auth=("no-such-key", ""))
        refused_twice = client.post("/admin/users/", content=body, auth=(READER_KEY, ""))
        accepted = client.get("/projects/", auth=(ADMIN_KEY, ""))
    assert (refused.status_code, refused_twice.status_code, accepted.status_code) == (401, 403, 200)
    assert refused.headers.get("Connection") != "close" and refused_twice.headers.get("Connection") != "close"


# -- 6. archives and uploads are bounded ---------------------------------------------------------------------

BOMB_BYTES = 16 * 1024 * 1024  # inflates about a thousand times: refused by ratio whatever the total limit


def _with_entries(archive: bytes | None, entries: dict[str, bytes]) -> bytes:
    """A zip holding ``archive``'s entries (if any) and ``entries``, deflated."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        if archive is not None:
            with zipfile.ZipFile(io.BytesIO(archive)) as source:
                for info in source.infolist():
                    target.writestr(info, source.read(info))
        for name, content in entries.items():
            target.writestr(name, content)
    return buffer.getvalue()


def _bomb(archive: bytes | None, name: str, size: int = BOMB_BYTES) -> bytes:
    buffer = io.BytesIO(_with_entries(archive, {}))
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_DEFLATED) as target, target.open(name, "w") as member:
        piece = b" " * (1024 * 1024)
        for _ in range(size // len(piece)):
            member.write(piece)
    return buffer.getvalue()


def _exported(http: httpx.Client, key: str) -> bytes:
    assert http.post("/projects/", json={"projectKey": key, "name": key, "owner": "admin"}).status_code == 200
    answer = http.post(f"/projects/{key}/export", json={})
    assert answer.status_code == 200, answer.text
    return answer.content


def _zip_bomb_refusal(answer: httpx.Response) -> str:
    assert answer.status_code == 400, answer.text[:300]
    message: str = answer.json()["message"]
    assert "zip bomb" in message, message
    return message


def _files(emulator: Emulator) -> list[Path]:
    return [path for path in emulator.workdir.rglob("*") if path.is_file() and path.suffix != ".sqlite3"]


def test_a_project_import_that_would_inflate_a_thousand_times_is_refused_before_unpacking(
    dss_emulator: Emulator, admin_http: httpx.Client
) -> None:
    bomb = _bomb(_exported(admin_http, "SOURCE"), "datasets/huge.json")
    assert len(bomb) < BOMB_BYTES // 500
    answer = admin_http.post("/projects/import/upload", files={"file": ("bomb.zip", bomb)})
    message = _zip_bomb_refusal(answer)
    assert "datasets/huge.json" in message and "nothing was unpacked" in message
    assert _files(dss_emulator) == []  # neither the upload nor anything of it is kept


def test_bundles_and_plugins_bombs_are_refused(dss_emulator_factory: Any, http_for: HttpFactory) -> None:
    design: Emulator = dss_emulator_factory()
    automation: Emulator = dss_emulator_factory(node_type="AUTOMATION")
    design_http, automation_http = http_for(design), http_for(automation)
    _exported(design_http, "SHIPPED")
    assert design_http.put("/projects/SHIPPED/bundles/exported/v1").status_code == 200
    bundle = design_http.get("/projects/SHIPPED/bundles/exported/v1/archive").content
    answer = automation_http.post("/projectsFromBundle/", files={"file": ("b.zip", _bomb(bundle, "datasets/x.json"))})
    _zip_bomb_refusal(answer)
    assert [p["projectKey"] for p in automation_http.get("/projects/").json()] == []
    plugin = _with_entries(None, {"plugin.json": json.dumps({"id": "boom", "version": "1.0.0"}).encode()})
    for entry in ("resource/huge.bin", "plugin.json"):
        bombed = _bomb(plugin if entry != "plugin.json" else None, entry)
        answer = design_http.post("/plugins/actions/installFromZip", files={"file": ("p.zip", bombed)})
        _zip_bomb_refusal(answer)
    assert design_http.get("/plugins/").json() == []
    # The bundle made on the design node is kept; nothing of the refused plugins is.
    assert [path.parent.name for path in _files(design)] == ["bundles"]


def test_an_archive_declared_larger_than_the_limit_is_refused(dss_emulator_factory: Any, http_for: HttpFactory) -> None:
    emulator: Emulator = dss_emulator_factory(max_archive_unpacked_bytes=1024 * 1024)
    http = http_for(emulator)
    # Incompressible content: the ratio is fine, the total is not.
    big = _with_entries(_exported(http, "BIG"), {"datasets/data.bin": os.urandom(2 * 1024 * 1024)})
    message = _zip_bomb_refusal(http.post("/projects/import/upload", files={"file": ("big.zip", big)}))
    assert f"more than {1024 * 1024}" in message


def test_an_api_service_package_bomb_is_refused() -> None:
    package = _with_entries(None, {"package.json": b'{"version": "v1"}', "service.json": b"{}"})
    limits = ArchiveLimits(max_unpacked_bytes=256 * 1024 * 1024, max_ratio=100)
    assert api_packages.read_archive(package, limits).version == "v1"
    with pytest.raises(DSSError, match="zip bomb") as refused:
        api_packages.read_archive(_bomb(package, "endpoints/x.json"), limits)
    assert refused.value.status == 400


def test_inflated_bytes_are_counted_while_streaming_whatever_the_headers_said(tmp_path: Path) -> None:
    archive = tmp_path / "a.zip"
    archive.write_bytes(_with_entries(None, {"a.json": os.urandom(3 * 1024 * 1024)}))
    with BoundedZip(archive, ArchiveLimits(16 * 1024 * 1024, 100), "archive") as bounded:
        # As if the central directory had under-stated the sizes: the count while inflating stops it.
        bounded.limits = ArchiveLimits(1024 * 1024, 100)
        read = 0
        with pytest.raises(DSSError, match="inflates past 1048576 bytes"):
            for piece in bounded.pieces("a.json"):
                read += len(piece)
        assert read <= 1024 * 1024


def test_a_prepared_import_not_processed_in_time_expires(dss_emulator_factory: Any, http_for: HttpFactory) -> None:
    emulator: Emulator = dss_emulator_factory(prepared_import_ttl_seconds=0.3)
    http = http_for(emulator)
    exported = _exported(http, "LATE")
    assert http.delete("/projects/LATE").status_code in (200, 204)
    first = http.post("/projects/import/upload", files={"file": ("e.zip", exported)}).json()["id"]
    assert len(_files(emulator)) == 1  # the prepared archive
    time.sleep(0.5)
    answer = http.post(f"/projects/import/{first}/process", json={})
    assert answer.status_code == 404
    assert answer.json()["errorType"] == "com.dataiku.dip.server.controllers.NotFoundException"
    assert _files(emulator) == []  # its archive is deleted
    second = http.post("/projects/import/upload", files={"file": ("e.zip", exported)}).json()["id"]
    assert http.post(f"/projects/import/{second}/process", json={}).status_code == 200


def test_an_upload_cut_short_leaves_none_of_its_parts_on_disk(dss_emulator: Emulator, admin_http: httpx.Client) -> None:
    body = (
        b'--b\r\nContent-Disposition: form-data; name="first"; filename="a"\r\n\r\n' + b"a" * 1000 + b"\r\n"
        b'--b\r\nContent-Disposition: form-data; name="file"; filename="b"\r\n\r\n' + b"b" * 1000
    )
    answer = admin_http.post(
        "/projects/import/upload", content=body, headers={"Content-Type": "multipart/form-data; boundary=b"}
    )
    assert answer.status_code == 400
    assert _files(dss_emulator) == []


def test_100_continue_is_sent_only_to_an_admitted_request(dss_emulator: Emulator) -> None:
    body = json.dumps({"projectKey": "CONT", "name": "c", "owner": "admin"}).encode()

    def head(key: str) -> bytes:
        return (
            f"POST {BASE}/projects/ HTTP/1.1\r\nHost: x\r\nAuthorization: {_basic(key)}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\nExpect: 100-continue\r\n\r\n"
        ).encode()

    with socket.create_connection(("127.0.0.1", dss_emulator.port), timeout=5) as refused:
        refused.sendall(head("no-such-key"))
        assert refused.recv(4096).startswith(b"HTTP/1.1 401 ")  # no 100 first: the body stays home
    with socket.create_connection(("127.0.0.1", dss_emulator.port), timeout=5) as admitted:
        admitted.sendall(head(ADMIN_KEY))
        assert admitted.recv(4096).startswith(b"HTTP/1.1 100 ")
        admitted.sendall(body)
        assert admitted.recv(4096).startswith(b"HTTP/1.1 200 ")


def test_a_refusal_on_the_head_is_delayed_like_every_answer(dss_emulator_factory: Any) -> None:
    emulator: Emulator = dss_emulator_factory(latency_ms=200)
    with httpx.Client(base_url=emulator.url + BASE, timeout=10) as client:
        started = time.perf_counter()
        assert client.get("/projects/", auth=("no-such-key", "")).status_code == 401
        assert time.perf_counter() - started >= 0.2
