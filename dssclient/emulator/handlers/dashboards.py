"""Dashboards and insights of projects: creation, listing, definitions saved whole, deletion.

Rights, as DSS's documentation describes them and where it is silent, refused:

* reading (listing, getting) takes the right to read the project's content, or the project
  permissions ``readDashboards`` / ``writeDashboards`` ("everybody who has read dashboards
  access can view a dashboard, regardless of who created it");
* a listing shows the promoted (``listed``) objects and the caller's own; the project's
  administrators see every one (private dashboards are kept out of other users' lists);
* creating, saving and deleting take the right to write the project's content. DSS also lets
  ``writeDashboards`` users create their own dashboards and edit them, and ``moderateDashboards``
  users edit everyone's; how that applies through the public API is not documented, so the
  emulator refuses them those changes rather than allow too much.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from ..automation.access import ADMIN, READ, WRITE, project_for, rights
from ..context import RequestContext
from ..errors import UNAUTHORIZED, forbidden
from ..models.dashboards import DashboardsModel, dashboard_list_item, insight_list_item
from ..state import Project
from ._common import readable_project, refuse_rename
from ._registry import handles

_DASHBOARD_READERS = ("readDashboards", "writeDashboards")


def _model(ctx: RequestContext) -> DashboardsModel:
    return ctx.services.state.extension(DashboardsModel)


def _reading(ctx: RequestContext) -> Project:
    """The project of the path, if the caller may read its dashboards and insights. Hold the state lock."""
    project = readable_project(ctx, ctx.path["projectKey"])
    if READ in rights(project, ctx.user):
        return project
    user = ctx.user
    for entry in project.permissions:
        if entry.get("user") == user.login or entry.get("group") in user.groups:
            if any(entry.get(right) is True for right in _DASHBOARD_READERS):
                return project
    raise forbidden(f"You may not read the dashboards of project {project.key}", UNAUTHORIZED)


def _writing(ctx: RequestContext) -> Project:
    return project_for(ctx, ctx.path["projectKey"], WRITE)


def _visible(ctx: RequestContext, project: Project) -> Callable[[dict[str, Any]], bool]:
    if ADMIN in rights(project, ctx.user):
        return lambda definition: True
    login = ctx.user.login
    return lambda definition: bool(definition.get("listed")) or definition.get("owner") == login


# -- dashboards ----------------------------------------------------------------------------------


@handles("listDashboards")
def list_dashboards(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        project = _reading(ctx)
        shown = _visible(ctx, project)
        return [dashboard_list_item(d) for d in _model(ctx).dashboards.get(project.key, {}).values() if shown(d)]


@handles("createDashboard")
def create_dashboard(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        project = _writing(ctx)
        created = _model(ctx).create_dashboard(project.key, ctx.body_fields, ctx.user.login, state.clock())
        return copy.deepcopy(created)


@handles("getDashboard")
def get_dashboard(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project = _reading(ctx)
        return copy.deepcopy(_model(ctx).dashboard(project.key, ctx.path["dashboardId"]))


@handles("saveDashboard")
def save_dashboard(ctx: RequestContext) -> dict[str, Any]:
    project_key, dashboard_id = ctx.path["projectKey"], ctx.path["dashboardId"]
    refuse_rename("dashboard", "projectKey", project_key, ctx.body_fields)
    refuse_rename("dashboard", "id", dashboard_id, ctx.body_fields)
    state = ctx.services.state
    with state.lock:
        project = _writing(ctx)
        # The body as sent, nulls included: a definition round-trips.
        saved = _model(ctx).save_dashboard(project.key, dashboard_id, ctx.body, ctx.user.login, state.clock())
        return copy.deepcopy(saved)


@handles("deleteDashboard")
def delete_dashboard(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        project = _writing(ctx)
        _model(ctx).delete_dashboard(project.key, ctx.path["dashboardId"])


# -- insights ------------------------------------------------------------------------------------


@handles("listInsights")
def list_insights(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        project = _reading(ctx)
        shown = _visible(ctx, project)
        return [insight_list_item(i) for i in _model(ctx).insights.get(project.key, {}).values() if shown(i)]


@handles("createInsight")
def create_insight(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        project = _writing(ctx)
        prototype = ctx.body_fields["insightPrototype"]
        created = _model(ctx).create_insight(project.key, prototype, ctx.user.login, state.clock())
        return copy.deepcopy(created)


@handles("getInsight")
def get_insight(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project = _reading(ctx)
        return copy.deepcopy(_model(ctx).insight(project.key, ctx.path["insightId"]))


@handles("saveInsight")
def save_insight(ctx: RequestContext) -> dict[str, Any]:
    project_key, insight_id = ctx.path["projectKey"], ctx.path["insightId"]
    sent = ctx.body["insight"]
    refuse_rename("insight", "projectKey", project_key, ctx.body_fields["insight"])
    refuse_rename("insight", "id", insight_id, ctx.body_fields["insight"])
    state = ctx.services.state
    with state.lock:
        project = _writing(ctx)
        saved = _model(ctx).save_insight(project.key, insight_id, sent, ctx.user.login, state.clock())
        return copy.deepcopy(saved)


@handles("deleteInsight")
def delete_insight(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        project = _writing(ctx)
        _model(ctx).delete_insight(project.key, ctx.path["insightId"])
