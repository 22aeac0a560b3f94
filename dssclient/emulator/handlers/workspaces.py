"""Workspaces: their settings and permissions, and the objects they show."""

from __future__ import annotations

import copy
import re
import secrets
from typing import Any

from dssclient._json import is_array, is_object

from ..context import RequestContext
from ..errors import bad_request, conflict, forbidden, not_found
from ..models.notebooks_and_apps import Apps
from ..models.workspaces import ADMIN, WRITE, Workspace, Workspaces
from ._common import existing_dataset, readable_project
from ._registry import handles

_WORKSPACE_KEY = re.compile(r"[A-Za-z0-9_]+")
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
REFERENCE_TYPES = ("DATASET", "ARTICLE", "DASHBOARD")


def _workspaces(ctx: RequestContext) -> Workspaces:
    return ctx.services.state.extension(Workspaces)


def _check_settings(fields: dict[str, Any]) -> None:
    color = fields.get("color")
    if color is not None and (not isinstance(color, str) or not _COLOR.fullmatch(color)):
        raise bad_request(f"A workspace's color is #RRGGBB, not {color!r}")
    if not isinstance(fields.get("displayName"), str) or not fields["displayName"].strip():
        raise bad_request("A workspace needs a display name")


@handles("listWorkspaces")
def list_workspaces(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        return [w.view(ctx.user) for w in _workspaces(ctx).workspaces.values() if w.allows(ctx.user, "read")]


@handles("createWorkspace")
def create_workspace(ctx: RequestContext) -> dict[str, Any]:
    if not (ctx.user.admin or ctx.user.may_create_projects):
        raise forbidden("You may not create workspaces")
    fields = ctx.body_fields
    key = fields.get("workspaceKey")
    if not isinstance(key, str) or not _WORKSPACE_KEY.fullmatch(key):
        raise bad_request(f"Invalid workspace key {key!r}: use letters, digits and underscores")
    _check_settings(fields)
    settings = copy.deepcopy(ctx.body)
    if settings.get("color") is None:
        settings["color"] = "#" + secrets.token_hex(3)
    if settings.get("description") is None:
        settings["description"] = ""
    permissions: list[Any] = settings.get("permissions") if is_array(settings.get("permissions")) else []
    if not any(is_object(p) and p.get("user") == ctx.user.login and p.get(ADMIN) for p in permissions):
        permissions = [{"user": ctx.user.login, "admin": True, "write": True, "read": True}, *permissions]
    settings["permissions"] = permissions
    with ctx.services.state.lock:
        workspaces = _workspaces(ctx)
        if key in workspaces.workspaces:
            raise conflict(f"Workspace {key} already exists")
        workspace = Workspace(key, settings)
        workspaces.workspaces[key] = workspace
        return workspace.view(ctx.user)


@handles("getWorkspace")
def get_workspace(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return _workspaces(ctx).get(ctx.path["workspaceKey"], ctx.user).view(ctx.user)


@handles("saveWorkspace")
def save_workspace(ctx: RequestContext) -> None:
    key = ctx.path["workspaceKey"]
    fields = ctx.body_fields
    if fields.get("workspaceKey") not in (None, key):
        raise bad_request(f"Saving cannot rename workspace {key}")
    _check_settings(fields)
    with ctx.services.state.lock:
        workspace = _workspaces(ctx).get(key, ctx.user, WRITE)
        settings = copy.deepcopy(ctx.body)
        settings["workspaceKey"] = key
        if not workspace.allows(ctx.user, ADMIN) or "permissions" not in settings:
            # Only its administrators see, hence change, a workspace's permissions.
            settings["permissions"] = copy.deepcopy(workspace.settings.get("permissions", []))
        workspace.settings = settings


@handles("deleteWorkspace")
def delete_workspace(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        workspaces = _workspaces(ctx)
        workspaces.get(ctx.path["workspaceKey"], ctx.user, ADMIN)
        del workspaces.workspaces[ctx.path["workspaceKey"]]


@handles("listWorkspaceObjects")
def list_workspace_objects(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        return copy.deepcopy(_workspaces(ctx).get(ctx.path["workspaceKey"], ctx.user).objects)


def _checked_object(ctx: RequestContext, workspace_key: str, fields: dict[str, Any]) -> dict[str, Any]:
    """The object to show, its target checked; what the workspace keeps of it."""
    state = ctx.services.state
    if is_object(fields.get("reference")):
        reference = fields["reference"]
        kind, project_key, object_id = reference.get("type"), reference.get("projectKey"), reference.get("id")
        if kind not in REFERENCE_TYPES or not isinstance(project_key, str) or not isinstance(object_id, str):
            raise bad_request(f"A reference is {{projectKey, type ({', '.join(REFERENCE_TYPES)}), id}}")
        project = readable_project(ctx, project_key)
        if kind == "DATASET":
            existing_dataset(project, object_id)
        kept = {"projectKey": project_key, "type": kind, "id": object_id, "workspaceKey": workspace_key}
        return {"reference": kept, "displayName": object_id}
    if isinstance(fields.get("appId"), str):
        project = state.extension(Apps).template(fields["appId"])
        if not project.readable_by(ctx.user):
            raise not_found(f"App does not exist: {fields['appId']}")
        return {"appId": fields["appId"], "displayName": project.name}
    if is_object(fields.get("htmlLink")):
        link = fields["htmlLink"]
        if not isinstance(link.get("url"), str) or not link["url"]:
            raise bad_request("A workspace link needs a url")
        kept_link = {
            "name": link.get("name") or link["url"],
            "url": link["url"],
            "description": link.get("description"),
        }
        return {"htmlLink": kept_link, "displayName": kept_link["name"]}
    raise bad_request("A workspace object is a reference, an appId or an htmlLink")


@handles("addWorkspaceObject")
def add_workspace_object(ctx: RequestContext) -> dict[str, Any]:
    key = ctx.path["workspaceKey"]
    with ctx.services.state.lock:
        workspaces = _workspaces(ctx)
        workspace = workspaces.get(key, ctx.user, WRITE)
        added = _checked_object(ctx, key, ctx.body_fields)
        added["id"] = workspaces.new_object_id(workspace)
        workspace.objects.append(added)
        return copy.deepcopy(added)


@handles("removeWorkspaceObject")
def remove_workspace_object(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        workspace = _workspaces(ctx).get(ctx.path["workspaceKey"], ctx.user, WRITE)
        kept = [obj for obj in workspace.objects if obj.get("id") != ctx.path["objectId"]]
        if len(kept) == len(workspace.objects):
            raise not_found(f"Workspace {workspace.key} has no object {ctx.path['objectId']}")
        workspace.objects = kept
