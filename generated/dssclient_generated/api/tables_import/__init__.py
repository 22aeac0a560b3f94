"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        execute_tables_import,
        list_tables_import_schemas,
        list_tables_import_tables,
        prepare_tables_import,
    )

__all__ = (
    "execute_tables_import",
    "list_tables_import_schemas",
    "list_tables_import_tables",
    "prepare_tables_import",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
