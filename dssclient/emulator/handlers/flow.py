"""A project's flow, as a graph of its datasets and recipes."""

from __future__ import annotations

from typing import Any

from ..automation.access import READ, project_for
from ..automation.recipes import RecipesModel, flow_graph
from ..context import RequestContext
from ._registry import handles


@handles("getFlowGraph")
def get_flow_graph(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        return flow_graph(state, state.extension(RecipesModel), project)
