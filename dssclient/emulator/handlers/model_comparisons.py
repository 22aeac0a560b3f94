"""Evaluation and model comparisons (issue 19): creation, settings (the compared items), deletion.

Reading needs READ on the project; creating, saving and deleting need WRITE.
"""

from __future__ import annotations

import copy
from typing import Any

from dssclient._json import is_array

from ..automation.access import READ, WRITE, project_for
from ..context import RequestContext
from ..errors import bad_request
from ..models.model_comparisons import TASK_TYPES, Comparison, ModelComparisons
from ..state import Project
from ._registry import handles


def _model(ctx: RequestContext) -> ModelComparisons:
    return ctx.services.state.extension(ModelComparisons)


def _addressed(ctx: RequestContext, needed: str = READ) -> tuple[Project, Comparison]:
    project = project_for(ctx, ctx.path["projectKey"], needed)
    return project, _model(ctx).get(project.key, ctx.path["comparisonId"])


@handles("listEvaluationComparisons")
def list_evaluation_comparisons(ctx: RequestContext) -> list[dict[str, Any]]:
    raw = ctx.query.get("modelTaskTypes")
    task_types = [str(t) for t in raw] if is_array(raw) else None
    unknown = [t for t in task_types or [] if t not in TASK_TYPES]
    if unknown:
        raise bad_request(f"Unknown task type {unknown[0]!r}: use one of {', '.join(TASK_TYPES)}")
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        return _model(ctx).listed(project.key, task_types)


def _create(ctx: RequestContext, *, models_only: bool) -> dict[str, Any]:
    fields = ctx.body_fields
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        if fields.get("projectKey") not in (None, project.key):
            raise bad_request(f"The body's projectKey ({fields.get('projectKey')!r}) is not the project of the path")
        comparison = _model(ctx).create(
            project.key,
            str(fields["displayName"]),
            str(fields["predictionType"]),
            ctx.user.login,
            models_only=models_only,
        )
        return copy.deepcopy(comparison.settings)


@handles("createEvaluationComparison")
def create_evaluation_comparison(ctx: RequestContext) -> dict[str, Any]:
    return _create(ctx, models_only=False)


@handles("createModelComparison")
def create_model_comparison(ctx: RequestContext) -> dict[str, Any]:
    return _create(ctx, models_only=True)


@handles("getEvaluationComparison")
def get_evaluation_comparison(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return copy.deepcopy(_addressed(ctx)[1].settings)


@handles("saveEvaluationComparison")
def save_evaluation_comparison(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        _, comparison = _addressed(ctx, WRITE)
        _model(ctx).save(comparison, ctx.body, ctx.user.login)


@handles("deleteEvaluationComparison")
def delete_evaluation_comparison(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        project, comparison = _addressed(ctx, WRITE)
        _model(ctx).delete(project.key, comparison.id)
