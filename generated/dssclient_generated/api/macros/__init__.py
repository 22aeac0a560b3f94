"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        abort_macro_run,
        get_macro_definition,
        get_macro_run_result,
        get_macro_run_state,
        list_macros,
        run_macro,
    )

__all__ = (
    "abort_macro_run",
    "get_macro_definition",
    "get_macro_run_result",
    "get_macro_run_state",
    "list_macros",
    "run_macro",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
