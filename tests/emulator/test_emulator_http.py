"""Base paths, authentication, routing, administrator checks, headers and the request log."""

from __future__ import annotations

import http.client
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from dssclient.emulator import Emulator
from tests.emulator.conftest import ADMIN_KEY, READER_KEY, HttpFactory, basic_header

ErrorOf = Callable[[httpx.Response], dict[str, Any]]


@pytest.mark.parametrize("base", ["/public/api", "/dip/publicapi"])
def test_both_base_paths_serve_the_same_operations(dss_emulator: Emulator, http_for: HttpFactory, base: str) -> None:
    answer = http_for(dss_emulator, base=base).get("/instance-info")
    assert answer.status_code == 200
    assert answer.json()["dssVersion"] == "15.2.0"
    assert answer.headers["content-type"] == "application/json;charset=utf-8"
    assert answer.headers["dss-version"] == "15.2.0"
    assert answer.headers["dss-api-version"] == "1"
    assert dss_emulator.request_log[-1].operation_id == "getInstanceInfo"


@pytest.mark.parametrize("base", ["", "/public", "/public/apis", "/dip/publicapi2", "/api"])
def test_other_base_paths_are_not_found(
    dss_emulator: Emulator, http_for: HttpFactory, error_of: ErrorOf, base: str
) -> None:
    answer = http_for(dss_emulator, base=base).get("/instance-info")
    assert answer.status_code == 404
    assert error_of(answer)["errorType"] == "com.dataiku.dip.server.controllers.NotFoundException"


def _login(answer: httpx.Response) -> tuple[str, str]:
    assert answer.status_code == 200, answer.text
    info = answer.json()
    return info["authIdentifier"], info["authSource"]


def test_key_as_basic_user_name(dss_emulator: Emulator, http_for: HttpFactory) -> None:
    assert _login(http_for(dss_emulator, READER_KEY).get("/auth/info")) == ("reader", "PERSONAL_API_KEY")


@pytest.mark.parametrize("blank_user", ["", " "])
def test_key_as_basic_password_with_a_blank_user(
    dss_emulator: Emulator, http_for: HttpFactory, blank_user: str
) -> None:
    client = http_for(dss_emulator, key=None, headers={"Authorization": basic_header(blank_user, READER_KEY)})
    assert _login(client.get("/auth/info")) == ("reader", "PERSONAL_API_KEY")


def test_key_as_bearer_token(dss_emulator: Emulator, http_for: HttpFactory) -> None:
    client = http_for(dss_emulator, key=None, headers={"Authorization": f"Bearer {ADMIN_KEY}"})
    assert _login(client.get("/auth/info")) == ("admin", "PERSONAL_API_KEY")


def test_ticket_header(dss_emulator_factory: Callable[..., Emulator], http_for: HttpFactory) -> None:
    emulator = dss_emulator_factory(tickets={"ticket-of-bob": "bob"})
    client = http_for(emulator, key=None, headers={"X-DKU-APITicket": "ticket-of-bob"})
    assert _login(client.get("/auth/info")) == ("bob", "TICKET")
    stranger = http_for(emulator, key=None, headers={"X-DKU-APITicket": "forged"})
    assert stranger.get("/auth/info").status_code == 401


def test_missing_credentials_are_refused(dss_emulator: Emulator, http_for: HttpFactory, error_of: ErrorOf) -> None:
    answer = http_for(dss_emulator, key=None).get("/projects/")
    assert answer.status_code == 401
    error = error_of(answer)
    assert error["errorType"] == "com.dataiku.dip.exceptions.NotAuthenticatedException"
    assert error["message"] == "No credentials"


@pytest.mark.parametrize("header", ["Basic not-base64!", "Bearer", "Digest abc", "Basic Og=="])
def test_malformed_credentials_are_refused(dss_emulator: Emulator, http_for: HttpFactory, header: str) -> None:
    assert http_for(dss_emulator, key=None, headers={"Authorization": header}).get("/projects/").status_code == 401


