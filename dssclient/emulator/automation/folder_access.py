"""What the ``dataiku.Folder`` of recipes and scenario steps asks of the emulator (issue 18).

The shim names a folder by identifier or name (``PROJECTKEY.id`` for another project's) and
paths as DSS writes them (a leading ``/`` is the folder's root); every path goes through the
same checks as the REST API's (``models.managed_folders.checked_path``, then ``locate``).

Rights, as for datasets: a recipe reads its input folders (and its output ones, which DSS's
package also lists and reads) and writes its output folders only; a scenario step reads the
folders of its project and writes none. On top, the user who runs the code must hold the right
on the folder's project (``readProjectContent`` to read, ``writeProjectContent`` to write).

Files go through the run's directory, never through the protocol's lines: a read copies the
file there (the code opens the copy), a write is staged there and renamed into the folder when
the code closes its writer, so that the folder only ever holds whole files.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

from ..models.managed_folders import ManagedFolder, ManagedFolders, delete_path, install, list_items
from .access import READ, WRITE, rights
from .python import RequestRefused

OPERATIONS = frozenset(
    {"folder_info", "folder_list", "folder_read", "folder_stage", "folder_put", "folder_delete", "folder_path"}
)


def handle_folder_request(session: Any, request: dict[str, Any]) -> Any:
    """Answer one request of ``dataiku.Folder`` for a ``PythonSession``."""
    op = str(request.get("op"))
    write = op in ("folder_stage", "folder_put", "folder_delete")
    folder = _folder(session, str(request.get("folder")), write)
    if op == "folder_info":
        return {
            "id": folder.id,
            "projectKey": folder.project_key,
            "name": folder.name,
            "type": folder.definition.get("type"),
            "partitioning": folder.definition.get("partitioning"),
        }
    if op == "folder_path":
        raise RequestRefused(
            f"dataiku.Folder.get_path() is not available in the DSS emulator: folder {folder.id}'s files cannot be "
            "handed out as a local directory while keeping its paths confined; use get_download_stream(), "
            "upload_stream(), upload_data(), upload_file() or get_writer()"
        )
    if op == "folder_list":
        prefix = _checked(folder, request.get("prefix") or "/", allow_root=True)
        return [item["path"] for item in list_items(folder, prefix)]
    if op == "folder_read":
        source = folder.locate(request.get("path"))
        if not source.is_file() or source.is_symlink():
            raise RequestRefused(f"Managed folder {folder.id} has no file {request.get('path')}")
        session._files += 1
        copy = session.workdir / f"folder-input-{session._files}"
        shutil.copyfile(source, copy)
        return str(copy)
    if op == "folder_stage":
        folder.locate(request.get("path"))  # refused now rather than when the writer closes
        session._files += 1
        staged = session.workdir / f"folder-output-{session._files}"
        staged.touch()
        return str(staged)
    if op == "folder_put":
        staged = Path(str(request.get("staged"))).resolve()
        if staged.parent != Path(session.workdir).resolve() or not staged.name.startswith("folder-output-"):
            raise RequestRefused("Only a file staged by get_writer() or upload_*() can be put into a folder")
        if not staged.is_file() or staged.is_symlink():
            raise RequestRefused("The staged file is gone")
        with session.state.lock:
            when = session.state.clock()
        item = install(folder, str(request.get("path")), staged, when)
        return item
    if op == "folder_delete":
        delete_path(folder, str(request.get("path")))
        return None
    raise RequestRefused(f"The emulator's dataiku package does not do {op!r}")


def _checked(folder: ManagedFolder, path: Any, allow_root: bool = False) -> str:
    target = folder.locate(path, allow_root=allow_root)
    return os.path.relpath(target, folder.directory).replace(os.sep, "/") if target != folder.directory else ""


def _folder(session: Any, lookup: str, write: bool) -> ManagedFolder:
    """The folder ``lookup`` names (id or name, ``PROJECTKEY.`` first for another project's), if the code may
    read (or write) it."""
    owner, _, local = lookup.rpartition(".") if "." in lookup else ("", "", lookup)
    owner = owner or session.project_key
    state = session.state
    with state.lock:
        folders = state.extension(ManagedFolders).of_project(owner)
        folder: ManagedFolder | None = folders.get(local) or next(
            (f for f in folders.values() if f.name == local), None
        )
        project = state.projects.get(owner)
        user = state.identity_of(session.login) if session.login is not None else None
        if folder is None or project is None:
            raise RequestRefused(f"Managed folder {owner}.{local} does not exist")
        ref = folder.id if owner == session.project_key else f"{owner}.{folder.id}"
        granted: set[str] = rights(project, user) if user is not None else set()
    if write:
        if owner != session.project_key:
            raise RequestRefused(f"Managed folder {ref} belongs to another project: code writes into its own only")
        if ref not in session.writable:
            raise RequestRefused(f"Managed folder {ref} is not an output of this recipe: it cannot be written")
        if WRITE not in granted:
            raise RequestRefused(f"User {session.login} may not write the content of project {owner}")
        return folder
    readable = session.readable
    if readable is not None and ref not in readable and ref not in session.writable:
        raise RequestRefused(
            f"Managed folder {ref} is neither an input nor an output of this recipe: it cannot be read"
        )
    if READ not in granted:
        raise RequestRefused(f"User {session.login} may not read the content of project {owner}")
    return folder
