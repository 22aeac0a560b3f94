"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_global_api_key,
        create_personal_api_key,
        create_personal_api_key_for_user,
        delete_global_api_key,
        delete_personal_api_key,
        get_global_api_key,
        get_global_api_key_by_secret,
        get_personal_api_key,
        list_all_personal_api_keys,
        list_global_api_keys,
        list_personal_api_keys,
        save_global_api_key,
        save_personal_api_key,
    )

__all__ = (
    "create_global_api_key",
    "create_personal_api_key",
    "create_personal_api_key_for_user",
    "delete_global_api_key",
    "delete_personal_api_key",
    "get_global_api_key",
    "get_global_api_key_by_secret",
    "get_personal_api_key",
    "list_all_personal_api_keys",
    "list_global_api_keys",
    "list_personal_api_keys",
    "save_global_api_key",
    "save_personal_api_key",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
