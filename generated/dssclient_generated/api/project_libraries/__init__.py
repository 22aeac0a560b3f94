"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_library_folder,
        delete_library_item,
        get_library_file,
        list_library_contents,
        move_library_item,
        rename_library_item,
        write_library_file,
    )

__all__ = (
    "create_library_folder",
    "delete_library_item",
    "get_library_file",
    "list_library_contents",
    "move_library_item",
    "rename_library_item",
    "write_library_file",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
