"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_dashboard,
        create_insight,
        delete_dashboard,
        delete_insight,
        get_dashboard,
        get_insight,
        list_dashboards,
        list_insights,
        save_dashboard,
        save_insight,
    )

__all__ = (
    "create_dashboard",
    "create_insight",
    "delete_dashboard",
    "delete_insight",
    "get_dashboard",
    "get_insight",
    "list_dashboards",
    "list_insights",
    "save_dashboard",
    "save_insight",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
