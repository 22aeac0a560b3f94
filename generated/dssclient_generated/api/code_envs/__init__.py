"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_code_env,
        delete_code_env,
        get_code_env_log,
        get_code_env_settings,
        get_code_env_version_for_project,
        list_code_env_logs,
        list_code_env_usages,
        list_code_envs,
        list_usages_of_code_env,
        save_code_env_settings,
        set_code_env_jupyter_support,
        update_code_env_images,
        update_code_env_packages,
    )

__all__ = (
    "create_code_env",
    "delete_code_env",
    "get_code_env_log",
    "get_code_env_settings",
    "get_code_env_version_for_project",
    "list_code_env_logs",
    "list_code_env_usages",
    "list_code_envs",
    "list_usages_of_code_env",
    "save_code_env_settings",
    "set_code_env_jupyter_support",
    "update_code_env_images",
    "update_code_env_packages",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
