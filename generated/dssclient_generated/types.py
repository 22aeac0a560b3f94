"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


class InvalidPathParameterError(ValueError):
    """A path parameter that no URL path segment can carry faithfully"""


# URL normalisation drops or resolves these segments, so they would address another resource.
_UNADDRESSABLE_SEGMENTS = frozenset({"", ".", ".."})


def path_segment(value: object) -> str:
    """The value as one percent-encoded URL path segment ("a/b" becomes "a%2Fb")

    Raises InvalidPathParameterError for "", "." and ".." (an HTTP client or a proxy would
    normalise them away and reach another resource) and for text that is not valid Unicode
    (a lone surrogate cannot be encoded as UTF-8).
    """
    text = str(value)
    if text in _UNADDRESSABLE_SEGMENTS:
        raise InvalidPathParameterError(
            f"path parameter {text!r} cannot be sent: the segments '', '.' and '..' address no resource"
        )
    try:
        return quote(text, safe="")
    except UnicodeEncodeError:
        raise InvalidPathParameterError(
            f"path parameter {text!r} cannot be sent: it is not valid Unicode text"
        ) from None


def path_segments(value: object) -> str:
    """The value as several percent-encoded URL path segments ("a b/c.json" becomes "a%20b/c.json")

    For multi-segment path parameters (a file's path inside a plugin, say): each
    '/'-separated segment is encoded as path_segment() encodes a whole value, and the
    slashes stay. Raises InvalidPathParameterError for a leading or trailing slash and for
    segments that are "", "." or "..", so that the value addresses nothing outside what it
    names, and for text that is not valid Unicode.
    """
    text = str(value)
    segments = text.split("/")
    if any(segment in _UNADDRESSABLE_SEGMENTS for segment in segments):
        raise InvalidPathParameterError(
            f"path {text!r} cannot be sent: it must be relative, without empty, '.' or '..' segments"
        )
    return "/".join(path_segment(segment) for segment in segments)


@dataclass(slots=True)
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@dataclass(slots=True)
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "InvalidPathParameterError",
    "RequestFiles",
    "Response",
    "Unset",
    "path_segment",
    "path_segments",
]
