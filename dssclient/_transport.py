# Derived from dssclient/aio/_transport.py by scripts/unasync.py: do not edit.
"""The HTTP stack under every call: connection pool, deadlines, retries, typed error answers.

::

    httpx.Client (auth: DSSAuth, base URL, per-request timeouts)
      response hook: raise_for_status_hook        any answer but a 2xx -> typed error
      -> RetryingTransport                    _retry's rules, within the call's deadline
         -> _AsyncPoolTransport (httpx's, on httpcore's pool)
            -> DeadlineBackend / DeadlineStream
                 every connect, read and write capped to the time left (_deadline)

Everything sits in httpx's extension points (a transport, a response hook), so it
serves the handles, the streamed downloads and the generated functions alike.
"""

from __future__ import annotations

import re
import ssl
from collections.abc import Iterable
from typing import Any

import httpcore
import httpx

from dssclient._concurrency import BodyReader, sleep
from dssclient._config import MAX_ERROR_BODY_BYTES, CallOptions, ConnectionSettings
from dssclient._deadline import DeadlinePassed, capped, deadline_scope
from dssclient._response import error_for_answer, is_success
from dssclient._retry import delay_after_error, delay_after_response
from dssclient._version import __version__

from ._body import CALL_OPTIONS_EXTENSION, read_body

# Socket reads start at httpcore's size and double while the peer fills them (a download),
# up to this: fewer, larger reads cost less per byte in h11 and httpx.
_MAX_READ_SIZE = 1024 * 1024
# h11 ends an answer's head at the first blank line, "\n" then an optional "\r" then "\n".
_BLANK_LINE = re.compile(rb"\n\r?\n")
_INFORMATIONAL_HEAD = re.compile(rb"HTTP/\d(\.\d)? 1\d\d\b")
_MAX_HEAD_SIZE = 256 * 1024


def _head_end(data: bytes) -> int | None:
    """Where the head at the start of ``data`` ends (just past its blank line), if it does."""
    match = _BLANK_LINE.search(data, 1)
    return match.end() if match else None


def _cap(timeout: float | None, error: type[Exception]) -> float | None:
    try:
        return capped(timeout)
    except DeadlinePassed:
        raise error("the call's timeout has passed") from None


class DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read and write is bounded by the deadline of the call using it.

    It also cuts the first read of each answer right after the blank line that ends its head
    (the same rule as h11's), keeping the rest for the next read. httpcore's parser then holds
    no byte of the body once it has the head, so a download can take its body straight from
    here (``receive_body_into``) instead of through the parser's buffers, which copy each byte
    four times. ``head_delimited`` says whether the current answer's head was cut so.
    """

    def __init__(self, inner: httpcore.NetworkStream, tls_layers: int = 0) -> None:
        self._inner = inner
        self._tls_layers = tls_layers
        self._read_size = 0
        self._pushback = b""
        # Looking for the end of an answer's head: from each request's write until found.
        self._scanning = False
        self._seen = b""
        self.head_delimited = False
        self._reader: BodyReader | None = None

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if self._pushback:
            data, self._pushback = self._pushback, b""
        else:
            size = max(max_bytes, self._read_size)
            data = self._inner.read(size, _cap(timeout, httpcore.ReadTimeout))
            if len(data) >= size and size < _MAX_READ_SIZE:
                self._read_size = 2 * size
            elif len(data) < size // 4:
                self._read_size = 0
        if self._scanning and data:
            data = self._cut_after_head(data)
        return data

    def _cut_after_head(self, data: bytes) -> bytes:
        seen = self._seen + data
        end = _head_end(seen)
        if end is None:
            # A head longer than any parser accepts: stop looking (h11 refuses it anyway).
            self._seen = seen if len(seen) <= _MAX_HEAD_SIZE else b""
            self._scanning = len(seen) <= _MAX_HEAD_SIZE
            return data
        cut = end - len(self._seen)
        head, rest = seen[:end], data[cut:]
        self._seen = b""
        if _INFORMATIONAL_HEAD.match(head):
            # A 1xx answer: the real one follows; keep looking in what came after it.
            if rest:
                self._pushback = rest
            return data[:cut]
        self._scanning = False
        self._pushback = rest
        self.head_delimited = True
        return data[:cut]

    def read_body(self, size: int, timeout: float | None, *, exact: bool) -> bytes:
        """Up to ``size`` bytes of the body (exactly ``size`` when ``exact``, unless it ends first), past the parser."""
        taken = b""
        if self._pushback:
            taken, self._pushback = self._pushback[:size], self._pushback[size:]
            if len(taken) == size or not exact:
                return taken
            size -= len(taken)
        data = self._body_reader(timeout).read(size, exact=exact)
        return taken + data if taken else data

    def read_body_into(self, buffer: memoryview, timeout: float | None) -> int:
        """Body bytes into ``buffer`` (0 at the end of the connection), past the parser."""
        if self._pushback:
            count = min(len(buffer), len(self._pushback))
            buffer[:count] = self._pushback[:count]
            self._pushback = self._pushback[count:]
            return count
        return self._body_reader(timeout).readinto(buffer)

    def _body_reader(self, timeout: float | None) -> BodyReader:
        if self._reader is None:
            self._reader = BodyReader(self._inner, timeout, direct=self._tls_layers <= 1)
        return self._reader

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _cap(timeout, httpcore.WriteTimeout))
        # A request went out: its answer's head comes next.
        self._scanning, self._seen, self.head_delimited = True, b"", False

    def close(self) -> None:
        if self._reader is not None:
            self._reader.close()
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, _cap(timeout, httpcore.ConnectTimeout))
        return DeadlineStream(inner, self._tls_layers + 1)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's network backend, handing out DeadlineStreams."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(
            host, port, _cap(timeout, httpcore.ConnectTimeout), local_address, socket_options
        )
        return DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_unix_socket(path, _cap(timeout, httpcore.ConnectTimeout), socket_options)
        return DeadlineStream(stream)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


class _AsyncPoolTransport(httpx.HTTPTransport):
    """httpx's own transport, on a connection pool whose sockets honour the call's deadline."""

    def __init__(self, ssl_context: ssl.SSLContext, limits: httpx.Limits) -> None:
        super().__init__(verify=ssl_context, limits=limits)
        # httpx offers no way to choose the pool's network backend; a pool opens nothing when
        # built, so replacing the one httpx made costs nothing.
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context,
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            # The async variant's ignore: httpcore defines a stand-in AnyIOBackend when anyio is
            # missing (never here: httpx requires anyio), and pyright types the name by that
            # stand-in, not by the real backend. The sync line, derived, carries it unneeded.
            network_backend=DeadlineBackend(httpcore.SyncBackend()),  # pyright: ignore[reportArgumentType]
        )


class RetryingTransport(httpx.BaseTransport):
    """Sends a request again when ``_retry``'s rules allow it, within the call's deadline.

    A request carries its client's ``CallOptions`` (clients made by ``with_options`` share
    this transport); one without them (the generated layer's) gets the root client's.
    """

    def __init__(self, inner: httpx.BaseTransport, options: CallOptions) -> None:
        self._inner = inner
        self._options = options

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        options: CallOptions = request.extensions.get(CALL_OPTIONS_EXTENSION, self._options)
        policy = options.retry
        retry_number = 0
        # Attempts and the waits between them stay within the deadline (nested in the caller's own scope).
        with deadline_scope(options.deadline):
            while True:
                try:
                    response = self._inner.handle_request(request)
                except httpx.TransportError as error:
                    delay = delay_after_error(policy, request, error, retry_number)
                    if delay is None:
                        raise
                else:
                    delay = delay_after_response(policy, request, response, retry_number)
                    if delay is None:
                        return response
                    response.close()
                sleep(delay)
                retry_number += 1

    def close(self) -> None:
        self._inner.close()


def raise_for_status_hook(response: httpx.Response) -> None:
    """Response hook: anything but a 2xx answer becomes a typed error (error bodies read up to a bound)."""
    if is_success(response.status_code):
        return
    body = read_body(response, MAX_ERROR_BODY_BYTES, truncate=True)
    raise error_for_answer(response, body)


def build_async_http_client(
    settings: ConnectionSettings, options: CallOptions, transport: httpx.BaseTransport | None = None
) -> httpx.Client:
    """The one httpx client a DSS client (and every client ``with_options`` derives from it) uses.

    ``transport`` replaces the network (tests); retries, deadlines and typed errors still apply.
    """
    inner = transport or _AsyncPoolTransport(settings.ssl_context(), settings.limits)
    return httpx.Client(
        base_url=settings.base_url,
        auth=settings.auth,
        headers={"User-Agent": f"dssclient/{__version__} httpx/{httpx.__version__}", **settings.headers},
        timeout=options.timeout,
        follow_redirects=False,
        transport=RetryingTransport(inner, options),
        event_hooks={"response": [raise_for_status_hook]},
    )
