"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        forecast_api_node,
        lookup_api_node_record,
        lookup_api_node_records,
        predict_api_node_effect,
        predict_api_node_effects,
        predict_api_node_record,
        predict_api_node_records,
        query_api_node_sql,
        run_api_node_function,
    )

__all__ = (
    "forecast_api_node",
    "lookup_api_node_record",
    "lookup_api_node_records",
    "predict_api_node_effect",
    "predict_api_node_effects",
    "predict_api_node_record",
    "predict_api_node_records",
    "query_api_node_sql",
    "run_api_node_function",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
