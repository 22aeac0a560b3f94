"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_project,
        delete_project,
        duplicate_project,
        get_project_metadata,
        get_project_permissions,
        get_project_settings,
        get_project_summary,
        get_project_variables,
        list_projects,
        save_project_settings,
        set_project_metadata,
        set_project_permissions,
        set_project_variables,
    )

__all__ = (
    "create_project",
    "delete_project",
    "duplicate_project",
    "get_project_metadata",
    "get_project_permissions",
    "get_project_settings",
    "get_project_summary",
    "get_project_variables",
    "list_projects",
    "save_project_settings",
    "set_project_metadata",
    "set_project_permissions",
    "set_project_variables",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
