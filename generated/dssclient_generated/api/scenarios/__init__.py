"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        abort_scenario,
        create_scenario,
        delete_scenario,
        get_scenario,
        get_scenario_last_runs,
        get_scenario_payload,
        get_scenario_run,
        get_scenario_run_for_trigger,
        get_scenario_run_log,
        get_scenario_runs_by_date,
        get_scenario_status,
        get_scenario_trigger_fire,
        list_scenarios,
        run_scenario,
        save_scenario,
        save_scenario_payload,
        save_scenario_status,
    )

__all__ = (
    "abort_scenario",
    "create_scenario",
    "delete_scenario",
    "get_scenario",
    "get_scenario_last_runs",
    "get_scenario_payload",
    "get_scenario_run",
    "get_scenario_run_for_trigger",
    "get_scenario_run_log",
    "get_scenario_runs_by_date",
    "get_scenario_status",
    "get_scenario_trigger_fire",
    "list_scenarios",
    "run_scenario",
    "save_scenario",
    "save_scenario_payload",
    "save_scenario_status",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
