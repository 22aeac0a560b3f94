"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_web_app,
        get_web_app,
        get_web_app_backend_state,
        list_web_apps,
        restart_web_app_backend,
        save_web_app,
        stop_web_app_backend,
    )

__all__ = (
    "create_web_app",
    "get_web_app",
    "get_web_app_backend_state",
    "list_web_apps",
    "restart_web_app_backend",
    "save_web_app",
    "stop_web_app_backend",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
