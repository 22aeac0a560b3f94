"""Clients on the emulator that the pytest plugin (dssclient.emulator.pytest_plugin) starts per test."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from dssclient import DSSClient, PollingSchedule

# Poll long tasks often: the emulator's builds take a fraction of a second.
FAST_POLLING = PollingSchedule(initial=0.01, factor=1.5, maximum=0.05)


def admin_key(emulator: Any) -> str:
    return str(emulator.config.admin_api_key)


def reader_key(emulator: Any) -> str:
    return next(key for key, login in emulator.config.user_api_keys.items() if login == "reader")


@pytest.fixture
def client(dss_emulator: Any) -> Iterator[DSSClient]:
    """dssclient, with the administrator's key."""
    with DSSClient(dss_emulator.url, admin_key(dss_emulator), future_polling=FAST_POLLING) as dss:
        yield dss


@pytest.fixture
def reader_client(dss_emulator: Any) -> Iterator[DSSClient]:
    """dssclient, with the key of `reader`, who is not an administrator."""
    with DSSClient(dss_emulator.url, reader_key(dss_emulator), future_polling=FAST_POLLING) as dss:
        yield dss


def sent_bodies(emulator: Any, operation_id: str) -> list[Any]:
    """The JSON bodies the emulator received for an operation, oldest first."""
    return [json.loads(entry.body) for entry in emulator.request_log if entry.operation_id == operation_id]