def test_unknown_key_is_refused_without_echoing_it(
    dss_emulator: Emulator, http_for: HttpFactory, error_of: ErrorOf, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level("DEBUG")
    answer = http_for(dss_emulator, "wrong-key-123").get("/projects/")
    assert answer.status_code == 401
    error = error_of(answer)
    assert error["errorType"] == "com.dataiku.dip.exceptions.NotAuthenticatedException"
    assert error["message"] == "Unknown API Key"
    assert "wrong-key-123" not in answer.text
    assert "wrong-key-123" not in caplog.text and ADMIN_KEY not in caplog.text


def test_authentication_comes_before_routing(dss_emulator: Emulator, http_for: HttpFactory) -> None:
    assert http_for(dss_emulator, key=None).get("/no/such/thing").status_code == 401


def test_unknown_path_is_not_found(admin_http: httpx.Client, error_of: ErrorOf) -> None:
    answer = admin_http.get("/no/such/thing")
    assert answer.status_code == 404
    error = error_of(answer)
    assert error["errorType"] == "com.dataiku.dip.server.controllers.NotFoundException"
    assert "GET" in error["message"] and "/public/api/no/such/thing" in error["message"]


def spec_methods(template: str) -> str:
    """The methods the spec declares on a path, as an Allow header lists them."""
    from dssclient.emulator.spec import load_api_spec

    return ", ".join(sorted(op.method for op in load_api_spec().operations.values() if op.template == template))


def test_wrong_method_is_405_with_allow(admin_http: httpx.Client, error_of: ErrorOf) -> None:
    answer = admin_http.patch("/projects/SOMETHING")
    assert answer.status_code == 405
    assert answer.headers["allow"] == spec_methods("/projects/{projectKey}")
    error = error_of(answer)
    assert error["errorType"] == "org.springframework.web.HttpRequestMethodNotSupportedException"
    assert error["message"] == "Request method 'PATCH' not supported"
    assert admin_http.delete("/projects/").headers["allow"] == spec_methods("/projects/")


def test_head_gets_headers_only(dss_emulator: Emulator) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", dss_emulator.port, timeout=10)
    try:
        connection.request("HEAD", "/public/api/instance-info", headers={"Authorization": basic_header(ADMIN_KEY, "")})
        answer = connection.getresponse()
        assert answer.status == 405 and answer.read() == b""
        # The connection stays usable: no stray body was written.
        connection.request("GET", "/public/api/instance-info", headers={"Authorization": basic_header(ADMIN_KEY, "")})
        assert connection.getresponse().status == 200
    finally:
        connection.close()


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/admin/code-studios/"),
        ("GET", "/admin/code-studios/vscode"),
        ("PUT", "/admin/code-studios/vscode"),
        ("POST", "/admin/code-studios/vscode/build"),
        ("DELETE", "/projects/ANY"),
    ],
)
def test_admin_only_operations_refuse_other_users(
    reader_http: httpx.Client, error_of: ErrorOf, method: str, path: str
) -> None:
    answer = reader_http.request(method, path, json={"id": "vscode"} if method == "PUT" else None)
    assert answer.status_code == 403
    error = error_of(answer)
    assert error["errorType"] == "java.lang.SecurityException"
    assert "administrator" in error["message"]


def test_keep_alive_and_content_length(dss_emulator: Emulator) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", dss_emulator.port, timeout=10)
    headers = {"Authorization": basic_header(ADMIN_KEY, "")}
    try:
        connection.request("GET", "/public/api/instance-info", headers=headers)
        first = connection.getresponse()
        assert first.version == 11 and first.getheader("Content-Length") == str(len(first.read()))
        socket_before = connection.sock
        connection.request("GET", "/public/api/no-such", headers=headers)
        second = connection.getresponse()
        assert second.status == 404 and int(second.getheader("Content-Length", "0")) == len(second.read())
        assert connection.sock is socket_before  # the same connection served both
    finally:
        connection.close()


def test_chunked_request_bodies_are_read(admin_http: httpx.Client, dss_emulator: Emulator) -> None:
    body = b'{"projectKey": "CHUNKED", "name": "Chunked", "owner": "admin"}'
    answer = admin_http.post("/projects/", content=iter([body[:10], body[10:]]))
    assert answer.status_code == 200, answer.text
    assert dss_emulator.request_log[-1].body == body
    assert "CHUNKED" in dss_emulator.state.projects


