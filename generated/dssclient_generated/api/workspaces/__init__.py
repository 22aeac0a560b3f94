"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        add_workspace_object,
        create_workspace,
        delete_workspace,
        get_workspace,
        list_workspace_objects,
        list_workspaces,
        remove_workspace_object,
        save_workspace,
    )

__all__ = (
    "add_workspace_object",
    "create_workspace",
    "delete_workspace",
    "get_workspace",
    "list_workspace_objects",
    "list_workspaces",
    "remove_workspace_object",
    "save_workspace",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
