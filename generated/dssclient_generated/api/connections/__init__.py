"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_connection,
        delete_connection,
        get_connection_info,
        get_connection_settings,
        list_connections,
        list_connections_names,
        save_connection_settings,
        sync_connection_acls,
        test_connection,
    )

__all__ = (
    "create_connection",
    "delete_connection",
    "get_connection_info",
    "get_connection_settings",
    "list_connections",
    "list_connections_names",
    "save_connection_settings",
    "sync_connection_acls",
    "test_connection",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
