# Derived from tests/e2e/aio/test_flow_zones.py by scripts/unasync.py: do not edit.
"""Flow zones: creation, settings, items and shared objects, graphs, deletion; zones of datasets and recipes;
discussions on datasets, recipes, scenarios and projects. End to end, with DSS's refusals and permissions."""

from __future__ import annotations

import zipfile
from typing import Any
from xml.etree import ElementTree

import pytest

from dssclient import (
    BadRequestError,
    ConflictError,
    DataikuException,
    DSSClient,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.dss.dataset import DSSDataset
from dssclient.dss.flow import (
    DSSFlowTool,
    DSSFlowZone,
    DSSFlowZoneSettings,
    DSSProjectFlowGraph,
)
from dssclient.dss.project import DSSProject
from dssclient.dss.recipe import DSSRecipe
from dssclient.dss.scenario import DSSTestingStatus
from tests.conftest import sent_bodies
from tests.e2e.sync.automation_helpers import COUNTRIES, rows_of, upload_csv


@pytest.fixture
def project(client: DSSClient) -> DSSProject:
    """customers -> copy -> copied -> again -> copied_again; countries."""
    project = client.create_project("P", "Project", "admin")
    upload_csv(project)
    upload_csv(project, "countries", COUNTRIES)
    (
        project.new_recipe("sync", "copy")
        .with_input("customers")
        .with_new_output("copied", "filesystem_managed")
        .create()
    )
    (
        project.new_recipe("sync", "again")
        .with_input("copied")
        .with_new_output("copied_again", "filesystem_managed")
        .create()
    )
    return project


def _names(objects: list[Any]) -> list[tuple[str, str]]:
    return sorted((type(o).__name__.removeprefix("Async"), o.id) for o in objects)


def test_zones_are_created_listed_read_and_their_settings_round_trip(project: DSSProject, dss_emulator: Any) -> None:
    flow = project.get_flow()
    default = flow.get_default_zone()
    assert (default.id, default.name) == ("default", "Default")
    # The default zone holds every object no other zone holds.
    assert _names(default.items) == [
        ("DSSDataset", "copied"),
        ("DSSDataset", "copied_again"),
        ("DSSDataset", "countries"),
        ("DSSDataset", "customers"),
        ("DSSRecipe", "again"),
        ("DSSRecipe", "copy"),
    ]
    zone = flow.create_zone("Preparation", color="#ff9900")
    assert isinstance(zone, DSSFlowZone)
    assert (zone.name, zone.color, zone.items, zone.shared) == ("Preparation", "#ff9900", [], [])
    assert sent_bodies(dss_emulator, "createFlowZone") == [{"name": "Preparation", "color": "#ff9900"}]
    assert len(zone.id) == 7 and zone.id != "default"
    assert [z.id for z in flow.list_zones()] == ["default", zone.id]
    assert (flow.get_zone(zone.id)).name == "Preparation"
    assert (flow.create_zone("Other")).color == "#2ab1ac"

    settings = zone.get_settings()
    assert isinstance(settings, DSSFlowZoneSettings)
    settings.name = "Cleaning"
    settings.color = "#123456"
    unlisted: Any = settings.get_raw()  # a property the spec does not list is kept too
    unlisted["description"] = "kept ✓"
    settings.save()
    again = flow.get_zone(zone.id)
    assert (again.name, again.color) == ("Cleaning", "#123456")
    assert again.get_settings().get_raw().get("description") == "kept ✓"
    assert sent_bodies(dss_emulator, "saveFlowZone")[-1]["name"] == "Cleaning"


def test_bad_zones_are_refused(project: DSSProject) -> None:
    flow = project.get_flow()
    zone = flow.create_zone("Preparation")
    with pytest.raises(ConflictError, match="Preparation"):
        flow.create_zone("Preparation")
    with pytest.raises(BadRequestError):
        flow.create_zone("Colorful", color="orange")
    with pytest.raises(BadRequestError):
        flow.create_zone("")
    with pytest.raises(NotFoundError):
        flow.get_zone("nowhere")
    other = flow.create_zone("Other")
    settings = other.get_settings()
    settings.name = "Preparation"
    with pytest.raises(ConflictError):
        settings.save()
    default = flow.get_default_zone()
    with pytest.raises(BadRequestError, match="default"):
        default.delete()
    settings = default.get_settings()
    settings.name = "Renamed"
    with pytest.raises(BadRequestError, match="default"):
        settings.save()
    zone.delete()
    with pytest.raises(NotFoundError):
        zone.delete()


def test_items_move_with_their_recipes_and_go_back_to_default_when_the_zone_goes(
    project: DSSProject, dss_emulator: Any
) -> None:
    flow = project.get_flow()
    zone = flow.create_zone("Preparation")
    copied = project.get_dataset("copied")
    zone.add_item(copied)
    assert sent_bodies(dss_emulator, "addFlowZoneItem") == [{"objectId": "copied", "objectType": "DATASET"}]
    # The recipe writing the dataset moves along, as in DSS.
    assert _names(zone.items) == [("DSSDataset", "copied"), ("DSSRecipe", "copy")]
    assert all(isinstance(o, (DSSDataset, DSSRecipe)) for o in zone.items)
    assert (copied.get_zone()).id == zone.id
    assert (flow.get_zone_of_object(project.get_recipe("copy"))).id == zone.id
    assert (project.get_dataset("customers").get_zone()).id == "default"
    assert ("DSSDataset", "copied") not in _names((flow.get_default_zone()).items)

    # A recipe brings its outputs; move_to_zone takes a zone's id too.
    project.get_recipe("again").move_to_zone(zone.id)
    assert ("DSSDataset", "copied_again") in _names((flow.get_zone(zone.id)).items)
    zone.add_items([project.get_dataset("countries"), project.get_dataset("customers")])
    assert sent_bodies(dss_emulator, "addFlowZoneItems")[-1] == [
        {"objectId": "countries", "objectType": "DATASET"},
        {"objectId": "customers", "objectType": "DATASET"},
    ]
    assert len(zone.items) == 6
    second = flow.create_zone("Second")
    project.get_dataset("countries").move_to_zone(second)
    assert _names((flow.get_zone(second.id)).items) == [("DSSDataset", "countries")]
    assert ("DSSDataset", "countries") not in _names((flow.get_zone(zone.id)).items)

    # A deleted object leaves its zone.
    project.get_dataset("countries").delete()
    assert (flow.get_zone(second.id)).items == []

    zone.delete()
    assert [z.id for z in flow.list_zones()] == ["default", second.id]
    assert len((flow.get_default_zone()).items) == 5
    assert (copied.get_zone()).id == "default"


def test_objects_are_shared_to_zones_and_the_zone_graph_shows_them(project: DSSProject) -> None:
    flow = project.get_flow()
    zone = flow.create_zone("Preparation")
    project.get_recipe("again").move_to_zone(zone)
    copied = project.get_dataset("copied")
    copied.share_to_zone(zone.id)
    zone = flow.get_zone(zone.id)
    assert _names(zone.shared) == [("DSSDataset", "copied")]
    assert (copied.get_zone()).id == "default"  # sharing does not move

    graph = zone.get_graph()
    assert isinstance(graph, DSSProjectFlowGraph)
    assert sorted(graph.nodes) == ["again", "copied", "copied_again"]
    assert graph.nodes["copied"]["successors"] == ["again"]
    assert graph.nodes["copied"]["predecessors"] == []  # the recipe writing it is in another zone
    assert [d.name for d in graph.get_source_datasets()] == ["copied"]
    whole = flow.get_graph()
    assert "copy" in whole.nodes and "copy" not in graph.nodes

    with pytest.raises(BadRequestError, match="RECIPE"):
        zone.add_shared(project.get_recipe("copy"))
    with pytest.raises(BadRequestError):
        project.get_dataset("copied_again").share_to_zone(zone)  # it is in that zone
    copied.unshare_from_zone(zone)
    assert (flow.get_zone(zone.id)).shared == []
    with pytest.raises(NotFoundError):
        copied.unshare_from_zone(zone)


def test_items_must_exist_and_be_known(project: DSSProject, client: DSSClient) -> None:
    flow = project.get_flow()
    zone = flow.create_zone("Preparation")
    with pytest.raises(NotFoundError):
        zone.add_item(project.get_dataset("missing"))
    with pytest.raises(NotFoundError):
        zone.add_item(project.get_recipe("missing"))
    with pytest.raises(ValueError, match="object ref"):
        zone.add_item(project)  # type: ignore[arg-type]
    other = client.create_project("Q", "Other", "admin")
    upload_csv(other, "theirs")
    with pytest.raises(BadRequestError, match="project Q"):
        zone.add_item(other.get_dataset("theirs"))
    # Isolation: one project's zones are not reachable through another project.
    with pytest.raises(NotFoundError):
        other.get_flow().get_zone(zone.id)
    assert [z.id for z in other.get_flow().list_zones()] == ["default"]


def test_zone_permissions(project: DSSProject, reader_client: DSSClient) -> None:
    zone = project.get_flow().create_zone("Preparation")
    theirs = reader_client.get_project("P").get_flow()
    with pytest.raises(PermissionDeniedError):
        theirs.list_zones()
    with pytest.raises(PermissionDeniedError):
        theirs.get_zone(zone.id)
    project.set_permissions({"owner": "admin", "permissions": [{"user": "reader", "readProjectContent": True}]})
    readable = theirs.get_zone(zone.id)
    assert [z.name for z in theirs.list_zones()] == ["Default", "Preparation"]
    assert sorted((readable.get_graph()).nodes) == []
    with pytest.raises(PermissionDeniedError, match="write"):
        theirs.create_zone("Mine")
    with pytest.raises(PermissionDeniedError, match="write"):
        readable.add_item(reader_client.get_project("P").get_dataset("copied"))
    with pytest.raises(PermissionDeniedError, match="write"):
        readable.delete()
    project.set_permissions({"owner": "admin", "permissions": [{"user": "reader", "writeProjectContent": True}]})
    readable.add_item(reader_client.get_project("P").get_dataset("copied"))
    assert len(readable.items) == 2
    (theirs.create_zone("Mine")).delete()


def test_discussions_on_datasets_recipes_scenarios_and_the_project(project: DSSProject) -> None:
    scenario = project.create_scenario("Nightly", "step_based")
    handles = [
        (project.get_dataset("customers").get_object_discussions(), "DATASET", "customers"),
        (project.get_recipe("copy").get_object_discussions(), "RECIPE", "copy"),
        (scenario.get_object_discussions(), "SCENARIO", scenario.id),
        (project.get_object_discussions(), "PROJECT", "P"),
    ]
    for discussions, object_type, object_id in handles:
        assert (discussions.project_key, discussions.object_type, discussions.object_id) == (
            "P",
            object_type,
            object_id,
        )
        created = discussions.create_discussion(f"About {object_id}", "First message")
        listed = discussions.list_discussions()
        assert [d.discussion_id for d in listed] == [created.discussion_id]


def test_flow_documentation_is_a_docx_describing_the_flow(
    project: DSSProject, reader_client: DSSClient, tmp_path: Any
) -> None:
    flow = project.get_flow()
    future = flow.generate_documentation()
    result = future.wait_for_result()
    export_id = result["exportId"]
    target = tmp_path / "flow.docx"
    flow.download_documentation_to_file(export_id, target)
    with zipfile.ZipFile(target) as archive:
        assert {"[Content_Types].xml", "_rels/.rels", "word/document.xml"} <= set(archive.namelist())
        document = archive.read("word/document.xml").decode()
    ElementTree.fromstring(document)  # well-formed
    for name in ("customers", "copied", "copy", "again", "Flow documentation of project Project (P)"):
        assert name in document
    stream = flow.download_documentation_stream(export_id)
    try:
        assert stream.read() == target.read_bytes()
    finally:
        stream.close()

    with pytest.raises(NotFoundError):
        flow.download_documentation_to_file("nothing", tmp_path / "nothing.docx")
    assert not (tmp_path / "nothing.docx").exists()
    with pytest.raises(ValueError, match="Both folder id and path"):
        flow.generate_documentation(folder_id="abc")
    # Templates are DSS's business: the emulator refuses them rather than ignore them.
    with pytest.raises(BadRequestError, match="own template"):
        flow.generate_documentation(folder_id="abc", path="/template.docx")
    with pytest.raises(BadRequestError, match="own template"):
        flow.generate_documentation_from_custom_template(b"PK\x03\x04 not really a template")
    with pytest.raises(PermissionDeniedError):
        reader_client.get_project("P").get_flow().generate_documentation()
    with pytest.raises(PermissionDeniedError):
        reader_client.get_project("P").get_flow().download_documentation_stream(export_id)


def test_replace_input_computable_rewires_recipes_and_exposes_foreign_objects(
    project: DSSProject, client: DSSClient
) -> None:
    flow = project.get_flow()
    upload_csv(project, "customers_v2")
    flow.replace_input_computable("customers", "customers_v2")
    assert (project.get_recipe("copy").get_settings()).get_flat_input_refs() == ["customers_v2"]
    assert (project.get_recipe("again").get_settings()).get_flat_input_refs() == ["copied"]

    other = client.create_project("Q", "Other", "admin")
    upload_csv(other, "shared")
    flow.replace_input_computable("customers_v2", "Q.shared")
    flow.replace_input_computable("nothing_reads_this", "Q.shared")  # exposes once, rewires nothing
    assert (project.get_recipe("copy").get_settings()).get_flat_input_refs() == ["Q.shared"]
    raw: Any = (other.get_settings()).get_raw()
    exposed: list[dict[str, Any]] = raw["exposedObjects"]["objects"]
    assert [(o["type"], o["localName"], o["rules"]) for o in exposed] == [
        ("DATASET", "shared", [{"targetProject": "P"}])
    ]
    graph = flow.get_graph()
    assert graph.nodes["Q.shared"]["successors"] == ["copy"]


def test_a_renamed_dataset_keeps_its_data_zone_and_recipes(
    project: DSSProject, client: DSSClient, reader_client: DSSClient
) -> None:
    other = client.create_project("Q", "Other", "admin")
    settings = project.get_settings()
    settings.add_exposed_object("DATASET", "customers", "Q")
    settings.save()
    reading = other.new_recipe("sync", "theirs").with_input("P.customers")
    reading.with_new_output("theirs_out", "filesystem_managed").create()
    zone = project.get_flow().create_zone("Sources")
    customers = project.get_dataset("customers")
    rows = rows_of(customers)
    customers.move_to_zone(zone)

    customers.rename("clients")
    assert customers.name == "clients"
    assert rows_of(project.get_dataset("clients")) == rows
    assert not project.get_dataset("customers").exists()
    assert (project.get_recipe("copy").get_settings()).get_flat_input_refs() == ["clients"]
    assert (other.get_recipe("theirs").get_settings()).get_flat_input_refs() == ["P.clients"]
    raw: Any = (project.get_settings()).get_raw()
    exposed: list[dict[str, Any]] = raw["exposedObjects"]["objects"]
    assert [o["localName"] for o in exposed] == ["clients"]
    assert (project.get_dataset("clients").get_zone()).id == zone.id
    project.get_dataset("copied").rename("copied_renamed")
    assert (project.get_recipe("copy").get_settings()).get_flat_output_refs() == ["copied_renamed"]
    assert (project.get_recipe("again").get_settings()).get_flat_input_refs() == ["copied_renamed"]

    with pytest.raises(ValueError, match="already"):
        customers.rename("clients")
    with pytest.raises(ConflictError):
        customers.rename("copy")  # a recipe's name
    with pytest.raises(ConflictError):
        customers.rename("countries")
    with pytest.raises(BadRequestError):
        customers.rename("not a name!")
    with pytest.raises(NotFoundError):
        project.get_dataset("missing").rename("found")
    with pytest.raises(PermissionDeniedError):
        reader_client.get_project("P").get_dataset("clients").rename("mine")


def test_flow_tools_are_refused_by_the_emulator(project: DSSProject, dss_emulator: Any) -> None:
    flow = project.get_flow()
    # DSS's tool states are not described: the emulator starts none rather than invent them.
    with pytest.raises(BadRequestError, match="runs no flow tool"):
        flow.start_tool("CHECK_CONSISTENCY", {"name": "customers"})
    assert sent_bodies(dss_emulator, "startFlowTool") == [{"name": "customers"}]
    with pytest.warns(DeprecationWarning, match="deprecated"), pytest.raises(BadRequestError):
        flow.start_tool("TAGS")
    tool = DSSFlowTool(project.client, "P", "unknown")
    attempts = (
        lambda: tool.stop(),
        lambda: tool.get_state(),
        lambda: tool.do({"type": "MARK_RECIPE_AS_OK", "name": "copy"}),
        lambda: tool.update(),
    )
    for attempt in attempts:
        with pytest.raises(NotFoundError, match="Flow tool does not exist"):
            attempt()


def _test_scenario(project: DSSProject, name: str, item: str, *, test: bool = True) -> Any:
    scenario = project.create_scenario(name, "step_based")
    settings = scenario.get_settings()
    raw: Any = settings.get_raw()
    raw["markedAsTest"] = test
    raw["params"] = {
        "steps": [
            {
                "id": "build",
                "type": "build_flowitem",
                "name": f"Build {item}",
                "params": {"builds": [{"type": "DATASET", "itemId": item}], "jobType": "RECURSIVE_FORCED_BUILD"},
            }
        ]
    }
    settings.save()
    return scenario


def test_test_scenarios_give_a_testing_status_and_junit_reports(project: DSSProject) -> None:
    passing = _test_scenario(project, "Passing", "copied")
    failing = _test_scenario(project, "Failing", "nothing_here")
    plain = _test_scenario(project, "Plain", "copied", test=False)
    assert sorted(s.id for s in project.list_test_scenarios()) == sorted([passing.id, failing.id])
    assert (project.get_testing_status()).nb_total_ran_scenarios == 0

    passed = passing.run_and_wait(timeout=30)
    failed = failing.run_and_wait(no_fail=True, timeout=30)
    plain_run = plain.run_and_wait(timeout=30)
    status = project.get_testing_status()
    assert isinstance(status, DSSTestingStatus)
    assert status.nb_total_ran_scenarios == 2
    assert status.nb_scenarios_per_outcome == {"SUCCESS": 1, "FAILED": 1}
    assert status.get_raw()["nbTotalRanScenarios"] == 2
    with pytest.raises(BadRequestError, match="bundle"):
        project.get_testing_status(bundle_id="v1")

    stream = passed.get_report()
    with stream:
        report = ElementTree.fromstring(stream.read())
    suite = report.find("testsuite")
    assert suite is not None and (suite.get("name"), suite.get("tests"), suite.get("failures")) == ("Passing", "1", "0")
    stream = failed.get_report()
    with stream:
        failed_report = ElementTree.fromstring(stream.read())
    assert failed_report.find("testsuite/testcase/failure") is not None
    stream = failed.get_step_run_report("build")
    with stream:
        step_report = ElementTree.fromstring(stream.read())
    assert [case.get("classname") for case in step_report.iter("testcase")] == ["build"]
    with pytest.raises(NotFoundError):
        failed.get_step_run_report("other")
    with pytest.raises(DataikuException, match="not marked as a test"):
        plain_run.get_report()
    with pytest.raises(DataikuException, match="not marked as a test"):
        plain_run.get_step_run_report("build")


def test_managed_folders_and_streaming_endpoints_live_in_zones(project: DSSProject) -> None:
    flow = project.get_flow()
    zone = flow.create_zone("Storage")
    folder = project.create_managed_folder("reports")
    endpoint = project.create_httpsse_streaming_endpoint("ticks", "https://example.invalid/sse")
    assert (folder.get_zone()).id == "default"
    assert (endpoint.get_zone()).id == "default"

    folder.move_to_zone(zone)
    endpoint.move_to_zone(zone.id)
    zone = flow.get_zone(zone.id)
    assert _names(zone.items) == [("DSSManagedFolder", folder.id), ("DSSStreamingEndpoint", "ticks")]
    assert (folder.get_zone()).id == zone.id
    assert (flow.get_zone_of_object(endpoint)).id == zone.id

    other = flow.create_zone("Reading")
    folder.share_to_zone(other)
    assert _names((flow.get_zone(other.id)).shared) == [("DSSManagedFolder", folder.id)]
    folder.unshare_from_zone(other.id)
    assert (flow.get_zone(other.id)).shared == []

    # A deleted object leaves its zone; deleting the zone sends the rest back to the default one.
    endpoint.delete()
    assert _names((flow.get_zone(zone.id)).items) == [("DSSManagedFolder", folder.id)]
    zone.delete()
    assert (folder.get_zone()).id == "default"
