"""SQL notebooks of a project: content, connection checked, history of their queries' runs."""

from __future__ import annotations

import copy
from typing import Any

from ..automation.access import READ, WRITE, project_for
from ..context import RequestContext
from ..errors import not_found
from ..models._json import as_object
from ..models.sql import sql_connection
from ..models.sql_notebooks import SqlNotebooks
from ._registry import handles


def _model(ctx: RequestContext) -> SqlNotebooks:
    return ctx.services.state.extension(SqlNotebooks)


def _check_connection(ctx: RequestContext, body: Any) -> None:
    """The connection the body names must be an SQL connection of the instance that the caller may use."""
    name = (as_object(body) or {}).get("connection")
    if isinstance(name, str) and name and sql_connection(ctx.services, name, ctx.user) is None:
        raise not_found(f"SQL connection does not exist: {name}")


@handles("listSqlNotebooks")
def list_sql_notebooks(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        return _model(ctx).of_project(project.key)


@handles("createSqlNotebook")
def create_sql_notebook(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        _check_connection(ctx, ctx.body)
        return copy.deepcopy(_model(ctx).create(project.key, ctx.body))


@handles("getSqlNotebookContent")
def get_sql_notebook_content(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        return copy.deepcopy(_model(ctx).get(project.key, ctx.path["notebookId"]))


@handles("saveSqlNotebookContent")
def save_sql_notebook_content(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        _model(ctx).get(project.key, ctx.path["notebookId"])
        _check_connection(ctx, ctx.body)
        return copy.deepcopy(_model(ctx).save(project.key, ctx.path["notebookId"], ctx.body))


@handles("deleteSqlNotebook")
def delete_sql_notebook(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        _model(ctx).delete(project.key, ctx.path["notebookId"])
        return {}


@handles("getSqlNotebookHistory")
def get_sql_notebook_history(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        return copy.deepcopy(_model(ctx).history(project.key, ctx.path["notebookId"]))


@handles("saveSqlNotebookHistory")
def save_sql_notebook_history(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        _model(ctx).save_history(project.key, ctx.path["notebookId"], ctx.body)


@handles("clearSqlNotebookHistory")
def clear_sql_notebook_history(ctx: RequestContext) -> None:
    fields = ctx.body_fields
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        _model(ctx).clear_history(
            project.key, ctx.path["notebookId"], fields.get("cellId"), int(fields.get("numRunsToRetain", 0))
        )
