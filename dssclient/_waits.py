"""Types of the waits on jobs and scenario runs, in their two forms (a read of the state, plain or awaited)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

S = TypeVar("S")

# What reads the state of the thing waited for: a call, or (async variant) a coroutine function.
Reader = Callable[[], S]
AsyncReader = Callable[[], Awaitable[S]]
