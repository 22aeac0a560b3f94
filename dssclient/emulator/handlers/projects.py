"""Projects: listing, creation, deletion, settings, metadata and variables."""

from __future__ import annotations

import copy
from typing import Any

from dssclient._json import is_array, is_object

from ..automation.access import ADMIN, READ, project_for
from ..automation.duplication import duplicate_project_content
from ..context import RequestContext
from ..errors import bad_request, forbidden, not_found
from ..futures import TaskControl
from ..models.project_folders import check_folder_for_new_project, place_new_project
from ._common import info_messages, readable_project, refuse_rename, writable_project
from ._registry import handles


@handles("listProjects")
def list_projects(ctx: RequestContext) -> list[dict[str, Any]]:
    # includeLocation is accepted; the location is not reported (its shape is not documented).
    state = ctx.services.state
    with state.lock:
        return [p.summary() for p in state.projects.values() if p.readable_by(ctx.user)]


@handles("getProjectSummary")
def get_project_summary(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return readable_project(ctx, ctx.path["projectKey"]).summary()


@handles("createProject")
def create_project(ctx: RequestContext) -> dict[str, Any]:
    if not ctx.user.may_create_projects:
        raise forbidden("You may not create new projects")
    fields = ctx.body_fields
    folder_id = ctx.query.get("projectFolderId")
    check_folder_for_new_project(ctx.services.state, ctx.user, folder_id)
    project = ctx.services.state.create_project(
        fields["projectKey"],
        fields["name"],
        fields["owner"],
        creator=ctx.user.login,
        description=fields.get("description"),
        settings=fields.get("settings"),
        permissions=fields.get("permissions", []),
        tags=fields.get("tags", []),
    )
    place_new_project(ctx.services.state, project.key, folder_id)
    return {"msg": f"Created project {project.key}"}


@handles("deleteProject")
def delete_project(ctx: RequestContext) -> dict[str, Any]:
    project_key = ctx.path["projectKey"]
    state = ctx.services.state
    with state.lock:
        readable_project(ctx, project_key)

    def work(control: TaskControl) -> dict[str, Any]:
        control.set_progress([{"name": f"Deleting project {project_key}", "unit": "NONE", "cur": 0, "target": 1}])
        control.check_abort()
        # The project's datasets live inside it and go with it.
        if not state.delete_project(project_key):
            raise not_found(f"Project does not exist: {project_key}")
        control.set_progress([{"name": f"Deleting project {project_key}", "unit": "NONE", "cur": 1, "target": 1}])
        return info_messages()

    payload = {"projectKey": project_key, **{k: v for k, v in ctx.query.items() if k != "wait"}}
    future = ctx.services.futures.start(ctx.user.login, f"Delete project {project_key}", payload, work)
    if not ctx.query["wait"]:
        # Like DSS, a task already over when the answer is written carries its result.
        return future.state_json(with_result=True)
    future.wait()
    failure = future.failure()
    if failure is not None:
        raise failure
    # The answer is final: no jobId, so clients do not poll (as dataikuapi checks).
    return future.state_json(with_result=True, with_job_id=False)


# Settings, metadata and variables are each one object of the project, read and replaced whole.


def _read_part(ctx: RequestContext, part: str) -> dict[str, Any]:
    with ctx.services.state.lock:
        return copy.deepcopy(getattr(readable_project(ctx, ctx.path["projectKey"]), part))


def _replace_part(ctx: RequestContext, part: str) -> None:
    """Store the body as received (unknown properties and nulls kept)."""
    with ctx.services.state.lock:
        project = writable_project(ctx, ctx.path["projectKey"])
        setattr(project, part, copy.deepcopy(ctx.body))
        project.touch(ctx.user.login, ctx.services.state.clock())


@handles("getProjectSettings")
def get_project_settings(ctx: RequestContext) -> dict[str, Any]:
    return _read_part(ctx, "settings")


@handles("saveProjectSettings")
def save_project_settings(ctx: RequestContext) -> None:
    refuse_rename("project", "projectKey", ctx.path["projectKey"], ctx.body_fields)
    _replace_part(ctx, "settings")


@handles("getProjectMetadata")
def get_project_metadata(ctx: RequestContext) -> dict[str, Any]:
    return _read_part(ctx, "metadata")


@handles("setProjectMetadata")
def set_project_metadata(ctx: RequestContext) -> None:
    _replace_part(ctx, "metadata")


@handles("getProjectVariables")
def get_project_variables(ctx: RequestContext) -> dict[str, Any]:
    return _read_part(ctx, "variables")


@handles("setProjectVariables")
def set_project_variables(ctx: RequestContext) -> None:
    _replace_part(ctx, "variables")


# -- permissions and duplication (project automation) -----------------------------------------------


@handles("getProjectPermissions")
def get_project_permissions(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], ADMIN)
        return {"owner": project.owner, "permissions": copy.deepcopy(project.permissions)}


@handles("setProjectPermissions")
def set_project_permissions(ctx: RequestContext) -> None:
    fields = ctx.body_fields
    state = ctx.services.state
    with state.lock:
        project = project_for(ctx, ctx.path["projectKey"], ADMIN)
        owner = fields.get("owner")
        if owner is not None and owner != project.owner:
            if owner not in state.users:
                raise bad_request(f"User does not exist: {owner}")
            project.settings["owner"] = owner
        entries = ctx.body.get("permissions")
        if is_array(entries):
            for entry in entries:
                if not is_object(entry) or not (entry.get("group") or entry.get("user")):
                    raise bad_request("Each permission names a group or a user")
            project.permissions = copy.deepcopy(entries)
        project.touch(ctx.user.login, state.clock())


@handles("duplicateProject")
def duplicate_project(ctx: RequestContext) -> dict[str, Any]:
    fields = ctx.body_fields
    if not ctx.user.may_create_projects:
        raise forbidden("You may not create new projects")
    state = ctx.services.state
    with state.lock:
        source = project_for(ctx, ctx.path["projectKey"], READ)
        target_key = fields["targetProjectKey"]
        target = state.create_project(
            target_key,
            fields["targetProjectName"],
            ctx.user.login,
            creator=ctx.user.login,
            permissions=source.permissions,
        )
        duplicate_project_content(ctx.services, source, target, fields.get("duplicationMode") or "MINIMAL")
    return {"originalProjectKey": source.key, "targetProjectKey": target_key}
