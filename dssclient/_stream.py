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
        # Gather network chunks and cut them once per chunk_size: one join and one slice per output chunk.
        gathered: list[bytes] = []
        gathered_size = 0
        for chunk in self._chunks():
            gathered.append(chunk)
            gathered_size += len(chunk)
            if gathered_size < chunk_size:
                continue
            data = b"".join(gathered) if len(gathered) > 1 else gathered[0]
            view = memoryview(data)
            start = 0
            while gathered_size - start >= chunk_size:
                yield data if len(data) == chunk_size else bytes(view[start : start + chunk_size])
                start += chunk_size
            rest = bytes(view[start:])
            gathered, gathered_size = ([rest] if rest else []), len(rest)
        if gathered:
            yield b"".join(gathered)

    def iter_bytes(self) -> Iterator[bytes]:
        """Chunks as they arrive from the network."""
        return self._chunks()

    def __iter__(self) -> Iterator[bytes]:
        return self._chunks()

    # -- io.RawIOBase -----------------------------------------------------------------------

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        """Up to ``size`` bytes (all that is left if ``size`` is negative or None); ``b""`` at the end.

        Hands over the network's chunk itself when it fits, so reading costs no copy.
        """
        self._check_open()
        if size is None or size < 0:
            return self.readall()
        if size == 0:
            return b""
        if not self._pending:
            chunk = self._next_chunk()
            if len(chunk) <= size:
                return chunk
            self._pending = memoryview(chunk)
        piece = bytes(self._pending[:size])
        self._pending = self._pending[size:]
        return piece

    def readall(self) -> bytes:
        return b"".join(self._chunks())

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
