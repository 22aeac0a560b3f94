"""Downloads read as they arrive, never held whole in memory."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any

import httpx

from ._translate import translate_transport_errors


class DSSStream(io.RawIOBase):
    """The body of a download, read from the network as it is consumed.

    A binary file object (``read``, ``readinto``, ``shutil.copyfileobj``,
    ``with`` closes it) that also speaks the parts of ``requests.Response``
    that code written for the official client uses on its streams:
    ``iter_content(chunk_size)``, ``raw``, ``headers``, ``status_code``.
    Iterating over it yields chunks of bytes, not lines.

    Close it (or exhaust it) to give the connection back to the client.
    """

    def __init__(self, response: httpx.Response) -> None:
        super().__init__()
        self._response = response
        self._source: Iterator[bytes] | None = None
        self._pending = memoryview(b"")

    # -- requests.Response-like surface ---------------------------------------------------

    @property
    def headers(self) -> httpx.Headers:
        return self._response.headers

    @property
    def status_code(self) -> int:
        return self._response.status_code

    @property
    def raw(self) -> DSSStream:
        """This stream itself: ``stream.raw.read()`` works as with the official client."""
        return self

    def iter_content(self, chunk_size: int | None = None) -> Iterator[bytes]:
        """Chunks of ``chunk_size`` bytes (the last may be shorter), or as they arrive when ``None``."""
        if chunk_size is None:
            yield from self._chunks()
            return
        if chunk_size <= 0:
            raise ValueError("chunk_size must be a positive number of bytes")
        buffer = bytearray()
        for chunk in self._chunks():
            buffer += chunk
            while len(buffer) >= chunk_size:
                yield bytes(buffer[:chunk_size])
                del buffer[:chunk_size]
        if buffer:
            yield bytes(buffer)

    def iter_bytes(self) -> Iterator[bytes]:
        """Chunks as they arrive from the network."""
        return self._chunks()

    def __iter__(self) -> Iterator[bytes]:
        return self._chunks()

    # -- io.RawIOBase -----------------------------------------------------------------------

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        self._check_open()
        target = memoryview(buffer).cast("B")
        if not self._pending:
            self._pending = memoryview(self._next_chunk())
        count = min(len(target), len(self._pending))
        target[:count] = self._pending[:count]
        self._pending = self._pending[count:]
        return count

    def close(self) -> None:
        if not self.closed:
            self._response.close()
        super().close()

    # -- internals ----------------------------------------------------------------------------

    def _chunks(self) -> Iterator[bytes]:
        self._check_open()
        if self._pending:
            leftover, self._pending = bytes(self._pending), memoryview(b"")
            yield leftover
        while chunk := self._next_chunk():
            yield chunk

    def _check_open(self) -> None:
        if self.closed:
            raise ValueError("I/O operation on closed DSSStream")

    def _next_chunk(self) -> bytes:
        """The next non-empty chunk, or ``b""`` at the end of the body."""
        self._check_open()
        if self._source is None:
            self._source = self._response.iter_bytes()
        request = self._response.request
        with translate_transport_errors(request.method, request.url):
            for chunk in self._source:
                if chunk:
                    return chunk
        return b""
