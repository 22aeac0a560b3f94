"""Uploads (multipart/form-data, spooled and parsed to disk) and rows streamed without a known length.

The emulator's machinery for both is exercised here on two operations added to the spec for
the test, served by a real server; the client sends the upload with ``multipart_body`` (read
from the file as it is sent) and reads the rows with its incremental TSV parser.
"""

from __future__ import annotations

import hashlib
import io
import os
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dssclient import DSSClient
from dssclient._requester import multipart_body
from dssclient._rows import casters_for
from dssclient._rowstream import iter_rows_of
from dssclient.emulator import EmulatorConfig
from dssclient.emulator import multipart as multipart_module
from dssclient.emulator.context import BinaryReply, RequestContext, Services
from dssclient.emulator.futures import FutureRegistry
from dssclient.emulator.handlers import all_handlers
from dssclient.emulator.multipart import MultipartError, parse_multipart
from dssclient.emulator.pipeline import Pipeline
from dssclient.emulator.rows import MEDIA_TYPE as TSV
from dssclient.emulator.rows import tsv_chunks
from dssclient.emulator.scoring import ScoringLibs
from dssclient.emulator.server import EmulatorHTTPServer
from dssclient.emulator.spec import ApiSpec, load_document
from dssclient.emulator.state import DSSState

KEY = "upload-test-key"
ROWS = 20_000
COLUMNS = [{"name": "n", "type": "bigint"}, {"name": "text", "type": "string"}, {"name": "even", "type": "boolean"}]


def row(n: int) -> list[Any]:
    return [n, f'line {n}\twith a tab, a "quote"\nand a newline', n % 2 == 0]


def upload(ctx: RequestContext) -> dict[str, Any]:
    part = ctx.body["file"]
    return {"name": part.filename, "size": part.size, "sha256": hashlib.sha256(part.read_bytes()).hexdigest()}


def rows(ctx: RequestContext) -> BinaryReply:
    return BinaryReply(media_type=TSV, length=None, chunks=lambda: tsv_chunks(row(n) for n in range(ROWS)))


def spec_with_test_operations() -> ApiSpec:
    document = load_document()
    answer = {
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "default": {"$ref": "#/components/responses/Error"},
    }
    document["paths"]["/test/upload"] = {
        "post": {
            "operationId": "upload",
            "requestBody": {
                "required": True,
                "content": {
                    "multipart/form-data": {
                        "schema": {
                            "type": "object",
                            "required": ["file"],
                            "properties": {"file": {"type": "string", "format": "binary"}},
                        }
                    }
                },
            },
            "responses": {
                "200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}},
                **answer,
            },
        }
    }
    document["paths"]["/test/rows"] = {
        "get": {
            "operationId": "rows",
            "responses": {"200": {"description": "ok", "content": {TSV: {"schema": {"type": "string"}}}}, **answer},
        }
    }
    return ApiSpec(document)


@pytest.fixture
def server(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    config = EmulatorConfig(admin_api_key=KEY)
    services = Services(config, DSSState(config), FutureRegistry(10, config.clock), ScoringLibs(16), tmp_path)
    handlers = {**all_handlers(), "upload": upload, "rows": rows}
    http = EmulatorHTTPServer(
        ("127.0.0.1", 0), Pipeline(spec_with_test_operations(), handlers, services, deque()), 1024
    )
    import threading

    thread = threading.Thread(target=http.serve_until_stopped, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{http.server_port}", tmp_path
    finally:
        http.stop_serving()
        thread.join(timeout=5)
        http.close_connections()
        http.server_close()


def test_an_upload_far_larger_than_a_json_body_reaches_the_handler_whole(server: tuple[str, Path]) -> None:
    url, workdir = server
    content = os.urandom(3 * 1024 * 1024) + b"\r\n--+++\r\n--boundary-looking\r\n" + os.urandom(1000)
    with DSSClient(url, KEY) as client:
        request = client._requester.build(
            lambda: {
                "method": "post",
                "url": "/test/upload",
                "files": multipart_body(file=("archive é.zip", io.BytesIO(content))).to_multipart(),
            }
        )
        response = client._http.send(request)
    assert response.status_code == 200, response.text
    assert response.json() == {
        "name": "archive é.zip",
        "size": len(content),
        "sha256": hashlib.sha256(content).hexdigest(),
    }
    assert list(workdir.iterdir()) == [], "an upload's parts are removed after the request"


def test_an_upload_without_its_part_is_refused(server: tuple[str, Path]) -> None:
    url, _ = server
    answer = httpx.post(
        url + "/public/api/test/upload", files={"other": ("x", b"x")}, headers={"Authorization": f"Bearer {KEY}"}
    )
    assert answer.status_code == 400 and "file" in answer.json()["message"]


def test_rows_of_unknown_length_stream_in_chunks_and_parse_back(server: tuple[str, Path]) -> None:
    url, _ = server
    with DSSClient(url, KEY) as client:
        stream = client.perform_stream("GET", "/test/rows")
        assert stream.headers.get("Transfer-Encoding") == "chunked"
        count = 0
        for index, values in enumerate(iter_rows_of(stream, casters_for(COLUMNS))):
            assert values == row(index)
            count += 1
        assert stream.closed
    assert count == ROWS


@settings(max_examples=150, deadline=None)
@given(
    content=st.binary(max_size=3000)
    | st.sampled_from([b"", b"\r\n", b"--", b"\r\n--b0und\r\n--b0und--", b"\r\n--b0un"]),
    window=st.integers(min_value=1, max_value=50),
    # Clients encode '"' and '\\' in file names their own way (HTML5: %22), which servers keep as is.
    name=st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters='"\\'), min_size=1, max_size=10),
)
def test_any_content_comes_out_of_the_parser_as_it_went_in(content: bytes, window: int, name: str) -> None:
    request = httpx.Request("POST", "http://x/", files={"file": (name, content), "note": (None, b"n")})
    body = request.read()
    multipart_module._WINDOW = window  # cut the reads anywhere, a delimiter across two of them included
    try:
        import tempfile

        with tempfile.TemporaryDirectory() as directory:
            parts = parse_multipart(io.BytesIO(body), request.headers["Content-Type"], Path(directory))
            assert parts["file"].read_bytes() == content and parts["file"].filename == name
            assert parts["note"].read_bytes() == b"n"
    finally:
        multipart_module._WINDOW = 256 * 1024


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("application/json", b"{}"),
        ("multipart/form-data", b"--x\r\n"),
        ("multipart/form-data; boundary=x", b"no delimiter at all"),
        ("multipart/form-data; boundary=x", b'--x\r\nContent-Disposition: form-data; name="f"\r\n\r\nnever ends'),
        ("multipart/form-data; boundary=x", b"--x\r\nX-No-Disposition: 1\r\n\r\ndata\r\n--x--"),
    ],
)
def test_malformed_uploads_are_refused_clearly(tmp_path: Path, content_type: str, body: bytes) -> None:
    with pytest.raises(MultipartError):
        parse_multipart(io.BytesIO(body), content_type, tmp_path)
