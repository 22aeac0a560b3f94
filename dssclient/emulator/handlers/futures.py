"""Long tasks: listing the running ones, reading a state, aborting."""

from __future__ import annotations

from typing import Any

from ..context import RequestContext
from ..errors import forbidden, not_found
from ..futures import Future
from ._registry import handles

# How long abortFuture waits for the task to stop, so that a state read right after sees it aborted.
ABORT_GRACE_SECONDS = 2.0


@handles("listFutures")
def list_futures(ctx: RequestContext) -> list[dict[str, Any]]:
    all_users = ctx.query["allUsers"]
    if all_users and not ctx.user.admin:
        raise forbidden("Only administrators may list the tasks of all users")
    futures = ctx.services.futures.running(
        owner=None if all_users else ctx.user.login,
        scenarios=ctx.query["withScenarios"],
        not_scenarios=ctx.query["withNotScenarios"],
    )
    return [future.state_json(with_result=False) for future in futures]


@handles("getFutureState")
def get_future_state(ctx: RequestContext) -> dict[str, Any]:
    future = _visible_future(ctx)
    if ctx.query["peek"]:
        return future.state_json(with_result=False)
    failure = future.failure()
    if failure is not None:
        raise failure
    return future.state_json(with_result=True)


@handles("abortFuture")
def abort_future(ctx: RequestContext) -> None:
    future = _visible_future(ctx)
    future.request_abort()
    future.wait(ABORT_GRACE_SECONDS)


def _visible_future(ctx: RequestContext) -> Future:
    """The task, if the caller owns it or is an administrator; others' tasks look unknown."""
    job_id = ctx.path["jobId"]
    future = ctx.services.futures.get(job_id)
    if future is None or not (ctx.user.admin or future.owner == ctx.user.login):
        raise not_found(f"Future not found: {job_id}")
    return future
