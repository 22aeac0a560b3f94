"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_plugin_code_env,
        delete_plugin,
        download_plugin,
        get_plugin_file,
        get_plugin_settings,
        install_plugin_from_git,
        install_plugin_from_store,
        install_plugin_from_zip,
        list_plugin_files,
        list_plugin_usages,
        list_plugins,
        move_plugin_file,
        put_plugin_file,
        rename_plugin_file,
        save_plugin_settings,
        start_install_plugin_from_zip,
        start_save_plugin_project_settings,
        start_update_plugin_from_zip,
        update_plugin_code_env,
        update_plugin_from_git,
        update_plugin_from_store,
        update_plugin_from_zip,
    )

__all__ = (
    "create_plugin_code_env",
    "delete_plugin",
    "download_plugin",
    "get_plugin_file",
    "get_plugin_settings",
    "install_plugin_from_git",
    "install_plugin_from_store",
    "install_plugin_from_zip",
    "list_plugin_files",
    "list_plugin_usages",
    "list_plugins",
    "move_plugin_file",
    "put_plugin_file",
    "rename_plugin_file",
    "save_plugin_settings",
    "start_install_plugin_from_zip",
    "start_save_plugin_project_settings",
    "start_update_plugin_from_zip",
    "update_plugin_code_env",
    "update_plugin_from_git",
    "update_plugin_from_store",
    "update_plugin_from_zip",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
