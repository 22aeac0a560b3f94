"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        abort_job,
        get_job_log,
        get_job_status,
        list_instance_running_jobs,
        list_jobs,
        list_running_jobs,
        start_job,
    )

__all__ = (
    "abort_job",
    "get_job_log",
    "get_job_status",
    "list_instance_running_jobs",
    "list_jobs",
    "list_running_jobs",
    "start_job",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
