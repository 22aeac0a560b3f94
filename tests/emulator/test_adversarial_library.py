"""A project's library under hostile paths, over raw HTTP: nothing leaves the library.

The library is a directory of the emulator's working directory, and every path in a request
(URL or body) comes from the caller. Dot segments, empty segments (but the one leading '/' the
official client sends), absolute paths, backslashes, NUL bytes and their percent-encoded forms
are refused with a 400 before anything is read or written; a file beside the library keeps its
content. Each test fails on an emulator that joined the path to the library's root as it came.
"""

from __future__ import annotations

import http.client
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest

from dssclient.emulator import Emulator
from dssclient.emulator.models.project_libraries import ProjectLibraries
from dssclient.emulator.spec import ApiSpec, SpecError, load_api_spec

from .conftest import ADMIN_KEY, basic_header

SECRET = b"outside the library"


@pytest.fixture
def library(dss_emulator: Emulator, admin_http: httpx.Client, new_project: Callable[..., object]) -> Path:
    """Project P's library root, with python/ok.py; a secret file sits next to the library's root."""
    new_project("P")
    assert admin_http.post("/projects/P/libraries/contents/python/ok.py", content=b"OK = 1\n").status_code == 204
    with dss_emulator.state.lock:
        root = dss_emulator.state.extension(ProjectLibraries).root("P")
    (root.parent / "secret.txt").write_bytes(SECRET)
    (root.parent / "secret-dir").mkdir()
    return root


def _raw(emulator: Emulator, method: str, target: str, body: bytes = b"") -> tuple[int, bytes]:
    """A request whose target is sent byte for byte (httpx would normalize dot segments)."""
    connection = http.client.HTTPConnection("127.0.0.1", emulator.port, timeout=10)
    try:
        connection.putrequest(method, target, skip_accept_encoding=True)
        connection.putheader("Authorization", basic_header(ADMIN_KEY, ""))
        connection.putheader("Content-Length", str(len(body)))
        connection.endheaders(body)
        answer = connection.getresponse()
        return answer.status, answer.read()
    finally:
        connection.close()


HOSTILE = [
    "../secret.txt",
    "python/../../secret.txt",
    "python/./ok.py",
    "python//ok.py",
    "//secret.txt",
    "%2E%2E/secret.txt",
    "..%2Fsecret.txt",
    "python%2F..%2F..%2Fsecret.txt",
    "%2Fpython/ok.py",
    "%2F%2E%2E%2Fsecret.txt",
    "..%5Csecret.txt",
    "python/ok.py%00",
    "%00",
]


@pytest.mark.parametrize("path", HOSTILE)
@pytest.mark.parametrize("method", ["GET", "POST", "DELETE"])
def test_hostile_file_paths_are_refused(dss_emulator: Emulator, library: Path, method: str, path: str) -> None:
    status, body = _raw(dss_emulator, method, f"/public/api/projects/P/libraries/contents/{path}", b"pwned")
    assert status == 400, (status, body)
    assert json.loads(body)["errorType"] == "java.lang.IllegalArgumentException"
    assert (library.parent / "secret.txt").read_bytes() == SECRET
    assert (library / "python" / "ok.py").read_bytes() == b"OK = 1\n"
    assert sorted(p.name for p in library.parent.iterdir()) == [library.name, "secret-dir", "secret.txt"]


@pytest.mark.parametrize("path", ["../secret-dir/x", "..%2Fsecret-dir", "%2F..", "a/../../secret-dir/b"])
def test_hostile_folder_paths_are_refused(dss_emulator: Emulator, library: Path, path: str) -> None:
    status, body = _raw(dss_emulator, "POST", f"/public/api/projects/P/libraries/folders/{path}")
    assert status == 400, (status, body)
    assert list((library.parent / "secret-dir").iterdir()) == []


@pytest.mark.parametrize(
    ("operation", "body"),
    [
        ("rename/", {"oldPath": "../secret.txt", "newName": "x"}),
        ("rename/", {"oldPath": "/python/ok.py", "newName": "../../escaped.py"}),
        ("rename/", {"oldPath": "/python/ok.py", "newName": ".."}),
        ("rename/", {"oldPath": "/python/ok.py", "newName": "a\\b"}),
        ("rename/", {"oldPath": "//python/ok.py", "newName": "x"}),
        ("move", {"oldPath": "/python/ok.py", "newPath": "/../secret-dir"}),
        ("move", {"oldPath": "/python/ok.py", "newPath": "../secret-dir"}),
        ("move", {"oldPath": "../secret.txt", "newPath": "/python"}),
        ("move", {"oldPath": "/python/ok.py", "newPath": "python/./"}),
        ("move", {"oldPath": "/", "newPath": "/python"}),
    ],
)
def test_hostile_paths_in_bodies_are_refused(
    admin_http: httpx.Client, library: Path, operation: str, body: dict[str, str]
) -> None:
    answer = admin_http.post(f"/projects/P/libraries/contents-actions/{operation}", json=body)
    assert answer.status_code == 400, answer.text
    assert (library / "python" / "ok.py").read_bytes() == b"OK = 1\n"
    assert (library.parent / "secret.txt").read_bytes() == SECRET
    assert list((library.parent / "secret-dir").iterdir()) == []


