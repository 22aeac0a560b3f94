"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_user,
        delete_user,
        get_authorization_matrix,
        get_own_user_settings,
        get_user_activity,
        get_user_info,
        get_user_settings,
        list_users,
        list_users_activity,
        resync_user_from_supplier,
        save_own_user_settings,
        save_user_settings,
    )

__all__ = (
    "create_user",
    "delete_user",
    "get_authorization_matrix",
    "get_own_user_settings",
    "get_user_activity",
    "get_user_info",
    "get_user_settings",
    "list_users",
    "list_users_activity",
    "resync_user_from_supplier",
    "save_own_user_settings",
    "save_user_settings",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
