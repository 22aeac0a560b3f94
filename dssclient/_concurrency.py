"""The few primitives whose sync and async forms differ, named so that the sync code derived
from the async code (scripts/unasync.py turns ``async_sleep`` into ``sleep``) finds its own."""

from __future__ import annotations

import io
import threading
import time
from typing import Self

IMPORT_LOCK = threading.RLock()
"""Held while dssclient imports its own modules lazily: first uses from several threads at once
must not interleave module initialisations, which Python's import locks can deadlock on."""

sleep = time.sleep


async def async_sleep(seconds: float) -> None:
    import anyio  # httpx's own dependency; imported here so that the sync code never loads it

    await anyio.sleep(seconds)


RawIOBase = io.RawIOBase


class AsyncRawIOBase:
    """The async counterpart of ``io.RawIOBase`` for dssclient's streams: closing, and ``async with``."""

    _closed = False

    @property
    def closed(self) -> bool:
        return self._closed

    def readable(self) -> bool:
        return True

    async def aclose(self) -> None:
        self._closed = True

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()
