"""DSSStream: downloads read as they arrive, usable as a file and as the official client's stream."""

from __future__ import annotations

import io
import shutil
from collections.abc import Iterator

import httpx
import pytest

from dssclient import DSSClient, DSSStream

BODY = bytes(range(256)) * 1000  # 256 000 bytes


class ChunkedBody(httpx.SyncByteStream):
    """An answer body that arrives in small chunks, and knows whether it was closed."""

    def __init__(self, data: bytes, chunk: int = 7000) -> None:
        self.data, self.chunk, self.closed = data, chunk, False

    def __iter__(self) -> Iterator[bytes]:
        for start in range(0, len(self.data), self.chunk):
            yield self.data[start : start + self.chunk]

    def close(self) -> None:
        self.closed = True


@pytest.fixture
def body() -> ChunkedBody:
    return ChunkedBody(BODY)


@pytest.fixture
def stream(body: ChunkedBody) -> Iterator[DSSStream]:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, stream=body))
    with DSSClient("http://dss.test", "k", transport=transport) as client:
        with client.get_scoring_libs_stream() as download:
            yield download


def test_read_in_pieces_returns_the_whole_body(stream: DSSStream) -> None:
    pieces = []
    while piece := stream.read(10_000):
        pieces.append(piece)
    assert b"".join(pieces) == BODY
    assert max(len(p) for p in pieces) <= 10_000


def test_copyfileobj_and_raw(stream: DSSStream) -> None:
    sink = io.BytesIO()
    shutil.copyfileobj(stream.raw, sink)
    assert sink.getvalue() == BODY


def test_iter_content_rechunks_exactly(stream: DSSStream) -> None:
    chunks = list(stream.iter_content(chunk_size=65536))
    assert b"".join(chunks) == BODY
    assert [len(c) for c in chunks[:-1]] == [65536] * (len(chunks) - 1)


def test_mixing_read_and_iteration_loses_nothing(stream: DSSStream) -> None:
    head = stream.read(100)
    rest = b"".join(stream)
    assert head + rest == BODY


def test_closing_releases_the_answer(body: ChunkedBody) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, stream=body))
    with DSSClient("http://dss.test", "k", transport=transport) as client:
        download = client.get_scoring_libs_stream()
        download.read(10)
        download.close()
        assert body.closed
        with pytest.raises(ValueError):
            download.read(10)


def test_headers_and_status_are_exposed(stream: DSSStream) -> None:
    assert stream.status_code == 200
    assert isinstance(stream.headers, httpx.Headers)


def test_read_without_size_returns_everything_left(stream: DSSStream) -> None:
    head = stream.read(3)
    assert head + stream.read() == BODY
    assert stream.read() == b""


def test_readinto_fills_a_caller_buffer(stream: DSSStream) -> None:
    buffer = bytearray(50_000)
    received = bytearray()
    while count := stream.readinto(buffer):
        received += buffer[:count]
    assert bytes(received) == BODY


def test_chunks_larger_than_a_read_are_split_without_loss(body: ChunkedBody) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, stream=body))
    with DSSClient("http://dss.test", "k", transport=transport) as client, client.get_scoring_libs_stream() as download:
        pieces = iter(lambda: download.read(1000), b"")
        assert b"".join(pieces) == BODY


def test_content_text_and_json_read_the_body_once_as_requests_does() -> None:
    # Published scripts read the official client's downloads as requests.Response objects:
    # folder.get_file(path).content, .text, .json().
    answer = b'{"name": "caf\xc3\xa9", "rows": [1, 2]}'
    transport = httpx.MockTransport(lambda request: httpx.Response(200, stream=ChunkedBody(answer, chunk=5)))
    with DSSClient("http://dss.test", "k", transport=transport) as client:
        with client.get_scoring_libs_stream() as download:
            first = download.read(3)
            assert download.content == answer[3:]  # the rest of the body, as requests would after a read
            assert download.content == answer[3:]  # kept, not read again
            assert download.read() == b""
        with client.get_scoring_libs_stream() as download:
            assert download.text == answer.decode("utf-8")
            assert download.json() == {"name": "café", "rows": [1, 2]}
    assert first == answer[:3]
