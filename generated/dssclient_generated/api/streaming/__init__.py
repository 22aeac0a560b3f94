"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_managed_streaming_endpoint,
        create_streaming_endpoint,
        delete_streaming_endpoint,
        get_continuous_activity,
        get_streaming_endpoint,
        get_streaming_endpoint_schema,
        get_streaming_endpoint_usages,
        list_continuous_activities,
        list_streaming_endpoints,
        save_streaming_endpoint,
        set_streaming_endpoint_schema,
        start_continuous_activity,
        stop_continuous_activity,
        test_and_detect_http_sse_streaming_endpoint,
        test_and_detect_kafka_streaming_endpoint,
    )

__all__ = (
    "create_managed_streaming_endpoint",
    "create_streaming_endpoint",
    "delete_streaming_endpoint",
    "get_continuous_activity",
    "get_streaming_endpoint",
    "get_streaming_endpoint_schema",
    "get_streaming_endpoint_usages",
    "list_continuous_activities",
    "list_streaming_endpoints",
    "save_streaming_endpoint",
    "set_streaming_endpoint_schema",
    "start_continuous_activity",
    "stop_continuous_activity",
    "test_and_detect_http_sse_streaming_endpoint",
    "test_and_detect_kafka_streaming_endpoint",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
