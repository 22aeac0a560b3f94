"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_app_instance,
        get_app_manifest,
        get_project_app_manifest,
        list_app_instances,
        list_apps,
        save_project_app_manifest,
    )

__all__ = (
    "create_app_instance",
    "get_app_manifest",
    "get_project_app_manifest",
    "list_app_instances",
    "list_apps",
    "save_project_app_manifest",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
