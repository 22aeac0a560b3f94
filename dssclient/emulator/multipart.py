"""multipart/form-data uploads, parsed as they are read and written to disk, never held whole.

DSS takes file uploads (plugin archives, bundles, files of an uploaded dataset) as
multipart/form-data with a part named ``file``. The HTTP layer spools the request body to a
temporary file; this module cuts it into parts, each written to its own file in the
emulator's working directory, reading a bounded window at a time.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from typing import IO, BinaryIO

_WINDOW = 256 * 1024
_MAX_PART_HEAD = 16 * 1024
_TOKEN_PARAMETER = re.compile(r'(\w+)\*?=(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))')


class MultipartError(ValueError):
    """The body is not well-formed multipart/form-data."""


@dataclass(frozen=True)
class UploadedPart:
    """One part of an upload: its form field name, the file name it was sent with, its content on disk."""

    name: str
    filename: str | None
    content_type: str | None
    size: int
    path: Path

    def read_bytes(self) -> bytes:
        return self.path.read_bytes()

    def open(self) -> BinaryIO:
        return self.path.open("rb")


def boundary_of(content_type: str) -> str:
    """The boundary parameter of a multipart/form-data Content-Type."""
    message = Message()
    message["Content-Type"] = content_type
    if message.get_content_type() != "multipart/form-data":
        raise MultipartError(f"expected multipart/form-data, not {message.get_content_type()}")
    boundary = message.get_param("boundary")
    if not isinstance(boundary, str) or not boundary or len(boundary) > 200:
        raise MultipartError("multipart/form-data without a usable boundary")
    return boundary


def parse_multipart(source: BinaryIO, content_type: str, directory: Path) -> dict[str, UploadedPart]:
    """The parts of a multipart/form-data body read from ``source``, by field name (the last wins)."""
    delimiter = b"--" + boundary_of(content_type).encode("latin-1")
    reader = _Reader(source)
    # The preamble, up to the first delimiter line.
    if not reader.skip_to(delimiter):
        raise MultipartError("no part in the multipart body")
    parts: dict[str, UploadedPart] = {}
    written: list[Path] = []
    try:
        while True:
            after = reader.take(2)
            if after == b"--":
                # A field sent twice keeps its last part; the earlier ones are removed.
                for path in set(written) - {part.path for part in parts.values()}:
                    path.unlink(missing_ok=True)
                return parts
            if after != b"\r\n":
                raise MultipartError("malformed delimiter line in the multipart body")
            head = reader.take_until(b"\r\n\r\n", _MAX_PART_HEAD)
            if head is None:
                raise MultipartError("a part's headers never end")
            name, filename, part_type = _part_header(head)
            with tempfile.NamedTemporaryFile(dir=directory, prefix="upload-", delete=False) as target:
                written.append(Path(target.name))
                size = reader.copy_until(b"\r\n" + delimiter, target)
            if size is None:
                raise MultipartError("the multipart body ends inside a part")
            parts[name] = UploadedPart(name, filename, part_type, size, Path(target.name))
    except BaseException:
        # A body refused halfway leaves none of its parts on disk.
        for path in written:
            path.unlink(missing_ok=True)
        raise


def _part_header(head: bytes) -> tuple[str, str | None, str | None]:
    message = Message()
    for line in head.decode("utf-8", errors="replace").split("\r\n"):
        header, separator, value = line.partition(":")
        if separator:
            message[header.strip()] = value.strip()
    disposition = message.get("Content-Disposition", "")
    parameters = {
        key.lower(): quoted if quoted else bare for key, quoted, bare in _TOKEN_PARAMETER.findall(disposition)
    }
    if not disposition.lower().startswith("form-data") or not parameters.get("name"):
        raise MultipartError("a part without Content-Disposition: form-data; name=...")
    return parameters["name"], parameters.get("filename"), message.get("Content-Type")


class _Reader:
    """A bounded window over the source, for finding delimiters that may straddle two reads."""

    def __init__(self, source: BinaryIO) -> None:
        self._source = source
        self._buffer = b""
        self._ended = False

    def _fill(self) -> bool:
        if self._ended:
            return False
        data = self._source.read(_WINDOW)
        if not data:
            self._ended = True
            return False
        self._buffer += data
        return True

    def take(self, count: int) -> bytes:
        while len(self._buffer) < count and self._fill():
            pass
        taken, self._buffer = self._buffer[:count], self._buffer[count:]
        return taken

    def skip_to(self, marker: bytes) -> bool:
        while True:
            index = self._buffer.find(marker)
            if index >= 0:
                self._buffer = self._buffer[index + len(marker) :]
                return True
            self._buffer = self._buffer[-(len(marker) - 1) :] if len(marker) > 1 else b""
            if not self._fill():
                return False

    def take_until(self, marker: bytes, limit: int) -> bytes | None:
        while True:
            index = self._buffer.find(marker)
            if index >= 0:
                taken, self._buffer = self._buffer[:index], self._buffer[index + len(marker) :]
                return taken
            if len(self._buffer) > limit or not self._fill():
                return None

    def copy_until(self, marker: bytes, target: IO[bytes]) -> int | None:
        """Copy up to ``marker`` (excluded, consumed) into ``target``; the size copied, None at a premature end."""
        copied = 0
        while True:
            index = self._buffer.find(marker)
            if index >= 0:
                target.write(self._buffer[:index])
                self._buffer = self._buffer[index + len(marker) :]
                return copied + index
            # Keep what could be the start of the marker; write the rest.
            keep = len(marker) - 1
            if len(self._buffer) > keep:
                target.write(self._buffer[: len(self._buffer) - keep])
                copied += len(self._buffer) - keep
                self._buffer = self._buffer[len(self._buffer) - keep :]
            if not self._fill():
                return None
