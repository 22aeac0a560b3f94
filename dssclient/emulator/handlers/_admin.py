"""Helpers shared by the administration handlers: the instance's models, its log and audit trail,
and long tasks answered at once or when over."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ..context import RequestContext
from ..errors import DSSError, forbidden
from ..futures import TaskControl
from ..models.encryption import SecretCodec
from ..models.instance_admin import InstanceAdminModel
from ..state import User


def instance(ctx: RequestContext) -> InstanceAdminModel:
    """The instance's own model (variables, settings, licence, logs). Hold the state lock."""
    return ctx.services.state.extension(InstanceAdminModel)


def codec(ctx: RequestContext) -> SecretCodec:
    return ctx.services.state.extension(SecretCodec)


def record(
    ctx: RequestContext, msg_type: str, message: str, params: Mapping[str, Any], logger: str = "dku.admin"
) -> None:
    """An administrative change: a line in backend.log and an entry in the audit trail. No secrets."""
    with ctx.services.state.lock:
        model = instance(ctx)
        model.log(logger, f"{message} (by {ctx.user.login})")
        model.audit(ctx.user.login, ctx.caller.auth_source, msg_type, params)


def a_user(ctx: RequestContext) -> User:
    """The caller, if it is a user (a global API key is none): 403 otherwise."""
    if ctx.user.global_key_id is not None:
        raise forbidden("A global API key is not a user: this call needs a user's credentials")
    return ctx.user


def messages(texts: Sequence[tuple[str, str]], *, error: str | None = None, code: str | None = None) -> dict[str, Any]:
    """DSS's InfoMessages from (severity, text) pairs, plus an ERROR one when ``error`` is given."""
    items: list[dict[str, Any]] = [{"severity": sev, "isFatal": False, "message": text} for sev, text in texts]
    if error is not None:
        failure: dict[str, Any] = {"severity": "ERROR", "isFatal": True, "message": error}
        if code is not None:
            failure["code"] = code
        items.append(failure)
    severities = [item["severity"] for item in items]
    order = ["INFO", "SUCCESS", "WARNING", "ERROR"]
    answer: dict[str, Any] = {
        "anyMessage": bool(items),
        "success": "SUCCESS" in severities,
        "warning": "WARNING" in severities,
        "error": "ERROR" in severities,
        "fatal": error is not None,
        "messages": items,
    }
    if severities:
        answer["maxSeverity"] = max(severities, key=lambda severity: order.index(severity))
    return answer


def run_task(
    ctx: RequestContext,
    title: str,
    payload: Mapping[str, Any],
    work: Callable[[TaskControl], Any],
    *,
    wait: bool,
    on_failure: Callable[[DSSError], Any] | None = None,
) -> Any:
    """Start a long task; answer its state at once, or (``wait``) its result once it is over.

    A task that fails while the caller waits answers ``on_failure(error)`` when given (DSS
    reports some failures inside a 200 answer), else the task's error.
    """
    future = ctx.services.futures.start(ctx.user.login, title, payload, work)
    if not wait:
        # Like DSS, a task already over when the answer is written carries its result.
        return future.state_json(with_result=True)
    future.wait()
    failure = future.failure()
    if failure is not None:
        if on_failure is None:
            raise failure
        return on_failure(failure)
    return future.state_json(with_result=True).get("result")
