"""The library of each project: its files and folders, kept on disk.

A project's library is a directory of the emulator's working directory, created on first use
as DSS creates a new project's library: the folders ``python`` and ``R`` and the file
``external-libraries.json`` (whose ``pythonPath`` lists the folders Python code imports from).

Every path comes from the client, so every path is confined: relative to the library's root
(one leading '/' is read as the root, as DSS reads what the official client sends), without
empty, ``.`` or ``..`` segments or NUL bytes, and resolved under the root before use (the
library never holds a link, but the check does not rely on it). A library's total size is
bounded by ``max_archive_unpacked_bytes``. Hold ``DSSState.lock`` while using the model.
"""

from __future__ import annotations

import base64
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any, TypeGuard

from ..errors import bad_request, conflict, not_found
from ..state import DSSState

# What DSS puts in a new project's library (see DSS's "Reusing Python code" documentation).
DEFAULT_FOLDERS = ("python", "R")
EXTERNAL_LIBRARIES = "external-libraries.json"
DEFAULT_EXTERNAL_LIBRARIES: dict[str, Any] = {
    "gitReferences": {},
    "pythonPath": ["python"],
    "rsrcPath": ["R"],
    "importLibrariesFromProjects": [],
}


def relative_path(path: Any, what: str = "path") -> str:
    """``path`` from the library's root: one leading '/' dropped, then refused (400) when it is
    empty or has an empty, ``.`` or ``..`` segment, a NUL byte or a backslash."""
    if not isinstance(path, str):
        raise bad_request(f"Invalid {what}: a string is expected")
    relative = path[1:] if path.startswith("/") else path
    pieces = relative.split("/")
    if relative == "" or any(piece in ("", ".", "..") or "\x00" in piece or "\\" in piece for piece in pieces):
        raise bad_request(f"Invalid {what} {path!r}: a path in the library, without empty, '.' or '..' segments")
    return relative


def folder_path(path: Any, what: str = "folder") -> str:
    """A folder's path from the library's root; ``""`` for the root itself (``/`` or empty)."""
    if isinstance(path, str) and path in ("", "/"):
        return ""
    return relative_path(path, what)


def _is_list(value: object) -> TypeGuard[list[Any]]:
    return isinstance(value, list)


