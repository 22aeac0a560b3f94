"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_object_discussion,
        get_object_discussion,
        list_object_discussions,
        reply_to_object_discussion,
        save_object_discussion,
    )

__all__ = (
    "create_object_discussion",
    "get_object_discussion",
    "list_object_discussions",
    "reply_to_object_discussion",
    "save_object_discussion",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
