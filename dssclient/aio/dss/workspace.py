"""Workspaces: where a team shares datasets, articles, dashboards, apps and links."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from dssclient_generated.api import workspaces

from dssclient._json import is_object

from .._requester import json_body
from .app import AsyncDSSApp
from .dataset import AsyncDSSDataset, AsyncDSSDatasetListItem

if TYPE_CHECKING:
    from dssclient.payloads import WorkspaceObject, WorkspaceSettings, WorkspaceSettingsPermissionsItem

    from ..dssclient import AsyncDSSClient


class AsyncDSSWorkspace:
    """A workspace. Get one with :meth:`DSSClient.get_workspace`; creating it calls nothing."""

    def __init__(self, client: AsyncDSSClient, workspace_key: str) -> None:
        self.client = client
        self.workspace_key = workspace_key

    def __repr__(self) -> str:
        return f"{type(self).__name__}(workspace_key={self.workspace_key!r})"

    async def get_settings(self) -> AsyncDSSWorkspaceSettings:
        """The workspace's settings, to edit and save. (operation ``getWorkspace``)"""
        raw = await self.client._requester.json(workspaces.get_workspace.request_kwargs, self.workspace_key)
        return AsyncDSSWorkspaceSettings(self, raw)

    async def list_objects(self) -> list[AsyncDSSWorkspaceObject]:
        """What the workspace shows. (operation ``listWorkspaceObjects``)"""
        objects: list[WorkspaceObject] = await self.client._requester.json(
            workspaces.list_workspace_objects.request_kwargs, self.workspace_key
        )
        return [AsyncDSSWorkspaceObject(self, data) for data in objects]

    async def add_object(self, object: Any) -> None:  # noqa: A002 - the official client's parameter name
        """Show an object in the workspace. (operation ``addWorkspaceObject``)

        ``object`` is a dataset (handle or list item), an app, a
        :class:`DSSWorkspaceHtmlLinkObject`, or the object's dict as DSS takes it
        (``{"reference": {"projectKey", "type": "ARTICLE", "id"}}``, say).
        """
        if isinstance(object, AsyncDSSDatasetListItem):
            object = object.to_dataset()
        if isinstance(object, AsyncDSSDataset):
            data: dict[str, Any] = {
                "reference": {
                    "projectKey": object.project_key,
                    "type": "DATASET",
                    "id": object.dataset_name,
                    "workspaceKey": self.workspace_key,
                }
            }
        elif isinstance(object, AsyncDSSApp):
            data = {"appId": object.app_id}
        elif isinstance(object, DSSWorkspaceHtmlLinkObject):
            data = {"htmlLink": {"name": object.name, "url": object.url, "description": object.description}}
        elif is_object(object):
            data = object
        else:
            raise ValueError(f"Unsupported object type: {type(object).__name__}")
        await self.client._requester.json(
            workspaces.add_workspace_object.request_kwargs, self.workspace_key, body=json_body(data)
        )

    async def delete(self) -> None:
        """Delete the workspace (the objects it shows stay). (operation ``deleteWorkspace``)"""
        await self.client._requester.empty(workspaces.delete_workspace.request_kwargs, self.workspace_key)


class DSSWorkspaceHtmlLinkObject:
    """A link to show in a workspace."""

    def __init__(self, name: str, url: str, description: str | None) -> None:
        self.name = name
        self.url = url
        self.description = description

    def __repr__(self) -> str:
        return f"DSSWorkspaceHtmlLinkObject(name={self.name!r}, url={self.url!r})"


