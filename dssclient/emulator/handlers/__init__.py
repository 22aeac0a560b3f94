"""One handler function per spec operationId, grouped by tag.

Importing this package registers every handler; ``all_handlers()`` returns them
by operationId.
"""

from __future__ import annotations

from . import code_studio_templates, datasets, futures, instance, projects  # noqa: F401  (registration)
from ._registry import Handler, handles, registered_handlers, snake_case

__all__ = ["Handler", "all_handlers", "handles", "snake_case"]


def all_handlers() -> dict[str, Handler]:
    return registered_handlers()
