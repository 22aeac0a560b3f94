"""When a request is sent again, and how long to wait first.

The retrying transports (``_transport``) apply these rules to every request: the
handle layer's, the streamed downloads', and the generated functions' when they
run on a client's ``generated_client``, sync and async alike.

What is retried, and why:

* a request that never left (connection refused, connect timeout), whatever its
  method: DSS cannot have acted on it;
* an idempotent request (GET, HEAD, OPTIONS, PUT, DELETE) whose connection broke
  before an answer arrived, typically a keep-alive connection the server had closed;
* an idempotent request answered 429, 502, 503 or 504 (honouring ``Retry-After``).

A POST that may have reached DSS is never replayed: it may have created
something or started a long task. Read timeouts are not retried either: DSS was
working on the request, and trying again would multiply the wait. No retry
waits past the call's deadline: when the wait (or a ``Retry-After``) would
overrun it, the failure is reported at once.
"""

from __future__ import annotations

import email.utils
import logging
import math
import random
import time
from dataclasses import dataclass

import httpx

from ._deadline import time_left
from ._translate import safe_url

logger = logging.getLogger("dssclient")

_IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# Failures that prove nothing was sent.
_NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout)
# Failures after which an idempotent request can safely be sent again.
_CONNECTION_BROKEN_ERRORS = (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)

RETRY_POLICY_EXTENSION = "dssclient.retry_policy"
"""Key of ``httpx.Request.extensions`` under which a request carries its own policy."""


def _is_count(value: object) -> bool:
    # Typed int, but checked as anything: scripts without a type checker pass strings or bools.
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """When and how long to wait before sending a request again.

    The n-th retry waits a random time between half and all of
    ``min(backoff_max, backoff_initial * 2**n)`` seconds (jitter keeps many
    clients from retrying in step), or what ``Retry-After`` asks when that is
    at most ``retry_after_max``; a longer ``Retry-After`` is not waited for.
    """

    max_retries: int = 2
    backoff_initial: float = 0.5
    backoff_max: float = 8.0
    retry_after_max: float = 60.0
    retry_statuses: frozenset[int] = frozenset({429, 502, 503, 504})

    def __post_init__(self) -> None:
        if not _is_count(self.max_retries):
            raise ValueError(f"max_retries must be a whole number >= 0, not {self.max_retries!r}")
        for name in ("backoff_initial", "backoff_max", "retry_after_max"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
                raise ValueError(f"{name} must be a finite number of seconds >= 0, not {value!r}")

    def should_retry_status(self, method: str, status_code: int) -> bool:
        """Whether a request of ``method`` answered ``status_code`` is sent again (idempotent methods only)."""
        return method in _IDEMPOTENT_METHODS and status_code in self.retry_statuses

    def should_retry_error(self, method: str, error: httpx.TransportError) -> bool:
        """Whether a request of ``method`` that failed with ``error`` is sent again: never sent, or idempotent on a
        broken connection.
        """
        if isinstance(error, _NOT_SENT_ERRORS):
            return True
        return method in _IDEMPOTENT_METHODS and isinstance(error, _CONNECTION_BROKEN_ERRORS)

    def delay(self, retry_number: int, retry_after: float | None = None) -> float | None:
        """Seconds to wait before the retry, or None when the server asks for too long a wait."""
        if retry_after is not None:
            return max(0.0, retry_after) if retry_after <= self.retry_after_max else None
        ceiling = min(self.backoff_max, self.backoff_initial * (2.0**retry_number))
        return ceiling * (0.5 + random.random() / 2)


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or HTTP date)."""
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        seconds = when.timestamp() - time.time()
    return seconds if math.isfinite(seconds) else None


def _replayable(request: httpx.Request) -> bool:
    # A body given as bytes (every JSON body) can be sent again; a streamed upload cannot.
    return isinstance(request.stream, httpx.ByteStream)


def delay_after_error(
    policy: RetryPolicy, request: httpx.Request, error: httpx.TransportError, retry_number: int
) -> float | None:
    """Seconds to wait before sending the request again after a network failure, or None to give up."""
    if retry_number >= policy.max_retries or not _replayable(request):
        return None
    if not policy.should_retry_error(request.method, error):
        return None
    return _within_deadline(request, type(error).__name__, policy.delay(retry_number), retry_number, policy)


def delay_after_response(
    policy: RetryPolicy, request: httpx.Request, response: httpx.Response, retry_number: int
) -> float | None:
    """Seconds to wait before sending the request again after this answer, or None to keep the answer."""
    if retry_number >= policy.max_retries or not _replayable(request):
        return None
    if not policy.should_retry_status(request.method, response.status_code):
        return None
    delay = policy.delay(retry_number, parse_retry_after(response.headers.get("Retry-After")))
    return _within_deadline(request, f"HTTP {response.status_code}", delay, retry_number, policy)


def _within_deadline(
    request: httpx.Request, reason: str, delay: float | None, retry_number: int, policy: RetryPolicy
) -> float | None:
    left = time_left()
    # A retry needs time for the wait and for the request itself: keep a margin.
    if delay is None or (left is not None and delay >= left * 0.9):
        logger.info(
            "not retrying %s %s after %s: the wait would overrun the call's timeout",
            request.method,
            safe_url(request.url),
            reason,
        )
        return None
    logger.info(
        "retrying %s %s in %.2f s after %s (retry %d of %d)",
        request.method,
        safe_url(request.url),
        delay,
        reason,
        retry_number + 1,
        policy.max_retries,
    )
    return delay
