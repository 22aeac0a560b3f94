"""A project's flow graph, its permissions and their enforcement, and duplication, end to end."""

from __future__ import annotations

from typing import Any

import pytest

from dssclient import (
    AsyncDSSClient,
    BadRequestError,
    ConflictError,
    InvalidIdentifierError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.aio.dss.dataset import AsyncDSSDataset
from dssclient.aio.dss.flow import AsyncDSSProjectFlow, AsyncDSSProjectFlowGraph
from dssclient.aio.dss.project import AsyncDSSProject
from dssclient.aio.dss.recipe import AsyncDSSRecipe
from tests.conftest import sent_bodies
from tests.e2e.aio.automation_helpers import COUNTRIES, DOUBLE_SCRIPT, python_recipe, rows_of, upload_csv

pytestmark = pytest.mark.anyio  # unasync: remove


@pytest.fixture
async def project(client: AsyncDSSClient) -> AsyncDSSProject:
    """customers -> double -> doubled -> copy -> copied; countries + customers -> enrich -> enriched"""
    project = await client.create_project("P", "Project", "admin")
    await upload_csv(project)
    await upload_csv(project, "countries", COUNTRIES)
    await python_recipe(project, "customers", "doubled", DOUBLE_SCRIPT, "double")
    await (
        project.new_recipe("sync", "copy")
        .with_input("doubled")
        .with_new_output("copied", "filesystem_managed")
        .create()
    )
    join = project.new_recipe("join", "enrich").with_input("customers").with_input("countries")
    await join.with_new_output("enriched", "filesystem_managed").create()
    return project


async def test_the_graph_links_datasets_and_recipes(project: AsyncDSSProject) -> None:
    flow = project.get_flow()
    assert isinstance(flow, AsyncDSSProjectFlow)
    graph = await flow.get_graph()
    assert isinstance(graph, AsyncDSSProjectFlowGraph)
    nodes = graph.nodes
    assert nodes["double"] == {
        "ref": "double",
        "type": "RUNNABLE_RECIPE",
        "subType": "python",
        "projectKey": "P",
        "predecessors": ["customers"],
        "successors": ["doubled"],
    }
    assert nodes["customers"]["successors"] == ["double", "enrich"]
    assert nodes["enrich"]["predecessors"] == ["customers", "countries"]
    assert [n["ref"] for n in graph.get_source_computables()] == ["customers", "countries"]
    assert graph.get_source_recipes() == []
    assert [n["ref"] for n in graph.get_successor_recipes("customers")] == ["double", "enrich"]
    assert [n["ref"] for n in graph.get_successor_computables("double")] == ["doubled"]
    recipes = graph.get_successor_recipes(project.get_dataset("doubled"), as_type="objects")
    assert [type(r) for r in recipes] == [AsyncDSSRecipe] and recipes[0].name == "copy"
    outputs = graph.get_successor_computables(project.get_recipe("copy"), as_type="objects")
    assert [type(d) for d in outputs] == [AsyncDSSDataset] and outputs[0].name == "copied"
    assert [d.name for d in graph.get_source_datasets()] == ["customers", "countries"]
    assert [(n["ref"], n["type"][:3]) for n in graph.get_items_in_traversal_order()] == [
        ("customers", "COM"),
        ("double", "RUN"),
        ("doubled", "COM"),
        ("copy", "RUN"),
        ("copied", "COM"),
        ("countries", "COM"),
        ("enrich", "RUN"),
        ("enriched", "COM"),
    ]
    ordered = graph.get_items_in_traversal_order(as_type="objects")
    assert [type(o) for o in ordered[:2]] == [AsyncDSSDataset, AsyncDSSRecipe]
    with pytest.raises(ValueError, match="not found"):
        graph.get_successor_recipes("nope")
    with pytest.raises(ValueError, match="not found"):
        graph.get_successor_computables("nope")


async def test_a_dataset_of_another_project_appears_under_its_key(
    project: AsyncDSSProject, client: AsyncDSSClient
) -> None:
    other = await client.create_project("Q", "Q", "admin")
    builder = other.new_recipe("sync", "import_it").with_input("customers", project_key="P")
    await builder.with_new_output("imported", "filesystem_managed").create()
    graph = await other.get_flow().get_graph()
    assert graph.nodes["P.customers"]["successors"] == ["import_it"]
    assert graph.nodes["import_it"]["predecessors"] == ["P.customers"]
    source = graph.get_source_datasets()
    assert [(d.project_key, d.name) for d in source] == [("P", "customers")]
    await other.get_recipe("import_it").run(timeout=30)
    assert len(await rows_of(other.get_dataset("imported"))) == 4


async def test_permissions_round_trip_and_are_enforced(
    project: AsyncDSSProject, reader_client: AsyncDSSClient, dss_emulator: Any
) -> None:
    permissions = await project.get_permissions()
    assert permissions == {"owner": "admin", "permissions": []}
    theirs = reader_client.get_project("P")
    with pytest.raises(PermissionDeniedError):
        await theirs.get_flow().get_graph()
    permissions["permissions"].append({"group": "readers", "readProjectContent": True, "note": "kept ✓"})
    await project.set_permissions(permissions)
    assert sent_bodies(dss_emulator, "setProjectPermissions")[-1] == permissions
    assert await project.get_permissions() == permissions
    assert "double" in (await theirs.get_flow().get_graph()).nodes
    with pytest.raises(PermissionDeniedError, match="administer"):
        await theirs.get_permissions()
    with pytest.raises(PermissionDeniedError, match="administer"):
        await theirs.set_permissions(permissions)
    permissions["permissions"] = [{"user": "reader", "writeProjectContent": True}]
    await project.set_permissions(permissions)
    await (
        theirs.new_recipe("sync", "mine")
        .with_input("customers")
        .with_new_output("mine_out", "filesystem_managed")
        .create()
    )
    assert (await theirs.get_recipe("mine").run(timeout=30)).id.startswith("Build_mine_out")
    with pytest.raises(PermissionDeniedError):
        await theirs.get_permissions()
    permissions["permissions"] = [{"group": "readers", "admin": True}]
    await project.set_permissions(permissions)
    assert (await theirs.get_permissions())["permissions"] == [{"group": "readers", "admin": True}]


async def test_ownership_moves_and_bad_permissions_are_refused(
    project: AsyncDSSProject, reader_client: AsyncDSSClient
) -> None:
    permissions = await project.get_permissions()
    with pytest.raises(BadRequestError, match="nobody"):
        await project.set_permissions({"owner": "nobody", "permissions": []})
    with pytest.raises(BadRequestError, match="group or a user"):
        await project.set_permissions({"permissions": [{"readProjectContent": True}]})
    permissions["owner"] = "reader"
    await project.set_permissions(permissions)
    assert (await project.get_summary())["ownerLogin"] == "reader"
    assert (await reader_client.get_project("P").get_permissions())["owner"] == "reader"


async def test_duplicate_copies_the_flow_and_the_data_the_mode_says(
    project: AsyncDSSProject, client: AsyncDSSClient, dss_emulator: Any
) -> None:
    await project.get_dataset("doubled").build(timeout=30)
    variables = await project.get_variables()
    variables["local"]["env"] = "dev"
    await project.set_variables(variables)
    scenario = await project.create_scenario("Refresh", "step_based")
    answer = await project.duplicate("COPY", "The copy")
    assert answer == {"originalProjectKey": "P", "targetProjectKey": "COPY"}
    assert sent_bodies(dss_emulator, "duplicateProject")[-1] == {
        "targetProjectName": "The copy",
        "targetProjectKey": "COPY",
        "duplicationMode": "MINIMAL",
        "exportAnalysisModels": True,
        "exportSavedModels": True,
        "exportGitRepository": None,
        "exportInsightsData": True,
        "remapping": {},
    }
    copy = client.get_project("COPY")
    assert (await copy.get_summary())["name"] == "The copy"
    assert await copy.get_variables() == variables
    assert sorted(d.name for d in await copy.list_datasets()) == sorted(d.name for d in await project.list_datasets())
    assert [r.name for r in await copy.list_recipes()] == ["double", "copy", "enrich"]
    assert [s.id for s in await copy.list_scenarios(as_type="objects")] == [scenario.id]
    assert len(await rows_of(copy.get_dataset("customers"))) == 4
    assert await rows_of(copy.get_dataset("doubled")) == []  # built data is not copied in MINIMAL mode
    await copy.get_dataset("doubled").build(timeout=30)
    assert len(await rows_of(copy.get_dataset("doubled"))) == 4
    full = await project.duplicate("FULL_COPY", "Full", duplication_mode="FULL")
    assert full["targetProjectKey"] == "FULL_COPY"
    assert len(await rows_of(client.get_project("FULL_COPY").get_dataset("doubled"))) == 4
    await project.duplicate("BARE", "Bare", duplication_mode="NONE")
    assert await rows_of(client.get_project("BARE").get_dataset("customers")) == []
    with pytest.raises(ConflictError):
        await project.duplicate("COPY", "again")
    with pytest.raises(BadRequestError):
        await project.duplicate("BAD KEY", "x")
    with pytest.raises(InvalidIdentifierError):
        await project.duplicate("..", "x")
    with pytest.raises(NotFoundError):
        await client.get_project("MISSING").duplicate("X", "x")


async def test_duplicating_needs_the_right_to_create_projects(
    project: AsyncDSSProject, reader_client: AsyncDSSClient
) -> None:
    permissions = await project.get_permissions()
    permissions["permissions"] = [{"group": "readers", "readProjectContent": True}]
    await project.set_permissions(permissions)
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_project("P").duplicate("MINE", "Mine")


async def test_deleting_a_project_forgets_its_automation(project: AsyncDSSProject, client: AsyncDSSClient) -> None:
    await project.get_dataset("doubled").build(timeout=30)
    await project.delete()
    again = await client.create_project("P", "Again", "admin")
    assert await again.list_recipes() == []
    assert await again.list_jobs() == []
    assert await again.list_scenarios() == []
    dataset = await again.create_upload_dataset("customers")
    assert await dataset.uploaded_list_files() == []
