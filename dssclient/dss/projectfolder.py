# Derived from dssclient/aio/dss/projectfolder.py by scripts/unasync.py: do not edit.
"""Project folders: the tree in which projects are filed."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any

from dssclient_generated.api import project_folders

from dssclient.dss.utils import DSSRawSettings

from .._requester import json_body
from .project import DSSProject

if TYPE_CHECKING:
    from dssclient.payloads import ProjectFolder, ProjectFolderSettings, ProjectFolderSettingsPermissionsItem

    from ..dssclient import DSSClient


class DSSProjectFolder:
    """A project folder, as DSS described it when it was read.

    Get one with :meth:`DSSClient.get_project_folder` or :meth:`DSSClient.get_root_project_folder`.
    Its name, sub-folders and projects are those of that reading.
    """

    def __init__(self, client: DSSClient, data: ProjectFolder) -> None:
        self.client = client
        self._data = data

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.id!r}, name={self.name!r})"

    @property
    def id(self) -> str:
        """The folder's identifier (``ROOT`` for the root folder)."""
        return self._data["id"]

    @property
    def project_folder_id(self) -> str:
        """Deprecated: use :attr:`id`."""
        warnings.warn(
            "DSSProjectFolder.project_folder_id is deprecated, please use id", DeprecationWarning, stacklevel=2
        )
        return self.id

    @property
    def name(self) -> str | None:
        """The folder's name, None for the root folder."""
        return self._data.get("name")

    def get_name(self) -> str | None:
        """The folder's name, None for the root folder."""
        return self.name

    def get_raw(self) -> ProjectFolder:
        """The folder as DSS described it."""
        return self._data

    def get_path(self) -> str:
        """The folder's path from the root, ``/`` or ``/finance/reports``.

        (operation ``getProjectFolder``, once per ancestor)
        """
        parent = self.get_parent()
        if parent is None:
            return "/"
        parent_path = parent.get_path()
        return ("" if parent_path == "/" else parent_path) + "/" + (self.name or "")

    def get_parent(self) -> DSSProjectFolder | None:
        """The parent folder, None for the root folder. (operation ``getProjectFolder``)"""
        parent_id = self._data.get("parentId")
        if parent_id is None:
            return None
        return self.client.get_project_folder(parent_id)

    def list_child_folders(self) -> list[DSSProjectFolder]:
        """The sub-folders, each read. (operation ``getProjectFolder``, per sub-folder)"""
        return [self.client.get_project_folder(child_id) for child_id in self._data.get("childrenIds", [])]

    def list_project_keys(self) -> list[str]:
        """The keys of the projects in the folder (those the caller may read)."""
        keys: list[str] = self._data.get("projectKeys", [])
        return keys

    def list_projects(self) -> list[DSSProject]:
        """Handles on the projects in the folder (no call is made)."""
        return [self.client.get_project(key) for key in self.list_project_keys()]

    def delete(self) -> None:
        """Delete the folder, which must be empty (administrators only). (operation ``deleteProjectFolder``)"""
        self.client._requester.empty(project_folders.delete_project_folder.request_kwargs, self.id)

    def get_settings(self) -> DSSProjectFolderSettings:
        """The folder's name, owner and permissions, to edit and save. (operation ``getProjectFolderSettings``)"""
        raw: ProjectFolderSettings = self.client._requester.json(
            project_folders.get_project_folder_settings.request_kwargs, self.id
        )
        return DSSProjectFolderSettings(self.client, self.id, raw)

    def create_sub_folder(self, name: str) -> DSSProjectFolder:
        """Create a folder inside this one and return it. (operation ``createProjectSubFolder``)"""
        data: ProjectFolder = self.client._requester.json(
            project_folders.create_project_sub_folder.request_kwargs, self.id, name=name
        )
        return DSSProjectFolder(self.client, data)

    def create_project(
        self,
        project_key: str,
        name: str,
        owner: str,
        description: str | None = None,
        settings: dict[str, Any] | None = None,
    ) -> DSSProject:
        """Create a project in this folder and return its handle. (operation ``createProject``)"""
        return self.client.create_project(
            project_key, name, owner, description=description, settings=settings, project_folder_id=self.id
        )

    def get_default_folder_for_project_creation(self) -> DSSProjectFolder:
        """Where a project created from this folder goes for the caller.

        (operation ``getDefaultFolderForProjectCreation``)
        """
        data: ProjectFolder = self.client._requester.json(
            project_folders.get_default_folder_for_project_creation.request_kwargs, self.id
        )
        return DSSProjectFolder(self.client, data)

    def move_to(self, destination: DSSProjectFolder) -> None:
        """Move this folder, with its content, into ``destination``. (operation ``moveProjectFolder``)"""
        self.client._requester.empty(
            project_folders.move_project_folder.request_kwargs, self.id, destination=destination.id
        )

    def move_project_to(self, project_key: str | DSSProject, destination: DSSProjectFolder) -> None:
        """Move a project of this folder into ``destination``. (operation ``moveProjectToFolder``)"""
        if isinstance(project_key, DSSProject):
            project_key = project_key.project_key
        self.client._requester.empty(
            project_folders.move_project_to_folder.request_kwargs, self.id, project_key, destination=destination.id
        )


class DSSProjectFolderSettings(DSSRawSettings["ProjectFolderSettings"]):
    """A project folder's settings: name, owner, permissions. Edit, then :meth:`save`."""

    def __init__(self, client: DSSClient, project_folder_id: str, settings: ProjectFolderSettings) -> None:
        super().__init__(settings)
        self.client = client
        self.id = project_folder_id

    def get_name(self) -> str | None:
        """The folder's name, if set."""
        return self.settings.get("name")

    def set_name(self, name: str) -> None:
        """Rename the folder (on :meth:`save`)."""
        self.settings["name"] = name

    def get_owner(self) -> str | None:
        """The folder's owner, if set."""
        return self.settings.get("owner")

    def set_owner(self, owner: str) -> None:
        """Set the folder's owner (saved with ``save()``)."""
        self.settings["owner"] = owner

    def get_permissions(self) -> list[ProjectFolderSettingsPermissionsItem]:
        """The permissions, a list to edit in place: ``{"group" or "user", "read", "writeContents", "admin"}``."""
        permissions = self.settings.setdefault("permissions", [])
        if permissions is None:
            # A null list (kept as DSS sent it) is replaced by an empty one, to edit in place.
            permissions = self.settings["permissions"] = []
        return permissions

    def save(self) -> None:
        """Send the settings back to DSS, whole. (operation ``saveProjectFolderSettings``)"""
        self.client._requester.empty(
            project_folders.save_project_folder_settings.request_kwargs, self.id, body=json_body(self.settings)
        )
