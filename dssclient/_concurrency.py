"""The few primitives whose sync and async forms differ, named so that the sync code derived
from the async code (scripts/unasync.py turns ``async_sleep`` into ``sleep``) finds its own."""

from __future__ import annotations

import io
import threading
import time
from typing import Any, Self

IMPORT_LOCK = threading.RLock()
"""Held while dssclient imports its own modules lazily: first uses from several threads at once
must not interleave module initialisations, which Python's import locks can deadlock on."""

sleep = time.sleep


async def async_sleep(seconds: float) -> None:
    import anyio  # httpx's own dependency; imported here so that the sync code never loads it

    await anyio.sleep(seconds)


RawIOBase = io.RawIOBase


class AsyncRawIOBase:
    """The async counterpart of ``io.RawIOBase`` for dssclient's streams: closing, and ``async with``."""

    _closed = False

    @property
    def closed(self) -> bool:
        return self._closed

    def readable(self) -> bool:
        return True

    async def aclose(self) -> None:
        self._closed = True

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


class BodyReader:
    """Reads a body straight from a connection's socket, as ``http.client`` does: each read lands
    in its final bytes object (one copy), with the socket's timeout set once for the body.

    For plain and TLS sockets; a connection tunnelled in TLS over TLS reads through its stream.
    """

    def __init__(self, stream: Any, timeout: float | None, *, direct: bool) -> None:
        self._stream = stream
        self._timeout = timeout
        sock = stream.get_extra_info("socket") if direct else None
        self._reader: io.BufferedReader | None = None
        if sock is not None:
            _bound_reads(sock, timeout)
            self._reader = io.BufferedReader(_SocketReads(sock), 8192)

    def read(self, size: int, *, exact: bool) -> bytes:
        """Up to ``size`` bytes; exactly ``size`` when ``exact``, unless the connection ends first."""
        if self._reader is None:
            data: bytes = self._stream.read(size, self._timeout)
            while exact and data and len(data) < size:
                more: bytes = self._stream.read(size - len(data), self._timeout)
                if not more:
                    break
                data += more
            return data
        # Plain try/except rather than a context manager: this runs once per chunk of a download.
        try:
            return self._reader.read(size) if exact else self._reader.read1(size)
        except OSError as error:
            raise _as_network_error(error) from None

    def readinto(self, buffer: memoryview) -> int:
        if self._reader is None:
            data: bytes = self._stream.read(len(buffer), self._timeout)
            buffer[: len(data)] = data
            return len(data)
        # Fill the whole buffer: a caller's buffer is large, and one call per socket receive
        # would hand it back a few kilobytes at a time.
        try:
            return self._reader.readinto(buffer)
        except OSError as error:
            raise _as_network_error(error) from None

    def close(self) -> None:
        # The connection itself closes the socket.
        if self._reader is not None:
            self._reader.close()


class _SocketReads(io.RawIOBase):
    """A socket as a raw binary file for reading. Unlike ``socket.SocketIO``, a read that times
    out under a kernel receive timeout (EAGAIN) raises instead of passing for the end of the data."""

    def __init__(self, sock: Any) -> None:
        super().__init__()
        self._sock = sock

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        return int(self._sock.recv_into(buffer))


class AsyncBodyReader:
    """The async form of ``BodyReader``, through the stream's own reads (the event loop owns the
    socket): few large receives, cut into the sizes asked for."""

    def __init__(self, stream: Any, timeout: float | None, *, direct: bool) -> None:
        self._stream = stream
        self._timeout = timeout
        # Received but not handed out yet.
        self._pending = memoryview(b"")

    async def read(self, size: int, *, exact: bool) -> bytes:
        if not self._pending:
            self._pending = memoryview(await self._stream.read(max(size, _ASYNC_RECEIVE_SIZE), self._timeout))
        if len(self._pending) >= size or not exact:
            piece = bytes(self._pending[:size])
            self._pending = self._pending[size:]
            return piece
        parts = [bytes(self._pending)]
        missing = size - len(self._pending)
        self._pending = memoryview(b"")
        while missing > 0:
            data = await self._stream.read(max(missing, _ASYNC_RECEIVE_SIZE), self._timeout)
            if not data:
                break
            parts.append(data[:missing])
            self._pending = memoryview(data)[missing:]
            missing -= len(parts[-1])
        return b"".join(parts)

    async def readinto(self, buffer: memoryview) -> int:
        if not self._pending:
            self._pending = memoryview(await self._stream.read(len(buffer), self._timeout))
        count = min(len(buffer), len(self._pending))
        buffer[:count] = self._pending[:count]
        self._pending = self._pending[count:]
        return count

    def close(self) -> None:
        self._pending = memoryview(b"")


_ASYNC_RECEIVE_SIZE = 1024 * 1024


def _bound_reads(sock: Any, timeout: float | None) -> None:
    """Bound each read of the socket by ``timeout``.

    Python's own socket timeout makes every read two system calls (poll, then recv). On Linux,
    a plain socket left blocking with a kernel receive timeout (SO_RCVTIMEO) reads in one: a
    read that times out fails with EAGAIN. The connection is not reused after a body read this
    way, so the change to the socket goes with it.
    """
    import socket
    import ssl
    import struct
    import sys

    if timeout is not None and sys.platform.startswith("linux") and not isinstance(sock, ssl.SSLSocket):
        seconds = int(timeout)
        sock.settimeout(None)
        sock.setsockopt(
            socket.SOL_SOCKET, socket.SO_RCVTIMEO, struct.pack("ll", seconds, int((timeout - seconds) * 1e6))
        )
    else:
        sock.settimeout(timeout)


def _as_network_error(error: OSError) -> Exception:
    """A socket error as httpcore's, which the rest of the pipeline knows."""
    import errno
    import socket

    import httpcore

    if isinstance(error, socket.timeout) or error.errno in (errno.EAGAIN, errno.EWOULDBLOCK):
        return httpcore.ReadTimeout("no data in time")
    return httpcore.ReadError(str(error))
