"""Long-running tasks ("futures") and waiting for them."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import (
    AuthenticationError,
    DSSAPIError,
    FutureFailedError,
    FutureTimeoutError,
    PermissionDeniedError,
    ResultNotReadyError,
    UnexpectedResponseError,
)

if TYPE_CHECKING:
    from ..dssclient import DSSClient

FutureState = dict[str, Any]
ProgressCallback = Callable[[FutureState], None]


def _identity(result: Any) -> Any:
    return result


@dataclass(frozen=True, slots=True)
class PollingSchedule:
    """How often :meth:`DSSFuture.wait_for_result` asks for the state of a task.

    The first wait is ``initial`` seconds, each next one ``factor`` times the
    previous, never more than ``maximum``. The defaults are the official
    client's: about 25 polls in the first 20 seconds, then one every 15 s.
    """

    initial: float = 0.2
    factor: float = 1.1
    maximum: float = 15.0

    def __post_init__(self) -> None:
        if self.initial <= 0 or self.factor < 1 or self.maximum < self.initial:
            raise ValueError("PollingSchedule needs 0 < initial <= maximum and factor >= 1")

    def delays(self) -> Iterator[float]:
        delay = self.initial
        while True:
            yield delay
            delay = min(delay * self.factor, self.maximum)


class DSSFuture:
    """A long-running task on DSS: follow its progress, wait for its result, or abort it.

    Returned by the calls that start long tasks (``DSSCodeStudioTemplate.build``,
    ``DSSProject.delete``, ...) or by :meth:`DSSClient.get_future`.
    """

    def __init__(
        self,
        client: DSSClient,
        job_id: str | None,
        state: FutureState | None = None,
        result_wrapper: Callable[[Any], Any] = _identity,
    ) -> None:
        self.client = client
        self.job_id = job_id
        self.state = state
        # A state handed over by the call that started the task is complete
        # (it carries the result if there is one); only peeks lack the result.
        self.state_is_peek = False
        self.result_wrapper = result_wrapper

    @staticmethod
    def from_resp(client: DSSClient, resp: FutureState, result_wrapper: Callable[[Any], Any] = _identity) -> DSSFuture:
        """The future described by the answer of a call that started a long task."""
        return DSSFuture(client, resp.get("jobId"), state=resp, result_wrapper=result_wrapper)

    def __repr__(self) -> str:
        state = self.state or {}
        return f"DSSFuture(job_id={self.job_id!r}, alive={state.get('alive')!r}, has_result={state.get('hasResult')!r})"

    def abort(self) -> None:
        """Ask DSS to stop the task. Aborting a finished task does nothing. (operation ``abortFuture``)"""
        from dssclient_generated.api.futures import abort_future

        self.client._requester.empty(abort_future._get_kwargs, self._polled_job_id())

    def get_state(self) -> FutureState:
        """The task's state, with its result if it has one. (operation ``getFutureState``)

        Raises the task's own DSS error if the task failed or was aborted.
        """
        self.state = self._fetch_state(peek=False)
        self.state_is_peek = False
        return self.state

    def peek_state(self) -> FutureState:
        """The task's state, without its result. (operation ``getFutureState`` with ``peek``)"""
        self.state = self._fetch_state(peek=True)
        self.state_is_peek = True
        return self.state

    def get_result(self) -> Any:
        """The task's result if it has one; raises :class:`ResultNotReadyError` otherwise."""
        if self.state is None or not self.state.get("hasResult", False) or self.state_is_peek:
            self.get_state()
        assert self.state is not None
        if self.state.get("hasResult", False):
            return self.result_wrapper(self.state.get("result"))
        raise ResultNotReadyError(f"long task {self.job_id} has no result yet")

    def has_result(self) -> bool:
        """Whether the task has finished successfully."""
        if self.state is None or not self.state.get("hasResult", False):
            self.get_state()
        assert self.state is not None
        return bool(self.state.get("hasResult", False))

    def wait_for_result(
        self,
        timeout: float | None = None,
        progress_callback: ProgressCallback | None = None,
        polling: PollingSchedule | None = None,
    ) -> Any:
        """Wait until the task is over and return its result.

        :param timeout: seconds to wait at most; past it, :class:`FutureTimeoutError`
            is raised and the task goes on running. ``None`` waits as long as the
            task runs (it cannot wait forever on a failed task, unlike the official client).
        :param progress_callback: called with each state polled while waiting.
        :param polling: the polling schedule (default: the client's ``future_polling``).
        :raises FutureFailedError: the task failed or was aborted; ``error`` holds DSS's error.
        """
        if self.state is not None and self.state.get("hasResult", False) and not self.state_is_peek:
            # The starting call answered with the finished state: nothing to poll.
            return self.result_wrapper(self.state.get("result"))
        if self.job_id is None:
            raise UnexpectedResponseError(
                f"a long task's state has neither a result nor a jobId to follow it by: {self.state!r}"
            )
        deadline = None if timeout is None else time.monotonic() + timeout
        delays = (polling or self.client.future_polling).delays()
        while True:
            state = self.peek_state()
            if progress_callback is not None:
                progress_callback(state)
            if state.get("hasResult", False):
                return self.get_result()
            if state.get("alive") is False or state.get("aborted"):
                return self._result_of_ended_task()
            delay = next(delays)
            if deadline is not None:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise FutureTimeoutError(self.job_id, timeout or 0.0, self.state)
                delay = min(delay, remaining)
            time.sleep(delay)

    def _result_of_ended_task(self) -> Any:
        """A task that is over without a result according to a peek: fetch its outcome."""
        job_id = self._polled_job_id()
        try:
            state = self.get_state()
        except (AuthenticationError, PermissionDeniedError):
            raise  # the credentials failed, not the task
        except DSSAPIError as error:
            raise FutureFailedError(job_id, self.state or {}, error) from error
        if state.get("hasResult", False):  # it succeeded between the peek and this read
            return self.result_wrapper(state.get("result"))
        raise FutureFailedError(job_id, state)

    def _fetch_state(self, *, peek: bool) -> FutureState:
        from dssclient_generated.api.futures import get_future_state

        state = self.client._requester.json(get_future_state._get_kwargs, self._polled_job_id(), peek=peek)
        if not isinstance(state, dict):
            raise UnexpectedResponseError(f"the state of long task {self.job_id} is not a JSON object: {state!r}")
        return state

    def _polled_job_id(self) -> str:
        if self.job_id is None:
            raise UnexpectedResponseError("this long task has no jobId: DSS answered with its final state only")
        return self.job_id
