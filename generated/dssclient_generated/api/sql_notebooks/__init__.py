"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        clear_sql_notebook_history,
        create_sql_notebook,
        delete_sql_notebook,
        get_sql_notebook_content,
        get_sql_notebook_history,
        list_sql_notebooks,
        save_sql_notebook_content,
        save_sql_notebook_history,
    )

__all__ = (
    "clear_sql_notebook_history",
    "create_sql_notebook",
    "delete_sql_notebook",
    "get_sql_notebook_content",
    "get_sql_notebook_history",
    "list_sql_notebooks",
    "save_sql_notebook_content",
    "save_sql_notebook_history",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
