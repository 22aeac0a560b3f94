"""The deadline of the call in progress: one bound on everything a call does.

A call's ``timeout`` bounds the whole call: connecting, sending, waiting for and
reading the answer, every retry and every wait between retries. httpx's own
timeouts bound each socket operation separately, so a server that drips one byte
per read, or a ``Retry-After`` of an hour, would keep a call alive far past its
timeout. Here the deadline lives in a context variable (per thread, per asyncio
task): the network streams (``_transport``) cap each socket operation to the time
left, and the retry loop never sleeps past it.

Scopes nest: an inner scope never extends an outer one (a state read inside
``wait_for_result(timeout=1)`` gets at most what is left of that second).
"""

from __future__ import annotations

import time
from collections.abc import Generator
from contextlib import contextmanager
from contextvars import ContextVar

_deadline: ContextVar[float | None] = ContextVar("dssclient_deadline", default=None)


@contextmanager
def deadline_scope(seconds: float | None) -> Generator[None]:
    """Run the block with at most ``seconds`` left (None: keep the enclosing deadline, if any)."""
    if seconds is None:
        yield
        return
    new = time.monotonic() + seconds
    outer = _deadline.get()
    token = _deadline.set(new if outer is None or new < outer else outer)
    try:
        yield
    finally:
        _deadline.reset(token)


def time_left() -> float | None:
    """Seconds left before the current deadline (zero or less once it has passed); None without one."""
    deadline = _deadline.get()
    return None if deadline is None else deadline - time.monotonic()


def capped(timeout: float | None) -> float | None:
    """A socket operation's timeout, cut to the time left; raises ``DeadlinePassed`` when none is."""
    left = time_left()
    if left is None:
        return timeout
    if left <= 0:
        raise DeadlinePassed()
    return left if timeout is None or left < timeout else timeout


def deadline_passed() -> bool:
    left = time_left()
    return left is not None and left <= 0


class DeadlinePassed(Exception):
    """Internal: the current deadline passed before a socket operation could start."""
