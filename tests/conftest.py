"""Helpers shared by the test suites (the emulator itself comes from the pytest plugin of dssclient.emulator)."""

from __future__ import annotations

import json
from typing import Any

from dssclient import PollingSchedule

# Poll long tasks often: the emulator's builds take a fraction of a second.
FAST_POLLING = PollingSchedule(initial=0.01, factor=1.5, maximum=0.05)


def admin_key(emulator: Any) -> str:
    return str(emulator.config.admin_api_key)


def reader_key(emulator: Any) -> str:
    return next(key for key, login in emulator.config.user_api_keys.items() if login == "reader")


def sent_bodies(emulator: Any, operation_id: str) -> list[Any]:
    """The JSON bodies the emulator received for an operation, oldest first."""
    return [json.loads(entry.body) for entry in emulator.request_log if entry.operation_id == operation_id]
