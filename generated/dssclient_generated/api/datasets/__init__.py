"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        clear_dataset_data,
        compute_dataset_metrics,
        compute_dataset_metrics_from_ids,
        copy_dataset_data,
        create_dataset,
        create_managed_dataset,
        delete_dataset,
        detect_dataset_format,
        finish_dataset_streaming,
        get_dataset_column_lineage,
        get_dataset_data,
        get_dataset_info,
        get_dataset_last_metric_values,
        get_dataset_metadata,
        get_dataset_metric_history,
        get_dataset_schema,
        get_dataset_settings,
        get_dataset_usages,
        list_dataset_partitions,
        list_dataset_uploaded_files,
        list_datasets,
        rename_dataset,
        run_dataset_checks,
        save_dataset_settings,
        search_dataset_data_elastic,
        set_dataset_metadata,
        set_dataset_schema,
        synchronize_dataset_hive_metastore,
        update_dataset_from_hive,
        upload_dataset_file,
    )

__all__ = (
    "clear_dataset_data",
    "compute_dataset_metrics",
    "compute_dataset_metrics_from_ids",
    "copy_dataset_data",
    "create_dataset",
    "create_managed_dataset",
    "delete_dataset",
    "detect_dataset_format",
    "finish_dataset_streaming",
    "get_dataset_column_lineage",
    "get_dataset_data",
    "get_dataset_info",
    "get_dataset_last_metric_values",
    "get_dataset_metadata",
    "get_dataset_metric_history",
    "get_dataset_schema",
    "get_dataset_settings",
    "get_dataset_usages",
    "list_dataset_partitions",
    "list_dataset_uploaded_files",
    "list_datasets",
    "rename_dataset",
    "run_dataset_checks",
    "save_dataset_settings",
    "search_dataset_data_elastic",
    "set_dataset_metadata",
    "set_dataset_schema",
    "synchronize_dataset_hive_metastore",
    "update_dataset_from_hive",
    "upload_dataset_file",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
