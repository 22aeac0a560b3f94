"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        change_code_studio_owner,
        check_code_studio_conflicts,
        create_code_studio,
        delete_code_studio,
        get_code_studio,
        get_code_studio_status,
        list_code_studios,
        pull_from_code_studio,
        push_to_code_studio,
        restart_code_studio,
        stop_code_studio,
    )

__all__ = (
    "change_code_studio_owner",
    "check_code_studio_conflicts",
    "create_code_studio",
    "delete_code_studio",
    "get_code_studio",
    "get_code_studio_status",
    "list_code_studios",
    "pull_from_code_studio",
    "push_to_code_studio",
    "restart_code_studio",
    "stop_code_studio",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
