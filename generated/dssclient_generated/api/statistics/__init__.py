"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        compile_statistics_card,
        create_statistics_worksheet,
        delete_statistics_worksheet,
        get_statistics_worksheet,
        list_statistics_worksheets,
        run_statistics_card,
        run_statistics_computation,
        save_statistics_worksheet,
    )

__all__ = (
    "compile_statistics_card",
    "create_statistics_worksheet",
    "delete_statistics_worksheet",
    "get_statistics_worksheet",
    "list_statistics_worksheets",
    "run_statistics_card",
    "run_statistics_computation",
    "save_statistics_worksheet",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
