"""The project folder tree: folders, their settings, and moving folders and projects."""

from __future__ import annotations

import copy
from typing import Any

from ..context import RequestContext
from ..errors import bad_request
from ..models.project_folders import ROOT, ProjectFolders
from ._common import readable_project
from ._registry import handles


def _folders(ctx: RequestContext) -> ProjectFolders:
    return ctx.services.state.extension(ProjectFolders)


@handles("getProjectFolder")
def get_project_folder(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return _folders(ctx).describe(ctx.path["projectFolderId"], ctx.user)


@handles("deleteProjectFolder")
def delete_project_folder(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        _folders(ctx).delete(ctx.path["projectFolderId"])


@handles("getProjectFolderSettings")
def get_project_folder_settings(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        folder = _folders(ctx).writable(ctx.path["projectFolderId"], ctx.user)
        return copy.deepcopy(folder.settings)


@handles("saveProjectFolderSettings")
def save_project_folder_settings(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        folders = _folders(ctx)
        folders.writable(ctx.path["projectFolderId"], ctx.user)
        folders.save_settings(ctx.path["projectFolderId"], ctx.body)


@handles("createProjectSubFolder")
def create_project_sub_folder(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        folders = _folders(ctx)
        folders.writable(ctx.path["projectFolderId"], ctx.user)
        folder = folders.create_child(ctx.path["projectFolderId"], ctx.query["name"], ctx.user.login)
        return folders.describe(folder.folder_id, ctx.user)


@handles("getDefaultFolderForProjectCreation")
def get_default_folder_for_project_creation(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        folders = _folders(ctx)
        folder = folders.folder(ctx.path["projectFolderId"])
        chosen = folder.folder_id if folder.may_write(ctx.user) else ROOT
        return folders.describe(chosen, ctx.user)


@handles("moveProjectFolder")
def move_project_folder(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        folders = _folders(ctx)
        folder = folders.writable(ctx.path["projectFolderId"], ctx.user)
        destination = ctx.query["destination"]
        folders.writable(destination, ctx.user)
        folders.move(folder.folder_id, destination)


@handles("moveProjectToFolder")
def move_project_to_folder(ctx: RequestContext) -> None:
    project_key = ctx.path["projectKey"]
    with ctx.services.state.lock:
        folders = _folders(ctx)
        source = folders.writable(ctx.path["projectFolderId"], ctx.user)
        readable_project(ctx, project_key)
        if folders.folder_of(project_key) != source.folder_id:
            raise bad_request(f"Project {project_key} is not in project folder {source.folder_id}")
        destination = ctx.query["destination"]
        folders.writable(destination, ctx.user)
        folders.place(project_key, destination)


@handles("locateProjectFolder")
def locate_project_folder(ctx: RequestContext) -> dict[str, Any]:
    project_key = ctx.path["projectKey"]
    with ctx.services.state.lock:
        readable_project(ctx, project_key)
        folders = _folders(ctx)
        return folders.describe(folders.folder_of(project_key), ctx.user)
