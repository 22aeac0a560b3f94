"""The registry linking each spec operationId to its handler function."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..context import RequestContext

Handler = Callable[[RequestContext], Any]

_HANDLERS: dict[str, Handler] = {}


def snake_case(operation_id: str) -> str:
    """``listProjects`` -> ``list_projects``: the one name shared by spec, client and emulator."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", operation_id).lower()


def handles(operation_id: str) -> Callable[[Handler], Handler]:
    """Register the decorated function as the handler of ``operation_id``.

    A handler returns a JSON value (the answer for the operation's 2xx status),
    None for a 204, or a ``BinaryReply``; it raises ``DSSError`` to answer an error.
    """

    def register(function: Handler) -> Handler:
        expected = snake_case(operation_id)
        if function.__name__ != expected:
            raise RuntimeError(f"the handler of {operation_id} must be named {expected}, not {function.__name__}")
        if operation_id in _HANDLERS:
            raise RuntimeError(f"two handlers for {operation_id}")
        _HANDLERS[operation_id] = function
        return function

    return register


def registered_handlers() -> dict[str, Handler]:
    return dict(_HANDLERS)
