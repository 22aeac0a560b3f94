"""Typed views of JSON values that bodies carry, for the models of issue 18."""

from __future__ import annotations

from typing import Any, cast


def as_object(value: Any) -> dict[str, Any] | None:
    """The value as a JSON object, or None when it is not one."""
    return cast("dict[str, Any]", value) if isinstance(value, dict) else None


def as_objects(value: Any) -> list[dict[str, Any]] | None:
    """The value as a list of JSON objects, or None when it is not one."""
    if not isinstance(value, list) or not all(isinstance(item, dict) for item in cast("list[object]", value)):
        return None
    return cast("list[dict[str, Any]]", value)
