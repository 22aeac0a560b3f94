"""Paths of files inside a managed folder: one rule, for the client, the emulator and its recipes.

A path names a file from the folder's root. DSS writes them with a leading ``/`` (the folder's
root: ``/2024/report.csv``, as ``list_contents`` answers them), and the official client's examples
pass them so; one leading ``/`` is therefore the root, not the machine's. Anything else that
could reach outside the folder, or mean something else on the way, is refused: an empty, ``.``
or ``..`` segment (``a//b``, ``../x``, ``//etc/passwd``), a backslash, a NUL or another control
character, and a segment that percent-decodes (once or repeatedly) to one of those or to a
slash (``%2e%2e``, ``a%2Fb``, ``%252e%252e``), which a server or proxy decoding twice would see.
"""

from __future__ import annotations

import urllib.parse

_MAX_DECODINGS = 4


class FolderPathError(ValueError):
    """A path that does not stay inside its managed folder (or names no file)."""


def _segment_problem(segment: str) -> str | None:
    if segment in ("", ".", ".."):
        return "an empty, '.' or '..' segment"
    if "\\" in segment:
        return "a backslash"
    if any(ord(character) < 0x20 or ord(character) == 0x7F for character in segment):
        return "a NUL or control character"
    decoded = segment
    for _ in range(_MAX_DECODINGS):
        if "%" not in decoded:
            return None
        again = urllib.parse.unquote(decoded, errors="replace")
        if again == decoded:
            return None
        decoded = again
        if decoded in (".", "..") or any(c in decoded for c in ("/", "\\")) or any(ord(c) < 0x20 for c in decoded):
            return "a percent-encoded '.', '..', slash, backslash or control character"
    return "too many layers of percent-encoding"


def folder_relative_path(path: object, *, allow_root: bool = False) -> str:
    """``path`` as the '/'-separated path from the folder's root, without leading slash.

    Raises ``FolderPathError`` (a ``ValueError``) naming what is wrong. The folder's root
    itself (``""`` or ``"/"``) is refused unless ``allow_root``; it is then answered as ``""``.
    """
    if not isinstance(path, str):
        raise FolderPathError(f"a path in a managed folder is a str, not a {type(path).__name__}")
    relative = path[1:] if path.startswith("/") else path
    if relative == "":
        if allow_root:
            return ""
        raise FolderPathError(f"the path {path!r} names the folder's root, not a file in it")
    for segment in relative.split("/"):
        problem = _segment_problem(segment)
        if problem is not None:
            raise FolderPathError(f"the path {path!r} is refused: it has {problem}, and could leave its managed folder")
    return relative
