"""The content of the scoring libraries jar: deterministic, streamed, never held whole in memory.

The content is one pre-built pseudo-random block repeated up to the configured
size, so a 256 MiB download costs the server one block of memory and a loop of
``memoryview`` slices.
"""

from __future__ import annotations

import hashlib
import random
import threading
from collections.abc import Iterator

BLOCK_SIZE = 1024 * 1024
_SEED = 0x5C0121
MEDIA_TYPE = "application/java-archive"


class ScoringLibs:
    def __init__(self, size: int) -> None:
        self.size = size
        # A zip local-file signature first, so that the content at least starts like a jar.
        self._block = b"PK\x03\x04" + random.Random(_SEED).randbytes(BLOCK_SIZE - 4)
        self._sha256: str | None = None
        self._lock = threading.Lock()

    def chunks(self) -> Iterator[memoryview]:
        """The content, in slices of at most one block."""
        view = memoryview(self._block)
        remaining = self.size
        while remaining > 0:
            step = min(remaining, BLOCK_SIZE)
            yield view[:step]
            remaining -= step

    def sha256(self) -> str:
        """Hex SHA-256 of the content served (computed once)."""
        with self._lock:
            if self._sha256 is None:
                digest = hashlib.sha256()
                for chunk in self.chunks():
                    digest.update(chunk)
                self._sha256 = digest.hexdigest()
            return self._sha256
