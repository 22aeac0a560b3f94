"""Clients on the emulator that the pytest plugin (dssclient.emulator.pytest_plugin) starts per test.

The end-to-end suite is written once, against the async variant, here in tests/e2e/aio/;
scripts/unasync.py derives the sync suite (tests/e2e/sync/) from it, as it derives the
sync client from the async one. Both run.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from dssclient import AsyncDSSClient
from tests.conftest import FAST_POLLING, admin_key, reader_key


@pytest.fixture
async def client(dss_emulator: Any) -> AsyncIterator[AsyncDSSClient]:
    """dssclient, with the administrator's key."""
    async with AsyncDSSClient(dss_emulator.url, admin_key(dss_emulator), future_polling=FAST_POLLING) as dss:
        yield dss


@pytest.fixture
async def reader_client(dss_emulator: Any) -> AsyncIterator[AsyncDSSClient]:
    """dssclient, with the key of `reader`, who is not an administrator."""
    async with AsyncDSSClient(dss_emulator.url, reader_key(dss_emulator), future_polling=FAST_POLLING) as dss:
        yield dss
