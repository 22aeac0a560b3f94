"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import finish_sql_query_streaming, start_sql_query, stream_sql_query

__all__ = (
    "finish_sql_query_streaming",
    "start_sql_query",
    "stream_sql_query",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
