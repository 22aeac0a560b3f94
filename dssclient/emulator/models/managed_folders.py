"""Managed folders of projects: their definitions, and their files, real files on disk.

Each folder's files live in a directory of its own under the emulator's working directory
(``managed_folders/<random>``), never named after anything a client sent. Every path a client
or a recipe gives goes through ``dssclient._folder_paths`` (one leading ``/`` is the folder's
root; ``..``, empty segments, backslashes, NUL and their percent-encoded forms are refused),
then is resolved and checked to lie inside the folder's directory.

Files arrive whole or not at all: an upload is spooled to a temporary file by the HTTP layer
and renamed onto its path (``os.replace``), a copy writes temporary files renamed likewise.
Hold ``DSSState.lock`` while reading or changing the definitions; the files are read and
written outside it (a rename is atomic, and a download reads from a handle opened under it).
"""

from __future__ import annotations

import copy
import hashlib
import os
import shutil
import string
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from ..._folder_paths import FolderPathError, folder_relative_path
from ..automation.metrics import DatasetMetrics, MetricDefinition
from ..errors import ALREADY_EXISTS, DSSError, bad_request, not_found
from ..state import DSSState, user_tag

_ID_ALPHABET = string.ascii_letters + string.digits
_CHUNK = 1024 * 1024
# Bounds: folders per project, and files a listing (or a copy, or a metric) walks.
MAX_FOLDERS_PER_PROJECT = 10_000
MAX_FILES_PER_FOLDER = 100_000
# Where the official client creates folders by default: a file-based connection every DSS has.
DEFAULT_CONNECTION = "filesystem_folders"

# The probes of a folder: "basic" gives its file count and total size.
FOLDER_METRICS = {
    "basic:COUNT_FILES": MetricDefinition("basic:COUNT_FILES", "basic", "COUNT_FILES", "BIGINT", "Files count"),
    "basic:SIZE": MetricDefinition("basic:SIZE", "basic", "SIZE", "BIGINT", "Total size"),
}
NOT_PARTITIONED = "NP"


def checked_path(path: object, *, allow_root: bool = False) -> str:
    """A client's path as the folder-relative path, or a 400 naming what is wrong."""
    try:
        return folder_relative_path(path, allow_root=allow_root)
    except FolderPathError as error:
        raise bad_request(str(error)) from None


@dataclass
class ManagedFolder:
    definition: dict[str, Any]
    directory: Path
    metrics: DatasetMetrics = field(default_factory=DatasetMetrics)

    @property
    def id(self) -> str:
        return str(self.definition["id"])

    @property
    def project_key(self) -> str:
        return str(self.definition["projectKey"])

    @property
    def name(self) -> str:
        return str(self.definition["name"])

    def locate(self, path: object, *, allow_root: bool = False) -> Path:
        """The file ``path`` names, inside this folder's directory (else a 400)."""
        relative = checked_path(path, allow_root=allow_root)
        target = self.directory.joinpath(*relative.split("/")) if relative else self.directory
        # Defence in depth: nothing the folder holds is a link, and the target must stay inside.
        root = self.directory.resolve()
        resolved = target.resolve()
        if resolved != root and root not in resolved.parents:
            raise bad_request(f"The path {path!r} leaves managed folder {self.id}")
        return target

    def files(self) -> Iterator[tuple[str, os.stat_result]]:
        """Every file of the folder (at any depth): its path from the root, with a leading '/', and its stat."""
        count = 0
        for root, directories, names in os.walk(self.directory):
            directories.sort()
            for name in sorted(names):
                full = os.path.join(root, name)
                if os.path.islink(full):
                    continue
                count += 1
                if count > MAX_FILES_PER_FOLDER:
                    raise bad_request(f"Managed folder {self.id} holds more than {MAX_FILES_PER_FOLDER} files")
                relative = os.path.relpath(full, self.directory).replace(os.sep, "/")
                yield "/" + relative, os.stat(full)


def item_of(path: str, info: os.stat_result) -> dict[str, Any]:
    return {"path": path, "size": info.st_size, "lastModified": int(info.st_mtime * 1000)}


