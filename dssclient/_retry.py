"""Retries with backoff, as an httpx transport wrapped around the real one.

Living at the transport level, one policy serves every request: the handle
layer's, the streamed downloads', and the generated functions' when they run
on the client's ``generated_client``, sync and async alike.

What is retried, and why:

* a request that never left (connection refused, connect timeout), whatever
  its method: DSS cannot have acted on it;
* an idempotent request (GET, HEAD, OPTIONS, PUT, DELETE) whose connection
  broke before an answer arrived, typically a keep-alive connection the server
  had closed;
* an idempotent request answered 429, 502, 503 or 504 (honouring
  ``Retry-After``).

A POST that may have reached DSS is never replayed: it may have created
something or started a long task. Read timeouts are not retried either: DSS
was working on the request, and trying again would multiply the wait.
"""

from __future__ import annotations

import email.utils
import logging
import random
import time
from dataclasses import dataclass

import httpx

from ._translate import safe_url

logger = logging.getLogger("dssclient")

_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# Failures that prove nothing was sent.
_NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout)
# Failures after which an idempotent request can safely be sent again.
_CONNECTION_BROKEN_ERRORS = (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """When and how long to wait before sending a request again.

    The n-th retry waits a random time between half and all of
    ``min(backoff_max, backoff_initial * 2**n)`` seconds (jitter keeps many
    clients from retrying in step), or what ``Retry-After`` asks, capped at
    ``retry_after_max``.
    """

    max_retries: int = 2
    backoff_initial: float = 0.5
    backoff_max: float = 8.0
    retry_after_max: float = 60.0
    retry_statuses: frozenset[int] = frozenset({429, 502, 503, 504})

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")

    def should_retry_status(self, method: str, status_code: int) -> bool:
        return method in _IDEMPOTENT_METHODS and status_code in self.retry_statuses

    def should_retry_error(self, method: str, error: httpx.TransportError) -> bool:
        if isinstance(error, _NOT_SENT_ERRORS):
            return True
        return method in _IDEMPOTENT_METHODS and isinstance(error, _CONNECTION_BROKEN_ERRORS)

    def delay(self, retry_number: int, retry_after: float | None = None) -> float:
        if retry_after is not None:
            return max(0.0, min(retry_after, self.retry_after_max))
        ceiling = min(self.backoff_max, self.backoff_initial * (2.0**retry_number))
        return ceiling * (0.5 + random.random() / 2)


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date)."""
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return float(when.timestamp() - time.time())


def _replayable(request: httpx.Request) -> bool:
    # A body given as bytes (every JSON body) can be sent again; a streamed upload cannot.
    return isinstance(request.stream, httpx.ByteStream)


# The two decisions below are shared by the sync and async transports: each
# returns how long to wait before the next attempt, or None to stop retrying.


def _delay_after_error(
    policy: RetryPolicy, request: httpx.Request, error: httpx.TransportError, retry_number: int
) -> float | None:
    if retry_number >= policy.max_retries or not _replayable(request):
        return None
    if not policy.should_retry_error(request.method, error):
        return None
    delay = policy.delay(retry_number)
    _log_retry(request, type(error).__name__, delay, retry_number, policy)
    return delay


def _delay_after_response(
    policy: RetryPolicy, request: httpx.Request, response: httpx.Response, retry_number: int
) -> float | None:
    if retry_number >= policy.max_retries or not _replayable(request):
        return None
    if not policy.should_retry_status(request.method, response.status_code):
        return None
    delay = policy.delay(retry_number, parse_retry_after(response.headers.get("Retry-After")))
    _log_retry(request, f"HTTP {response.status_code}", delay, retry_number, policy)
    return delay


def _log_retry(request: httpx.Request, reason: str, delay: float, retry_number: int, policy: RetryPolicy) -> None:
    logger.info(
        "retrying %s %s in %.2f s after %s (retry %d of %d)",
        request.method,
        safe_url(request.url),
        delay,
        reason,
        retry_number + 1,
        policy.max_retries,
    )


class RetryingTransport(httpx.BaseTransport):
    def __init__(self, inner: httpx.BaseTransport, policy: RetryPolicy) -> None:
        self._inner = inner
        self._policy = policy

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        retry_number = 0
        while True:
            try:
                response = self._inner.handle_request(request)
            except httpx.TransportError as error:
                delay = _delay_after_error(self._policy, request, error, retry_number)
                if delay is None:
                    raise
            else:
                delay = _delay_after_response(self._policy, request, response, retry_number)
                if delay is None:
                    return response
                response.close()
            time.sleep(delay)
            retry_number += 1

    def close(self) -> None:
        self._inner.close()


class AsyncRetryingTransport(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport, policy: RetryPolicy) -> None:
        self._inner = inner
        self._policy = policy

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        import anyio  # httpx's own dependency; imported here so the sync path never pays for it

        retry_number = 0
        while True:
            try:
                response = await self._inner.handle_async_request(request)
            except httpx.TransportError as error:
                delay = _delay_after_error(self._policy, request, error, retry_number)
                if delay is None:
                    raise
            else:
                delay = _delay_after_response(self._policy, request, response, retry_number)
                if delay is None:
                    return response
                await response.aclose()
            await anyio.sleep(delay)
            retry_number += 1

    async def aclose(self) -> None:
        await self._inner.aclose()
