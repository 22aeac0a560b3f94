"""A project's flow: its graph, and its zones."""

from __future__ import annotations

import copy
from typing import Any, cast

from ..automation.access import READ, WRITE, project_for
from ..automation.recipes import RecipesModel, copies_its_input, flow_graph, input_refs, output_refs
from ..context import BinaryReply, RequestContext
from ..errors import DSSError, bad_request, not_found
from ..models.flow_documents import DOCX_MEDIA_TYPE, FlowDocuments, docx, flow_lines
from ..models.flow_zones import DEFAULT_COLOR, MAX_ITEMS_PER_CALL, FlowZones
from ._common import existing_dataset, info_messages
from ._registry import handles
from ._tasks import run_task


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


# -- schema propagation (issue 18) -------------------------------------------------------------


# The propagation follows the recipes that copy their input's columns (automation/recipes.py,
# copies_its_input): the emulator computes their output schema. Any other recipe (code, grouping,
# join, window, ...) would need DSS's own engine (or a run): the propagation stops there and says so.
@handles("propagateSchema")
def propagate_schema(ctx: RequestContext) -> dict[str, Any]:
    body = ctx.body_fields
    state = ctx.services.state
    with state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        for source in body["sources"]:
            if source["projectKey"] != project.key:
                # Starting from another project's dataset: whether DSS follows it here is unknown.
                raise bad_request(f"The sources of a propagation are datasets of project {project.key}")
            existing_dataset(project, source["id"])
    options = body["options"]
    excluded = set(options.get("excludedRecipes") or [])
    marked_ok = set(options.get("markAsOkRecipes") or [])
    sources = [source["id"] for source in body["sources"]]
    login = ctx.user.login

    def propagate() -> dict[str, Any]:
        updated: list[str] = []
        ok: list[str] = []
        stopped: list[dict[str, str]] = []
        with state.lock:
            recipes = state.extension(RecipesModel).of(project.key)
            queue, seen = list(sources), set(sources)
            while queue:
                name = queue.pop(0)
                dataset = project.datasets.get(name)
                if dataset is None:
                    continue
                for recipe in list(recipes.values()):
                    if name not in input_refs(recipe.definition) or recipe.name in ok:
                        continue
                    if any(s["recipe"] == recipe.name for s in stopped):
                        continue
                    outputs = [ref for ref in output_refs(recipe.definition) if ref in project.datasets]
                    if recipe.name in excluded:
                        stopped.append({"recipe": recipe.name, "reason": "The propagation was told to stop here"})
                        continue
                    if recipe.name not in marked_ok:
                        if not copies_its_input(recipe) or len(input_refs(recipe.definition)) != 1:
                            reason = f"The emulator cannot compute the output schema of a {recipe.type} recipe"
                            stopped.append({"recipe": recipe.name, "reason": reason})
                            continue
                        columns = copy.deepcopy(dataset.definition.get("schema", {}).get("columns", []))
                        for output in outputs:
                            target = project.datasets[output].definition
                            schema = target.setdefault("schema", {})
                            if schema.get("columns") != columns:
                                schema["columns"] = copy.deepcopy(columns)
                                updated.append(output)
                    ok.append(recipe.name)
                    for output in outputs:
                        if output not in seen:
                            seen.add(output)
                            queue.append(output)
            if updated:
                project.touch(login, state.clock())
        return {"updatedDatasets": updated, "okRecipes": ok, "stoppedAt": stopped}

    return run_task(ctx, f"Propagating the schema of {', '.join(sources)}", {"projectKey": project.key}, propagate)


# -- flow documentation (issue 18) -------------------------------------------------------------


@handles("generateFlowDocumentation")
def generate_flow_documentation(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)

    def generate() -> dict[str, Any]:
        with state.lock:
            graph = flow_graph(state, state.extension(RecipesModel), project)
            content = docx(flow_lines(project.key, project.name, graph))
            export_id = state.extension(FlowDocuments).add(project.key, content)
        return {"exportId": export_id, "data": info_messages()}

    return run_task(ctx, f"Generating the flow documentation of {project.key}", {"projectKey": project.key}, generate)


@handles("generateFlowDocumentationWithTemplateInFolder")
def generate_flow_documentation_with_template_in_folder(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project_for(ctx, ctx.path["projectKey"], READ)
    # DSS fills the template's placeholders; the emulator cannot do it faithfully: refused.
    raise bad_request("The emulator generates flow documentation from its own template only")


@handles("generateFlowDocumentationWithTemplate")
def generate_flow_documentation_with_template(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project_for(ctx, ctx.path["projectKey"], READ)
    raise bad_request("The emulator generates flow documentation from its own template only")


@handles("downloadFlowDocumentation")
def download_flow_documentation(ctx: RequestContext) -> BinaryReply:
    state = ctx.services.state
    with state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ)
        content = state.extension(FlowDocuments).get(project.key, ctx.path["exportId"])
    return BinaryReply(media_type=DOCX_MEDIA_TYPE, length=len(content), chunks=lambda: iter([content]))


# -- flow tools (issue 18) -----------------------------------------------------------------------
# DSS's tools hold states whose shapes the official client does not describe: the emulator starts
# none (refused rather than invented), and so knows no tool id.


@handles("startFlowTool")
def start_flow_tool(ctx: RequestContext) -> str:
    with ctx.services.state.lock:
        project_for(ctx, ctx.path["projectKey"], WRITE)
    raise bad_request(
        f"The emulator runs no flow tool ({ctx.query['type']}): use a schema propagation (propagateSchema) instead"
    )


def _no_tool(ctx: RequestContext) -> DSSError:
    with ctx.services.state.lock:
        project_for(ctx, ctx.path["projectKey"], READ)
    return not_found(f"Flow tool does not exist: {ctx.path['projectKey']}.{ctx.path['toolId']}")


@handles("stopFlowTool")
def stop_flow_tool(ctx: RequestContext) -> dict[str, Any]:
    raise _no_tool(ctx)


@handles("getFlowToolState")
def get_flow_tool_state(ctx: RequestContext) -> dict[str, Any]:
    raise _no_tool(ctx)


@handles("doFlowToolAction")
def do_flow_tool_action(ctx: RequestContext) -> dict[str, Any]:
    raise _no_tool(ctx)


@handles("updateFlowTool")
def update_flow_tool(ctx: RequestContext) -> dict[str, Any]:
    raise _no_tool(ctx)
