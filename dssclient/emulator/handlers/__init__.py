"""One handler function per spec operationId, in one module per tag of the spec.

Every module of this package is imported when the package is (registration by the
``@handles`` decorator), so a new tag's handlers need a new module here and nothing else;
``all_handlers()`` returns them by operationId.
"""

from __future__ import annotations

import importlib
import pkgutil

from ._registry import Handler, handles, registered_handlers, snake_case

__all__ = ["Handler", "all_handlers", "handles", "snake_case"]

for _module in pkgutil.iter_modules(__path__):
    if not _module.name.startswith("_"):
        importlib.import_module(f"{__name__}.{_module.name}")


def all_handlers() -> dict[str, Handler]:
    return registered_handlers()