class ManagedFolders:
    """The managed folders of every project (a ``DSSState`` extension). Hold ``state.lock``."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self.folders: dict[str, dict[str, ManagedFolder]] = {}
        self.root: Path | None = None
        self._sequence = 0

    def storage(self, workdir: Path) -> Path:
        if self.root is None:
            self.root = Path(workdir) / "managed_folders"
            self.root.mkdir(parents=True, exist_ok=True)
        return self.root

    def of_project(self, project_key: str) -> dict[str, ManagedFolder]:
        return self.folders.get(project_key, {})

    def get(self, project_key: str, folder_id: str) -> ManagedFolder:
        folder = self.of_project(project_key).get(folder_id)
        if folder is None:
            raise not_found(f"Managed folder {project_key}.{folder_id} does not exist")
        return folder

    def by_name(self, project_key: str, name: str) -> ManagedFolder | None:
        return next((f for f in self.of_project(project_key).values() if f.name == name), None)

    def create(self, workdir: Path, project_key: str, fields: dict[str, Any], creator: str, when: int) -> ManagedFolder:
        name = fields.get("name")
        if not isinstance(name, str) or not name.strip():
            raise bad_request("A managed folder's name must not be blank")
        if self.by_name(project_key, name) is not None:
            raise DSSError(409, ALREADY_EXISTS, f"A managed folder named {name!r} already exists in {project_key}")
        folders = self.folders.setdefault(project_key, {})
        if len(folders) >= MAX_FOLDERS_PER_PROJECT:
            raise bad_request(f"Project {project_key} has {MAX_FOLDERS_PER_PROJECT} managed folders, the most it may")
        folder_id = self._new_id(project_key)
        given: Any = fields.get("params")
        params: dict[str, Any] = copy.deepcopy(cast("dict[str, Any]", given)) if isinstance(given, dict) else {}
        params.setdefault("connection", DEFAULT_CONNECTION)
        params.setdefault("path", "/${projectKey}/${odbId}")
        folder_type = fields.get("type") if isinstance(fields.get("type"), str) else None
        tag = user_tag(creator, when)
        definition: dict[str, Any] = {
            "projectKey": project_key,
            "id": folder_id,
            "name": name,
            "type": folder_type or "Filesystem",
            "params": params,
            "partitioning": {"dimensions": []},
            "metrics": {"probes": [{"type": "basic", "enabled": True, "computeOnBuildMode": "PARTITION"}]},
            "metricsChecks": {"runOnBuild": False, "checks": []},
            "tags": [],
            "checklists": {"checklists": []},
            "customFields": {},
            "flowOptions": {"virtualizable": False, "rebuildBehavior": "NORMAL"},
            "creationTag": tag,
            "versionTag": copy.deepcopy(tag),
        }
        directory = Path(tempfile.mkdtemp(prefix="folder-", dir=self.storage(workdir)))
        folder = ManagedFolder(definition, directory)
        folders[folder_id] = folder
        return folder

    def _new_id(self, project_key: str) -> str:
        # Opaque, but drawn from a sequence: two emulators given the same calls agree.
        taken = self.of_project(project_key)
        while True:
            self._sequence += 1
            digest = hashlib.sha256(f"{project_key}-folder-{self._sequence}".encode()).digest()
            candidate = "".join(_ID_ALPHABET[byte % len(_ID_ALPHABET)] for byte in digest[:8])
            if candidate not in taken:
                return candidate

    def save(self, folder: ManagedFolder, definition: dict[str, Any], editor: str, when: int) -> None:
        for key, authoritative in (("id", folder.id), ("projectKey", folder.project_key), ("name", folder.name)):
            value = definition.get(key)
            if value is not None and value != authoritative:
                hint = " (rename it with renameManagedFolder)" if key == "name" else ""
                raise bad_request(f"A managed folder's {key} cannot change on save{hint}: {value!r}")
        saved = copy.deepcopy(definition)
        saved.update({"id": folder.id, "projectKey": folder.project_key, "name": folder.name})
        version: Any = folder.definition.get("versionTag")
        number: Any = cast("dict[str, Any]", version).get("versionNumber") if isinstance(version, dict) else None
        tag = user_tag(editor, when)
        tag["versionNumber"] = (number if isinstance(number, int) else 0) + 1
        saved["versionTag"] = tag
        saved.setdefault("creationTag", folder.definition.get("creationTag"))
        folder.definition = saved

    def rename(self, folder: ManagedFolder, new_name: str) -> None:
        if not new_name.strip():
            raise bad_request("A managed folder's name must not be blank")
        other = self.by_name(folder.project_key, new_name)
        if other is not None and other is not folder:
            raise DSSError(
                409, ALREADY_EXISTS, f"A managed folder named {new_name!r} already exists in {folder.project_key}"
            )
        folder.definition["name"] = new_name

    def delete(self, folder: ManagedFolder, drop_data: bool) -> None:
        self.folders.get(folder.project_key, {}).pop(folder.id, None)
        if drop_data:
            shutil.rmtree(folder.directory, ignore_errors=True)

    def forget_project(self, project_key: str) -> None:
        for folder in self.folders.pop(project_key, {}).values():
            shutil.rmtree(folder.directory, ignore_errors=True)


# -- files (outside the state lock) ------------------------------------------------------------


def install(folder: ManagedFolder, path: str, source: Path, when: int) -> dict[str, Any]:
    """Move ``source`` (a finished temporary file on the same file system) onto ``path``, atomically;
    its modification time becomes ``when`` (epoch ms, the instance's clock)."""
    target = folder.locate(path)
    if target.is_dir():
        raise bad_request(f"{path!r} is a folder in managed folder {folder.id}, not a file")
    for parent in reversed(target.relative_to(folder.directory).parents):
        step = folder.directory / parent
        if step.exists() and not step.is_dir():
            raise bad_request(f"{path!r} cannot be written: {'/' + parent.as_posix()!r} is a file")
    target.parent.mkdir(parents=True, exist_ok=True)
    os.utime(source, ns=(when * 1_000_000, when * 1_000_000))
    os.replace(source, target)
    return item_of("/" + target.relative_to(folder.directory).as_posix(), target.stat())


def open_file(folder: ManagedFolder, path: str) -> tuple[int, Callable[[], Iterator[bytes]]]:
    """The size of a file and its content as chunks, read from a handle opened now (an upload
    replacing the file meanwhile does not change what this answer sends)."""
    target = folder.locate(path)
    if not target.is_file() or target.is_symlink():
        raise not_found(f"Managed folder {folder.id} has no file {path}")
    handle = target.open("rb")
    size = os.fstat(handle.fileno()).st_size

    def chunks() -> Iterator[bytes]:
        try:
            remaining = size
            while remaining > 0:
                chunk = handle.read(min(_CHUNK, remaining))
                if not chunk:
                    break
                remaining -= len(chunk)
                yield chunk
        finally:
            handle.close()

    return size, chunks


def delete_path(folder: ManagedFolder, path: str) -> None:
    """Delete the file, or the folder with everything in it; nothing there is no error."""
    target = folder.locate(path)
    if target.is_symlink() or target.is_file():
        target.unlink(missing_ok=True)
    elif target.is_dir():
        shutil.rmtree(target, ignore_errors=True)


def list_items(folder: ManagedFolder, prefix: str = "") -> list[dict[str, Any]]:
    """Every file of the folder, or of its sub-folder ``prefix`` (folder-relative, checked)."""
    items = [item_of(path, info) for path, info in folder.files()]
    if not prefix:
        return items
    wanted = "/" + prefix.rstrip("/")
    return [item for item in items if item["path"] == wanted or item["path"].startswith(wanted + "/")]


def temporary_file(folder: ManagedFolder) -> tuple[Path, Any]:
    """A new temporary file beside the folder's directory (same file system), open for writing."""
    descriptor, name = tempfile.mkstemp(prefix=".writing-", dir=folder.directory.parent)
    return Path(name), os.fdopen(descriptor, "wb")


def copy_files(
    source: ManagedFolder,
    target: ManagedFolder,
    overwrite: bool,
    check_abort: Callable[[], None],
    clock: Callable[[], int],
) -> int:
    """Copy every file of ``source`` into ``target`` (emptied first when ``overwrite``); answers how many."""
    planned = [path for path, _ in source.files()]
    if overwrite:
        for child in list(target.directory.iterdir()):
            if child.is_dir() and not child.is_symlink():
                shutil.rmtree(child, ignore_errors=True)
            else:
                child.unlink(missing_ok=True)
    copied = 0
    for path in planned:
        check_abort()
        origin = source.locate(path)
        temporary, out = temporary_file(target)
        try:
            with out, origin.open("rb") as read:
                shutil.copyfileobj(read, out, _CHUNK)
            install(target, path, temporary, clock())
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        copied += 1
    return copied


def compute_metrics(folder: ManagedFolder, wanted: list[MetricDefinition]) -> list[tuple[MetricDefinition, str]]:
    count = size = 0
    for _, info in folder.files():
        count += 1
        size += info.st_size
    values = {"basic:COUNT_FILES": str(count), "basic:SIZE": str(size)}
    return [(metric, values[metric.id]) for metric in wanted]


def metrics_of_probes(probes: Any) -> list[MetricDefinition]:
    """The metrics of a folder's enabled probes (``basic``: file count and size); other probe types are
    refused: how DSS computes them on a folder is not modelled."""
    given: Any = probes
    if not isinstance(given, list):
        raise bad_request("probes must be a list")
    wanted: list[MetricDefinition] = []
    entries = cast("Sequence[Any]", given)
    for item in entries:
        if not isinstance(item, dict):
            continue
        probe = cast("dict[str, Any]", item)
        if probe.get("enabled") is False:
            continue
        if probe.get("type") != "basic":
            raise bad_request(
                f"The emulator computes the 'basic' probe of managed folders only, not {probe.get('type')!r}"
            )
        wanted += [FOLDER_METRICS["basic:COUNT_FILES"], FOLDER_METRICS["basic:SIZE"]]
    return wanted


def metric_by_id(metric_id: object) -> MetricDefinition:
    found = FOLDER_METRICS.get(str(metric_id))
    if found is None:
        known = ", ".join(sorted(FOLDER_METRICS))
        raise bad_request(f"Unknown metric of a managed folder: {metric_id!r} (known: {known})")
    return found
