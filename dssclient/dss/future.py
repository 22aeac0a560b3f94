# Derived from dssclient/aio/dss/future.py by scripts/unasync.py: do not edit.
"""Long-running tasks ("futures") and waiting for them."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, cast

from dssclient_generated.api import futures

from dssclient._concurrency import sleep
from dssclient._deadline import deadline_passed, deadline_scope
from dssclient._polling import (
    FutureState,
    PollingSchedule,
    ProgressCallback,
    check_wait_timeout,
    finish_progress,
    resolve_progress,
)
from dssclient.errors import (
    AuthenticationError,
    DSSAPIError,
    DSSTimeoutError,
    FutureFailedError,
    FutureTimeoutError,
    PermissionDeniedError,
    ResultNotReadyError,
    UnexpectedResponseError,
)

if TYPE_CHECKING:
    from typing_extensions import TypeVar

    from dssclient.payloads import FutureState as FutureStatePayload

    from ..dssclient import DSSClient

    #: The type of a long task's result (``Any`` when the call that started it does not say):
    #: what ``wait_for_result()`` and ``get_result()`` return. A default (PEP 696) for type
    #: checkers only, so that the runtime needs no typing_extensions.
    ResultT = TypeVar("ResultT", default=Any, covariant=True)
    WrappedT = TypeVar("WrappedT", default=Any)
else:
    from typing import TypeVar

    ResultT = TypeVar("ResultT", covariant=True)
    WrappedT = TypeVar("WrappedT")

__all__ = ["DSSFuture", "FutureState", "PollingSchedule", "ProgressCallback"]


def _identity(result: Any) -> Any:
    return result


def _plain(state: FutureStatePayload) -> dict[str, Any]:
    """The same dict, for the progress callbacks and errors, which take a plain dict."""
    return cast("dict[str, Any]", state)


def _plain_or_none(state: FutureStatePayload | None) -> dict[str, Any] | None:
    return None if state is None else _plain(state)


class DSSFuture(Generic[ResultT]):
    """A long-running task on DSS: follow its progress, wait for its result, or abort it.

    Returned by the calls that start long tasks (``DSSCodeStudioTemplate.build``,
    ``DSSProject.delete``, ...) or by :meth:`DSSClient.get_future`. Typed by its result:
    ``DSSFuture[T]``'s :meth:`wait_for_result` and :meth:`get_result` return a ``T`` (the
    task's JSON result, or what ``result_wrapper`` makes of it); ``DSSFuture`` alone is
    ``DSSFuture[Any]``, for a task whose result is not known.
    """

    def __init__(
        self,
        client: DSSClient,
        job_id: str | None,
        state: FutureStatePayload | Mapping[str, Any] | None = None,
        result_wrapper: Callable[[Any], ResultT] = _identity,
    ) -> None:
        self.client = client
        self.job_id = job_id
        self.state: FutureStatePayload | None = cast("FutureStatePayload | None", state)
        # A state handed over by the call that started the task is complete (DSS puts the
        # result in it when the task is already over); only peeks lack the result.
        self.state_is_peek = False
        self.result_wrapper = result_wrapper

    def __repr__(self) -> str:
        return f"{type(self).__name__}(job_id={self.job_id!r})"

    @staticmethod
    def from_resp(
        client: DSSClient,
        resp: FutureStatePayload | Mapping[str, Any],
        result_wrapper: Callable[[Any], WrappedT] = _identity,
    ) -> DSSFuture[WrappedT]:
        """The future described by the answer of a call that started a long task.

        Its result type is what ``result_wrapper`` returns, else the type the caller expects
        (``future: DSSFuture[T] = DSSFuture.from_resp(...)``), else ``Any``.
        """
        job_id = cast("str | None", resp.get("jobId"))
        return DSSFuture(client, job_id, state=resp, result_wrapper=result_wrapper)

    @classmethod
    def get_result_wait_if_needed(cls, client: DSSClient, ret: FutureStatePayload | Mapping[str, Any]) -> Any:
        """The result an answer carries: waits for the task it names (``jobId``), else reads its ``result``.

        (operation ``getFutureState`` while waiting)
        """
        if "jobId" in ret:
            return cls(client, cast("str", ret["jobId"]), ret).wait_for_result()
        return ret["result"]

    def abort(self) -> None:
        """Ask DSS to stop the task. (operation ``abortFuture``)"""
        self.client._requester.empty(futures.abort_future.request_kwargs, self._polled_job_id())

    def get_state(self) -> FutureStatePayload:
        """The task's state, with its result once it has one. (operation ``getFutureState``)

        Raises the task's own DSS error if the task failed or was aborted.
        """
        self.state = self._fetch_state(peek=False)
        self.state_is_peek = False
        return self.state

    def peek_state(self) -> FutureStatePayload:
        """The task's state, without its result. (operation ``getFutureState`` with ``peek``)"""
        self.state = self._fetch_state(peek=True)
        self.state_is_peek = True
        return self.state

    def get_result(self) -> ResultT:
        """The task's result if it has one; raises :class:`ResultNotReadyError` otherwise."""
        if not self._holds_result():
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
        progress: bool = False,
    ) -> ResultT:
        """Wait until the task is over and return its result.

        :param timeout: seconds to wait at most, state reads included; past it,
            :class:`FutureTimeoutError` is raised and the task goes on running. ``None``
            waits as long as the task runs (never forever on a failed task, unlike the
            official client).
        :param progress_callback: called with each state polled while waiting.
        :param polling: the polling schedule (default: the client's ``future_polling``).
        :param progress: show progress while waiting: a live line on the terminal, or a
            tqdm bar when tqdm is installed (``pip install 'dssclient[progress]'``).
        :raises FutureFailedError: the task failed or was aborted; ``error`` holds DSS's error.
        """
        seconds = check_wait_timeout(timeout)
        callback = resolve_progress(progress_callback, progress)
        try:
            with deadline_scope(seconds):
                try:
                    return self._wait(callback, polling or self.client.future_polling, seconds)
                except DSSTimeoutError as error:
                    if seconds is not None and deadline_passed():
                        raise FutureTimeoutError(self._polled_job_id(), seconds, _plain_or_none(self.state)) from error
                    raise
        finally:
            finish_progress(callback)

    def _wait(self, callback: ProgressCallback | None, polling: PollingSchedule, timeout: float | None) -> ResultT:
        if self._holds_result():
            # The starting call (or an earlier read) answered with the finished state: nothing to poll.
            assert self.state is not None
            return self.result_wrapper(self.state.get("result"))
        if self.state is not None and self.state.get("hasResult", False) and self.job_id is not None:
            # Finished when the starting call answered, but the result was not in that answer.
            return self.get_result()
        deadline = None if timeout is None else time.monotonic() + timeout
        delays = polling.delays()
        while True:
            state = self.peek_state()
            if callback is not None:
                callback(_plain(state))
            if "hasResult" not in state and "alive" not in state:
                raise UnexpectedResponseError(
                    f"the state of long task {self.job_id} says neither whether it is alive nor whether it has a "
                    f"result: {sorted(state)}"
                )
            if state.get("hasResult", False):
                return self.get_result()
            if state.get("alive") is False or state.get("aborted"):
                return self._result_of_ended_task()
            delay = next(delays)
            if deadline is not None:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise FutureTimeoutError(self._polled_job_id(), timeout or 0.0, _plain_or_none(self.state))
                delay = min(delay, remaining)
            sleep(delay)

    def _holds_result(self) -> bool:
        """Whether the state in hand is final and carries the result (absent means null only without a jobId)."""
        state = self.state
        if state is None or self.state_is_peek or not state.get("hasResult", False):
            return False
        return "result" in state or self.job_id is None

    def _result_of_ended_task(self) -> ResultT:
        """A task that is over without a result according to a peek: fetch its outcome."""
        job_id = self._polled_job_id()
        try:
            state = self.get_state()
        except (AuthenticationError, PermissionDeniedError):
            raise  # the credentials failed, not the task
        except DSSAPIError as error:
            raise FutureFailedError(job_id, _plain_or_none(self.state) or {}, error) from error
        if state.get("hasResult", False):  # it succeeded between the peek and this read
            return self.result_wrapper(state.get("result"))
        raise FutureFailedError(job_id, _plain(state))

    def _fetch_state(self, *, peek: bool) -> FutureStatePayload:
        state: object = self.client._requester.json(
            futures.get_future_state.request_kwargs, self._polled_job_id(), peek=peek
        )
        if not isinstance(state, dict):
            raise UnexpectedResponseError(f"the state of long task {self.job_id} is not a JSON object: {state!r}")
        return cast("FutureStatePayload", state)

    def _polled_job_id(self) -> str:
        if self.job_id is None:
            raise UnexpectedResponseError("this long task has no jobId: DSS answered with its final state only")
        return self.job_id
