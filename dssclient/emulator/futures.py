"""Long tasks ("futures"): real background threads with progress, result, failure and abort.

A task is a work function ``work(control) -> result``. It reports progress with
``control.set_progress`` and waits with ``control.sleep``, which returns early
(raising ``TaskAborted``) once an abort is requested, so aborts are prompt. A
``DSSError`` raised by the work becomes the task's error; any other exception
is an emulator bug and becomes a ``java.lang.RuntimeException`` error.
"""

from __future__ import annotations

import copy
import logging
import secrets
import string
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from .errors import FUTURE_ABORTED, RUNTIME, DSSError

logger = logging.getLogger(__name__)

_ID_ALPHABET = string.ascii_letters + string.digits


class TaskAborted(Exception):
    """Raised inside a work function when its task was asked to stop."""


class TaskControl:
    """What a work function sees of its task."""

    def __init__(self, future: Future) -> None:
        self._future = future

    @property
    def abort_requested(self) -> bool:
        return self._future.abort_event.is_set()

    def check_abort(self) -> None:
        if self.abort_requested:
            raise TaskAborted()

    def sleep(self, seconds: float) -> None:
        """Wait, but wake up and raise ``TaskAborted`` as soon as an abort is requested."""
        if self._future.abort_event.wait(max(seconds, 0.0)):
            raise TaskAborted()

    def set_progress(self, states: Sequence[Mapping[str, Any]]) -> None:
        """Progress from the outermost level inwards, each ``{"name", "unit", "cur", "target"}``."""
        self._future.set_progress(states)


Work = Callable[[TaskControl], Any]

RUNNING, SUCCEEDED, FAILED, ABORTED = "RUNNING", "SUCCEEDED", "FAILED", "ABORTED"


class Future:
    """One long task and its outcome."""

    def __init__(
        self,
        job_id: str,
        display_name: str,
        owner: str,
        payload: Mapping[str, Any],
        is_scenario: bool,
        start_time: int,
        listed: bool = True,
    ) -> None:
        self.job_id = job_id
        self.display_name = display_name
        self.owner = owner
        self.payload = dict(payload)
        self.is_scenario = is_scenario
        # Background work DSS does not show as a long task (a job) runs here too, unlisted.
        self.listed = listed
        self.start_time = start_time
        self.abort_event = threading.Event()
        self._started = time.monotonic()
        self._ended: float | None = None
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._progress: list[dict[str, Any]] = []
        self._status = RUNNING
        self._result: Any = None
        self._error: DSSError | None = None

    @property
    def alive(self) -> bool:
        return not self._done.is_set()

    @property
    def status(self) -> str:
        with self._lock:
            return self._status

    def set_progress(self, states: Sequence[Mapping[str, Any]]) -> None:
        with self._lock:
            self._progress = [dict(state) for state in states]

    def request_abort(self) -> None:
        """Ask the task to stop; a finished task ignores it."""
        if self.alive:
            self.abort_event.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait until the task is over; True if it is."""
        return self._done.wait(timeout)

    def failure(self) -> DSSError | None:
        """The error a non-peek read answers: the task's own, or an abort error."""
        with self._lock:
            if self._status == FAILED:
                return self._error
            if self._status == ABORTED:
                return DSSError(500, FUTURE_ABORTED, "Aborted")
            return None

    def state_json(self, *, with_result: bool, with_job_id: bool = True) -> dict[str, Any]:
        """The task's FutureState; the result is only in a non-peek read of a successful task."""
        with self._lock:
            ended = self._ended if self._ended is not None else time.monotonic()
            state: dict[str, Any] = {}
            if with_job_id:
                state["jobId"] = self.job_id
            state.update(
                {
                    "jobDisplayName": self.display_name,
                    "owner": self.owner,
                    "alive": self._status == RUNNING,
                    "hasResult": self._status == SUCCEEDED,
                    "aborted": self._status == ABORTED,
                    "startTime": self.start_time,
                    "runningTime": int((ended - self._started) * 1000),
                    "progress": {"states": copy.deepcopy(self._progress)},
                    "payload": copy.deepcopy(self.payload),
                }
            )
            if with_result and self._status == SUCCEEDED:
                state["result"] = copy.deepcopy(self._result)
            return state

    def run(self, work: Work) -> None:
        """Run the task's work to its end in this thread (the one its manager starts for it)."""
        status, result, error = SUCCEEDED, None, None
        try:
            result = work(TaskControl(self))
        except TaskAborted:
            status = ABORTED
        except DSSError as failure:
            status, error = FAILED, failure
        except Exception as crash:  # an emulator bug: keep it visible to the client and in the log
            logger.exception("long task %s crashed", self.display_name)
            status, error = FAILED, DSSError(500, RUNTIME, f"{type(crash).__name__}: {crash}")
        with self._lock:
            self._status, self._result, self._error = status, result, error
            self._ended = time.monotonic()
        self._done.set()


class FutureRegistry:
    """All tasks: the running ones, and a bounded history of finished ones."""

    def __init__(self, history_size: int, clock: Callable[[], int]) -> None:
        self._history_size = history_size
        self._clock = clock
        self._lock = threading.Lock()
        self._futures: OrderedDict[str, Future] = OrderedDict()

    def start(
        self,
        owner: str,
        display_name: str,
        payload: Mapping[str, Any],
        work: Work,
        *,
        is_scenario: bool = False,
        listed: bool = True,
    ) -> Future:
        """Run ``work`` on a thread. An unlisted task (``listed=False``) is neither listed nor readable
        through the futures API, but it is aborted with the others when the emulator stops."""
        with self._lock:
            job_id = self._new_id()
            future = Future(job_id, display_name, owner, payload, is_scenario, self._clock(), listed)
            self._futures[job_id] = future
            self._forget_old()
        thread = threading.Thread(target=future.run, args=(work,), name=f"dss-future-{job_id}", daemon=True)
        thread.start()
        return future

    def get(self, job_id: str) -> Future | None:
        with self._lock:
            future = self._futures.get(job_id)
        return future if future is not None and future.listed else None

    def running(self, *, owner: str | None, scenarios: bool, not_scenarios: bool) -> list[Future]:
        """Alive tasks, of one owner (None: everyone's), of the kinds asked for."""
        with self._lock:
            futures = list(self._futures.values())
        return [
            f
            for f in futures
            if f.alive
            and f.listed
            and (owner is None or f.owner == owner)
            and (scenarios if f.is_scenario else not_scenarios)
        ]

    def abort_all(self, timeout: float = 5.0) -> None:
        """Ask every running task to stop, and wait (bounded) for them to finish."""
        with self._lock:
            futures = [f for f in self._futures.values() if f.alive]
        for future in futures:
            future.request_abort()
        deadline = time.monotonic() + timeout
        for future in futures:
            future.wait(max(deadline - time.monotonic(), 0.0))

    def _new_id(self) -> str:
        while True:
            job_id = "".join(secrets.choice(_ID_ALPHABET) for _ in range(8))
            if job_id not in self._futures:
                return job_id

    def _forget_old(self) -> None:
        # Running tasks are never forgotten; the oldest finished ones go first.
        finished = [job_id for job_id, f in self._futures.items() if not f.alive]
        for job_id in finished[: max(len(finished) - self._history_size, 0)]:
            del self._futures[job_id]