def test_request_log_records_what_was_sent(dss_emulator: Emulator, admin_http: httpx.Client) -> None:
    body = b'{"projectKey":"LOGGED","name":"n","owner":"admin"}'
    folder_id = admin_http.post("/project-folders/ROOT/children", params={"name": "F1"}).json()["id"]
    admin_http.post("/projects/", content=body, params={"projectFolderId": folder_id})
    admin_http.get("/projects/LOGGED/datasets/", params=[("tags", "a"), ("tags", "b"), ("foreign", "True")])
    admin_http.get("/nowhere")
    create, listing, nowhere = list(dss_emulator.request_log)[-3:]
    assert (create.method, create.path, create.operation_id) == ("POST", "/public/api/projects/", "createProject")
    assert create.query == {"projectFolderId": [folder_id]} and create.body == body and create.status == 200
    assert listing.operation_id == "listDatasets" and listing.query == {"tags": ["a", "b"], "foreign": ["True"]}
    assert listing.body == b"" and listing.status == 200
    assert (nowhere.operation_id, nowhere.status) == (None, 404)
    assert not hasattr(create, "headers")


def test_request_log_is_bounded(dss_emulator_factory: Callable[..., Emulator], http_for: HttpFactory) -> None:
    emulator = dss_emulator_factory(request_log_size=3)
    client = http_for(emulator)
    for _ in range(5):
        client.get("/instance-info")
    assert len(emulator.request_log) == 3


def raw_exchange(emulator: Emulator, data: bytes) -> tuple[int, dict[str, str], bytes]:
    """Send bytes as they are and read one answer (the emulator closes after refusing a request line)."""
    import socket

    with socket.create_connection(("127.0.0.1", emulator.port), timeout=10) as sock:
        sock.sendall(data)
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in header_lines)}
    return int(status_line.split()[1]), headers, body


@pytest.mark.parametrize(
    ("request_bytes", "status"),
    [
        (b"GET /public/api/" + b"a" * 70_000 + b" HTTP/1.1\r\nHost: x\r\n\r\n", 414),
        (b"GET /public/api/projects/ HTTP/1.1\r\n" + b"X-Many: 1\r\n" * 150 + b"\r\n", 431),
        (
            b"FROBNICATE /public/api/projects/ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
            + f"Authorization: {basic_header(ADMIN_KEY, '')}\r\n\r\n".encode(),
            405,
        ),
        (b"GET /public/api/projects/ HTTP/9.9\r\nHost: x\r\n\r\n", 505),
    ],
)
def test_the_http_layers_own_refusals_are_dss_errors_too(
    dss_emulator: Emulator, request_bytes: bytes, status: int
) -> None:
    answered, headers, body = raw_exchange(dss_emulator, request_bytes)
    assert answered == status
    assert headers["content-type"] == "application/json;charset=utf-8"
    error = __import__("json").loads(body)
    assert set(error) >= {"errorType", "message", "detailedMessage"}


@pytest.mark.parametrize("depth", [190, 490, 5000])
def test_deeply_nested_bodies_are_refused_as_bad_requests(
    admin_http: httpx.Client, new_project: Callable[..., Any], error_of: ErrorOf, depth: int
) -> None:
    new_project("P")
    nested = "[" * depth + "]" * depth
    body = '{"standard": {"deep": ' + nested + '}, "local": {}}'
    answer = admin_http.put("/projects/P/variables/", content=body)
    if depth < 200:
        assert answer.status_code == 204
        return
    assert answer.status_code == 400
    assert "nesting depth" in error_of(answer)["message"]
    assert admin_http.get("/projects/P/variables/").json() == {"standard": {}, "local": {}}


def test_the_request_log_keeps_large_bodies_by_size_only(dss_emulator: Emulator, admin_http: httpx.Client) -> None:
    big = b'{"standard": {"blob": "' + b"x" * (dss_emulator.config.request_log_body_bytes + 10) + b'"}, "local": {}}'
    admin_http.post("/projects/", json={"projectKey": "P", "name": "P", "owner": "admin"})
    assert admin_http.put("/projects/P/variables/", content=big).status_code == 204
    entry = dss_emulator.request_log[-1]
    assert entry.body == b"" and entry.body_size == len(big)
