"""Webapps of a project: creation, settings, and their backend's start, state and stop."""

from __future__ import annotations

import copy
from typing import Any

from ..automation.access import READ, WRITE, project_for, require_code_rights
from ..context import RequestContext
from ..errors import bad_request
from ..futures import TaskControl
from ..models.webapps import RUNNING, STARTING, STOPPED, WebApp, WebApps
from ..state import Project
from ._registry import handles


def _model(ctx: RequestContext) -> WebApps:
    return ctx.services.state.extension(WebApps)


def _addressed(ctx: RequestContext, *, write: bool = False, code: bool = False) -> tuple[Project, WebApp]:
    """The project and webapp the path names, if the caller may read it (write it; write its code)."""
    project = project_for(ctx, ctx.path["projectKey"], WRITE if write or code else READ)
    webapp = _model(ctx).get(project.key, ctx.path["webAppId"])
    if code:
        require_code_rights(ctx.user, "write or run the code of a webapp")
    return project, webapp


@handles("listWebApps")
def list_web_apps(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        return _model(ctx).of_project(project.key)


@handles("createWebApp")
def create_web_app(ctx: RequestContext) -> dict[str, Any]:
    fields = ctx.body_fields
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        # Every webapp the public API creates is a code webapp: code rights are needed.
        require_code_rights(ctx.user, "create a code webapp")
        webapp = _model(ctx).create(project.key, str(fields["name"]), str(fields["type"]), ctx.user.login)
        return {"projectKey": project.key, "webAppId": webapp.id, "name": webapp.name}


@handles("getWebApp")
def get_web_app(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return copy.deepcopy(_addressed(ctx)[1].settings)


@handles("saveWebApp")
def save_web_app(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        _, webapp = _addressed(ctx, code=True)
        _model(ctx).save(webapp, ctx.body, ctx.user.login)
        return copy.deepcopy(webapp.settings)


@handles("getWebAppBackendState")
def get_web_app_backend_state(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        project, webapp = _addressed(ctx)
        return _model(ctx).backend_state(project.key, webapp, state.clock())


@handles("stopWebAppBackend")
def stop_web_app_backend(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        _, webapp = _addressed(ctx, write=True)
        _model(ctx).stop(webapp)


@handles("restartWebAppBackend")
def restart_web_app_backend(ctx: RequestContext) -> dict[str, Any]:
    services = ctx.services
    state = services.state
    model = _model(ctx)
    seconds = services.config.webapp_backend_seconds
    with state.lock:
        project, webapp = _addressed(ctx, code=True)
        if not webapp.has_backend():
            raise bad_request(f"Webapp {webapp.id} has no backend: enable it in its settings (params.backendEnabled)")
        if webapp.backend == STARTING and webapp.start_task is not None:
            return webapp.start_task.state_json(with_result=True)
        if webapp.backend == RUNNING:
            model.stop(webapp)  # a restart stops the running backend first
        webapp.backend = STARTING
        owner = ctx.user.login
        name = webapp.name

        def work(control: TaskControl) -> dict[str, Any]:
            progress = f"Starting backend of webapp {name}"
            control.set_progress([{"name": progress, "unit": "NONE", "cur": 0, "target": 1}])
            try:
                control.sleep(seconds)
            finally:
                # Started, or (aborted by a stop) stopped; a newer start task settles its own.
                with state.lock:
                    if webapp.backend == STARTING and webapp.start_task is task_holder[0]:
                        if control.abort_requested:
                            webapp.backend = STOPPED
                        else:
                            model.set_running(project.key, webapp, owner)
            control.set_progress([{"name": progress, "unit": "NONE", "cur": 1, "target": 1}])
            return {"projectKey": project.key, "webAppId": webapp.id}

        # The task's own handle, for its work to tell whether a newer start replaced it.
        task_holder: list[Any] = [None]
        payload = {"projectKey": project.key, "webAppId": webapp.id}
        task = services.futures.start(owner, f"Start backend of webapp {name}", payload, work)
        task_holder[0] = task
        webapp.start_task = task
        return task.state_json(with_result=True)
