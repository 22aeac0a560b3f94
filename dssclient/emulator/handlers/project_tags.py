"""The tag definitions of a project."""

from __future__ import annotations

from typing import Any

from ..automation.access import READ, WRITE, project_for
from ..context import RequestContext
from ..models.project_tags import ProjectTagsModel
from ._registry import handles


@handles("getProjectTags")
def get_project_tags(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        return state.extension(ProjectTagsModel).answer(project.key)


@handles("setProjectTags")
def set_project_tags(ctx: RequestContext) -> None:
    state = ctx.services.state
    with state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        state.extension(ProjectTagsModel).save(project.key, ctx.body_fields)
        project.touch(ctx.user.login, state.clock())
