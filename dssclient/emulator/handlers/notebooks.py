"""Running Jupyter notebooks and their sessions."""

from __future__ import annotations

import copy
from typing import Any

from ..automation.access import READ, project_for
from ..context import RequestContext
from ..models.notebooks_and_apps import Notebooks
from ._common import readable_project, writable_project
from ._registry import handles


def _notebooks(ctx: RequestContext) -> Notebooks:
    notebooks = ctx.services.state.extension(Notebooks)
    notebooks.seed_once(ctx.services.config.running_notebooks)
    return notebooks


@handles("listRunningNotebooks")
def list_running_notebooks(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        return _notebooks(ctx).running()


@handles("getNotebookState")
def get_notebook_state(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        readable_project(ctx, ctx.path["projectKey"])
        return copy.deepcopy(_notebooks(ctx).get(ctx.path["projectKey"], ctx.query["notebookName"]))


@handles("unloadNotebook")
def unload_notebook(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        writable_project(ctx, ctx.path["projectKey"])
        notebooks = _notebooks(ctx)
        return copy.deepcopy(notebooks.stop(ctx.path["projectKey"], ctx.query["notebookName"], ctx.query["sessionId"]))


@handles("listActiveProjectNotebooks")
def list_active_project_notebooks(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        return [n for n in _notebooks(ctx).running() if n["projectKey"] == project.key]
