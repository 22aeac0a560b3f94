"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        clear_jupyter_notebook_outputs,
        create_jupyter_notebook,
        delete_jupyter_notebook,
        get_jupyter_notebook_content,
        list_jupyter_notebook_sessions,
        list_jupyter_notebooks,
        save_jupyter_notebook_content,
        unload_jupyter_notebook_session,
    )

__all__ = (
    "clear_jupyter_notebook_outputs",
    "create_jupyter_notebook",
    "delete_jupyter_notebook",
    "get_jupyter_notebook_content",
    "list_jupyter_notebook_sessions",
    "list_jupyter_notebooks",
    "save_jupyter_notebook_content",
    "unload_jupyter_notebook_session",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
