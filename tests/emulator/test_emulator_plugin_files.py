"""A plugin's files over raw HTTP: the multi-segment path parameter ({filePath}) as the router binds it,
raw bodies whatever their Content-Type, and the spec's own bind rules."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from dssclient.emulator import Emulator
from dssclient.emulator.spec import ApiSpec, SpecError, load_api_spec


@pytest.fixture
def plugin_http(dss_emulator: Emulator, admin_http: httpx.Client) -> httpx.Client:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as plugin_zip:
        plugin_zip.writestr("plugin.json", json.dumps({"id": "geo", "version": "1.0.0"}))
        plugin_zip.writestr("code-env/python/desc.json", b'{"a": 1}')
        plugin_zip.writestr("a/b c.txt", b"spaced")
    answer = admin_http.post("/plugins/actions/installFromZip", files={"file": ("geo.zip", buffer.getvalue())})
    assert answer.status_code == 200, answer.text
    return admin_http


def test_raw_slashes_and_encoded_slashes_bind_the_same_path(plugin_http: httpx.Client) -> None:
    for target in ["code-env/python/desc.json", "code-env%2Fpython%2Fdesc.json", "code-env/python%2Fdesc.json"]:
        answer = plugin_http.get(f"/plugins/geo/contents/{target}")
        assert (answer.status_code, answer.content) == (200, b'{"a": 1}'), target
        assert answer.headers["content-type"] == "application/octet-stream"
    assert plugin_http.get("/plugins/geo/contents/a/b%20c.txt").content == b"spaced"


def test_a_body_is_taken_raw_whatever_its_content_type(plugin_http: httpx.Client) -> None:
    # The official client sends no Content-Type; dssclient sends application/octet-stream.
    for headers in [{}, {"Content-Type": "application/json"}, {"Content-Type": "application/octet-stream"}]:
        answer = plugin_http.post("/plugins/geo/contents/new/file.bin", content=b"{not json\x00\xff", headers=headers)
        assert answer.status_code == 204, answer.text
        assert plugin_http.get("/plugins/geo/contents/new/file.bin").content == b"{not json\x00\xff"


@pytest.mark.parametrize(
    "target",
    [
        "/public/api/plugins/geo/contents/a/../plugin.json",
        "/public/api/plugins/geo/contents/a/./b",
        "/public/api/plugins/geo/contents/a//b",
        "/public/api/plugins/geo/contents/a%2F..%2Fplugin.json",
        "/public/api/plugins/geo/contents/a%2F%2Fb",
        "/public/api/plugins/geo/contents/..",
    ],
)
def test_dot_and_empty_segments_are_refused_raw_or_encoded(
    dss_emulator: Emulator,
    plugin_http: httpx.Client,
    raw_get: Callable[[Emulator, str], tuple[int, bytes]],
    target: str,
) -> None:
    status, body = raw_get(dss_emulator, target)
    assert status == 400, body
    assert json.loads(body)["errorType"] == "java.lang.IllegalArgumentException"


def test_a_trailing_slash_or_nothing_after_contents_is_no_file(plugin_http: httpx.Client) -> None:
    assert plugin_http.get("/plugins/geo/contents/a/").status_code == 404
    assert plugin_http.get("/plugins/geo/contents").status_code == 200  # the tree
    assert plugin_http.get("/plugins/geo/contents/a").status_code == 404  # a folder


def test_literal_routes_still_win(plugin_http: httpx.Client) -> None:
    answer = plugin_http.post("/plugins/geo/contents-actions/move", json={"oldPath": "a", "newPath": "z/a"})
    assert answer.status_code == 204, answer.text
    assert plugin_http.get("/plugins/geo/contents/z/a/b%20c.txt").content == b"spaced"


def test_the_router_binds_a_trailing_multi_segment_parameter() -> None:
    spec = load_api_spec()
    route = spec.route("GET", ["plugins", "geo", "contents", "x", "y", "z.txt"])
    assert route.operation is not None and route.operation.operation_id == "getPluginFile"
    assert route.path_parameters == {"pluginId": "geo", "filePath": "x/y/z.txt"}
    one = spec.route("GET", ["plugins", "geo", "contents", "x/y/z.txt"])
    assert one.path_parameters == route.path_parameters
    assert spec.route("POST", ["plugins", "geo", "contents", "x", "y"]).operation.operation_id == "putPluginFile"  # type: ignore[union-attr]
    assert spec.route("GET", ["plugins", "geo", "contents", "x", ""]).operation is None


def _document(template: str, extension: bool) -> dict[str, Any]:
    parameter: dict[str, Any] = {"name": "filePath", "in": "path", "required": True, "schema": {"type": "string"}}
    if extension:
        parameter["x-dss-multi-segment"] = True
    return {
        "paths": {
            template: {
                "get": {
                    "operationId": "op",
                    "parameters": [parameter],
                    "responses": {"200": {"description": "ok"}},
                }
            }
        }
    }


def test_a_multi_segment_parameter_must_end_its_template() -> None:
    ApiSpec(_document("/files/{filePath}", extension=True))
    with pytest.raises(SpecError):
        ApiSpec(_document("/files/{filePath}/meta", extension=True))
