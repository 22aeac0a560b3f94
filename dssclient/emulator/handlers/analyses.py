"""Visual analyses of a project: creation on a dataset, definition, deletion, and the ML tasks they hold.

The ML tasks' model (``models/ml_tasks.py``) holds the tasks, and creates an analysis id of its own
for each task created on the project (``createMLTask``): such an analysis becomes one here too, on
the task's dataset, the first time the project's analyses are read (:func:`adopt_task_analyses`).
Deleting an analysis deletes its tasks.
"""

from __future__ import annotations

import copy
import itertools
from typing import Any

from ..automation.access import READ, WRITE, check_foreign_read, project_for
from ..automation.store import data_store, open_source, schema_columns
from ..context import RequestContext
from ..errors import bad_request, not_found
from ..models.analyses import Analyses, Analysis, prepared, split_smart_name
from ..models.ml_defaults import guess_settings
from ..models.ml_tasks import MLTasks
from ..state import Project
from ._common import existing_dataset
from ._registry import handles
from .ml_tasks import GUESS_SAMPLE_ROWS


def _model(ctx: RequestContext) -> Analyses:
    return ctx.services.state.extension(Analyses)


def _tasks(ctx: RequestContext) -> MLTasks:
    return ctx.services.state.extension(MLTasks)


def adopt_task_analyses(ctx: RequestContext, project: Project) -> None:
    """The analyses the ML tasks' model created for tasks created on the project, as analyses here. Hold the lock."""
    model = _model(ctx)
    known = {analysis.id for analysis in model.of_project(project.key)}
    for task in _tasks(ctx).of_project(project.key):
        if task.analysis_id not in known:
            model.create(project, task.input_dataset, project.owner, analysis_id=task.analysis_id)
            known.add(task.analysis_id)


def _addressed(ctx: RequestContext, *, write: bool = False) -> tuple[Project, Analysis]:
    """The project and analysis the path names, if the caller may read it (or write it)."""
    project = project_for(ctx, ctx.path["projectKey"], WRITE if write else READ)
    adopt_task_analyses(ctx, project)
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


def _summary(analysis: Analysis, tasks: int) -> dict[str, Any]:
    return {
        "analysisId": analysis.id,
        "analysisName": analysis.name,
        "inputDataset": analysis.input_dataset,
        "projectKey": analysis.project_key,
        "nbMLTasks": tasks,
    }


@handles("listAnalyses")
def list_analyses(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        adopt_task_analyses(ctx, project)
        tasks = _tasks(ctx)
        return [_summary(a, len(tasks.of_analysis(project.key, a.id))) for a in _model(ctx).of_project(project.key)]


@handles("createAnalysis")
def create_analysis(ctx: RequestContext) -> dict[str, Any]:
    input_dataset = str(ctx.body_fields["inputDataset"])
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        check_input_dataset(ctx, project, input_dataset)
        taken = _tasks(ctx).analysis_ids(project.key)
        analysis = _model(ctx).create(project, input_dataset, ctx.user.login, taken=taken)
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
        project, analysis = _addressed(ctx, write=True)
        tasks = _tasks(ctx)
        for task in tasks.of_analysis(project.key, analysis.id):
            tasks.delete(project.key, task.analysis_id, task.mltask_id)
        _model(ctx).delete(analysis)


# -- the ML tasks of an analysis (the ML tasks' model, models/ml_tasks.py, holds them) ---------------


@handles("listAnalysisMLTasks")
def list_analysis_ml_tasks(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project, analysis = _addressed(ctx)
        return {"mlTasks": [task.summary() for task in _tasks(ctx).of_analysis(project.key, analysis.id)]}


@handles("createAnalysisMLTask")
def create_analysis_ml_task(ctx: RequestContext) -> dict[str, Any]:
    body: dict[str, Any] = dict(ctx.body_fields)
    state = ctx.services.state
    with state.lock:
        project, analysis = _addressed(ctx, write=True)
        owner, name = split_smart_name(project.key, analysis.input_dataset)
        if owner != project.key:
            # As for the ML tasks created on a project: the emulator trains on the project's own datasets.
            raise bad_request(f"The emulator trains on the datasets of the analysis' project only, not {owner}.{name}")
        definition = existing_dataset(project, name).definition
        columns = schema_columns(definition)
        source = open_source(data_store(ctx.services), project.key, definition)
        script = copy.deepcopy(analysis)  # the script as it is now; it runs outside the lock
    # The settings are guessed from the rows as the analysis' script prepares them, as DSS does.
    try:
        schema, rows = prepared(script, columns, source.rows())
        names = [str(column.get("name")) for column in schema]
        sample = [dict(zip(names, values, strict=False)) for values in itertools.islice(rows, GUESS_SAMPLE_ROWS)]
    finally:
        source.close()
    settings = guess_settings({**body, "inputDataset": script.input_dataset}, schema, sample)
    settings["splitParams"]["ssdDatasetSmartName"] = script.input_dataset
    with state.lock:
        project, analysis = _addressed(ctx, write=True)  # deleted meanwhile: 404
        task = _tasks(ctx).create(project.key, analysis.input_dataset, settings, analysis_id=analysis.id)
        return {"analysisId": analysis.id, "mlTaskId": task.mltask_id}
