"""Files going up (uploads) and coming down (downloads written to disk), never held whole in memory."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from .._stream import AsyncDSSStream

# Uploads that are not files (streams, text) are spooled to disk past this size.
_SPOOL_IN_MEMORY = 8 * 1024 * 1024
_COPY_CHUNK = 1024 * 1024


def upload_file_name(fp: Any, default: str = "file") -> str:
    """The name a file object's part is sent with: its base name, as the official client sends it
    (a path's base name for an ``os.PathLike``)."""
    name = os.fspath(fp) if isinstance(fp, os.PathLike) else getattr(fp, "name", None)
    if isinstance(name, bytes):
        name = os.fsdecode(name)
    return os.path.basename(name) if isinstance(name, str) and name else default


def _refuse(fp: Any, method: str) -> TypeError:
    # The value itself stays out of the message: it may be a long text, or hold a secret.
    expected = "a binary file object, bytes, a download of dssclient, or an os.PathLike path (pathlib.Path)"
    if isinstance(fp, str):
        return TypeError(
            f"{method} takes {expected}, not a str: a str is neither read as a path nor sent as content; "
            "pass pathlib.Path(...) to upload the file at that path, or text.encode() to send the text"
        )
    return TypeError(f"{method} takes {expected}, not a {type(fp).__name__}")


@asynccontextmanager
async def upload_source(fp: Any, method: str) -> AsyncIterator[Any]:
    """The content of an upload, for ``multipart_body``: every upload method's one way to take it.

    Bytes go as they are; a binary file object is read as it is sent; an ``os.PathLike`` is
    opened, sent as it is read, and closed after; a text stream or a download of dssclient
    (``get_export_stream``, say) is spooled to a temporary file first (in memory up to 8 MiB),
    deleted after. A ``str`` and anything else are refused with a ``TypeError`` naming
    ``method`` (``"DSSDataset.uploaded_add_file"``), before anything is sent.
    """
    if isinstance(fp, (bytes, bytearray, memoryview)):
        yield bytes(fp)
        return
    if isinstance(fp, os.PathLike):
        with open(os.fspath(fp), "rb") as opened:
            yield opened
        return
    if isinstance(fp, str):
        raise _refuse(fp, method)
    if isinstance(fp, AsyncDSSStream):
        with tempfile.SpooledTemporaryFile(max_size=_SPOOL_IN_MEMORY) as spool:
            async with fp:
                async for chunk in fp.iter_bytes():
                    spool.write(chunk)
            spool.seek(0)
            yield spool
        return
    if isinstance(fp, io.TextIOBase):
        with tempfile.SpooledTemporaryFile(max_size=_SPOOL_IN_MEMORY) as text_spool:
            while text := fp.read(_COPY_CHUNK):
                text_spool.write(text.encode("utf-8"))
            text_spool.seek(0)
            yield text_spool
        return
    if not callable(getattr(fp, "read", None)):
        raise _refuse(fp, method)
    yield fp


@asynccontextmanager
async def raw_source(fp: Any, method: str) -> AsyncIterator[Any]:
    """The content of a raw body (``application/octet-stream``), taken as :func:`upload_source`
    takes it: bytes as they are, anything else read in chunks as the request goes out."""
    async with upload_source(fp, method) as content:
        yield content if isinstance(content, bytes) else _chunks_of(content)


async def _chunks_of(fp: Any) -> AsyncIterator[bytes]:
    while chunk := fp.read(_COPY_CHUNK):
        yield chunk


async def write_to_file(stream: AsyncDSSStream, path: str | os.PathLike[str]) -> None:
    """Write a download to ``path`` as it arrives (``"-"``: standard output), then close it."""
    target = "/dev/stdout" if path == "-" else path
    async with stream:
        with open(target, "wb") as file:
            async for chunk in stream.iter_bytes():
                file.write(chunk)
