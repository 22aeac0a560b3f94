"""Jupyter notebooks of a project: content created, read, saved and cleared; sessions listed and stopped.

The emulator runs no kernel: a notebook's cells never execute, and sessions start only when a
test seeds them (``EmulatorConfig.running_notebooks``, ``Notebooks.start_session``).
"""

from __future__ import annotations

import copy
from typing import Any

from ..automation.access import READ, WRITE, project_for, require_code_rights
from ..context import RequestContext
from ..models.notebooks_and_apps import Notebooks
from ._registry import handles


def _notebooks(ctx: RequestContext) -> Notebooks:
    notebooks = ctx.services.state.extension(Notebooks)
    notebooks.seed_once(ctx.services.config.running_notebooks)
    return notebooks


def _write_code(ctx: RequestContext) -> str:
    """The project key, if the caller may write its content and write code (DSS's rights for notebooks)."""
    project = project_for(ctx, ctx.path["projectKey"], WRITE)
    require_code_rights(ctx.user, "write the code of a notebook")
    return project.key


@handles("listJupyterNotebooks")
def list_jupyter_notebooks(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        return _notebooks(ctx).of_project(project.key, active=bool(ctx.query.get("active")))


@handles("getJupyterNotebookContent")
def get_jupyter_notebook_content(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        return copy.deepcopy(_notebooks(ctx).content(project.key, ctx.path["notebookName"]))


@handles("createJupyterNotebook")
def create_jupyter_notebook(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project_key = _write_code(ctx)
        return _notebooks(ctx).create(project_key, ctx.path["notebookName"], ctx.body, ctx.user.login)


@handles("saveJupyterNotebookContent")
def save_jupyter_notebook_content(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project_key = _write_code(ctx)
        # Stored as received: what the next read answers is what was sent.
        return _notebooks(ctx).save(project_key, ctx.path["notebookName"], ctx.body)


@handles("deleteJupyterNotebook")
def delete_jupyter_notebook(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        _notebooks(ctx).delete(project.key, ctx.path["notebookName"])
        return {}


@handles("clearJupyterNotebookOutputs")
def clear_jupyter_notebook_outputs(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        # Clearing rewrites the notebook's file: the rights to write it are asked, as for a save.
        project_key = _write_code(ctx)
        _notebooks(ctx).clear_outputs(project_key, ctx.path["notebookName"])
        return {}


@handles("listJupyterNotebookSessions")
def list_jupyter_notebook_sessions(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        notebook = _notebooks(ctx).get(project.key, ctx.path["notebookName"])
        return copy.deepcopy(notebook["activeSessions"])


@handles("unloadJupyterNotebookSession")
def unload_jupyter_notebook_session(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        _notebooks(ctx).stop(project.key, ctx.path["notebookName"], ctx.path["sessionId"])
        return {}
