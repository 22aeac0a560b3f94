"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        compute_data_quality_rules,
        create_data_quality_rule,
        delete_data_quality_rule,
        delete_data_quality_rules_history,
        get_data_quality_dataset_status,
        get_data_quality_last_rules_results,
        get_data_quality_partitions_status,
        get_data_quality_rules,
        get_data_quality_rules_history,
        get_data_quality_status_by_partition,
        get_instance_data_quality_status,
        get_project_data_quality_status,
        get_project_data_quality_timeline,
        save_data_quality_rule,
    )

__all__ = (
    "compute_data_quality_rules",
    "create_data_quality_rule",
    "delete_data_quality_rule",
    "delete_data_quality_rules_history",
    "get_data_quality_dataset_status",
    "get_data_quality_last_rules_results",
    "get_data_quality_partitions_status",
    "get_data_quality_rules",
    "get_data_quality_rules_history",
    "get_data_quality_status_by_partition",
    "get_instance_data_quality_status",
    "get_project_data_quality_status",
    "get_project_data_quality_timeline",
    "save_data_quality_rule",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
