"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_analysis,
        create_analysis_ml_task,
        delete_analysis,
        get_analysis_definition,
        list_analyses,
        list_analysis_ml_tasks,
        save_analysis_definition,
    )

__all__ = (
    "create_analysis",
    "create_analysis_ml_task",
    "delete_analysis",
    "get_analysis_definition",
    "list_analyses",
    "list_analysis_ml_tasks",
    "save_analysis_definition",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
