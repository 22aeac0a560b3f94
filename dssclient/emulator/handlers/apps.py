"""Apps: projects made application templates, their manifests, and their instances."""

from __future__ import annotations

import copy
import re
from typing import Any

from ..context import RequestContext
from ..errors import bad_request
from ..models.notebooks_and_apps import APP_INSTANCE, APP_PREFIX, APP_TEMPLATE, Apps, app_type
from ._common import readable_project, writable_project
from ._registry import handles
from ._tasks import run_task

_PROJECT_KEY = re.compile(r"[A-Za-z0-9_]+")


def _apps(ctx: RequestContext) -> Apps:
    return ctx.services.state.extension(Apps)


@handles("listApps")
def list_apps(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        listed: list[dict[str, Any]] = []
        for project in _apps(ctx).templates():
            if not project.readable_by(ctx.user):
                continue
            summary = project.summary()
            item = {"appId": APP_PREFIX + project.key, "label": project.name, "projectKey": project.key}
            item["description"] = summary.get("shortDesc") or summary.get("description") or ""
            item["tags"] = summary.get("tags", [])
            listed.append(item)
        return listed


def _readable_app(ctx: RequestContext, app_id: str) -> Any:
    project = _apps(ctx).template(app_id)
    readable_project(ctx, project.key)
    return project


@handles("getAppManifest")
def get_app_manifest(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project = _readable_app(ctx, ctx.path["appId"])
        return copy.deepcopy(_apps(ctx).manifest_of_template(project.key))


@handles("createAppInstance")
def create_app_instance(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    app_id = ctx.path["appId"]
    fields = ctx.body_fields
    target = fields["targetProjectKey"]
    if not _PROJECT_KEY.fullmatch(target):
        raise bad_request(f"Invalid project key {target!r}: use letters, digits and underscores")
    name = fields.get("targetProjectName") or target
    temporary = bool(fields.get("isTemporaryAppInstance", False))
    with state.lock:
        _readable_app(ctx, app_id)
    creator = ctx.user.login

    def work() -> dict[str, Any]:
        with state.lock:
            template = _apps(ctx).template(app_id)
            # The key is checked free by create_project: a clash fails the task, nothing is created.
            instance = state.create_project(target, name, creator, creator=creator)
            settings = copy.deepcopy(template.settings)
            settings.update({"projectKey": target, "name": name, "owner": creator, "projectAppType": APP_INSTANCE})
            instance.settings = settings
            instance.variables = copy.deepcopy(template.variables)
            for dataset in template.datasets.values():
                definition = copy.deepcopy(dataset.definition)
                definition["projectKey"] = target
                copied = state.create_dataset(instance, definition, creator)
                copied.definition = definition
                copied.metadata = copy.deepcopy(dataset.metadata)
            _apps(ctx).instances[target] = (app_id, temporary)
        return {"projectKey": target, "appId": app_id}

    return run_task(ctx, f"Instantiate app {app_id}", {"appId": app_id, "projectKey": target}, work)


@handles("listAppInstances")
def list_app_instances(ctx: RequestContext) -> list[dict[str, Any]]:
    state = ctx.services.state
    app_id = ctx.path["appId"]
    with state.lock:
        apps = _apps(ctx)
        _readable_app(ctx, app_id)
        listed: list[dict[str, Any]] = []
        for key, (instance_app, temporary) in apps.instances.items():
            project = state.projects.get(key)
            if instance_app == app_id and project is not None and project.readable_by(ctx.user):
                listed.append(
                    {"projectKey": key, "name": project.name, "appId": app_id, "isTemporaryAppInstance": temporary}
                )
        return listed


@handles("getProjectAppManifest")
def get_project_app_manifest(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project = readable_project(ctx, ctx.path["projectKey"])
        return copy.deepcopy(_apps(ctx).manifest_of_project(project))


@handles("saveProjectAppManifest")
def save_project_app_manifest(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        project = writable_project(ctx, ctx.path["projectKey"])
        if app_type(project) != APP_TEMPLATE:
            raise bad_request(f"Project {project.key} is not an app template: only a template's manifest is saved")
        _apps(ctx).manifests[project.key] = copy.deepcopy(ctx.body)
