"""The HTTP layer: a threaded HTTP/1.1 server with keep-alive that hands requests to the pipeline.

It only frames requests and answers (bodies by Content-Length or chunked,
Content-Length on every answer but 204, streamed binary answers); every API
decision is the pipeline's.
"""

from __future__ import annotations

import io
import logging
import selectors
import socket
import socketserver
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .errors import ILLEGAL_ARGUMENT, METHOD_NOT_SUPPORTED, DSSError
from .pipeline import Answer, IncomingRequest, Pipeline

logger = logging.getLogger("dssclient.emulator.http")

# Idle keep-alive connections are closed after this many seconds.
IDLE_TIMEOUT_SECONDS = 120
_MAX_LINE = 65536
_COPY_SIZE = 256 * 1024
# Largest body of a refused request (401, 403, 404, ...) read and dropped to keep its connection
# open; past it, the body stays unread and the connection is closed after the answer.
_SKIPPABLE_BODY = 64 * 1024


class _FramingError(Exception):
    """A request whose body cannot be read: answered, then the connection is closed (it is out of sync)."""

    def __init__(self, error: DSSError) -> None:
        super().__init__(error.message)
        self.error = error


def _too_large(limit: int, what: str) -> DSSError:
    return DSSError(
        413, ILLEGAL_ARGUMENT, f"Request body larger than {limit} bytes (the {what} limit of this instance)"
    )


class RequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "DSSEmulator"
    sys_version = ""
    timeout = IDLE_TIMEOUT_SECONDS
    # Small answers go out as header and body writes; without TCP_NODELAY, Nagle's algorithm
    # and delayed ACKs would stall each keep-alive exchange by tens of milliseconds.
    disable_nagle_algorithm = True
    # socketserver types the server as any BaseServer; this handler is only built by an
    # EmulatorHTTPServer, which is what the narrower declaration says (a checker cannot see it).
    server: EmulatorHTTPServer  # pyright: ignore[reportIncompatibleVariableOverride]
    # Whether the request being handled asked for "Expect: 100-continue".
    _expects_continue = False

    def handle_expect_100(self) -> bool:
        # http.server would send 100 (Continue) as soon as the head is parsed; it goes out only
        # once the request is admitted (_handle), so that a refused client never sends its body.
        self._expects_continue = True
        return True

    def _handle(self) -> None:
        pipeline = self.server.pipeline
        expects_continue, self._expects_continue = self._expects_continue, False
        # Authentication, routing and the administrator check come first, on the head alone:
        # a refused request's body is never read into memory or spooled to disk.
        admitted = pipeline.admit(IncomingRequest(self.command, self.path, self.headers))
        if isinstance(admitted, Answer):
            self._refuse_unread(admitted, expects_continue)
            return
        if expects_continue:
            self.send_response_only(100)
            self.end_headers()
        # Bounded per operation: an upload by the upload limit, anything else by the JSON one.
        if admitted.takes_folder_upload:
            limit, what = pipeline.config.max_folder_upload_bytes, "managed folder upload"
        elif admitted.takes_upload:
            limit, what = self.server.max_upload_bytes, "upload"
        else:
            limit, what = self.server.max_body_bytes, "request body"
        upload: Any = None
        try:
            if (self.headers.get("Content-Type") or "").lower().startswith("multipart/"):
                # An upload goes to disk as it arrives (it may be far larger than any JSON body).
                upload = tempfile.SpooledTemporaryFile(
                    max_size=1024 * 1024, mode="w+b", dir=str(pipeline.services.workdir), prefix="request-"
                )
                self._read_body_into(upload, limit, what)
                upload.seek(0)
                body = b""
            else:
                body = self._read_body(limit, what)
        except _FramingError as failure:
            # The rest of the body is not read: the connection is closed after the answer.
            self.close_connection = True
            head = IncomingRequest(self.command, self.path, self.headers)
            self._write(pipeline.refuse(head, admitted, failure.error))
            if upload is not None:
                upload.close()
            return
        except BaseException:
            if upload is not None:
                upload.close()
            raise
        try:
            answer = pipeline.handle(IncomingRequest(self.command, self.path, self.headers, body, upload), admitted)
        finally:
            if upload is not None:
                upload.close()
        if self.server.latency_seconds:
            time.sleep(self.server.latency_seconds)
        self._write(answer)

    def _refuse_unread(self, answer: Answer, expects_continue: bool) -> None:
        """Answer a request refused on its head. A small body is skipped (read and dropped, never
        kept) so that the connection stays usable; a larger or chunked one, or one the client
        holds back until a 100 (Continue) that never comes, is left unread and the connection
        closed after the answer."""
        chunked = "chunked" in (self.headers.get("Transfer-Encoding") or "").lower()
        try:
            length = int(self.headers.get("Content-Length") or "0")
        except ValueError:
            length = -1
        if chunked or not 0 <= length <= _SKIPPABLE_BODY or (expects_continue and length):
            self.close_connection = True
        elif length:
            data = self.rfile.read(length)
            if len(data) < length:
                self.close_connection = True
        if self.server.latency_seconds:  # every answer is delayed, refusals too
            time.sleep(self.server.latency_seconds)
        self._write(answer)

    # Every method reaches the pipeline, which answers 405 (with Allow) for those the spec lacks.
    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = do_OPTIONS = _handle

    def __getattr__(self, name: str) -> Any:
        # BaseHTTPRequestHandler answers 501 to a method without a do_ handler; any other
        # method name (TRACE, a made-up one) reaches the pipeline like the others.
        if name.startswith("do_") and name[3:].isalpha():
            return self._handle
        raise AttributeError(name)

    def _read_body(self, limit: int, what: str) -> bytes:
        sink = io.BytesIO()
        self._read_body_into(sink, limit, what)
        return sink.getvalue()

    def _read_body_into(self, sink: Any, limit: int, what: str) -> None:
        """Copy the request body into ``sink`` (by Content-Length, or chunked), at most ``limit``
        bytes: past it, 413 (a declared length past it is refused before a byte is read)."""
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            self._read_chunked_into(sink, limit, what)
            return
        text = self.headers.get("Content-Length")
        if text is None:
            return
        try:
            length = int(text)
        except ValueError:
            length = -1
        if length < 0:
            raise _FramingError(DSSError(400, ILLEGAL_ARGUMENT, "Invalid Content-Length"))
        if length > limit:
            raise _FramingError(_too_large(limit, what))
        self._copy(sink, length)

    def _read_chunked_into(self, sink: Any, limit: int, what: str) -> None:
        total = 0
        while True:
            line = self.rfile.readline(_MAX_LINE)
            try:
                size = int(line.split(b";", 1)[0].strip(), 16)
            except ValueError:
                raise _FramingError(DSSError(400, ILLEGAL_ARGUMENT, "Invalid chunked request body")) from None
            if size == 0:
                # Skip the trailers, up to the empty line.
                while self.rfile.readline(_MAX_LINE) not in (b"\r\n", b"\n", b""):
                    pass
                return
            total += size
            if total > limit:
                raise _FramingError(_too_large(limit, what))
            self._copy(sink, size)
            self.rfile.readline(_MAX_LINE)

    def _copy(self, sink: Any, count: int) -> None:
        """Copy exactly ``count`` bytes of the request into ``sink``, a bounded piece at a time."""
        while count > 0:
            data = self.rfile.read(min(count, _COPY_SIZE))
            if not data:
                raise _FramingError(DSSError(400, ILLEGAL_ARGUMENT, "The request body ended early"))
            sink.write(data)
            count -= len(data)

    def _write(self, answer: Answer) -> None:
        self.send_response(answer.status)
        for name, value in answer.headers:
            self.send_header(name, value)
        # A 204 carries neither a body nor a Content-Length (RFC 9110, section 8.6).
        chunked = answer.length is None and answer.status != 204
        if chunked:
            self.send_header("Transfer-Encoding", "chunked")
        elif answer.status != 204:
            self.send_header("Content-Length", str(answer.length))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command == "HEAD" or answer.status == 204:
            return
        try:
            if answer.stream is None:
                self.wfile.write(answer.body)
            elif chunked:
                for chunk in answer.stream.chunks():
                    if len(chunk):
                        self.wfile.write(b"%x\r\n" % len(chunk))
                        self.wfile.write(chunk)
                        self.wfile.write(b"\r\n")
                self.wfile.write(b"0\r\n\r\n")
            else:
                for chunk in answer.stream.chunks():
                    self.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            # The client went away mid-answer; the connection cannot be reused.
            self.close_connection = True

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """The HTTP layer's own refusals (URI too long, too many headers, unknown method, bad
        request line) as DSS-style JSON errors, like every other answer."""
        self.close_connection = True
        # A request line that could not be parsed leaves the handler in HTTP/0.9 mode, which
        # writes neither status line nor headers: answer in HTTP/1.1 all the same.
        self.request_version = self.protocol_version
        reason = message or self.responses.get(code, ("Error",))[0]
        error_type = METHOD_NOT_SUPPORTED if code == 501 else ILLEGAL_ARGUMENT
        self._write(self.server.pipeline.error_answer(DSSError(code, error_type, reason, explain)))

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002  (the base class's name)
        # The request line holds method, path and query, where secrets can be (an API key's
        # secret in /admin/globalAPIKeys/{apiKey}): it is logged redacted.
        message = format % args
        target = getattr(self, "path", None)
        if isinstance(target, str) and target and target in message:
            message = message.replace(target, self.server.pipeline.redactor.target(target))
        logger.debug("%s %s", self.address_string(), message)


class EmulatorHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver listens with a backlog of 5: a burst of connections (a client fanning out)
    # would wait for SYN retransmissions, seconds each, or be refused.
    request_queue_size = 1024

    def __init__(
        self,
        address: tuple[str, int],
        pipeline: Pipeline,
        max_body_bytes: int,
        latency_seconds: float = 0.0,
        max_upload_bytes: int = 2**30,
    ) -> None:
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        self.pipeline = pipeline
        self.max_body_bytes = max_body_bytes
        self.max_upload_bytes = max_upload_bytes
        self.latency_seconds = latency_seconds
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        # serve_forever only notices a shutdown at its next poll; writing to this pair wakes the loop at once.
        self._wake_reader, self._wake_writer = socket.socketpair()
        self._stopping = threading.Event()
        super().__init__(address, RequestHandler)

    def serve_until_stopped(self) -> None:
        """Accept connections until ``stop_serving`` is called."""
        with selectors.DefaultSelector() as selector:
            selector.register(self, selectors.EVENT_READ)
            selector.register(self._wake_reader, selectors.EVENT_READ)
            while not self._stopping.is_set():
                for key, _ in selector.select():
                    if key.fileobj is self and not self._stopping.is_set():
                        self._accept_one()

    def _accept_one(self) -> None:
        try:
            request, client_address = self.get_request()
        except OSError:  # the client left before being accepted
            return
        try:
            self.process_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
            self.shutdown_request(request)

    def stop_serving(self) -> None:
        self._stopping.set()
        self._wake_writer.send(b"\0")

    def server_close(self) -> None:
        super().server_close()
        self._wake_reader.close()
        self._wake_writer.close()

    def server_bind(self) -> None:
        # HTTPServer.server_bind resolves the host's FQDN, which can take seconds; nothing here needs it.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = str(self.server_address[0]), int(self.server_address[1])

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._connections_lock:
                self._connections.discard(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        # socketserver prints tracebacks to stderr; a client that resets or a stop that
        # shuts connections down is routine, anything else goes to the log.
        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, TimeoutError)) or self._stopping.is_set():
            logger.debug("connection from %s ended: %r", client_address, error)
        else:
            logger.exception("failure serving a connection from %s", client_address)

    def close_connections(self) -> None:
        """Shut down every open connection, so that idle keep-alive threads end now."""
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
