"""Flow zones: creation, settings, items and shared objects, graphs, deletion; zones of datasets and recipes;
discussions on datasets, recipes, scenarios and projects. End to end, with DSS's refusals and permissions."""

from __future__ import annotations

import zipfile
from typing import Any
from xml.etree import ElementTree

import pytest

from dssclient import (
    AsyncDSSClient,
    BadRequestError,
    ConflictError,
    DataikuException,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.aio.dss.dataset import AsyncDSSDataset
from dssclient.aio.dss.flow import (
    AsyncDSSFlowTool,
    AsyncDSSFlowZone,
    AsyncDSSFlowZoneSettings,
    AsyncDSSProjectFlowGraph,
)
from dssclient.aio.dss.project import AsyncDSSProject
from dssclient.aio.dss.recipe import AsyncDSSRecipe
from dssclient.aio.dss.scenario import DSSTestingStatus
from tests.conftest import sent_bodies
from tests.e2e.aio.automation_helpers import COUNTRIES, rows_of, upload_csv

pytestmark = pytest.mark.anyio  # unasync: remove


@pytest.fixture
async def project(client: AsyncDSSClient) -> AsyncDSSProject:
    """customers -> copy -> copied -> again -> copied_again; countries."""
    project = await client.create_project("P", "Project", "admin")
    await upload_csv(project)
    await upload_csv(project, "countries", COUNTRIES)
    await (
        project.new_recipe("sync", "copy")
        .with_input("customers")
        .with_new_output("copied", "filesystem_managed")
        .create()
    )
    await (
        project.new_recipe("sync", "again")
        .with_input("copied")
        .with_new_output("copied_again", "filesystem_managed")
        .create()
    )
    return project


def _names(objects: list[Any]) -> list[tuple[str, str]]:
    return sorted((type(o).__name__.removeprefix("Async"), o.id) for o in objects)


async def test_zones_are_created_listed_read_and_their_settings_round_trip(
    project: AsyncDSSProject, dss_emulator: Any
) -> None:
    flow = project.get_flow()
    default = await flow.get_default_zone()
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
    zone = await flow.create_zone("Preparation", color="#ff9900")
    assert isinstance(zone, AsyncDSSFlowZone)
    assert (zone.name, zone.color, zone.items, zone.shared) == ("Preparation", "#ff9900", [], [])
    assert sent_bodies(dss_emulator, "createFlowZone") == [{"name": "Preparation", "color": "#ff9900"}]
    assert len(zone.id) == 7 and zone.id != "default"
    assert [z.id for z in await flow.list_zones()] == ["default", zone.id]
    assert (await flow.get_zone(zone.id)).name == "Preparation"
    assert (await flow.create_zone("Other")).color == "#2ab1ac"

    settings = zone.get_settings()
    assert isinstance(settings, AsyncDSSFlowZoneSettings)
    settings.name = "Cleaning"
    settings.color = "#123456"
    unlisted: Any = settings.get_raw()  # a property the spec does not list is kept too
    unlisted["description"] = "kept ✓"
    await settings.save()
    again = await flow.get_zone(zone.id)
    assert (again.name, again.color) == ("Cleaning", "#123456")
    assert again.get_settings().get_raw().get("description") == "kept ✓"
    assert sent_bodies(dss_emulator, "saveFlowZone")[-1]["name"] == "Cleaning"


async def test_bad_zones_are_refused(project: AsyncDSSProject) -> None:
    flow = project.get_flow()
    zone = await flow.create_zone("Preparation")
    with pytest.raises(ConflictError, match="Preparation"):
        await flow.create_zone("Preparation")
    with pytest.raises(BadRequestError):
        await flow.create_zone("Colorful", color="orange")
    with pytest.raises(BadRequestError):
        await flow.create_zone("")
    with pytest.raises(NotFoundError):
        await flow.get_zone("nowhere")
    other = await flow.create_zone("Other")
    settings = other.get_settings()
    settings.name = "Preparation"
    with pytest.raises(ConflictError):
        await settings.save()
    default = await flow.get_default_zone()
    with pytest.raises(BadRequestError, match="default"):
        await default.delete()
    settings = default.get_settings()
    settings.name = "Renamed"
    with pytest.raises(BadRequestError, match="default"):
        await settings.save()
    await zone.delete()
    with pytest.raises(NotFoundError):
        await zone.delete()


async def test_items_move_with_their_recipes_and_go_back_to_default_when_the_zone_goes(
    project: AsyncDSSProject, dss_emulator: Any
) -> None:
    flow = project.get_flow()
    zone = await flow.create_zone("Preparation")
    copied = project.get_dataset("copied")
    await zone.add_item(copied)
    assert sent_bodies(dss_emulator, "addFlowZoneItem") == [{"objectId": "copied", "objectType": "DATASET"}]
    # The recipe writing the dataset moves along, as in DSS.
    assert _names(zone.items) == [("DSSDataset", "copied"), ("DSSRecipe", "copy")]
    assert all(isinstance(o, (AsyncDSSDataset, AsyncDSSRecipe)) for o in zone.items)
    assert (await copied.get_zone()).id == zone.id
    assert (await flow.get_zone_of_object(project.get_recipe("copy"))).id == zone.id
    assert (await project.get_dataset("customers").get_zone()).id == "default"
    assert ("DSSDataset", "copied") not in _names((await flow.get_default_zone()).items)

    # A recipe brings its outputs; move_to_zone takes a zone's id too.
    await project.get_recipe("again").move_to_zone(zone.id)
    assert ("DSSDataset", "copied_again") in _names((await flow.get_zone(zone.id)).items)
    await zone.add_items([project.get_dataset("countries"), project.get_dataset("customers")])
    assert sent_bodies(dss_emulator, "addFlowZoneItems")[-1] == [
        {"objectId": "countries", "objectType": "DATASET"},
        {"objectId": "customers", "objectType": "DATASET"},
    ]
    assert len(zone.items) == 6
    second = await flow.create_zone("Second")
    await project.get_dataset("countries").move_to_zone(second)
    assert _names((await flow.get_zone(second.id)).items) == [("DSSDataset", "countries")]
    assert ("DSSDataset", "countries") not in _names((await flow.get_zone(zone.id)).items)

    # A deleted object leaves its zone.
    await project.get_dataset("countries").delete()
    assert (await flow.get_zone(second.id)).items == []

    await zone.delete()
    assert [z.id for z in await flow.list_zones()] == ["default", second.id]
    assert len((await flow.get_default_zone()).items) == 5
    assert (await copied.get_zone()).id == "default"


async def test_objects_are_shared_to_zones_and_the_zone_graph_shows_them(project: AsyncDSSProject) -> None:
    flow = project.get_flow()
    zone = await flow.create_zone("Preparation")
    await project.get_recipe("again").move_to_zone(zone)
    copied = project.get_dataset("copied")
    await copied.share_to_zone(zone.id)
    zone = await flow.get_zone(zone.id)
    assert _names(zone.shared) == [("DSSDataset", "copied")]
    assert (await copied.get_zone()).id == "default"  # sharing does not move

    graph = await zone.get_graph()
    assert isinstance(graph, AsyncDSSProjectFlowGraph)
    assert sorted(graph.nodes) == ["again", "copied", "copied_again"]
    assert graph.nodes["copied"]["successors"] == ["again"]
    assert graph.nodes["copied"]["predecessors"] == []  # the recipe writing it is in another zone
    assert [d.name for d in graph.get_source_datasets()] == ["copied"]
    whole = await flow.get_graph()
    assert "copy" in whole.nodes and "copy" not in graph.nodes

    with pytest.raises(BadRequestError, match="RECIPE"):
        await zone.add_shared(project.get_recipe("copy"))
    with pytest.raises(BadRequestError):
        await project.get_dataset("copied_again").share_to_zone(zone)  # it is in that zone
    await copied.unshare_from_zone(zone)
    assert (await flow.get_zone(zone.id)).shared == []
    with pytest.raises(NotFoundError):
        await copied.unshare_from_zone(zone)


async def test_items_must_exist_and_be_known(project: AsyncDSSProject, client: AsyncDSSClient) -> None:
    flow = project.get_flow()
    zone = await flow.create_zone("Preparation")
    with pytest.raises(NotFoundError):
        await zone.add_item(project.get_dataset("missing"))
    with pytest.raises(NotFoundError):
        await zone.add_item(project.get_recipe("missing"))
    with pytest.raises(ValueError, match="object ref"):
        await zone.add_item(project)  # type: ignore[arg-type]
    other = await client.create_project("Q", "Other", "admin")
    await upload_csv(other, "theirs")
    with pytest.raises(BadRequestError, match="project Q"):
        await zone.add_item(other.get_dataset("theirs"))
    # Isolation: one project's zones are not reachable through another project.
    with pytest.raises(NotFoundError):
        await other.get_flow().get_zone(zone.id)
    assert [z.id for z in await other.get_flow().list_zones()] == ["default"]


async def test_zone_permissions(project: AsyncDSSProject, reader_client: AsyncDSSClient) -> None:
    zone = await project.get_flow().create_zone("Preparation")
    theirs = reader_client.get_project("P").get_flow()
    with pytest.raises(PermissionDeniedError):
        await theirs.list_zones()
    with pytest.raises(PermissionDeniedError):
        await theirs.get_zone(zone.id)
    await project.set_permissions({"owner": "admin", "permissions": [{"user": "reader", "readProjectContent": True}]})
    readable = await theirs.get_zone(zone.id)
    assert [z.name for z in await theirs.list_zones()] == ["Default", "Preparation"]
    assert sorted((await readable.get_graph()).nodes) == []
    with pytest.raises(PermissionDeniedError, match="write"):
        await theirs.create_zone("Mine")
    with pytest.raises(PermissionDeniedError, match="write"):
        await readable.add_item(reader_client.get_project("P").get_dataset("copied"))
    with pytest.raises(PermissionDeniedError, match="write"):
        await readable.delete()
    await project.set_permissions({"owner": "admin", "permissions": [{"user": "reader", "writeProjectContent": True}]})
    await readable.add_item(reader_client.get_project("P").get_dataset("copied"))
    assert len(readable.items) == 2
    await (await theirs.create_zone("Mine")).delete()


async def test_discussions_on_datasets_recipes_scenarios_and_the_project(project: AsyncDSSProject) -> None:
    scenario = await project.create_scenario("Nightly", "step_based")
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
        created = await discussions.create_discussion(f"About {object_id}", "First message")
        listed = await discussions.list_discussions()
        assert [d.discussion_id for d in listed] == [created.discussion_id]


async def test_flow_documentation_is_a_docx_describing_the_flow(
    project: AsyncDSSProject, reader_client: AsyncDSSClient, tmp_path: Any
) -> None:
    flow = project.get_flow()
    future = await flow.generate_documentation()
    result = await future.wait_for_result()
    export_id = result["exportId"]
    target = tmp_path / "flow.docx"
    await flow.download_documentation_to_file(export_id, target)
    with zipfile.ZipFile(target) as archive:
        assert {"[Content_Types].xml", "_rels/.rels", "word/document.xml"} <= set(archive.namelist())
        document = archive.read("word/document.xml").decode()
    ElementTree.fromstring(document)  # well-formed
    for name in ("customers", "copied", "copy", "again", "Flow documentation of project Project (P)"):
        assert name in document
    stream = await flow.download_documentation_stream(export_id)
    try:
        assert await stream.read() == target.read_bytes()
    finally:
        await stream.aclose()

    with pytest.raises(NotFoundError):
        await flow.download_documentation_to_file("nothing", tmp_path / "nothing.docx")
    assert not (tmp_path / "nothing.docx").exists()
    with pytest.raises(ValueError, match="Both folder id and path"):
        await flow.generate_documentation(folder_id="abc")
    # Templates are DSS's business: the emulator refuses them rather than ignore them.
    with pytest.raises(BadRequestError, match="own template"):
        await flow.generate_documentation(folder_id="abc", path="/template.docx")
    with pytest.raises(BadRequestError, match="own template"):
        await flow.generate_documentation_from_custom_template(b"PK\x03\x04 not really a template")
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_project("P").get_flow().generate_documentation()
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_project("P").get_flow().download_documentation_stream(export_id)


async def test_replace_input_computable_rewires_recipes_and_exposes_foreign_objects(
    project: AsyncDSSProject, client: AsyncDSSClient
) -> None:
    flow = project.get_flow()
    await upload_csv(project, "customers_v2")
    await flow.replace_input_computable("customers", "customers_v2")
    assert (await project.get_recipe("copy").get_settings()).get_flat_input_refs() == ["customers_v2"]
    assert (await project.get_recipe("again").get_settings()).get_flat_input_refs() == ["copied"]

    other = await client.create_project("Q", "Other", "admin")
    await upload_csv(other, "shared")
    await flow.replace_input_computable("customers_v2", "Q.shared")
    await flow.replace_input_computable("nothing_reads_this", "Q.shared")  # exposes once, rewires nothing
    assert (await project.get_recipe("copy").get_settings()).get_flat_input_refs() == ["Q.shared"]
    raw: Any = (await other.get_settings()).get_raw()
    exposed: list[dict[str, Any]] = raw["exposedObjects"]["objects"]
    assert [(o["type"], o["localName"], o["rules"]) for o in exposed] == [
        ("DATASET", "shared", [{"targetProject": "P"}])
    ]
    graph = await flow.get_graph()
    assert graph.nodes["Q.shared"]["successors"] == ["copy"]


async def test_a_renamed_dataset_keeps_its_data_zone_and_recipes(
    project: AsyncDSSProject, client: AsyncDSSClient, reader_client: AsyncDSSClient
) -> None:
    other = await client.create_project("Q", "Other", "admin")
    settings = await project.get_settings()
    settings.add_exposed_object("DATASET", "customers", "Q")
    await settings.save()
    reading = other.new_recipe("sync", "theirs").with_input("P.customers")
    await reading.with_new_output("theirs_out", "filesystem_managed").create()
    zone = await project.get_flow().create_zone("Sources")
    customers = project.get_dataset("customers")
    rows = await rows_of(customers)
    await customers.move_to_zone(zone)

    await customers.rename("clients")
    assert customers.name == "clients"
    assert await rows_of(project.get_dataset("clients")) == rows
    assert not await project.get_dataset("customers").exists()
    assert (await project.get_recipe("copy").get_settings()).get_flat_input_refs() == ["clients"]
    assert (await other.get_recipe("theirs").get_settings()).get_flat_input_refs() == ["P.clients"]
    raw: Any = (await project.get_settings()).get_raw()
    exposed: list[dict[str, Any]] = raw["exposedObjects"]["objects"]
    assert [o["localName"] for o in exposed] == ["clients"]
    assert (await project.get_dataset("clients").get_zone()).id == zone.id
    await project.get_dataset("copied").rename("copied_renamed")
    assert (await project.get_recipe("copy").get_settings()).get_flat_output_refs() == ["copied_renamed"]
    assert (await project.get_recipe("again").get_settings()).get_flat_input_refs() == ["copied_renamed"]

    with pytest.raises(ValueError, match="already"):
        await customers.rename("clients")
    with pytest.raises(ConflictError):
        await customers.rename("copy")  # a recipe's name
    with pytest.raises(ConflictError):
        await customers.rename("countries")
    with pytest.raises(BadRequestError):
        await customers.rename("not a name!")
    with pytest.raises(NotFoundError):
        await project.get_dataset("missing").rename("found")
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_project("P").get_dataset("clients").rename("mine")


async def test_flow_tools_are_refused_by_the_emulator(project: AsyncDSSProject, dss_emulator: Any) -> None:
    flow = project.get_flow()
    # DSS's tool states are not described: the emulator starts none rather than invent them.
    with pytest.raises(BadRequestError, match="runs no flow tool"):
        await flow.start_tool("CHECK_CONSISTENCY", {"name": "customers"})
    assert sent_bodies(dss_emulator, "startFlowTool") == [{"name": "customers"}]
    with pytest.warns(DeprecationWarning, match="deprecated"), pytest.raises(BadRequestError):
        await flow.start_tool("TAGS")
    tool = AsyncDSSFlowTool(project.client, "P", "unknown")
    attempts = (
        lambda: tool.stop(),
        lambda: tool.get_state(),
        lambda: tool.do({"type": "MARK_RECIPE_AS_OK", "name": "copy"}),
        lambda: tool.update(),
    )
    for attempt in attempts:
        with pytest.raises(NotFoundError, match="Flow tool does not exist"):
            await attempt()


async def _test_scenario(project: AsyncDSSProject, name: str, item: str, *, test: bool = True) -> Any:
    scenario = await project.create_scenario(name, "step_based")
    settings = await scenario.get_settings()
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
    await settings.save()
    return scenario


async def test_test_scenarios_give_a_testing_status_and_junit_reports(project: AsyncDSSProject) -> None:
    passing = await _test_scenario(project, "Passing", "copied")
    failing = await _test_scenario(project, "Failing", "nothing_here")
    plain = await _test_scenario(project, "Plain", "copied", test=False)
    assert sorted(s.id for s in await project.list_test_scenarios()) == sorted([passing.id, failing.id])
    assert (await project.get_testing_status()).nb_total_ran_scenarios == 0

    passed = await passing.run_and_wait(timeout=30)
    failed = await failing.run_and_wait(no_fail=True, timeout=30)
    plain_run = await plain.run_and_wait(timeout=30)
    status = await project.get_testing_status()
    assert isinstance(status, DSSTestingStatus)
    assert status.nb_total_ran_scenarios == 2
    assert status.nb_scenarios_per_outcome == {"SUCCESS": 1, "FAILED": 1}
    assert status.get_raw()["nbTotalRanScenarios"] == 2
    with pytest.raises(BadRequestError, match="bundle"):
        await project.get_testing_status(bundle_id="v1")

    stream = await passed.get_report()
    async with stream:
        report = ElementTree.fromstring(await stream.read())
    suite = report.find("testsuite")
    assert suite is not None and (suite.get("name"), suite.get("tests"), suite.get("failures")) == ("Passing", "1", "0")
    stream = await failed.get_report()
    async with stream:
        failed_report = ElementTree.fromstring(await stream.read())
    assert failed_report.find("testsuite/testcase/failure") is not None
    stream = await failed.get_step_run_report("build")
    async with stream:
        step_report = ElementTree.fromstring(await stream.read())
    assert [case.get("classname") for case in step_report.iter("testcase")] == ["build"]
    with pytest.raises(NotFoundError):
        await failed.get_step_run_report("other")
    with pytest.raises(DataikuException, match="not marked as a test"):
        await plain_run.get_report()
    with pytest.raises(DataikuException, match="not marked as a test"):
        await plain_run.get_step_run_report("build")


async def test_managed_folders_and_streaming_endpoints_live_in_zones(project: AsyncDSSProject) -> None:
    flow = project.get_flow()
    zone = await flow.create_zone("Storage")
    folder = await project.create_managed_folder("reports")
    endpoint = await project.create_httpsse_streaming_endpoint("ticks", "https://example.invalid/sse")
    assert (await folder.get_zone()).id == "default"
    assert (await endpoint.get_zone()).id == "default"

    await folder.move_to_zone(zone)
    await endpoint.move_to_zone(zone.id)
    zone = await flow.get_zone(zone.id)
    assert _names(zone.items) == [("DSSManagedFolder", folder.id), ("DSSStreamingEndpoint", "ticks")]
    assert (await folder.get_zone()).id == zone.id
    assert (await flow.get_zone_of_object(endpoint)).id == zone.id

    other = await flow.create_zone("Reading")
    await folder.share_to_zone(other)
    assert _names((await flow.get_zone(other.id)).shared) == [("DSSManagedFolder", folder.id)]
    await folder.unshare_from_zone(other.id)
    assert (await flow.get_zone(other.id)).shared == []

    # A deleted object leaves its zone; deleting the zone sends the rest back to the default one.
    await endpoint.delete()
    assert _names((await flow.get_zone(zone.id)).items) == [("DSSManagedFolder", folder.id)]
    await zone.delete()
    assert (await folder.get_zone()).id == "default"
