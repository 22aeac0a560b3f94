"""Narrowing JSON read from DSS or from files: what ``isinstance`` cannot say to a type checker.

``isinstance(value, dict)`` on a value typed ``Any`` (a decoded document) narrows it to a dict
of unknown keys and values, which strict checkers refuse to read from. A decoded JSON object
always has string keys, so these guards narrow to ``dict[str, Any]`` and ``list[Any]``.
Nothing of ``typing_extensions`` is imported at run time.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typing_extensions import TypeIs


def is_object(value: object) -> TypeIs[dict[str, Any]]:
    """Whether a decoded JSON value is an object (a dict; its keys are strings)."""
    return isinstance(value, dict)


def is_array(value: object) -> TypeIs[list[Any]]:
    """Whether a decoded JSON value is an array (a list)."""
    return isinstance(value, list)


def string_or(value: object, default: str) -> str:
    """``value`` when it is a string, else ``default``: a typed answer's field read defensively."""
    return value if isinstance(value, str) else default


def is_mapping(value: object) -> TypeIs[Mapping[Any, Any]]:
    """Whether a value is a mapping (of keys a checker cannot know: JSON's are strings)."""
    return isinstance(value, Mapping)


def object_or_empty(value: Any) -> dict[str, Any]:
    """``value or {}`` for a decoded value read as an object (a field DSS may leave out or null)."""
    return value or {}


def array_or_empty(value: Any) -> list[Any]:
    """``value or []`` for a decoded value read as an array (a field DSS may leave out or null)."""
    return value or []


def mapping_or_empty(value: object) -> Mapping[Any, Any]:
    """``value`` when it is a mapping, else an empty one: an optional object read defensively."""
    return value if is_mapping(value) else {}
