"""Code studios of projects: creation from a template, start and stop as long tasks, file synchronization."""

from __future__ import annotations

import copy
from typing import Any

from ..context import RequestContext
from ..errors import CODED, UNAUTHORIZED, DSSError, bad_request, forbidden, not_found
from ..futures import TaskControl
from ..models.code_studios import RUNNING, STARTING, STOPPED, STOPPING, CodeStudio, CodeStudios
from ..state import Project
from ._common import readable_project, writable_project
from ._registry import handles


def _model(ctx: RequestContext) -> CodeStudios:
    return ctx.services.state.extension(CodeStudios)


def _addressed(ctx: RequestContext, *, write: bool = False) -> tuple[Project, CodeStudio]:
    """The project and the code studio the path names. Call with the state lock held."""
    access = writable_project if write else readable_project
    project = access(ctx, ctx.path["projectKey"])
    return project, _model(ctx).get(project.key, ctx.path["codeStudioId"])


def _require_owner(ctx: RequestContext, studio: CodeStudio, action: str) -> None:
    # Only the owner uses a code studio: not even an administrator may reach into someone else's.
    if studio.owner != ctx.user.login:
        raise forbidden(f"Only the owner of code studio {studio.id} ({studio.owner}) may {action} it", UNAUTHORIZED)


def _require_manager(ctx: RequestContext, project: Project, studio: CodeStudio, action: str) -> None:
    """The owner, an administrator, or an administrator of the project may start, stop or delete a code studio."""
    user = ctx.user
    project_admin = any(
        (entry.get("user") == user.login or entry.get("group") in user.groups) and entry.get("admin") is True
        for entry in project.permissions
    )
    if not (user.admin or studio.owner == user.login or project.owner == user.login or project_admin):
        raise forbidden(f"You may not {action} code studio {studio.id}", UNAUTHORIZED)


def _list_item(ctx: RequestContext, studio: CodeStudio) -> dict[str, Any]:
    item = {key: studio.definition[key] for key in ("id", "projectKey", "name", "owner", "templateId")}
    template = ctx.services.state.code_studio_templates.get(studio.definition["templateId"])
    if template is not None:
        desc: dict[str, Any] = {}
        for source, target in (("label", "label"), ("description", "shortDesc")):
            if isinstance(template.settings.get(source), str):
                desc[target] = template.settings[source]
        item["desc"] = desc
    return item


@handles("listCodeStudios")
def list_code_studios(ctx: RequestContext) -> list[dict[str, Any]]:
    state = ctx.services.state
    with state.lock:
        project = readable_project(ctx, ctx.path["projectKey"])
        return [_list_item(ctx, studio) for studio in _model(ctx).studios.get(project.key, {}).values()]


@handles("createCodeStudio")
def create_code_studio(ctx: RequestContext) -> dict[str, Any]:
    fields = ctx.body_fields
    state = ctx.services.state
    with state.lock:
        project = writable_project(ctx, ctx.path["projectKey"])
        if fields["templateId"] not in state.code_studio_templates:
            raise not_found(f"Code studio template does not exist: {fields['templateId']}")
        studio = _model(ctx).create(project.key, fields["name"], fields["templateId"], ctx.user.login, state.clock())
        return {"codeStudio": copy.deepcopy(studio.definition)}


