# Derived from dssclient/aio/_stream.py by scripts/unasync.py: do not edit.
"""Downloads read as they arrive, never held whole in memory."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import httpx

from dssclient._concurrency import RawIOBase
from dssclient._response_body import ResponseBody
from dssclient._translate import translate_transport_errors
from dssclient.errors import DSSConnectionError

if TYPE_CHECKING:
    from ._transport import DeadlineStream

# Size of the chunks of a body taken straight from the connection when the caller names none:
# a chunk below the allocator's mmap threshold (128 KiB) is reused memory, where a larger one
# costs fresh pages on every read.
_DIRECT_READ_SIZE = 64 * 1024


class _DirectBody:
    """A body read straight from the connection, past httpcore's parser (see DeadlineStream).

    Only for an answer whose head the connection cut exactly and whose body is plain bytes of
    a known length; the connection is closed after it, its parser never having seen the body.
    """

    __slots__ = ("network", "remaining", "timeout")

    def __init__(self, network: DeadlineStream, length: int, timeout: float | None) -> None:
        self.network = network
        self.remaining = length
        self.timeout = timeout

    @staticmethod
    def of(response: httpx.Response) -> _DirectBody | None:
        # Imported here: the network stack loads with the first client, not with the handles.
        from ._transport import DeadlineStream

        network = response.extensions.get("network_stream")
        if not isinstance(network, DeadlineStream) or not network.head_delimited:
            return None
        headers = response.headers
        if response.request.method == "HEAD" or not 200 <= response.status_code < 300:
            return None
        if headers.get("Transfer-Encoding") or headers.get("Content-Encoding", "identity").lower() != "identity":
            return None
        length = headers.get("Content-Length", "")
        if not length.isdigit():
            return None
        timeout = response.request.extensions.get("timeout", {}).get("read")
        return _DirectBody(network, int(length), timeout)

    def read(self, size: int, *, exact: bool) -> bytes:
        if self.remaining == 0:
            return b""
        data = self.network.read_body(min(self.remaining, size), self.timeout, exact=exact)
        self._count(len(data))
        return data

    def read_into(self, buffer: memoryview) -> int:
        if self.remaining == 0 or not len(buffer):
            return 0
        count = self.network.read_body_into(buffer[: self.remaining], self.timeout)
        self._count(count)
        return count

    def _count(self, received: int) -> None:
        if received == 0:
            raise DSSConnectionError(f"the connection closed {self.remaining} bytes before the end of the download")
        self.remaining -= received


class DSSStream(ResponseBody, RawIOBase):
    """The body of a download, read from the network as it is consumed.

    A binary file object (``read``, ``readinto``, ``readall``; closing it, or leaving
    its ``with`` block, gives the connection back) that also speaks the parts of
    ``requests.Response`` that code written for the official client uses on its
    streams: ``iter_content(chunk_size)``, ``raw``, ``headers``, ``status_code``, and, on
    the sync stream, ``content``, ``text`` and ``json()`` (the rest of the body, read once).
    Iterating over it yields chunks of bytes as they arrive, not lines.
    """

    def __init__(self, response: httpx.Response) -> None:
        super().__init__()
        self._response = response
        self._direct = _DirectBody.of(response)
        self._source: Iterator[bytes] | None = None
        # Bytes received but not handed out yet.
        self._pending = memoryview(b"")

    # -- requests.Response-like surface ---------------------------------------------------

    @property
    def headers(self) -> httpx.Headers:
        """The answer's headers."""
        return self._response.headers

    @property
    def status_code(self) -> int:
        """The answer's HTTP status."""
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
        if self._direct is not None and not self._pending:
            # Each chunk read into its own bytes object, straight from the connection. The error
            # translation wraps the loop, not each chunk: it would cost a context manager per chunk.
            request = self._response.request
            read = self._direct.read
            with translate_transport_errors(request.method, request.url):
                while chunk := read(chunk_size, exact=True):
                    yield chunk
            return
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
        """Always true: a download is read."""
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
        """The rest of the body, read to its end."""
        return b"".join([chunk for chunk in self._chunks()])

    def readinto(self, buffer: Any) -> int:
        """Read into ``buffer`` as much as it holds or the body has left; the number of bytes read."""
        self._check_open()
        target = memoryview(buffer).cast("B")
        if not self._pending and self._direct is not None:
            # Straight into the caller's buffer: no intermediate copy.
            request = self._response.request
            with translate_transport_errors(request.method, request.url):
                return self._direct.read_into(target)
        if not self._pending:
            self._pending = memoryview(self._next_chunk())
        count = min(len(target), len(self._pending))
        target[:count] = self._pending[:count]
        self._pending = self._pending[count:]
        return count

    def close(self) -> None:
        """Close the download and release its connection."""
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
        if self._direct is not None:
            request = self._response.request
            with translate_transport_errors(request.method, request.url):
                return self._direct.read(_DIRECT_READ_SIZE, exact=True)
        if self._source is None:
            self._source = self._response.iter_bytes()
        request = self._response.request
        with translate_transport_errors(request.method, request.url):
            for chunk in self._source:
                if chunk:
                    return chunk
        return b""
