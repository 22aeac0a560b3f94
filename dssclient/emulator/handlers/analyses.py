"""Visual analyses of a project: creation on a dataset, definition, deletion, and the ML tasks they hold."""

from __future__ import annotations

import copy
from typing import Any

from ..automation.access import READ, WRITE, check_foreign_read, project_for
from ..context import RequestContext
from ..errors import not_found
from ..models.analyses import Analyses, Analysis, split_smart_name
from ..state import Project
from ._common import existing_dataset
from ._registry import handles


def _model(ctx: RequestContext) -> Analyses:
    return ctx.services.state.extension(Analyses)


def _addressed(ctx: RequestContext, *, write: bool = False) -> tuple[Project, Analysis]:
    """The project and analysis the path names, if the caller may read it (or write it)."""
    project = project_for(ctx, ctx.path["projectKey"], WRITE if write else READ)
    return project, _model(ctx).get(project.key, ctx.path["analysisId"])


def check_input_dataset(ctx: RequestContext, project: Project, smart_name: str) -> None:
    """404 unless the dataset exists; 403 for another project's dataset the caller may not read."""
    state = ctx.services.state
    owner, name = split_smart_name(project.key, smart_name)
    if owner != project.key:
        source = state.projects.get(owner)
        if source is None and ctx.user.admin:  # an administrator learns nothing from a 404
            raise not_found(f"Project does not exist: {owner}")
        check_foreign_read(state, project.key, owner, name, ctx.user)
        assert source is not None  # check_foreign_read refuses a missing project
        existing_dataset(source, name)
        return
    existing_dataset(project, name)


def _summary(analysis: Analysis) -> dict[str, Any]:
    return {
        "analysisId": analysis.id,
        "analysisName": analysis.name,
        "inputDataset": analysis.input_dataset,
        "projectKey": analysis.project_key,
    }


@handles("listAnalyses")
def list_analyses(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        return [_summary(a) for a in _model(ctx).of_project(project.key)]


@handles("createAnalysis")
def create_analysis(ctx: RequestContext) -> dict[str, Any]:
    input_dataset = str(ctx.body_fields["inputDataset"])
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        check_input_dataset(ctx, project, input_dataset)
        analysis = _model(ctx).create(project, input_dataset, ctx.user.login)
        return {"id": analysis.id}


@handles("getAnalysisDefinition")
def get_analysis_definition(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return copy.deepcopy(_addressed(ctx)[1].definition)


@handles("saveAnalysisDefinition")
def save_analysis_definition(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        _, analysis = _addressed(ctx, write=True)
        _model(ctx).save(analysis, ctx.body)
        return copy.deepcopy(analysis.definition)


@handles("deleteAnalysis")
def delete_analysis(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        _, analysis = _addressed(ctx, write=True)
        _model(ctx).delete(analysis)