@handles("getCodeStudio")
def get_code_studio(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return copy.deepcopy(_addressed(ctx)[1].definition)


@handles("deleteCodeStudio")
def delete_code_studio(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        project, studio = _addressed(ctx)
        _require_manager(ctx, project, studio, "delete")
        # A running studio is stopped on the way: its pod goes with it.
        _model(ctx).delete(project.key, studio.id)


@handles("getCodeStudioStatus")
def get_code_studio_status(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        studio = _addressed(ctx)[1]
        template = state.code_studio_templates.get(studio.definition["templateId"])
        return _model(ctx).status(studio, template.settings if template is not None else None)


@handles("restartCodeStudio")
def restart_code_studio(ctx: RequestContext) -> dict[str, Any]:
    services = ctx.services
    state = services.state
    model = _model(ctx)
    seconds = services.config.code_studio_seconds
    with state.lock:
        project, studio = _addressed(ctx)
        _require_manager(ctx, project, studio, "start")
        if studio.state == STARTING and studio.task is not None:
            # Already starting: the caller waits on the start under way.
            return studio.task.state_json(with_result=True)
        if studio.state == STOPPING:
            raise bad_request(f"Code studio {studio.id} is stopping: start it once it is stopped")
        template_id = studio.definition["templateId"]
        name = studio.definition["name"]
        model.set_state(studio, STARTING, state.clock())

        def _settle(target: CodeStudio, expected: str, final: str) -> None:
            with state.lock:
                if target.state == expected:
                    model.set_state(target, final, state.clock())

        def work(control: TaskControl) -> None:
            progress = f"Starting code studio {name}"
            control.set_progress([{"name": progress, "unit": "NONE", "cur": 0, "target": 1}])
            try:
                control.sleep(seconds)
            except BaseException:
                _settle(studio, STARTING, STOPPED)
                raise
            with state.lock:
                if studio.state != STARTING:  # deleted or stopped meanwhile
                    return
                template = state.code_studio_templates.get(template_id)
                if template is None or template.last_built is None:
                    model.set_state(studio, STOPPED, state.clock())
                    raise DSSError(
                        500,
                        CODED,
                        f"Cannot start code studio {name}: the image of template {template_id} was never built",
                    )
                model.set_state(studio, RUNNING, state.clock())
            control.set_progress([{"name": progress, "unit": "NONE", "cur": 1, "target": 1}])

        payload = {"projectKey": project.key, "codeStudioId": studio.id}
        studio.task = services.futures.start(ctx.user.login, f"Start code studio {name}", payload, work)
        # Like DSS, a task already over when the answer is written carries its result.
        return studio.task.state_json(with_result=True)


@handles("stopCodeStudio")
def stop_code_studio(ctx: RequestContext) -> dict[str, Any]:
    services = ctx.services
    state = services.state
    model = _model(ctx)
    seconds = services.config.code_studio_seconds
    with state.lock:
        project, studio = _addressed(ctx)
        _require_manager(ctx, project, studio, "stop")
        name = studio.definition["name"]
        payload = {"projectKey": project.key, "codeStudioId": studio.id}
        if studio.state == STOPPED:
            # Nothing to do: a finished state, without a task to poll.
            return {
                "jobDisplayName": f"Stop code studio {name}",
                "owner": ctx.user.login,
                "alive": False,
                "hasResult": True,
                "aborted": False,
                "startTime": state.clock(),
                "runningTime": 0,
                "progress": {"states": []},
                "payload": payload,
            }
        if studio.state == STOPPING and studio.task is not None:
            return studio.task.state_json(with_result=True)
        if studio.state == STARTING and studio.task is not None:
            studio.task.request_abort()
        model.set_state(studio, STOPPING, state.clock())

        def work(control: TaskControl) -> None:
            progress = f"Stopping code studio {name}"
            control.set_progress([{"name": progress, "unit": "NONE", "cur": 0, "target": 1}])
            try:
                control.sleep(seconds)
            finally:
                # Even an aborted stop leaves the pod gone: there is no way back to RUNNING.
                with state.lock:
                    if studio.state == STOPPING:
                        model.set_state(studio, STOPPED, state.clock())
            control.set_progress([{"name": progress, "unit": "NONE", "cur": 1, "target": 1}])

        studio.task = services.futures.start(ctx.user.login, f"Stop code studio {name}", payload, work)
        return studio.task.state_json(with_result=True)


@handles("checkCodeStudioConflicts")
def check_code_studio_conflicts(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        studio = _addressed(ctx)[1]
        _require_owner(ctx, studio, "check the files of")
        return _model(ctx).conflicts(studio, ctx.path["zone"])


@handles("pullFromCodeStudio")
def pull_from_code_studio(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        studio = _addressed(ctx, write=True)[1]
        _require_owner(ctx, studio, "pull the files of")
        return _model(ctx).pull(studio, ctx.path["zone"], ctx.user.login)


@handles("pushToCodeStudio")
def push_to_code_studio(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        studio = _addressed(ctx)[1]
        _require_owner(ctx, studio, "push files to")
        return _model(ctx).push(studio, ctx.path["zone"])


@handles("changeCodeStudioOwner")
def change_code_studio_owner(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    new_owner = ctx.query["newOwner"]
    with state.lock:
        _, studio = _addressed(ctx)
        if not (ctx.user.admin or studio.owner == ctx.user.login):
            raise forbidden(f"Only the owner of code studio {studio.id} or an administrator may give it away")
        if new_owner not in state.users:
            raise bad_request(f"User does not exist: {new_owner}")
        studio.definition["owner"] = new_owner
        studio.definition["versionTag"] = {
            "versionNumber": int(studio.definition.get("versionTag", {}).get("versionNumber", 0)) + 1,
            "lastModifiedBy": {"login": ctx.user.login},
            "lastModifiedOn": state.clock(),
        }
        return copy.deepcopy(studio.definition)
