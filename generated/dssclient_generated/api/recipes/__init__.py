"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_recipe,
        delete_recipe,
        get_recipe,
        get_recipe_metadata,
        get_recipe_schema_updates,
        get_recipe_status,
        list_recipes,
        rename_recipe,
        save_recipe,
        set_recipe_metadata,
        update_recipe_output_schema,
    )

__all__ = (
    "create_recipe",
    "delete_recipe",
    "get_recipe",
    "get_recipe_metadata",
    "get_recipe_schema_updates",
    "get_recipe_status",
    "list_recipes",
    "rename_recipe",
    "save_recipe",
    "set_recipe_metadata",
    "update_recipe_output_schema",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
