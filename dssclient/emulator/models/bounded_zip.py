"""Zip archives read within bounds: what a hostile archive (a zip bomb) cannot get past.

Every archive the emulator accepts (project exports, bundles, plugin zips, API service
packages) is opened through ``BoundedZip``. Before a byte is inflated, the archive's central
directory is checked: how many entries, how large they say they unpack (in total), and how
much they say they inflate (the ratio of unpacked to packed size, in total and per entry).
Headers can lie, so the bytes really inflated are counted too, as members are streamed: an
entry that inflates past its declared size, past the ratio or past the archive's budget is
refused there. Members are read a piece at a time; only those the emulator keeps as documents
(JSON files) are read whole, each at most ``MAX_MEMBER_BYTES``.

A refusal is a DSS-style 400 naming the archive and the bound, raised before anything is
created from the archive.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO, BinaryIO

from ..config import EmulatorConfig
from ..errors import DSSError, bad_request

# Largest member read whole into memory (a JSON document of the archive).
MAX_MEMBER_BYTES = 16 * 1024 * 1024
# Most entries an archive may hold.
MAX_ENTRIES = 100_000
# The ratio bound applies past this many unpacked bytes: small, very regular files (a JSON
# document of blanks, a periodic test file) compress far better than data, and are harmless.
RATIO_GRACE_BYTES = 8 * 1024 * 1024
_PIECE = 64 * 1024


@dataclass(frozen=True)
class ArchiveLimits:
    """How far an archive may unpack: in total (declared and really inflated), and by ratio."""

    max_unpacked_bytes: int
    max_ratio: float
    max_entries: int = MAX_ENTRIES

    @classmethod
    def of(cls, config: EmulatorConfig) -> ArchiveLimits:
        """The limits an ``EmulatorConfig`` sets."""
        return cls(config.max_archive_unpacked_bytes, config.max_archive_ratio)


class BoundedZip:
    """A zip archive opened for reading within ``limits``; use as a context manager.

    ``what`` names the archive in refusals ("plugin archive", "bundle", ...).
    """

    def __init__(self, source: Path | BinaryIO, limits: ArchiveLimits, what: str) -> None:
        self.what = what
        self.limits = limits
        self._inflated = 0
        try:
            self.archive = zipfile.ZipFile(source)
        except zipfile.BadZipFile:
            raise bad_request(f"The {what} is not a zip archive") from None
        except (zipfile.LargeZipFile, NotImplementedError, EOFError, ValueError, OSError) as error:
            raise bad_request(f"The {what} cannot be read: {error}") from None
        try:
            self._check_declared()
        except BaseException:
            self.archive.close()
            raise

    def __enter__(self) -> BoundedZip:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.archive.close()

    def close(self) -> None:
        self.archive.close()

    def infolist(self) -> list[zipfile.ZipInfo]:
        return self.archive.infolist()

    def namelist(self) -> list[str]:
        return self.archive.namelist()

    def _check_declared(self) -> None:
        entries = self.archive.infolist()
        limits = self.limits
        if len(entries) > limits.max_entries:
            raise self._refusal(f"it holds {len(entries)} entries, more than {limits.max_entries}")
        unpacked = sum(entry.file_size for entry in entries)
        packed = sum(entry.compress_size for entry in entries)
        if unpacked > limits.max_unpacked_bytes:
            raise self._refusal(f"it would unpack to {unpacked} bytes, more than {limits.max_unpacked_bytes}")
        for entry in [*entries, None]:
            size, compressed = (unpacked, packed) if entry is None else (entry.file_size, entry.compress_size)
            if size > RATIO_GRACE_BYTES and size > limits.max_ratio * max(compressed, 1):
                name = "it" if entry is None else f"its entry {entry.filename}"
                raise self._refusal(
                    f"{name} would inflate {size} bytes out of {compressed}, more than {limits.max_ratio:g} times"
                )

    def _refusal(self, reason: str) -> DSSError:
        return bad_request(f"The {self.what} is refused, nothing was unpacked: {reason} (a zip bomb?)")

    def pieces(self, info: zipfile.ZipInfo | str) -> Iterator[bytes]:
        """The member's content, a piece at a time, its inflated bytes counted against the bounds."""
        if isinstance(info, str):
            info = self.archive.getinfo(info)
        inflated = 0
        try:
            with self.archive.open(info) as member:
                while piece := member.read(_PIECE):
                    inflated += len(piece)
                    self._inflated += len(piece)
                    if inflated > info.file_size:
                        raise self._streaming_refusal(f"its entry {info.filename} inflates past its declared size")
                    if inflated > RATIO_GRACE_BYTES and inflated > self.limits.max_ratio * max(info.compress_size, 1):
                        raise self._streaming_refusal(
                            f"its entry {info.filename} inflates more than {self.limits.max_ratio:g} times"
                        )
                    if self._inflated > self.limits.max_unpacked_bytes:
                        raise self._streaming_refusal(f"it inflates past {self.limits.max_unpacked_bytes} bytes")
                    yield piece
        except zipfile.BadZipFile as error:
            raise bad_request(f"The {self.what} cannot be read: {error}") from None
        except (zipfile.LargeZipFile, NotImplementedError, EOFError, ValueError, OSError) as error:
            raise bad_request(f"The {self.what} cannot be read: {error}") from None

    def _streaming_refusal(self, reason: str) -> DSSError:
        return bad_request(f"The {self.what} is refused: {reason} (its headers lie: a zip bomb?)")

    def read(self, name: str, max_bytes: int = MAX_MEMBER_BYTES) -> bytes:
        """A member read whole (a document), at most ``max_bytes``; a missing member is a KeyError."""
        info = self.archive.getinfo(name)
        if info.file_size > max_bytes:
            raise bad_request(f"The {self.what}'s entry {name} is larger than {max_bytes} bytes")
        content = bytearray()
        for piece in self.pieces(info):
            content += piece
            if len(content) > max_bytes:
                raise bad_request(f"The {self.what}'s entry {name} is larger than {max_bytes} bytes")
        return bytes(content)

    def copy(self, info: zipfile.ZipInfo, target: IO[bytes]) -> None:
        """Stream a member into ``target``."""
        for piece in self.pieces(info):
            target.write(piece)
