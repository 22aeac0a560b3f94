"""Small helpers shared by the emulator's modules."""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from dssclient._json import is_array, is_mapping, is_object


def now_ms() -> int:
    """The current time in milliseconds since the Unix epoch, as DSS reports times."""
    return time.time_ns() // 1_000_000


def drop_nulls(value: Any) -> Any:
    """A copy of a JSON value without its null-valued object properties, at any depth.

    DSS's serializer omits null properties; null list elements are kept, as
    Jackson keeps them.
    """
    if is_object(value):
        return {key: drop_nulls(item) for key, item in value.items() if item is not None}
    if is_array(value):
        return [drop_nulls(item) for item in value]
    return value


def deep_merge(base: Mapping[str, Any], overlay: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` updated with ``overlay``, recursing into objects present in both.

    Nulls in ``overlay`` are skipped: DSS reads a null in a request as absent.
    """
    merged = dict(base)
    for key, value in overlay.items():
        if value is None:
            continue
        current = merged.get(key)
        if is_mapping(current) and is_mapping(value):
            merged[key] = deep_merge(current, value)
        else:
            merged[key] = value
    return merged
