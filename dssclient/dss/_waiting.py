# Derived from dssclient/aio/dss/_waiting.py by scripts/unasync.py: do not edit.
"""Waiting for jobs and scenario runs: poll on a schedule, within a bound, showing progress if asked."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from dssclient._concurrency import sleep
from dssclient._deadline import deadline_passed, deadline_scope
from dssclient._polling import PollingSchedule, check_wait_timeout, finish_progress, resolve_progress
from dssclient._waits import Reader, S
from dssclient.errors import DSSTimeoutError, WaitTimeoutError


def wait_until(
    read: Reader[S],
    done: Callable[[S], bool],
    *,
    what: str,
    polling: PollingSchedule,
    timeout: float | None = None,
    progress_callback: Callable[[S], None] | None = None,
    progress: bool = False,
    progress_state: Callable[[S], dict[str, Any]] | None = None,
) -> S:
    """Read the state at once, then on ``polling``'s schedule until ``done``; the last state read.

    :param timeout: seconds at most, reads included; past it, ``WaitTimeoutError``. None waits
        as long as it takes (the polled object ends on its own: a job, a run).
    :param progress_callback: called with each state read.
    :param progress: show progress instead, ``progress_state`` turning a state into the
        ``{"jobDisplayName", "progress"}`` the display shows.
    """
    seconds = check_wait_timeout(timeout)
    if progress and progress_callback is not None:
        raise ValueError("pass progress=True or a progress_callback, not both")
    display = resolve_progress(None, progress)
    callback: Callable[[S], None] | None = progress_callback
    if display is not None:
        shown = progress_state if progress_state is not None else _no_progress
        callback = lambda state: display(shown(state))  # noqa: E731
    deadline = None if seconds is None else time.monotonic() + seconds
    delays = polling.delays()
    last: S | None = None
    try:
        with deadline_scope(seconds):
            try:
                state = read()
                while True:
                    last = state
                    if callback is not None:
                        callback(state)
                    if done(state):
                        return state
                    delay = next(delays)
                    if deadline is not None:
                        remaining = deadline - time.monotonic()
                        if remaining <= 0:
                            raise WaitTimeoutError(what, seconds or 0.0, last)
                        delay = min(delay, remaining)
                    sleep(delay)
                    state = read()
            except DSSTimeoutError as error:
                if seconds is not None and deadline_passed():
                    raise WaitTimeoutError(what, seconds, last) from error
                raise
    finally:
        finish_progress(display)


def check_progress(progress: bool, progress_callback: Callable[..., None] | None) -> None:
    """Refuse ``progress=True`` with a ``progress_callback`` before anything starts."""
    if progress and progress_callback is not None:
        raise ValueError("pass progress=True or a progress_callback, not both")


def _no_progress(state: Any) -> dict[str, Any]:
    return {}
