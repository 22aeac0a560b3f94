"""Raw HTTP clients (httpx) on the emulator, so that these tests exercise the emulator alone.

The emulator itself comes from the plugin's fixtures (dss_emulator, dss_emulator_factory).
"""

from __future__ import annotations

import base64
import http.client
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from dssclient.emulator import Emulator

ADMIN_KEY = "emulator-admin-key"
READER_KEY = "emulator-reader-key"
BASE = "/public/api"

HttpFactory = Callable[..., httpx.Client]


@pytest.fixture
def http_for() -> Iterator[HttpFactory]:
    """``http_for(emulator, key=ADMIN_KEY, base=BASE, auth=...)``: an httpx client, closed at teardown.

    ``key`` goes as the Basic user name with an empty password (what the official client does);
    pass ``key=None`` and ``headers=`` for other forms.
    """
    clients: list[httpx.Client] = []

    def make(emulator: Emulator, key: str | None = ADMIN_KEY, base: str = BASE, **options: Any) -> httpx.Client:
        if key is not None:
            options.setdefault("auth", (key, ""))
        # verify=False: plain HTTP only, and it spares httpx loading CA certificates for every client.
        client = httpx.Client(base_url=emulator.url + base, timeout=10, verify=False, **options)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def admin_http(dss_emulator: Emulator, http_for: HttpFactory) -> httpx.Client:
    return http_for(dss_emulator)


@pytest.fixture
def reader_http(dss_emulator: Emulator, http_for: HttpFactory) -> httpx.Client:
    return http_for(dss_emulator, READER_KEY)


@pytest.fixture
def new_project(admin_http: httpx.Client) -> Callable[..., dict[str, Any]]:
    """``new_project(key, **fields)`` creates a project as admin and returns the body sent."""

    def create(project_key: str, **fields: Any) -> dict[str, Any]:
        body = {"projectKey": project_key, "name": f"Project {project_key}", "owner": "admin", **fields}
        answer = admin_http.post("/projects/", json=body)
        assert answer.status_code == 200, answer.text
        return body

    return create


@pytest.fixture
def raw_get() -> Callable[[Emulator, str], tuple[int, bytes]]:
    """``raw_get(emulator, target)``: a GET with the target sent byte for byte (httpx normalizes dot segments)."""

    def get(emulator: Emulator, target: str) -> tuple[int, bytes]:
        connection = http.client.HTTPConnection("127.0.0.1", emulator.port, timeout=10)
        try:
            connection.putrequest("GET", target, skip_accept_encoding=True)
            connection.putheader("Authorization", basic_header(ADMIN_KEY, ""))
            connection.endheaders()
            answer = connection.getresponse()
            return answer.status, answer.read()
        finally:
            connection.close()

    return get


def basic_header(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


def _error_of(answer: httpx.Response) -> dict[str, Any]:
    assert answer.headers["content-type"] == "application/json;charset=utf-8"
    body: dict[str, Any] = answer.json()
    assert set(body) >= {"errorType", "message", "detailedMessage"}
    return body


@pytest.fixture
def error_of() -> Callable[[httpx.Response], dict[str, Any]]:
    """``error_of(answer)``: the DSS error body of an answer, after checking its content type and shape."""
    return _error_of
