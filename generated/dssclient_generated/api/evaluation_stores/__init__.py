"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        add_custom_evaluation,
        compute_evaluation_data_drift,
        compute_evaluation_drift,
        compute_evaluation_store_metrics,
        compute_evaluation_store_metrics_from_ids,
        create_evaluation_store,
        delete_evaluation_store,
        delete_evaluations,
        get_evaluation,
        get_evaluation_metrics,
        get_evaluation_per_timeseries_metrics,
        get_evaluation_sample,
        get_evaluation_sample_schema,
        get_evaluation_store,
        get_evaluation_store_last_metric_values,
        get_evaluation_store_metric_history,
        get_evaluation_store_usages,
        get_latest_evaluation_id,
        list_evaluation_stores,
        list_evaluations,
        run_evaluation_store_checks,
        save_evaluation_store,
        save_evaluation_user_meta,
    )

__all__ = (
    "add_custom_evaluation",
    "compute_evaluation_data_drift",
    "compute_evaluation_drift",
    "compute_evaluation_store_metrics",
    "compute_evaluation_store_metrics_from_ids",
    "create_evaluation_store",
    "delete_evaluation_store",
    "delete_evaluations",
    "get_evaluation",
    "get_evaluation_metrics",
    "get_evaluation_per_timeseries_metrics",
    "get_evaluation_sample",
    "get_evaluation_sample_schema",
    "get_evaluation_store",
    "get_evaluation_store_last_metric_values",
    "get_evaluation_store_metric_history",
    "get_evaluation_store_usages",
    "get_latest_evaluation_id",
    "list_evaluation_stores",
    "list_evaluations",
    "run_evaluation_store_checks",
    "save_evaluation_store",
    "save_evaluation_user_meta",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
