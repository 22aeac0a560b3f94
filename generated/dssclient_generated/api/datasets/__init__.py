"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_dataset,
        delete_dataset,
        get_dataset_metadata,
        get_dataset_schema,
        get_dataset_settings,
        list_dataset_partitions,
        list_datasets,
        save_dataset_settings,
        set_dataset_metadata,
        set_dataset_schema,
    )

__all__ = (
    "create_dataset",
    "delete_dataset",
    "get_dataset_metadata",
    "get_dataset_schema",
    "get_dataset_settings",
    "list_dataset_partitions",
    "list_datasets",
    "save_dataset_settings",
    "set_dataset_metadata",
    "set_dataset_schema",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
