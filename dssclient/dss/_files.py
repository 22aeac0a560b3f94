# Derived from dssclient/aio/dss/_files.py by scripts/unasync.py: do not edit.
"""Files going up (uploads) and coming down (downloads written to disk), never held whole in memory."""

from __future__ import annotations

import contextlib
import io
import os
import secrets
import stat
import tempfile
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, BinaryIO

from .._stream import DSSStream

if TYPE_CHECKING:
    from typing_extensions import TypeIs

# Uploads that are not files (streams, text) are spooled to disk past this size.
_SPOOL_IN_MEMORY = 8 * 1024 * 1024
_COPY_CHUNK = 1024 * 1024


def _is_path(value: object) -> TypeIs[os.PathLike[str] | os.PathLike[bytes]]:
    # os.fspath gives a str or bytes for any os.PathLike (else it raises): the path's type is one of these two.
    return isinstance(value, os.PathLike)


def _is_bytes_like(value: object) -> TypeIs[bytes | bytearray | memoryview[Any]]:
    return isinstance(value, (bytes, bytearray, memoryview))


def upload_file_name(fp: Any, default: str = "file") -> str:
    """The name a file object's part is sent with: its base name, as the official client sends it
    (a path's base name for an ``os.PathLike``)."""
    name = os.fspath(fp) if _is_path(fp) else getattr(fp, "name", None)
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


@contextmanager
def upload_source(fp: Any, method: str) -> Generator[Any]:
    """The content of an upload, for ``multipart_body``: every upload method's one way to take it.

    Bytes go as they are; a binary file object is read as it is sent; an ``os.PathLike`` is
    opened, sent as it is read, and closed after; a text stream or a download of dssclient
    (``get_export_stream``, say) is spooled to a temporary file first (in memory up to 8 MiB),
    deleted after. A ``str`` and anything else are refused with a ``TypeError`` naming
    ``method`` (``"DSSDataset.uploaded_add_file"``), before anything is sent.
    """
    if _is_bytes_like(fp):
        yield bytes(fp)
        return
    if _is_path(fp):
        with open(os.fspath(fp), "rb") as opened:
            yield opened
        return
    if isinstance(fp, str):
        raise _refuse(fp, method)
    if isinstance(fp, DSSStream):
        with tempfile.SpooledTemporaryFile(max_size=_SPOOL_IN_MEMORY) as spool:
            with fp:
                for chunk in fp.iter_bytes():
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


@contextmanager
def raw_source(fp: Any, method: str) -> Generator[Any]:
    """The content of a raw body (``application/octet-stream``), taken as :func:`upload_source`
    takes it: bytes as they are, anything else read in chunks as the request goes out."""
    with upload_source(fp, method) as content:
        yield content if isinstance(content, bytes) else _chunks_of(content)


def _chunks_of(fp: Any) -> Iterator[bytes]:
    while chunk := fp.read(_COPY_CHUNK):
        yield chunk


def write_to_file(stream: DSSStream, path: str | os.PathLike[str]) -> None:
    """Write a download to ``path`` as it arrives, then close it: every ``*_to_file`` method's one way.

    The bytes go to a temporary file next to ``path`` (same directory, so same file system),
    renamed onto ``path`` (``os.replace``) once the whole download arrived: a download that
    is cut, refused or interrupted leaves ``path`` as it was (absent, or with its previous
    content) and no temporary file. ``"-"`` writes to standard output, as it arrives.
    """
    with stream:
        if path == "-":
            with open("/dev/stdout", "wb") as out:
                for chunk in stream.iter_content(_COPY_CHUNK):
                    out.write(chunk)
            return
        target = os.fspath(path)
        temporary, file = _temporary_next_to(target)
        try:
            with file:
                for chunk in stream.iter_content(_COPY_CHUNK):
                    file.write(chunk)
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise


def _temporary_next_to(target: str) -> tuple[str, BinaryIO]:
    """A new file in ``target``'s directory, created as ``open(target, "wb")`` would create it
    (the umask applies; an existing target's permissions are kept)."""
    directory, name = os.path.split(os.path.abspath(target))
    for _ in range(100):
        temporary = os.path.join(directory, f".{name}.{secrets.token_hex(4)}.part")
        try:
            descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
        with contextlib.suppress(OSError):
            os.chmod(temporary, stat.S_IMODE(os.stat(target).st_mode))
        return temporary, os.fdopen(descriptor, "wb")
    raise FileExistsError(f"no free temporary name next to {target}")
