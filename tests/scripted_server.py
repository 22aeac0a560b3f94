"""A scripted HTTP/1.1 server on 127.0.0.1, byte for byte: what a broken network or proxy does.

Each request is read whole (head, and body by Content-Length), handed to a script, and
answered exactly as the script says: the bytes it gives, cut in the pieces it gives, with
pauses between them, then the connection kept or closed. Tests use it to see what the
client does with answers no well-behaved server gives (a drip, a reset, a truncated body,
a redirection, an HTML page) and to count what the client sent.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field


@dataclass
class Received:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Reply:
    """What to send: ``pieces`` written one after another, ``pause`` seconds apart."""

    pieces: Sequence[bytes]
    pause: float = 0.0
    # Close the connection after the reply (or before it, when pieces is empty: a reset).
    close: bool = False
    # Abort with a TCP reset (SO_LINGER 0) instead of a clean close.
    reset: bool = False
    # Seconds to wait before the first byte.
    delay: float = 0.0


Script = Callable[[Received], Reply]


def answer(
    status: int = 200,
    body: bytes | str | object = b"",
    *,
    reason: str = "OK",
    headers: Sequence[tuple[str, str]] = (),
    content_type: str | None = None,
    length: int | None = None,
) -> bytes:
    """The bytes of an HTTP/1.1 answer; a non-bytes body is sent as JSON."""
    if isinstance(body, str):
        data = body.encode()
    elif isinstance(body, bytes):
        data = body
    else:
        data = json.dumps(body).encode()
        content_type = content_type or "application/json"
    lines = [f"HTTP/1.1 {status} {reason}"]
    if content_type:
        lines.append(f"Content-Type: {content_type}")
    lines += [f"{name}: {value}" for name, value in headers]
    if not any(name.lower() in ("content-length", "transfer-encoding") for name, _ in headers):
        lines.append(f"Content-Length: {len(data) if length is None else length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + data


def pieces(data: bytes, size: int) -> list[bytes]:
    return [data[start : start + size] for start in range(0, len(data), size)] or [b""]


@dataclass
class ScriptedServer:
    script: Script
    received: list[Received] = field(default_factory=list)
    connections: int = 0

    def __post_init__(self) -> None:
        self._socket = socket.socket()
        self._socket.bind(("127.0.0.1", 0))
        self._socket.listen(64)
        self._stop = threading.Event()
        self._threads: list[threading.Thread] = []
        self._open: list[socket.socket] = []
        self._lock = threading.Lock()
        acceptor = threading.Thread(target=self._accept, daemon=True)
        acceptor.start()
        self._threads.append(acceptor)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._socket.getsockname()[1]}"

    def count(self, method: str | None = None) -> int:
        with self._lock:
            return sum(1 for r in self.received if method is None or r.method == method)

    def _accept(self) -> None:
        self._socket.settimeout(0.05)
        while not self._stop.is_set():
            try:
                connection, _ = self._socket.accept()
            except OSError:
                continue
            with self._lock:
                self.connections += 1
                self._open.append(connection)
            thread = threading.Thread(target=self._serve, args=(connection,), daemon=True)
            thread.start()
            self._threads.append(thread)

    def _serve(self, connection: socket.socket) -> None:
        connection.settimeout(30)
        buffer = b""
        try:
            while not self._stop.is_set():
                while b"\r\n\r\n" not in buffer:
                    data = connection.recv(65536)
                    if not data:
                        return
                    buffer += data
                head, _, buffer = buffer.partition(b"\r\n\r\n")
                request_line, *header_lines = head.decode("latin-1").split("\r\n")
                method, target, _ = request_line.split(" ", 2)
                headers = {}
                for line in header_lines:
                    name, _, value = line.partition(":")
                    headers[name.strip().lower()] = value.strip()
                length = int(headers.get("content-length", "0"))
                while len(buffer) < length:
                    data = connection.recv(65536)
                    if not data:
                        return
                    buffer += data
                body, buffer = buffer[:length], buffer[length:]
                request = Received(method, target, headers, body)
                with self._lock:
                    self.received.append(request)
                reply = self.script(request)
                # Waits end at once when the server stops, so that a test never waits them out.
                if reply.delay and self._stop.wait(reply.delay):
                    return
                for index, piece in enumerate(reply.pieces):
                    if index and reply.pause and self._stop.wait(reply.pause):
                        return
                    if piece:
                        connection.sendall(piece)
                if reply.reset:
                    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
                    return
                if reply.close:
                    return
        except OSError:
            return
        finally:
            connection.close()

    def stop(self) -> None:
        self._stop.set()
        with self._lock:
            for connection in self._open:
                try:
                    connection.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
        self._socket.close()
        for thread in self._threads:
            thread.join(timeout=5)


@contextmanager
def scripted_server(script: Script) -> Iterator[ScriptedServer]:
    server = ScriptedServer(script)
    try:
        yield server
    finally:
        server.stop()
