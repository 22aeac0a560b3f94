# Derived from tests/e2e/aio/test_flow_and_permissions.py by scripts/unasync.py: do not edit.
"""A project's flow graph, its permissions and their enforcement, and duplication, end to end."""

from __future__ import annotations

from typing import Any

import pytest

from dssclient import (
    BadRequestError,
    ConflictError,
    DSSClient,
    InvalidIdentifierError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.dss.dataset import DSSDataset
from dssclient.dss.flow import DSSProjectFlow, DSSProjectFlowGraph
from dssclient.dss.project import DSSProject
from dssclient.dss.recipe import DSSRecipe
from tests.conftest import sent_bodies
from tests.e2e.sync.automation_helpers import COUNTRIES, DOUBLE_SCRIPT, python_recipe, rows_of, upload_csv


@pytest.fixture
def project(client: DSSClient) -> DSSProject:
    """customers -> double -> doubled -> copy -> copied; countries + customers -> enrich -> enriched"""
    project = client.create_project("P", "Project", "admin")
    upload_csv(project)
    upload_csv(project, "countries", COUNTRIES)
    python_recipe(project, "customers", "doubled", DOUBLE_SCRIPT, "double")
    (project.new_recipe("sync", "copy").with_input("doubled").with_new_output("copied", "filesystem_managed").create())
    join = project.new_recipe("join", "enrich").with_input("customers").with_input("countries")
    join.with_new_output("enriched", "filesystem_managed").create()
    return project


def test_the_graph_links_datasets_and_recipes(project: DSSProject) -> None:
    flow = project.get_flow()
    assert isinstance(flow, DSSProjectFlow)
    graph = flow.get_graph()
    assert isinstance(graph, DSSProjectFlowGraph)
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
    assert [type(r) for r in recipes] == [DSSRecipe] and recipes[0].name == "copy"
    outputs = graph.get_successor_computables(project.get_recipe("copy"), as_type="objects")
    assert [type(d) for d in outputs] == [DSSDataset] and outputs[0].name == "copied"
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
    assert [type(o) for o in ordered[:2]] == [DSSDataset, DSSRecipe]
    with pytest.raises(ValueError, match="not found"):
        graph.get_successor_recipes("nope")
    with pytest.raises(ValueError, match="not found"):
        graph.get_successor_computables("nope")


def test_a_dataset_of_another_project_appears_under_its_key(project: DSSProject, client: DSSClient) -> None:
    other = client.create_project("Q", "Q", "admin")
    builder = other.new_recipe("sync", "import_it").with_input("customers", project_key="P")
    builder.with_new_output("imported", "filesystem_managed").create()
    graph = other.get_flow().get_graph()
    assert graph.nodes["P.customers"]["successors"] == ["import_it"]
    assert graph.nodes["import_it"]["predecessors"] == ["P.customers"]
    source = graph.get_source_datasets()
    assert [(d.project_key, d.name) for d in source] == [("P", "customers")]
    other.get_recipe("import_it").run(timeout=30)
    assert len(rows_of(other.get_dataset("imported"))) == 4


def test_permissions_round_trip_and_are_enforced(
    project: DSSProject, reader_client: DSSClient, dss_emulator: Any
) -> None:
    permissions = project.get_permissions()
    assert permissions == {"owner": "admin", "permissions": []}
    theirs = reader_client.get_project("P")
    with pytest.raises(PermissionDeniedError):
        theirs.get_flow().get_graph()
    permissions["permissions"].append({"group": "readers", "readProjectContent": True, "note": "kept ✓"})
    project.set_permissions(permissions)
    assert sent_bodies(dss_emulator, "setProjectPermissions")[-1] == permissions
    assert project.get_permissions() == permissions
    assert "double" in (theirs.get_flow().get_graph()).nodes
    with pytest.raises(PermissionDeniedError, match="administer"):
        theirs.get_permissions()
    with pytest.raises(PermissionDeniedError, match="administer"):
        theirs.set_permissions(permissions)
    permissions["permissions"] = [{"user": "reader", "writeProjectContent": True}]
    project.set_permissions(permissions)
    (
        theirs.new_recipe("sync", "mine")
        .with_input("customers")
        .with_new_output("mine_out", "filesystem_managed")
        .create()
    )
    assert (theirs.get_recipe("mine").run(timeout=30)).id.startswith("Build_mine_out")
    with pytest.raises(PermissionDeniedError):
        theirs.get_permissions()
    permissions["permissions"] = [{"group": "readers", "admin": True}]
    project.set_permissions(permissions)
    assert (theirs.get_permissions())["permissions"] == [{"group": "readers", "admin": True}]


def test_ownership_moves_and_bad_permissions_are_refused(project: DSSProject, reader_client: DSSClient) -> None:
    permissions = project.get_permissions()
    with pytest.raises(BadRequestError, match="nobody"):
        project.set_permissions({"owner": "nobody", "permissions": []})
    with pytest.raises(BadRequestError, match="group or a user"):
        project.set_permissions({"permissions": [{"readProjectContent": True}]})
    permissions["owner"] = "reader"
    project.set_permissions(permissions)
    assert (project.get_summary())["ownerLogin"] == "reader"
    assert (reader_client.get_project("P").get_permissions())["owner"] == "reader"


def test_duplicate_copies_the_flow_and_the_data_the_mode_says(
    project: DSSProject, client: DSSClient, dss_emulator: Any
) -> None:
    project.get_dataset("doubled").build(timeout=30)
    variables = project.get_variables()
    variables["local"]["env"] = "dev"
    project.set_variables(variables)
    scenario = project.create_scenario("Refresh", "step_based")
    answer = project.duplicate("COPY", "The copy")
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
    assert (copy.get_summary())["name"] == "The copy"
    assert copy.get_variables() == variables
    assert sorted(d.name for d in copy.list_datasets()) == sorted(d.name for d in project.list_datasets())
    assert [r.name for r in copy.list_recipes()] == ["double", "copy", "enrich"]
    assert [s.id for s in copy.list_scenarios(as_type="objects")] == [scenario.id]
    assert len(rows_of(copy.get_dataset("customers"))) == 4
    assert rows_of(copy.get_dataset("doubled")) == []  # built data is not copied in MINIMAL mode
    copy.get_dataset("doubled").build(timeout=30)
    assert len(rows_of(copy.get_dataset("doubled"))) == 4
    full = project.duplicate("FULL_COPY", "Full", duplication_mode="FULL")
    assert full["targetProjectKey"] == "FULL_COPY"
    assert len(rows_of(client.get_project("FULL_COPY").get_dataset("doubled"))) == 4
    project.duplicate("BARE", "Bare", duplication_mode="NONE")
    assert rows_of(client.get_project("BARE").get_dataset("customers")) == []
    with pytest.raises(ConflictError):
        project.duplicate("COPY", "again")
    with pytest.raises(BadRequestError):
        project.duplicate("BAD KEY", "x")
    with pytest.raises(InvalidIdentifierError):
        project.duplicate("..", "x")
    with pytest.raises(NotFoundError):
        client.get_project("MISSING").duplicate("X", "x")


def test_duplicating_needs_the_right_to_create_projects(project: DSSProject, reader_client: DSSClient) -> None:
    permissions = project.get_permissions()
    permissions["permissions"] = [{"group": "readers", "readProjectContent": True}]
    project.set_permissions(permissions)
    with pytest.raises(PermissionDeniedError):
        reader_client.get_project("P").duplicate("MINE", "Mine")


def test_deleting_a_project_forgets_its_automation(project: DSSProject, client: DSSClient) -> None:
    project.get_dataset("doubled").build(timeout=30)
    project.delete()
    again = client.create_project("P", "Again", "admin")
    assert again.list_recipes() == []
    assert again.list_jobs() == []
    assert again.list_scenarios() == []
    dataset = again.create_upload_dataset("customers")
    assert dataset.uploaded_list_files() == []