class AsyncDSSWorkspaceObject:
    """An object a workspace shows."""

    def __init__(self, workspace: AsyncDSSWorkspace, data: WorkspaceObject) -> None:
        self.workspace = workspace
        self.data = data

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.data.get('id')!r})"

    def get_raw(self) -> WorkspaceObject:
        """The workspace object as DSS sent it."""
        return self.data

    async def remove(self) -> None:
        """Stop showing the object in the workspace. (operation ``removeWorkspaceObject``)"""
        object_id = self.data.get("id")
        if object_id is None:
            raise ValueError("This workspace object has no id: it cannot be removed")
        await self.workspace.client._requester.empty(
            workspaces.remove_workspace_object.request_kwargs, self.workspace.workspace_key, object_id
        )


class AsyncDSSWorkspaceSettings:
    """A workspace's settings. Edit them through the properties or :meth:`get_raw`, then :meth:`save`."""

    def __init__(self, workspace: AsyncDSSWorkspace, settings: WorkspaceSettings) -> None:
        self.workspace = workspace
        self.settings = settings

    def __repr__(self) -> str:
        return f"{type(self).__name__}(workspace_key={self.workspace.workspace_key!r})"

    def get_raw(self) -> WorkspaceSettings:
        """The settings as a dict, to edit in place before saving."""
        return self.settings

    @property
    def _raw(self) -> dict[str, Any]:
        # The same dict, for the properties below: DSS always sends what they read.
        return cast("dict[str, Any]", self.settings)

    @property
    def display_name(self) -> str:
        """The workspace's display name (settable)."""
        value: str = self._raw["displayName"]
        return value

    @display_name.setter
    def display_name(self, value: str) -> None:
        self._raw["displayName"] = value

    @property
    def color(self) -> str:
        """The color, ``#RRGGBB``."""
        value: str = self._raw["color"]
        return value

    @color.setter
    def color(self, value: str) -> None:
        self._raw["color"] = value

    @property
    def description(self) -> str:
        """The workspace's description (settable)."""
        value: str = self._raw["description"]
        return value

    @description.setter
    def description(self, value: str) -> None:
        self._raw["description"] = value

    @property
    def permissions(self) -> list[WorkspaceSettingsPermissionsItem] | None:
        """The permissions (see :class:`DSSWorkspacePermissionItem`); None when DSS does not show them to you."""
        return self.settings.get("permissions")

    @permissions.setter
    def permissions(self, value: list[WorkspaceSettingsPermissionsItem]) -> None:
        self._raw["permissions"] = value

    async def save(self) -> None:
        """Send the settings back, whole. (operation ``saveWorkspace``)"""
        await self.workspace.client._requester.empty(
            workspaces.save_workspace.request_kwargs, self.workspace.workspace_key, body=json_body(self.settings)
        )


class DSSWorkspacePermissionItem:
    """The permission entries of a workspace: administrators, contributors and members."""

    @classmethod
    def admin_group(cls, group: str) -> WorkspaceSettingsPermissionsItem:
        """A permission making ``group`` administrator of the workspace."""
        return {"group": group, "admin": True, "write": True, "read": True}

    @classmethod
    def contributor_group(cls, group: str) -> WorkspaceSettingsPermissionsItem:
        """A permission letting ``group`` read and write the workspace."""
        return {"group": group, "admin": False, "write": True, "read": True}

    @classmethod
    def member_group(cls, group: str) -> WorkspaceSettingsPermissionsItem:
        """A permission letting ``group`` read the workspace."""
        return {"group": group, "admin": False, "write": False, "read": True}

    @classmethod
    def admin_user(cls, user: str) -> WorkspaceSettingsPermissionsItem:
        """A permission making ``user`` administrator of the workspace."""
        return {"user": user, "admin": True, "write": True, "read": True}

    @classmethod
    def contributor_user(cls, user: str) -> WorkspaceSettingsPermissionsItem:
        """A permission letting ``user`` read and write the workspace."""
        return {"user": user, "admin": False, "write": True, "read": True}

    @classmethod
    def member_user(cls, user: str) -> WorkspaceSettingsPermissionsItem:
        """A permission letting ``user`` read the workspace."""
        return {"user": user, "admin": False, "write": False, "read": True}
