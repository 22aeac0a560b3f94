"""The project folder tree: folders under ROOT, and the folder each project sits in.

A project not placed anywhere sits in ROOT (projects are created by other parts of the
emulator too). Folder identifiers are opaque strings chosen here, as DSS chooses them.
"""

from __future__ import annotations

import copy
import hashlib
import string
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from dssclient._json import is_array, is_object

from ..errors import UNAUTHORIZED, bad_request, conflict, forbidden, not_found
from ..state import DSSState, User

ROOT = "ROOT"
_ID_ALPHABET = string.ascii_letters + string.digits


@dataclass
class ProjectFolder:
    folder_id: str
    parent_id: str | None
    # name, owner, permissions: what getProjectFolderSettings answers, stored as saved.
    settings: dict[str, Any]
    children: list[str] = field(default_factory=list[str])

    @property
    def name(self) -> str | None:
        name = self.settings.get("name")
        return name if isinstance(name, str) else None

    def may_write(self, user: User) -> bool:
        if user.admin or self.settings.get("owner") == user.login:
            return True
        permissions = self.settings.get("permissions")
        for entry in permissions if is_array(permissions) else []:
            if not is_object(entry):
                continue
            if entry.get("user") == user.login or entry.get("group") in user.groups:
                if entry.get("writeContents") is True or entry.get("admin") is True:
                    return True
        return False


class ProjectFolders:
    """The folder tree of the instance (a ``DSSState`` extension). Call its methods with ``state.lock`` held."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self.folders: dict[str, ProjectFolder] = {
            ROOT: ProjectFolder(ROOT, None, {"owner": "admin", "permissions": []})
        }
        # project key -> folder id, for projects placed outside ROOT.
        self.placement: dict[str, str] = {}
        self._sequence = 0

    # -- reading --------------------------------------------------------------

    def folder(self, folder_id: str) -> ProjectFolder:
        found = self.folders.get(folder_id)
        if found is None:
            raise not_found(f"Project folder does not exist: {folder_id}")
        return found

    def folder_of(self, project_key: str) -> str:
        return self.placement.get(project_key, ROOT)

    def project_keys(self, folder_id: str, user: User) -> list[str]:
        return [
            key
            for key, project in self.state.projects.items()
            if self.folder_of(key) == folder_id and project.readable_by(user)
        ]

    def describe(self, folder_id: str, user: User) -> dict[str, Any]:
        """The folder as getProjectFolder answers it."""
        folder = self.folder(folder_id)
        described: dict[str, Any] = {"id": folder.folder_id}
        if folder.parent_id is not None:
            described["name"] = folder.name or ""
            described["parentId"] = folder.parent_id
        described["childrenIds"] = list(folder.children)
        described["projectKeys"] = self.project_keys(folder_id, user)
        return described

    def writable(self, folder_id: str, user: User) -> ProjectFolder:
        folder = self.folder(folder_id)
        if not folder.may_write(user):
            raise forbidden(f"You may not write in project folder {folder_id}", UNAUTHORIZED)
        return folder

    # -- changing -------------------------------------------------------------

    def create_child(self, parent_id: str, name: str, owner: str) -> ProjectFolder:
        parent = self.folder(parent_id)
        self._check_name(name)
        self._check_free(parent, name)
        folder_id = self._new_id()
        folder = ProjectFolder(folder_id, parent_id, {"name": name, "owner": owner, "permissions": []})
        self.folders[folder_id] = folder
        parent.children.append(folder_id)
        return folder

    def save_settings(self, folder_id: str, settings: dict[str, Any]) -> None:
        folder = self.folder(folder_id)
        new_name = settings.get("name")
        if folder.parent_id is not None and new_name != folder.name:
            if not isinstance(new_name, str):
                raise bad_request("A project folder needs a name")
            self._check_name(new_name)
            self._check_free(self.folder(folder.parent_id), new_name)
        folder.settings = copy.deepcopy(settings)

    def move(self, folder_id: str, destination_id: str) -> None:
        folder = self.folder(folder_id)
        destination = self.folder(destination_id)
        if folder.parent_id is None:
            raise bad_request("The root project folder cannot be moved")
        if destination_id in set(self._subtree(folder_id)):
            raise bad_request(f"Project folder {folder_id} cannot move into itself or one of its sub-folders")
        if destination_id == folder.parent_id:
            return
        self._check_free(destination, folder.name or "")
        self.folders[folder.parent_id].children.remove(folder_id)
        destination.children.append(folder_id)
        folder.parent_id = destination_id

    def place(self, project_key: str, folder_id: str) -> None:
        self.folder(folder_id)
        if folder_id == ROOT:
            self.placement.pop(project_key, None)
        else:
            self.placement[project_key] = folder_id

    def delete(self, folder_id: str) -> None:
        folder = self.folder(folder_id)
        if folder.parent_id is None:
            raise bad_request("The root project folder cannot be deleted")
        if folder.children or any(placed == folder_id for placed in self.placement.values()):
            raise bad_request(f"Project folder {folder_id} is not empty: move or delete its content first")
        self.folders[folder.parent_id].children.remove(folder_id)
        del self.folders[folder_id]

    def forget_project(self, project_key: str) -> None:
        self.placement.pop(project_key, None)

    # -- helpers --------------------------------------------------------------

    def _subtree(self, folder_id: str) -> Iterable[str]:
        pending = [folder_id]
        while pending:
            current = pending.pop()
            yield current
            pending.extend(self.folders[current].children)

    def _check_free(self, parent: ProjectFolder, name: str) -> None:
        if any(self.folders[child].name == name for child in parent.children):
            raise conflict(f"Project folder {parent.folder_id} already has a sub-folder named {name!r}")

    @staticmethod
    def _check_name(name: str) -> None:
        if not name.strip():
            raise bad_request("A project folder's name cannot be empty")
        if "/" in name:
            raise bad_request(f"A project folder's name cannot contain '/': {name!r}")

    def _new_id(self) -> str:
        # Opaque like DSS's, but drawn from a sequence: two emulators given the same calls
        # give the same identifiers (what conformance runs compare).
        while True:
            self._sequence += 1
            digest = hashlib.sha256(f"project-folder-{self._sequence}".encode()).digest()
            folder_id = "".join(_ID_ALPHABET[byte % len(_ID_ALPHABET)] for byte in digest[:7])
            if folder_id not in self.folders:
                return folder_id


def place_new_project(state: DSSState, project_key: str, folder_id: str | None) -> None:
    """Put a project just created (createProject's ``projectFolderId``) in its folder."""
    if folder_id is None:
        return
    with state.lock:
        state.extension(ProjectFolders).place(project_key, folder_id)


def check_folder_for_new_project(state: DSSState, user: User, folder_id: str | None) -> None:
    """Refuse, before a project is created, a folder that does not exist or that the user may not write in."""
    if folder_id is None:
        return
    with state.lock:
        state.extension(ProjectFolders).writable(folder_id, user)
