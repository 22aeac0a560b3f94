"""Downloads read straight from the connection (past httpcore's parser) give exactly the body,
whatever the pieces the answer arrives in, and leave the client usable.

The connection cuts each answer's first read right after the blank line ending its head;
these answers are cut adversarially (byte by byte, across the blank line, bodies full of
blank lines, a 1xx head first) and some cannot take the direct path at all (compressed,
chunked, no length), which must fall back to httpx's reading unnoticed.
"""

from __future__ import annotations

import gzip
import hashlib
import time
from collections.abc import Callable

import pytest

from dssclient import AsyncDSSClient, AsyncDSSStream, DSSConnectionError, DSSTimeoutError
from tests.scripted_server import Received, Reply, answer, pieces, scripted_server

pytestmark = pytest.mark.anyio  # unasync: remove

BODY = (b"PK\x03\x04" + b"\r\n\r\n\n\n" * 997 + bytes(range(256)) * 300)[:81_931]
JAR = "/public/api/resources/scoring-lib-jar"
INFO = {"nodeId": "n", "nodeName": "N", "nodeType": "DESIGN"}


def head(headers: str) -> bytes:
    return f"HTTP/1.1 200 OK\r\nContent-Type: application/java-archive\r\n{headers}\r\n\r\n".encode()


def plain() -> bytes:
    return head(f"Content-Length: {len(BODY)}") + BODY


CUTS: dict[str, Callable[[], Reply]] = {
    "one piece": lambda: Reply([plain()]),
    "head dripped byte by byte": lambda: Reply([bytes([b]) for b in plain()[:200]] + [plain()[200:]]),
    "blank line split across pieces": lambda: Reply(
        [plain()[: plain().index(b"\r\n\r\n") + 2], plain()[plain().index(b"\r\n\r\n") + 2 :]]
    ),
    "small pieces": lambda: Reply(pieces(plain(), 1000)),
    "1xx head first": lambda: Reply([b"HTTP/1.1 100 Continue\r\n\r\n" + plain()]),
    "gzip (not direct)": lambda: Reply(
        [head(f"Content-Encoding: gzip\r\nContent-Length: {len(gzip.compress(BODY))}") + gzip.compress(BODY)]
    ),
    "chunked (not direct)": lambda: Reply(
        [head("Transfer-Encoding: chunked")]
        + [f"{len(p):x}\r\n".encode() + p + b"\r\n" for p in pieces(BODY, 5000)]
        + [b"0\r\n\r\n"]
    ),
    "no length, until close (not direct)": lambda: Reply([head("Connection: close") + BODY], close=True),
}


async def read_with(stream: AsyncDSSStream, way: str) -> bytes:
    if way == "iter_content(7)":
        return b"".join([chunk async for chunk in stream.iter_content(7)])
    if way == "iter_content(64 KiB)":
        return b"".join([chunk async for chunk in stream.iter_content(65536)])
    if way == "iter_bytes":
        return b"".join([chunk async for chunk in stream.iter_bytes()])
    if way == "read(1000)":
        parts = []
        while part := await stream.read(1000):
            assert len(part) <= 1000
            parts.append(part)
        return b"".join(parts)
    if way == "readinto(4096)":
        buffer, parts = bytearray(4096), []
        while count := await stream.readinto(buffer):
            parts.append(bytes(buffer[:count]))
        return b"".join(parts)
    return await stream.read()


def serve(cut: str) -> Callable[[Received], Reply]:
    def script(request: Received) -> Reply:
        if request.target == JAR:
            return CUTS[cut]()
        return Reply([answer(200, INFO)])

    return script


@pytest.mark.parametrize(
    "way", ["iter_content(7)", "iter_content(64 KiB)", "iter_bytes", "read(1000)", "readinto(4096)", "read()"]
)
@pytest.mark.parametrize("cut", list(CUTS))
async def test_the_body_arrives_whole_and_the_client_stays_usable(cut: str, way: str) -> None:
    with scripted_server(serve(cut)) as server:
        async with AsyncDSSClient(server.url, "key", timeout=10) as client:
            await client.get_instance_info()  # the download reuses a kept-alive connection
            async with await client.get_scoring_libs_stream() as stream:
                body = await read_with(stream, way)
            assert hashlib.sha256(body).digest() == hashlib.sha256(BODY).digest()
            assert (await client.get_instance_info()).node_id == "n"


async def test_answers_kept_alive_are_cut_without_losing_a_byte() -> None:
    """Small JSON answers, some holding blank lines in their bodies, on one connection."""
    bodies = [{"text": "a\r\n\r\nb\n\nc", "n": n} for n in range(20)]

    def script(request: Received) -> Reply:
        index = int(request.target.rsplit("/", 1)[1])
        data = answer(200, bodies[index])
        return Reply(pieces(data, 3 + index))

    with scripted_server(script) as server:
        async with AsyncDSSClient(server.url, "key") as client:
            for index, expected in enumerate(bodies):
                got = await client.perform_json("GET", "/things/{n}", path_params={"n": str(index)})
                assert got == expected
        assert server.connections == 1


async def test_a_body_cut_short_is_an_error_not_a_short_file() -> None:
    def script(request: Received) -> Reply:
        if request.target == JAR:
            return Reply([head(f"Content-Length: {len(BODY)}") + BODY[:30_000]], close=True)
        return Reply([answer(200, INFO)])

    with scripted_server(script) as server:
        async with AsyncDSSClient(server.url, "key") as client:
            await client.get_instance_info()
            async with await client.get_scoring_libs_stream() as stream:
                with pytest.raises(DSSConnectionError):
                    await stream.read()


async def test_a_stalled_body_times_out_per_read() -> None:
    def script(request: Received) -> Reply:
        return Reply([head(f"Content-Length: {len(BODY)}") + BODY[:1000], BODY[1000:]], pause=5)

    with scripted_server(script) as server:
        async with AsyncDSSClient(server.url, "key", timeout=0.5) as client:
            stream = await client.get_scoring_libs_stream()
            started = time.monotonic()
            with pytest.raises(DSSTimeoutError):
                await stream.read()
            assert time.monotonic() - started < 2.5
            await stream.aclose()
