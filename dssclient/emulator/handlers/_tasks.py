"""Long tasks of the instance-content areas: a work function run as a future, its failures as DSS reports them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..context import RequestContext
from ..errors import CODED, DSSError
from ..futures import TaskControl


def as_task_failure(error: DSSError) -> DSSError:
    """A long task's failure, as DSS answers it to a non-peek read: a server error carrying the cause."""
    return DSSError(500, error.error_type if error.status >= 500 else CODED, error.message)


def run_task(ctx: RequestContext, name: str, payload: dict[str, Any], work: Callable[[], Any]) -> dict[str, Any]:
    """Run ``work`` as a long task; answer its state (final, with its result, if it is over by then)."""

    def task(control: TaskControl) -> Any:
        control.set_progress([{"name": name, "unit": "NONE", "cur": 0, "target": 1}])
        control.check_abort()
        try:
            result = work()
        except DSSError as error:
            raise as_task_failure(error) from None
        control.set_progress([{"name": name, "unit": "NONE", "cur": 1, "target": 1}])
        return result

    future = ctx.services.futures.start(ctx.user.login, name, payload, task)
    return future.state_json(with_result=True)
