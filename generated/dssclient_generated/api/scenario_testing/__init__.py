"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import get_scenario_run_report, get_step_run_report, get_testing_status

__all__ = (
    "get_scenario_run_report",
    "get_step_run_report",
    "get_testing_status",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
