# Derived from dssclient/aio/_stream.py by scripts/unasync.py: do not edit.
"""Downloads read as they arrive, never held whole in memory."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx

from dssclient._concurrency import RawIOBase
from dssclient._translate import translate_transport_errors


class DSSStream(RawIOBase):
    """The body of a download, read from the network as it is consumed.

    A binary file object (``read``, ``readinto``, ``readall``; closing it, or leaving
    its ``with`` block, gives the connection back) that also speaks the parts of
    ``requests.Response`` that code written for the official client uses on its
    streams: ``iter_content(chunk_size)``, ``raw``, ``headers``, ``status_code``.
    Iterating over it yields chunks of bytes as they arrive, not lines.
    """

    def __init__(self, response: httpx.Response) -> None:
        super().__init__()
        self._response = response
        self._source: Iterator[bytes] | None = None
        # Bytes received but not handed out yet.
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
            for chunk in self._chunks():
                yield chunk
            return
        if chunk_size <= 0:
            raise ValueError("chunk_size must be a positive number of bytes")
        # Chunks arrive in sizes of the network's choosing: cut them with memoryview slices (one
        # copy per byte handed out), and join only across the boundary between two of them.
        carry = b""
        for chunk in self._chunks():
            if carry:
                needed = chunk_size - len(carry)
                if len(chunk) < needed:
                    carry += chunk
                    continue
                yield carry + chunk[:needed]
                chunk = chunk[needed:]
            size = len(chunk)
            if size == chunk_size:
                yield chunk
                carry = b""
                continue
            view = memoryview(chunk)
            start = 0
            while size - start >= chunk_size:
                yield bytes(view[start : start + chunk_size])
                start += chunk_size
            carry = bytes(view[start:])
        if carry:
            yield carry

    def iter_bytes(self) -> Iterator[bytes]:
        """Chunks as they arrive from the network."""
        return self._chunks()

    def __iter__(self) -> Iterator[bytes]:
        return self._chunks()

    # -- the file object ----------------------------------------------------------------------

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
        return b"".join([chunk for chunk in self._chunks()])

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