class ProjectLibraries:
    """The libraries of the instance's projects, one directory each."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self._roots: dict[str, Path] = {}
        self._base: Path | None = None

    # -- where things are -------------------------------------------------------------------------

    def root(self, project_key: str) -> Path:
        """The project's library directory, created with DSS's defaults on first use."""
        found = self._roots.get(project_key)
        if found is None:
            if self._base is None:
                self._base = Path(tempfile.mkdtemp(prefix="dss-emulator-libraries-"))
            # A directory name of ours: a project key never becomes a path.
            found = Path(tempfile.mkdtemp(prefix="lib-", dir=self._base))
            for folder in DEFAULT_FOLDERS:
                (found / folder).mkdir()
            (found / EXTERNAL_LIBRARIES).write_text(json.dumps(DEFAULT_EXTERNAL_LIBRARIES, indent=2), encoding="utf-8")
            self._roots[project_key] = found
        return found

    def forget_project(self, project_key: str) -> None:
        found = self._roots.pop(project_key, None)
        if found is not None:
            shutil.rmtree(found, ignore_errors=True)

    def _resolve(self, project_key: str, relative: str) -> Path:
        root = self.root(project_key).resolve()
        target = (root / relative).resolve()
        if target == root or root not in target.parents:
            raise bad_request(f"Invalid path {relative!r}: outside the library")
        return target

    def _existing(self, project_key: str, path: Any, what: str = "path") -> tuple[str, Path]:
        relative = relative_path(path, what)
        target = self._resolve(project_key, relative)
        if not target.exists():
            raise not_found(f"No file or folder {relative} in the library of project {project_key}")
        return relative, target

    def _folder(self, project_key: str, relative: str) -> Path:
        """The folder at ``relative`` ("" for the root), which must exist."""
        if relative == "":
            return self.root(project_key).resolve()
        target = self._resolve(project_key, relative)
        if not target.is_dir():
            raise not_found(f"No folder {relative} in the library of project {project_key}")
        return target

    def _make_parents(self, project_key: str, relative: str) -> None:
        """Create the folders on ``relative``'s way; refused when a file is in the way."""
        pieces = relative.split("/")[:-1]
        for end in range(1, len(pieces) + 1):
            step = self._resolve(project_key, "/".join(pieces[:end]))
            if step.exists() and not step.is_dir():
                raise bad_request(f"Cannot create {relative}: {'/'.join(pieces[:end])} is a file, not a folder")
            step.mkdir(exist_ok=True)

    def _size(self, project_key: str) -> int:
        return sum(p.stat().st_size for p in self.root(project_key).rglob("*") if p.is_file())

    # -- what the handlers do ------------------------------------------------------------------------

    def tree(self, project_key: str) -> list[dict[str, Any]]:
        """The library's files and folders, sorted by name; folders have ``children``."""

        def nodes(folder: Path, prefix: str) -> list[dict[str, Any]]:
            found: list[dict[str, Any]] = []
            for entry in sorted(folder.iterdir(), key=lambda p: p.name):
                path = f"{prefix}{entry.name}"
                node: dict[str, Any] = {"name": entry.name, "path": path}
                if entry.is_dir():
                    node["children"] = nodes(entry, path + "/")
                found.append(node)
            return found

        return nodes(self.root(project_key), "")

    def read(self, project_key: str, path: Any, encoding: str | None) -> dict[str, Any]:
        relative, target = self._existing(project_key, path)
        if not target.is_file():
            raise bad_request(f"{relative} is a folder of the library of project {project_key}, not a file")
        content = target.read_bytes()
        # DSS reads the text as UTF-8 (what it does with malformed bytes is not known: replaced here).
        data = base64.b64encode(content).decode("ascii") if encoding == "base64" else content.decode("utf-8", "replace")
        return {"path": relative, "data": data}

    def write(self, project_key: str, path: Any, data: bytes) -> None:
        relative = relative_path(path)
        target = self._resolve(project_key, relative)
        if target.is_dir():
            raise bad_request(f"{relative} is a folder of the library of project {project_key}, not a file")
        limit = self.state.config.max_archive_unpacked_bytes
        old = target.stat().st_size if target.is_file() else 0
        if self._size(project_key) - old + len(data) > limit:
            raise bad_request(f"Refused: the library of project {project_key} would exceed {limit} bytes")
        self._make_parents(project_key, relative)
        target.write_bytes(data)

    def make_folder(self, project_key: str, path: Any) -> None:
        relative = relative_path(path)
        target = self._resolve(project_key, relative)
        if target.exists():
            # DSS's answer for a taken path is not documented: refused rather than merged.
            raise conflict(f"The library of project {project_key} already has a file or folder {relative}")
        self._make_parents(project_key, relative)
        target.mkdir()

    def delete(self, project_key: str, path: Any) -> None:
        _, target = self._existing(project_key, path)
        if target.is_dir():
            shutil.rmtree(target)
        else:
            target.unlink()

    def _move(self, project_key: str, relative: str, source: Path, destination: Path) -> None:
        if destination.exists():
            raise conflict(f"The library of project {project_key} already has a file or folder there ({relative})")
        if source.is_dir() and (destination == source or source in destination.parents):
            raise bad_request(f"Cannot move folder {relative} into itself")
        source.rename(destination)

    def rename(self, project_key: str, old_path: Any, new_name: Any) -> None:
        relative, source = self._existing(project_key, old_path, "oldPath")
        if not isinstance(new_name, str) or new_name in ("", ".", "..") or "/" in new_name or "\x00" in new_name:
            raise bad_request(f"Invalid newName {new_name!r}: a name, without '/'")
        if "\\" in new_name:
            raise bad_request(f"Invalid newName {new_name!r}: a name, without '/'")
        self._move(project_key, relative, source, source.parent / new_name)

    def move(self, project_key: str, old_path: Any, new_folder: Any) -> None:
        relative, source = self._existing(project_key, old_path, "oldPath")
        folder = self._folder(project_key, folder_path(new_folder, "newPath"))
        self._move(project_key, relative, source, folder / source.name)

    def copy_python_path(self, project_key: str, target: Path) -> list[Path]:
        """Copies, under ``target``, of the folders the project's Python code imports from (see
        :meth:`python_path`), in order: what a run puts on its ``PYTHONPATH``. A copy, so that the
        code run cannot change the library; nothing for a project whose library was never used."""
        if project_key not in self._roots:
            return []
        copies: list[Path] = []
        for index, folder in enumerate(self.python_path(project_key)):
            copy = target / f"{index}-{folder.name}"
            shutil.copytree(folder, copy, symlinks=False)
            copies.append(copy)
        return copies

    def python_path(self, project_key: str) -> list[Path]:
        """The folders Python code of the project imports from: ``pythonPath`` of
        ``external-libraries.json`` (``python`` when the file is missing or unreadable), confined."""
        root = self.root(project_key)
        try:
            declared: Any = json.loads((root / EXTERNAL_LIBRARIES).read_text(encoding="utf-8")).get("pythonPath")
        except (OSError, ValueError, AttributeError):
            declared = None
        entries: list[Any] = declared if _is_list(declared) else ["python"]
        found: list[Path] = []
        for entry in entries:
            try:
                folder = self._folder(project_key, folder_path(entry))
            except Exception:  # an entry naming nothing, or outside the library, is skipped
                continue
            found.append(folder)
        return found
