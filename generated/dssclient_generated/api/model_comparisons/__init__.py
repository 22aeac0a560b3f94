"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_evaluation_comparison,
        create_model_comparison,
        delete_evaluation_comparison,
        get_evaluation_comparison,
        list_evaluation_comparisons,
        save_evaluation_comparison,
    )

__all__ = (
    "create_evaluation_comparison",
    "create_model_comparison",
    "delete_evaluation_comparison",
    "get_evaluation_comparison",
    "list_evaluation_comparisons",
    "save_evaluation_comparison",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
