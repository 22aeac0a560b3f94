# Derived from tests/e2e/aio/conftest.py by scripts/unasync.py: do not edit.
"""Clients on the emulator that the pytest plugin (dssclient.emulator.pytest_plugin) starts per test.

The end-to-end suite is written once, against the async variant, here in tests/e2e/aio/;
scripts/unasync.py derives the sync suite (tests/e2e/sync/) from it, as it derives the
sync client from the async one. Both run.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from dssclient import DSSClient
from tests.conftest import FAST_POLLING, admin_key, reader_key


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
