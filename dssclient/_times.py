"""Timestamps as DSS reports them (milliseconds since the Unix epoch), as datetimes."""

from __future__ import annotations

import datetime
from typing import Any


def datetime_from_ms(timestamp_ms: Any) -> datetime.datetime | None:
    """A timezone-aware (UTC) datetime, or None for a missing, zero or negative timestamp (DSS's "never")."""
    if isinstance(timestamp_ms, bool) or not isinstance(timestamp_ms, (int, float)) or timestamp_ms <= 0:
        return None
    return datetime.datetime.fromtimestamp(timestamp_ms / 1000, tz=datetime.UTC)
