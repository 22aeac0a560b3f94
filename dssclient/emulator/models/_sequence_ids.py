"""Identifiers the emulator chooses for new objects: opaque, but drawn from a sequence, so that two
emulators given the same calls choose the same ones (the conformance runs compare their requests)."""

from __future__ import annotations

import hashlib
import string
from collections.abc import Container

_ALPHABET = string.ascii_letters + string.digits


class SequenceIds:
    """A source of identifiers of one kind of object."""

    def __init__(self, kind: str) -> None:
        self.kind = kind
        self._sequence = 0

    def new(self, taken: Container[str] = (), length: int = 8) -> str:
        """An identifier not in ``taken``."""
        while True:
            self._sequence += 1
            digest = hashlib.sha256(f"{self.kind}-{self._sequence}".encode()).digest()
            candidate = "".join(_ALPHABET[b % len(_ALPHABET)] for b in digest[:length])
            if candidate not in taken:
                return candidate
