"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_project_sub_folder,
        delete_project_folder,
        get_default_folder_for_project_creation,
        get_project_folder,
        get_project_folder_settings,
        locate_project_folder,
        move_project_folder,
        move_project_to_folder,
        save_project_folder_settings,
    )

__all__ = (
    "create_project_sub_folder",
    "delete_project_folder",
    "get_default_folder_for_project_creation",
    "get_project_folder",
    "get_project_folder_settings",
    "locate_project_folder",
    "move_project_folder",
    "move_project_to_folder",
    "save_project_folder_settings",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
