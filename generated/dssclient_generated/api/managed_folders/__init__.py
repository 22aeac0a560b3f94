"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        compute_managed_folder_metrics,
        compute_managed_folder_metrics_from_ids,
        copy_managed_folder,
        create_managed_folder,
        delete_managed_folder,
        delete_managed_folder_file,
        get_managed_folder,
        get_managed_folder_file,
        get_managed_folder_last_metric_values,
        get_managed_folder_metric_history,
        get_managed_folder_usages,
        list_managed_folder_contents,
        list_managed_folders,
        rename_managed_folder,
        save_managed_folder,
        upload_managed_folder_file,
    )

__all__ = (
    "compute_managed_folder_metrics",
    "compute_managed_folder_metrics_from_ids",
    "copy_managed_folder",
    "create_managed_folder",
    "delete_managed_folder",
    "delete_managed_folder_file",
    "get_managed_folder",
    "get_managed_folder_file",
    "get_managed_folder_last_metric_values",
    "get_managed_folder_metric_history",
    "get_managed_folder_usages",
    "list_managed_folder_contents",
    "list_managed_folders",
    "rename_managed_folder",
    "save_managed_folder",
    "upload_managed_folder_file",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