def test_the_one_leading_slash_is_read_as_the_root(dss_emulator: Emulator, library: Path) -> None:
    """What the official client sends (".../contents//python/ok.py") is the same file; only there."""
    status, body = _raw(dss_emulator, "GET", "/public/api/projects/P/libraries/contents//python/ok.py")
    assert (status, json.loads(body)["data"]) == (200, "OK = 1\n")
    status, _ = _raw(dss_emulator, "GET", "/public/api/projects/P/libraries/contents/python/ok.py")
    assert status == 200
    # Anywhere else, an empty segment stays refused as before.
    status, _ = _raw(dss_emulator, "GET", "/public/api/projects//P/libraries/contents/python/ok.py")
    assert status == 400
    status, _ = _raw(dss_emulator, "GET", "/public/api/projects/P/libraries//contents/python/ok.py")
    assert status == 400
    status, _ = _raw(dss_emulator, "GET", "/public/api/projects/P/wiki//1")
    assert status == 400


def test_a_library_stays_bounded(
    dss_emulator_factory: Callable[..., Emulator], http_for: Callable[..., httpx.Client]
) -> None:
    emulator = dss_emulator_factory(max_archive_unpacked_bytes=1000)
    http = http_for(emulator)
    assert http.post("/projects/", json={"projectKey": "P", "name": "P", "owner": "admin"}).status_code == 200
    assert http.post("/projects/P/libraries/contents/python/a.py", content=b"a" * 600).status_code == 204
    answer = http.post("/projects/P/libraries/contents/python/b.py", content=b"b" * 600)
    assert answer.status_code == 400 and "exceed" in answer.json()["message"]
    # Replacing a file counts its new size, not both.
    assert http.post("/projects/P/libraries/contents/python/a.py", content=b"c" * 800).status_code == 204


def test_the_router_reads_one_leading_slash_only_where_the_spec_says() -> None:
    spec = load_api_spec()
    base = ["projects", "P", "libraries", "contents"]
    route = spec.route("GET", [*base, "", "python", "ok.py"])
    assert route.operation is not None and route.operation.operation_id == "getLibraryFile"
    assert route.path_parameters == {"projectKey": "P", "libraryPath": "python/ok.py"}
    assert spec.route("GET", [*base, "python", "ok.py"]).path_parameters == route.path_parameters
    assert spec.route("GET", [*base, "", "", "ok.py"]).operation is None
    assert spec.leading_slash_at(base) and spec.leading_slash_at(["projects", "P", "libraries", "folders"])
    assert not spec.leading_slash_at(["plugins", "geo", "contents"])
    assert not spec.leading_slash_at(["projects", "P", "libraries"])


def test_a_leading_slash_parameter_must_be_multi_segment() -> None:
    def document(multi: bool) -> dict[str, Any]:
        parameter: dict[str, Any] = {
            "name": "filePath",
            "in": "path",
            "required": True,
            "schema": {"type": "string"},
            "x-dss-leading-slash": True,
        }
        if multi:
            parameter["x-dss-multi-segment"] = True
        operation = {"operationId": "op", "parameters": [parameter], "responses": {"200": {"description": "ok"}}}
        return {"paths": {"/files/{filePath}": {"get": operation}}}

    ApiSpec(document(multi=True))
    with pytest.raises(SpecError, match="x-dss-leading-slash"):
        ApiSpec(document(multi=False))


def test_an_absolute_path_is_read_inside_the_library(dss_emulator: Emulator, library: Path, tmp_path: Path) -> None:
    """'/etc/hostname' (sent as ".../contents//etc/hostname") names the library's etc/hostname, not the system's."""
    status, _ = _raw(dss_emulator, "GET", "/public/api/projects/P/libraries/contents//etc/hostname")
    assert status == 404
    outside = tmp_path / "written-outside.txt"
    status, _ = _raw(dss_emulator, "POST", f"/public/api/projects/P/libraries/contents/{outside}", b"inside")
    assert status == 204
    assert not outside.exists()
    assert (library / str(outside).lstrip("/")).read_bytes() == b"inside"
