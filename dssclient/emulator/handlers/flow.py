"""A project's flow: its graph, and its zones."""

from __future__ import annotations

from typing import Any, cast

from ..automation.access import READ, WRITE, project_for
from ..automation.recipes import RecipesModel, flow_graph
from ..context import RequestContext
from ..errors import bad_request
from ..models.flow_zones import DEFAULT_COLOR, MAX_ITEMS_PER_CALL, FlowZones
from ._registry import handles


@handles("getFlowGraph")
def get_flow_graph(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        return flow_graph(state, state.extension(RecipesModel), project)


# -- flow zones (issue 18) ---------------------------------------------------------------------


def _zones(ctx: RequestContext) -> FlowZones:
    return ctx.services.state.extension(FlowZones)


@handles("listFlowZones")
def list_flow_zones(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        return _zones(ctx).answers(project.key)


@handles("createFlowZone")
def create_flow_zone(ctx: RequestContext) -> dict[str, Any]:
    fields = ctx.body_fields
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        zone = _zones(ctx).create(project.key, fields["name"], fields.get("color") or DEFAULT_COLOR)
        return _zones(ctx).answer(project.key, zone.id)


@handles("getFlowZone")
def get_flow_zone(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        return _zones(ctx).answer(project.key, ctx.path["zoneId"])


@handles("saveFlowZone")
def save_flow_zone(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        _zones(ctx).save(project.key, ctx.path["zoneId"], ctx.body_fields)


@handles("deleteFlowZone")
def delete_flow_zone(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        _zones(ctx).delete(project.key, ctx.path["zoneId"])


@handles("addFlowZoneItem")
def add_flow_zone_item(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        zones = _zones(ctx)
        zones.check_exists(project.key, ctx.path["zoneId"])
        zones.move(project.key, ctx.path["zoneId"], [zones.ref(project.key, ctx.body_fields)])
        return zones.answer(project.key, ctx.path["zoneId"])


@handles("addFlowZoneItems")
def add_flow_zone_items(ctx: RequestContext) -> dict[str, Any]:
    body: Any = ctx.body_fields
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        zones = _zones(ctx)
        zones.check_exists(project.key, ctx.path["zoneId"])
        if not isinstance(body, list) or len(body) > MAX_ITEMS_PER_CALL:  # pyright: ignore[reportUnknownArgumentType]
            raise bad_request(f"The body is a list of at most {MAX_ITEMS_PER_CALL} flow object references")
        items = cast("list[dict[str, Any]]", body)
        zones.move(project.key, ctx.path["zoneId"], [zones.ref(project.key, item) for item in items])
        return zones.answer(project.key, ctx.path["zoneId"])


@handles("shareToFlowZone")
def share_to_flow_zone(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        zones = _zones(ctx)
        zones.check_exists(project.key, ctx.path["zoneId"])
        zones.share(project.key, ctx.path["zoneId"], zones.ref(project.key, ctx.body_fields))
        return zones.answer(project.key, ctx.path["zoneId"])


@handles("unshareFromFlowZone")
def unshare_from_flow_zone(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        zones = _zones(ctx)
        zones.unshare(project.key, ctx.path["zoneId"], ctx.path["objectType"], ctx.path["objectId"])
        return zones.answer(project.key, ctx.path["zoneId"])


@handles("getFlowZoneGraph")
def get_flow_zone_graph(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        zones = _zones(ctx)
        zone_id = ctx.path["zoneId"]
        shown = zones.items_of(project.key, zone_id) + zones.shared_of(project.key, zone_id)
        keys = {name if owner == project.key else f"{owner}.{name}" for _, owner, name in shown}
        nodes = flow_graph(state, state.extension(RecipesModel), project)["nodes"]
        kept = {key: node for key, node in nodes.items() if key in keys}
        for node in kept.values():
            # Links to what the zone does not show are cut, so that the graph's walks stay inside it.
            node["predecessors"] = [k for k in node["predecessors"] if k in kept]
            node["successors"] = [k for k in node["successors"] if k in kept]
        return {"nodes": kept}
