"""Project folders: the tree in which projects are filed."""

from __future__ import annotations

import warnings
from typing import TYPE_CHECKING, Any

from dssclient_generated.api import project_folders

from dssclient.dss.utils import DSSRawSettings

from .._requester import json_body
from .project import AsyncDSSProject

if TYPE_CHECKING:
    from dssclient.payloads import ProjectFolder, ProjectFolderSettings, ProjectFolderSettingsPermissionsItem

    from ..dssclient import AsyncDSSClient


class AsyncDSSProjectFolder:
    """A project folder, as DSS described it when it was read.

    Get one with :meth:`DSSClient.get_project_folder` or :meth:`DSSClient.get_root_project_folder`.
    Its name, sub-folders and projects are those of that reading.
    """

    def __init__(self, client: AsyncDSSClient, data: ProjectFolder) -> None:
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

    async def get_path(self) -> str:
        """The folder's path from the root, ``/`` or ``/finance/reports``.

        (operation ``getProjectFolder``, once per ancestor)
        """
        parent = await self.get_parent()
        if parent is None:
            return "/"
        parent_path = await parent.get_path()
        return ("" if parent_path == "/" else parent_path) + "/" + (self.name or "")

    async def get_parent(self) -> AsyncDSSProjectFolder | None:
        """The parent folder, None for the root folder. (operation ``getProjectFolder``)"""
        parent_id = self._data.get("parentId")
        if parent_id is None:
            return None
        return await self.client.get_project_folder(parent_id)

    async def list_child_folders(self) -> list[AsyncDSSProjectFolder]:
        """The sub-folders, each read. (operation ``getProjectFolder``, per sub-folder)"""
        return [await self.client.get_project_folder(child_id) for child_id in self._data.get("childrenIds", [])]

    def list_project_keys(self) -> list[str]:
        """The keys of the projects in the folder (those the caller may read)."""
        keys: list[str] = self._data.get("projectKeys", [])
        return keys

    def list_projects(self) -> list[AsyncDSSProject]:
        """Handles on the projects in the folder (no call is made)."""
        return [self.client.get_project(key) for key in self.list_project_keys()]

    async def delete(self) -> None:
        """Delete the folder, which must be empty (administrators only). (operation ``deleteProjectFolder``)"""
        await self.client._requester.empty(project_folders.delete_project_folder.request_kwargs, self.id)

    async def get_settings(self) -> AsyncDSSProjectFolderSettings:
        """The folder's name, owner and permissions, to edit and save. (operation ``getProjectFolderSettings``)"""
        raw: ProjectFolderSettings = await self.client._requester.json(
            project_folders.get_project_folder_settings.request_kwargs, self.id
        )
        return AsyncDSSProjectFolderSettings(self.client, self.id, raw)

    async def create_sub_folder(self, name: str) -> AsyncDSSProjectFolder:
        """Create a folder inside this one and return it. (operation ``createProjectSubFolder``)"""
        data: ProjectFolder = await self.client._requester.json(
            project_folders.create_project_sub_folder.request_kwargs, self.id, name=name
        )
        return AsyncDSSProjectFolder(self.client, data)

    async def create_project(
        self,
        project_key: str,
        name: str,
        owner: str,
        description: str | None = None,
        settings: dict[str, Any] | None = None,
    ) -> AsyncDSSProject:
        """Create a project in this folder and return its handle. (operation ``createProject``)"""
        return await self.client.create_project(
            project_key, name, owner, description=description, settings=settings, project_folder_id=self.id
        )

    async def get_default_folder_for_project_creation(self) -> AsyncDSSProjectFolder:
        """Where a project created from this folder goes for the caller.

        (operation ``getDefaultFolderForProjectCreation``)
        """
        data: ProjectFolder = await self.client._requester.json(
            project_folders.get_default_folder_for_project_creation.request_kwargs, self.id
        )
        return AsyncDSSProjectFolder(self.client, data)

    async def move_to(self, destination: AsyncDSSProjectFolder) -> None:
        """Move this folder, with its content, into ``destination``. (operation ``moveProjectFolder``)"""
        await self.client._requester.empty(
            project_folders.move_project_folder.request_kwargs, self.id, destination=destination.id
        )

    async def move_project_to(self, project_key: str | AsyncDSSProject, destination: AsyncDSSProjectFolder) -> None:
        """Move a project of this folder into ``destination``. (operation ``moveProjectToFolder``)"""
        if isinstance(project_key, AsyncDSSProject):
            project_key = project_key.project_key
        await self.client._requester.empty(
            project_folders.move_project_to_folder.request_kwargs, self.id, project_key, destination=destination.id
        )


class AsyncDSSProjectFolderSettings(DSSRawSettings["ProjectFolderSettings"]):
    """A project folder's settings: name, owner, permissions. Edit, then :meth:`save`."""

    def __init__(self, client: AsyncDSSClient, project_folder_id: str, settings: ProjectFolderSettings) -> None:
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

    async def save(self) -> None:
        """Send the settings back to DSS, whole. (operation ``saveProjectFolderSettings``)"""
        await self.client._requester.empty(
            project_folders.save_project_folder_settings.request_kwargs, self.id, body=json_body(self.settings)
        )
