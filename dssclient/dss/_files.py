# Derived from dssclient/aio/dss/_files.py by scripts/unasync.py: do not edit.
"""Files going up (uploads) and coming down (downloads written to disk), never held whole in memory."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterator
from typing import IO, Any

from .._stream import DSSStream

# Uploads that are not files (streams, text) are spooled to disk past this size.
_SPOOL_IN_MEMORY = 8 * 1024 * 1024
_COPY_CHUNK = 1024 * 1024


def upload_file_name(fp: Any, default: str = "file") -> str:
    """The name a file object's part is sent with: its base name, as the official client sends it."""
    name = getattr(fp, "name", None)
    return os.path.basename(name) if isinstance(name, str) and name else default


def upload_content(fp: Any) -> Any:
    """Content for ``multipart_body``: bytes and binary files as they are; streams and text spooled first.

    A download of dssclient (``get_export_stream``, say) can be uploaded as is: it is copied
    to a temporary file as it arrives, then sent from there.
    """
    if isinstance(fp, (bytes, bytearray, memoryview)):
        return bytes(fp)
    if isinstance(fp, str):
        return fp.encode("utf-8")
    if isinstance(fp, DSSStream):
        spool: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=_SPOOL_IN_MEMORY)
        with fp:
            for chunk in fp.iter_bytes():
                spool.write(chunk)
        spool.seek(0)
        return spool
    if isinstance(fp, io.TextIOBase):
        text_spool: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=_SPOOL_IN_MEMORY)
        while text := fp.read(_COPY_CHUNK):
            text_spool.write(text.encode("utf-8"))
        text_spool.seek(0)
        return text_spool
    if not callable(getattr(fp, "read", None)):
        raise TypeError(f"cannot upload a {type(fp).__name__}: give bytes or a binary file object")
    return fp


def raw_content(fp: Any) -> Any:
    """Content for a raw body (``application/octet-stream``): bytes as they are; a file object,
    a text stream or a download read in chunks as the request goes out (never whole in memory).
    """
    content = upload_content(fp)
    if isinstance(content, bytes):
        return content
    return _chunks_of(content)


def _chunks_of(fp: Any) -> Iterator[bytes]:
    while chunk := fp.read(_COPY_CHUNK):
        yield chunk


def write_to_file(stream: DSSStream, path: str | os.PathLike[str]) -> None:
    """Write a download to ``path`` as it arrives (``"-"``: standard output), then close it."""
    target = "/dev/stdout" if path == "-" else path
    with stream:
        with open(target, "wb") as file:
            for chunk in stream.iter_bytes():
                file.write(chunk)
