"""Project exports and imports, and bundles from a design node to an automation node, end to end."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from dssclient import AsyncDSSClient, BadRequestError, ConflictError, NotFoundError, PermissionDeniedError
from dssclient.aio.dss.project import AsyncDSSProject
from dssclient.aio.dss.scenario import AsyncPythonScriptBasedScenarioSettings, AsyncStepBasedScenarioSettings
from dssclient.aio.dssclient import AsyncTemporaryImportHandle
from dssclient.emulator.automation.store import DataStore
from tests.conftest import FAST_POLLING, admin_key, reader_key, sent_bodies
from tests.e2e.aio.automation_helpers import DOUBLE_SCRIPT, ROWS, python_recipe, rows_of, upload_csv

pytestmark = pytest.mark.anyio  # unasync: remove


@pytest.fixture
def automation_node(dss_emulator_factory: Any) -> Any:
    return dss_emulator_factory(node_type="AUTOMATION")


@pytest.fixture
async def automation(automation_node: Any) -> AsyncIterator[AsyncDSSClient]:
    async with AsyncDSSClient(automation_node.url, admin_key(automation_node), future_polling=FAST_POLLING) as dss:
        yield dss


async def sales_project(client: AsyncDSSClient, permissions: list[dict[str, Any]] | None = None) -> AsyncDSSProject:
    """A project with content: settings, metadata, variables (standard and local), two datasets."""
    project = await client.create_project("SALES", "Sales", "admin", tags=["finance"], permissions=permissions)
    for name, connection_type in (("fs_main", "Filesystem"), ("pg", "PostgreSQL")):
        if name not in await client.list_connections():
            await client.create_connection(name, connection_type)
    await project.create_dataset("customers", "Filesystem", params={"connection": "fs_main", "path": "c"})
    orders = await project.create_dataset("orders_fr", "PostgreSQL", params={"connection": "pg", "table": "o"})
    await orders.set_schema({"columns": [{"name": "id", "type": "bigint"}]})
    settings = await project.get_settings()
    settings.set_python_code_env("py311")
    settings.get_raw()["settings"]["futureField"] = [None, "kept"]
    await settings.save()
    await project.set_variables({"standard": {"threshold": 0.5}, "local": {"env": "dev"}})
    metadata = await project.get_metadata()
    metadata["description"] = "Quarterly numbers"
    await project.set_metadata(metadata)
    return project


async def definition_of(project: AsyncDSSProject) -> dict[str, Any]:
    """What an import must bring back: everything but the key and who changed it when."""
    settings = (await project.get_settings()).get_raw()
    datasets = {}
    for item in await project.list_datasets():
        raw = (await project.get_dataset(item.name).get_settings()).get_raw()
        datasets[item.name] = {k: v for k, v in raw.items() if k not in ("projectKey", "versionTag", "creationTag")}
    return {
        "settings": {k: v for k, v in settings.items() if k != "projectKey"},
        "metadata": await project.get_metadata(),
        "variables": await project.get_variables(),
        "datasets": datasets,
    }


def files_under(directory: Path) -> list[Path]:
    return [path for path in directory.rglob("*") if path.is_file()]


# -- export and import -------------------------------------------------------------------------------


async def test_an_export_imports_back_into_a_new_project_whole(client: AsyncDSSClient, tmp_path: Path) -> None:
    project = await sales_project(client)
    path = tmp_path / "sales.zip"
    await project.export_to_file(path, {"exportAllDatasets": False})
    with zipfile.ZipFile(path) as archive:
        assert "export-manifest.json" in archive.namelist()
        assert json.loads(archive.read("export-manifest.json"))["originalProjectKey"] == "SALES"
    with path.open("rb") as file:
        handle = await client.prepare_project_import(file)
    assert isinstance(handle, AsyncTemporaryImportHandle) and handle.import_id
    result = await handle.execute({"targetProjectKey": "SALES_COPY"})
    assert result["success"] is True
    copy = client.get_project("SALES_COPY")
    assert await definition_of(copy) == await definition_of(project)
    assert (await copy.get_settings()).get_raw()["projectKey"] == "SALES_COPY"
    assert sorted(await client.list_project_keys()) == ["SALES", "SALES_COPY"]


async def test_an_export_stream_uploads_as_it_is(client: AsyncDSSClient, dss_emulator: Any) -> None:
    project = await sales_project(client)
    stream = await project.get_export_stream()
    handle = await client.prepare_project_import(stream)
    with pytest.raises(ConflictError, match="SALES already exists"):
        await handle.execute()
    assert sent_bodies(dss_emulator, "processProjectImport") == [{"_": "_"}]
    # The refused import stays prepared: it can be retried under another key, once.
    assert (await handle.execute({"targetProjectKey": "OTHER"}))["success"] is True
    with pytest.raises(NotFoundError):
        await handle.execute({"targetProjectKey": "THIRD"})
    assert sorted(await client.list_project_keys()) == ["OTHER", "SALES"]


async def test_export_bytes_are_a_zip_read_from_the_stream(client: AsyncDSSClient) -> None:
    project = await sales_project(client)
    async with await project.get_export_stream() as stream:
        content = await stream.read()
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        names = archive.namelist()
    assert "project_config/params.json" in names and any(name.startswith("datasets/") for name in names)
    handle = await client.prepare_project_import(content)
    assert (await handle.execute({"targetProjectKey": "FROM_BYTES"}))["projectKey"] == "FROM_BYTES"


async def test_an_import_remaps_connections_and_code_envs(client: AsyncDSSClient) -> None:
    project = await sales_project(client)
    handle = await client.prepare_project_import(await project.get_export_stream())
    await handle.execute(
        {
            "targetProjectKey": "PROD",
            "remapping": {
                "connections": [{"source": "fs_main", "target": "fs_prod"}],
                "codeEnvs": [{"source": "py311", "target": "py311_prod"}],
            },
        }
    )
    prod = client.get_project("PROD")
    assert (await prod.get_dataset("customers").get_settings()).get_raw()["params"]["connection"] == "fs_prod"
    assert (await prod.get_dataset("orders_fr").get_settings()).get_raw()["params"]["connection"] == "pg"
    assert (await prod.get_settings()).get_raw()["settings"]["codeEnvs"]["python"]["envName"] == "py311_prod"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"this is not a zip", "not a zip archive"),
        (b"", "not a zip archive"),
        ("zip-without-manifest", "has no export-manifest.json"),
        ("bundle", "it is a bundle"),
    ],
)
async def test_a_file_that_is_not_a_project_export_is_refused_and_kept_nowhere(
    client: AsyncDSSClient, dss_emulator: Any, tmp_path: Path, content: Any, message: str
) -> None:
    if content == "zip-without-manifest":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("hello.txt", "hello")
        content = buffer.getvalue()
    elif content == "bundle":
        project = await sales_project(client)
        await project.export_bundle("v1")
        content = await (await project.get_exported_bundle_archive_stream("v1")).read()
        await project.delete()
    before = files_under(dss_emulator.workdir)
    with pytest.raises(BadRequestError, match=message):
        await client.prepare_project_import(content)
    assert files_under(dss_emulator.workdir) == before
    assert await client.list_project_keys() == []


async def test_project_import_is_for_design_nodes(automation: AsyncDSSClient, client: AsyncDSSClient) -> None:
    content = await (await (await sales_project(client)).get_export_stream()).read()
    with pytest.raises(BadRequestError, match="design nodes"):
        await automation.prepare_project_import(content)


async def test_a_reader_may_not_import_nor_export_what_it_cannot_read(
    client: AsyncDSSClient, reader_client: AsyncDSSClient
) -> None:
    project = await sales_project(client)
    content = await (await project.get_export_stream()).read()
    with pytest.raises(PermissionDeniedError):
        await reader_client.prepare_project_import(content)
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_project("SALES").get_export_stream()


# -- bundles -----------------------------------------------------------------------------------------


async def test_bundles_are_made_listed_downloaded_and_deleted_on_a_design_node(
    client: AsyncDSSClient, tmp_path: Path
) -> None:
    project = await sales_project(client)
    made = await project.export_bundle("v1", release_notes="First release")
    assert made["bundleId"] == "v1" and made["exportManifest"]["releaseNotes"] == "First release"
    with pytest.raises(ConflictError):
        await project.export_bundle("v1")
    await project.export_bundle("v2")
    listed = await project.list_exported_bundles()
    assert [bundle["bundleId"] for bundle in listed["bundles"]] == ["v1", "v2"]
    await project.download_exported_bundle_archive_to_file("v1", tmp_path / "v1.zip")
    async with await project.get_exported_bundle_archive_stream("v1") as stream:
        assert await stream.read() == (tmp_path / "v1.zip").read_bytes()
    with zipfile.ZipFile(tmp_path / "v1.zip") as archive:
        variables = json.loads(archive.read("project_config/variables.json"))
    assert variables == {"standard": {"threshold": 0.5}, "local": {}}, "local variables stay on their node"
    await project.delete_exported_bundle("v1")
    assert [b["bundleId"] for b in (await project.list_exported_bundles())["bundles"]] == ["v2"]
    with pytest.raises(NotFoundError):
        await project.get_exported_bundle_archive_stream("v1")


async def test_bundles_are_made_on_design_nodes_only(automation: AsyncDSSClient) -> None:
    project = await automation.create_project("P", "P", "admin")
    with pytest.raises(BadRequestError, match="design nodes"):
        await project.export_bundle("v1")


async def bundle_file(client: AsyncDSSClient, tmp_path: Path, bundle_id: str = "v1") -> Path:
    path = tmp_path / f"{bundle_id}.zip"
    await client.get_project("SALES").export_bundle(bundle_id)
    await client.get_project("SALES").download_exported_bundle_archive_to_file(bundle_id, path)
    return path


async def test_a_bundle_becomes_a_project_once_activated_on_an_automation_node(
    client: AsyncDSSClient, automation: AsyncDSSClient, tmp_path: Path
) -> None:
    design_project = await sales_project(client)
    path = await bundle_file(client, tmp_path)
    with path.open("rb") as file:
        created = await automation.create_project_from_bundle_archive(file)
    assert created == {"projectKey": "SALES", "bundleId": "v1"}
    project = automation.get_project("SALES")
    assert await project.list_datasets() == [], "a bundle gives its content on activation"
    (imported,) = (await project.list_imported_bundles())["bundles"]
    assert (imported["bundleId"], imported["active"]) == ("v1", False)
    await project.set_variables({"standard": {}, "local": {"env": "prod"}})

    report = await project.activate_bundle("v1")
    assert report["success"] is True
    activated = await definition_of(project)
    expected = await definition_of(design_project)
    assert activated["datasets"] == expected["datasets"]
    assert activated["metadata"] == expected["metadata"]
    assert activated["variables"] == {"standard": {"threshold": 0.5}, "local": {"env": "prod"}}
    assert activated["settings"]["settings"] == expected["settings"]["settings"]
    assert (await project.list_imported_bundles())["bundles"][0]["active"] is True


async def test_a_newer_bundle_is_imported_into_the_project_and_activated(
    client: AsyncDSSClient, automation: AsyncDSSClient, tmp_path: Path
) -> None:
    design_project = await sales_project(client)
    await automation.create_project_from_bundle_archive((await bundle_file(client, tmp_path)).read_bytes())
    await design_project.create_dataset("returns", "Inline")
    v2 = await bundle_file(client, tmp_path, "v2")
    project = automation.get_project("SALES")
    with v2.open("rb") as file:
        await project.import_bundle_from_stream(file)
    with pytest.raises(ConflictError):
        await project.import_bundle_from_stream(v2.read_bytes())
    await project.activate_bundle("v2", scenarios_to_enable={"nightly": True})
    assert sorted(item.name for item in await project.list_datasets()) == ["customers", "orders_fr", "returns"]
    with pytest.raises(NotFoundError):
        await project.activate_bundle("v9")


async def test_a_bundle_on_the_nodes_disk_becomes_a_project_in_a_folder(
    client: AsyncDSSClient, automation: AsyncDSSClient, tmp_path: Path
) -> None:
    await sales_project(client)
    path = await bundle_file(client, tmp_path)
    folder = await (await automation.get_root_project_folder()).create_sub_folder("Production")
    created = await automation.create_project_from_bundle_local_archive(str(path), project_folder=folder)
    assert created["projectKey"] == "SALES"
    assert (await automation.get_project("SALES").get_project_folder()).id == folder.id
    with pytest.raises(ConflictError):
        await automation.create_project_from_bundle_local_archive(str(path))
    with pytest.raises(BadRequestError, match="No bundle archive"):
        await automation.create_project_from_bundle_local_archive(str(tmp_path / "missing.zip"))


async def test_bundle_permissions_travel_as_the_policy_says(
    client: AsyncDSSClient, automation: AsyncDSSClient, tmp_path: Path, automation_node: Any
) -> None:
    permissions = [
        {"user": "reader", "readProjectContent": True, "writeProjectContent": True, "admin": False},
        {"group": "ghosts", "readProjectContent": True, "admin": True},
    ]
    await sales_project(client, permissions=permissions)
    content = (await bundle_file(client, tmp_path)).read_bytes()
    with pytest.raises(BadRequestError, match="ghosts"):
        await automation.create_project_from_bundle_archive(content, permissions_propagation_policy="ALL")
    assert await automation.list_project_keys() == []
    assert [path for path in files_under(automation_node.workdir) if "archives" in path.parts] == []

    await automation.create_project_from_bundle_archive(
        content,
        permissions_propagation_policy=AsyncDSSClient.PermissionsPropagationPolicy.READ_ONLY,
        fail_on_missing_users_or_groups=False,
    )
    assert automation_node.state.projects["SALES"].permissions == [{"user": "reader", "readProjectContent": True}]


async def test_bundles_become_projects_on_automation_nodes_only(client: AsyncDSSClient, tmp_path: Path) -> None:
    await sales_project(client)
    content = (await bundle_file(client, tmp_path)).read_bytes()
    with pytest.raises(BadRequestError, match="automation nodes"):
        await client.create_project_from_bundle_archive(content)


async def test_a_project_export_is_not_a_bundle(client: AsyncDSSClient, automation: AsyncDSSClient) -> None:
    content = await (await (await sales_project(client)).get_export_stream()).read()
    with pytest.raises(BadRequestError, match="project export"):
        await automation.create_project_from_bundle_archive(content)
    assert await automation.list_project_keys() == []


# -- what a bundle carries: the flow, its recipes and scenarios, and data when the project says so ------


async def with_project_code_env(client: AsyncDSSClient, deployment_mode: str) -> None:
    """The code env SALES selects (py311), on this node: a recipe of SALES runs only where it exists."""
    if "py311" not in [env["envName"] for env in await client.list_code_envs()]:
        await client.create_code_env("PYTHON", "py311", deployment_mode)


async def flow_project(client: AsyncDSSClient) -> AsyncDSSProject:
    """SALES with an uploaded dataset, a Python recipe writing a managed one, and two scenarios."""
    project = await sales_project(client)
    await with_project_code_env(client, "DESIGN_MANAGED")
    await upload_csv(project, "people")
    await python_recipe(project, "people", "doubled", DOUBLE_SCRIPT, "double")
    steps = await project.create_scenario("Nightly", "step_based", definition={"id": "NIGHTLY"})
    settings = await steps.get_settings()
    assert isinstance(settings, AsyncStepBasedScenarioSettings)
    settings.raw_steps.append(
        {
            "id": "build",
            "type": "build_flowitem",
            "name": "Build doubled",
            "params": {"builds": [{"type": "DATASET", "itemId": "doubled"}], "jobType": "RECURSIVE_FORCED_BUILD"},
        }
    )
    settings.add_daily_trigger(hour=2, minute=30)
    settings.active = True
    await settings.save()
    python = await project.create_scenario("Report", "custom_python", definition={"id": "REPORT"})
    python_settings = await python.get_settings()
    assert isinstance(python_settings, AsyncPythonScriptBasedScenarioSettings)
    python_settings.code = "import dataiku\nprint('rows', len(list(dataiku.Dataset('doubled').iter_tuples())))\n"
    await python_settings.save()
    return project


def without_tags(raw: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in raw.items() if k not in ("projectKey", "versionTag", "creationTag")}


async def flow_of(project: AsyncDSSProject) -> dict[str, Any]:
    """Recipes (definition and payload), scenarios (settings, steps and triggers) and the flow's graph."""
    recipes = {}
    for item in await project.list_recipes():
        settings = await project.get_recipe(item.name).get_settings()
        recipes[item.name] = (without_tags(settings.get_recipe_raw_definition()), settings.get_payload())
    scenarios = {}
    for listed in await project.list_scenarios():
        scenarios[listed["id"]] = without_tags((await listed.to_scenario().get_settings()).get_raw())
    graph = await project.get_flow().get_graph()
    nodes = {name: (node["type"], node["predecessors"], node["successors"]) for name, node in graph.nodes.items()}
    return {"recipes": recipes, "scenarios": scenarios, "graph": nodes}


async def test_an_activated_bundle_gives_the_whole_project_and_its_flow_runs_there(
    client: AsyncDSSClient, automation: AsyncDSSClient, tmp_path: Path
) -> None:
    design_project = await flow_project(client)
    path = await bundle_file(client, tmp_path)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
    assert "recipes/double.json" in names and "scenarios/NIGHTLY.json" in names
    assert not any(name.startswith("data/") for name in names), "a bundle carries no data unless the project says so"

    await automation.create_project_from_bundle_archive(path.read_bytes())
    project = automation.get_project("SALES")
    assert await project.list_recipes() == [] and await project.list_scenarios() == []
    await project.activate_bundle("v1")
    assert await definition_of(project) == {
        **await definition_of(design_project),
        "variables": {"standard": {"threshold": 0.5}, "local": {}},
    }
    activated, expected = await flow_of(project), await flow_of(design_project)
    assert activated == expected
    assert activated["scenarios"]["NIGHTLY"]["triggers"][0]["type"] == "temporal"
    assert activated["scenarios"]["NIGHTLY"]["params"]["steps"][0]["params"]["builds"][0]["itemId"] == "doubled"
    assert activated["scenarios"]["REPORT"]["active"] is False
    assert await rows_of(project.get_dataset("people")) == [], "the uploaded rows stayed on the design node"


async def test_a_bundle_carries_the_data_its_project_includes(
    client: AsyncDSSClient, automation: AsyncDSSClient, tmp_path: Path
) -> None:
    design_project = await flow_project(client)
    settings = await design_project.get_settings()
    settings.get_raw()["bundleExporterSettings"] = {
        "exportOptions": {"includedDatasetsData": [{"name": "people", "type": "UploadedFiles"}]}
    }
    await settings.save()
    await design_project.get_dataset("doubled").build()
    path = await bundle_file(client, tmp_path)
    with zipfile.ZipFile(path) as archive:
        data = sorted(name for name in archive.namelist() if name.startswith("data/"))
    assert data == ["data/people/content.json", "data/people/upload-0"], "only the included dataset's data travel"

    await with_project_code_env(automation, "AUTOMATION_SINGLE")
    await automation.create_project_from_bundle_archive(path.read_bytes())
    project = automation.get_project("SALES")
    await project.activate_bundle("v1")
    assert await rows_of(project.get_dataset("people")) == ROWS
    assert await rows_of(project.get_dataset("doubled")) == [], "built data stay where they were built"
    run = await project.get_scenario("NIGHTLY").run_and_wait(timeout=30)
    assert run is not None and run.outcome == "SUCCESS", "the bundle's scenario runs the bundle's recipe here"
    assert await rows_of(project.get_dataset("doubled")) == await rows_of(design_project.get_dataset("doubled"))


async def test_activating_a_newer_bundle_replaces_the_flow_and_keeps_what_the_node_did(
    client: AsyncDSSClient, automation: AsyncDSSClient, automation_node: Any, tmp_path: Path
) -> None:
    design_project = await flow_project(client)
    settings = await design_project.get_settings()
    settings.get_raw()["bundleExporterSettings"] = {"exportOptions": {"exportUploads": True}}
    await settings.save()
    await with_project_code_env(automation, "AUTOMATION_SINGLE")
    await automation.create_project_from_bundle_archive((await bundle_file(client, tmp_path)).read_bytes())
    project = automation.get_project("SALES")
    await project.activate_bundle("v1")
    nightly = project.get_scenario("NIGHTLY")
    assert (await nightly.run_and_wait(timeout=30)).outcome == "SUCCESS"  # type: ignore[union-attr]
    operated = await nightly.get_settings()
    operated.active = False  # an operator pauses it on this node
    await operated.save()

    # v2: the recipe writes another column, the Python scenario goes, a dataset goes.
    recipe_settings = await design_project.get_recipe("double").get_settings()
    recipe_settings.set_payload((recipe_settings.get_payload() or "").replace("doubled amounts", "v2 amounts"))
    await recipe_settings.save()
    await design_project.get_scenario("REPORT").delete()
    await design_project.get_dataset("customers").delete()
    await project.import_bundle_from_stream((await bundle_file(client, tmp_path, "v2")).read_bytes())
    await project.activate_bundle("v2", scenarios_to_enable={"REPORT": True})

    assert [s["id"] for s in await project.list_scenarios()] == ["NIGHTLY"]
    assert (await project.get_scenario("NIGHTLY").get_settings()).active is False, "the operator's choice stays"
    assert len(await nightly.get_last_runs()) == 1, "the scenario's runs stay"
    payload = (await project.get_recipe("double").get_settings()).get_payload() or ""
    assert "v2 amounts" in payload
    assert sorted(d.name for d in await project.list_datasets()) == ["doubled", "orders_fr", "people"]
    assert await rows_of(project.get_dataset("doubled")) != [], "the node's built rows stay"
    store = automation_node.state.extension(DataStore)
    assert store.existing("SALES", "customers") is None

    await project.activate_bundle("v1", scenarios_to_enable={"NIGHTLY": True})
    assert (await project.get_scenario("NIGHTLY").get_settings()).active is True, "what the activation asks wins"
    assert sorted(s["id"] for s in await project.list_scenarios()) == ["NIGHTLY", "REPORT"]


async def test_a_project_export_carries_the_flow_and_the_data_asked_for(client: AsyncDSSClient) -> None:
    project = await flow_project(client)
    await project.get_dataset("doubled").build()
    content = await (await project.get_export_stream({"exportAllDatasets": True})).read()
    handle = await client.prepare_project_import(content)
    await handle.execute({"targetProjectKey": "COPY"})
    copy = client.get_project("COPY")
    assert (await flow_of(copy))["recipes"] == (await flow_of(project))["recipes"]
    assert (await flow_of(copy))["scenarios"].keys() == {"NIGHTLY", "REPORT"}
    assert await rows_of(copy.get_dataset("people")) == ROWS
    assert await rows_of(copy.get_dataset("doubled")) == await rows_of(project.get_dataset("doubled"))

    bare = await (await project.get_export_stream()).read()
    with zipfile.ZipFile(io.BytesIO(bare)) as archive:
        assert not any(name.startswith("data/") for name in archive.namelist())


@pytest.mark.parametrize(
    ("entry", "content", "message"),
    [
        ("recipes/r.json", {"definition": {"type": "python"}}, "is not a recipe"),
        ("scenarios/s.json", {"settings": {"name": "no id"}}, "is not a scenario"),
        ("data/people/content.json", {"partitions": {"NP": {"file": "gone", "columns": []}}, "uploads": {}}, "lacks"),
        ("data/people/content.json", {"partitions": {}, "uploads": {"a.csv": "../../etc/passwd"}}, "lacks"),
    ],
)
async def test_a_bundle_with_a_broken_entry_is_refused_whole(
    client: AsyncDSSClient, automation: AsyncDSSClient, tmp_path: Path, entry: str, content: Any, message: str
) -> None:
    await sales_project(client)
    path = await bundle_file(client, tmp_path)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr(entry, json.dumps(content))
    with pytest.raises(BadRequestError, match=message):
        await automation.create_project_from_bundle_archive(path.read_bytes())
    assert await automation.list_project_keys() == []


# -- the lifecycle of imported bundles: preload, list, delete ------------------------------------------


async def test_preloading_reports_the_code_envs_the_bundle_needs(
    client: AsyncDSSClient, automation: AsyncDSSClient, tmp_path: Path
) -> None:
    await sales_project(client)  # selects the code env py311
    await automation.create_project_from_bundle_archive((await bundle_file(client, tmp_path)).read_bytes())
    project = automation.get_project("SALES")
    report = await project.preload_bundle("v1")
    assert (report["bundleId"], report["success"], report["warning"]) == ("v1", True, True)
    assert [m["severity"] for m in report["messages"]] == ["WARNING"] and "py311" in report["messages"][0]["message"]
    await automation.create_code_env("PYTHON", "py311", "AUTOMATION_SINGLE")
    report = await project.preload_bundle("v1")
    assert (report["warning"], [m["severity"] for m in report["messages"]]) == (False, ["INFO"])
    with pytest.raises(NotFoundError):
        await project.preload_bundle("v9")


async def test_imported_bundles_are_deleted_except_the_active_one(
    client: AsyncDSSClient, automation: AsyncDSSClient, automation_node: Any, tmp_path: Path
) -> None:
    await sales_project(client)
    await automation.create_project_from_bundle_archive((await bundle_file(client, tmp_path)).read_bytes())
    project = automation.get_project("SALES")
    await project.import_bundle_from_stream((await bundle_file(client, tmp_path, "v2")).read_bytes())
    await project.activate_bundle("v2")
    archives_before = [p for p in files_under(automation_node.workdir) if "imported" in p.parts]
    assert len(archives_before) == 2

    with pytest.raises(BadRequestError, match="active bundle"):
        await project.delete_imported_bundle("v2")
    assert await project.delete_imported_bundle("v1") == {}
    listed = (await project.list_imported_bundles())["bundles"]
    assert [(b["bundleId"], b["active"]) for b in listed] == [("v2", True)]
    assert [p for p in files_under(automation_node.workdir) if "imported" in p.parts] == [
        p for p in archives_before if p.exists()
    ]
    assert len([p for p in archives_before if p.exists()]) == 1, "the deleted bundle's archive left the disk"
    with pytest.raises(NotFoundError):
        await project.delete_imported_bundle("v1")
    with pytest.raises(NotFoundError):
        await project.activate_bundle("v1")
    # A deleted bundle can be imported again.
    await project.import_bundle_from_stream((tmp_path / "v1.zip").read_bytes())
    assert sorted(b["bundleId"] for b in (await project.list_imported_bundles())["bundles"]) == ["v1", "v2"]


async def test_the_bundle_lifecycle_is_for_automation_nodes_and_project_writers(
    client: AsyncDSSClient, automation: AsyncDSSClient, automation_node: Any, tmp_path: Path
) -> None:
    design_project = await sales_project(client)
    await design_project.export_bundle("v1")
    with pytest.raises(BadRequestError, match="automation nodes"):
        await design_project.preload_bundle("v1")
    with pytest.raises(BadRequestError, match="automation nodes"):
        await design_project.delete_imported_bundle("v1")
    await automation.create_project_from_bundle_archive((await bundle_file(client, tmp_path, "v2")).read_bytes())
    async with AsyncDSSClient(automation_node.url, reader_key(automation_node)) as reader:
        readers_view = reader.get_project("SALES")
        with pytest.raises(PermissionDeniedError):
            await readers_view.preload_bundle("v2")
        with pytest.raises(PermissionDeniedError):
            await readers_view.delete_imported_bundle("v2")
    assert [b["bundleId"] for b in (await automation.get_project("SALES").list_imported_bundles())["bundles"]] == ["v2"]


@pytest.mark.parametrize(
    ("options", "carried"),
    [
        ({}, []),
        ({"exportUploads": True}, ["people"]),
        ({"exportManagedFS": True}, ["doubled"]),
        ({"exportAllInputDatasets": True}, ["people"]),
        ({"exportAllDatasets": True}, ["doubled", "people"]),
        ({"includedDatasetsData": [{"name": "doubled", "type": "Filesystem"}, {"name": "ghost"}]}, ["doubled"]),
    ],
)
async def test_the_export_options_choose_whose_data_travel(
    client: AsyncDSSClient, options: dict[str, Any], carried: list[str]
) -> None:
    project = await flow_project(client)
    await project.get_dataset("doubled").build()
    content = await (await project.get_export_stream(options)).read()
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        folders = sorted({name.split("/")[1] for name in archive.namelist() if name.startswith("data/")})
    assert folders == carried, "datasets without rows (customers, orders_fr) carry none whatever the options"


async def test_a_bundle_on_the_nodes_disk_is_imported_into_a_project(
    client: AsyncDSSClient, automation: AsyncDSSClient, tmp_path: Path
) -> None:
    await sales_project(client)
    await automation.create_project_from_bundle_archive((await bundle_file(client, tmp_path)).read_bytes())
    project = automation.get_project("SALES")
    v2 = await bundle_file(client, tmp_path, "v2")
    assert await project.import_bundle_from_archive(str(v2)) == {"projectKey": "SALES", "bundleId": "v2"}
    assert v2.is_file(), "the node copies the archive and leaves it where it was"
    assert sorted(b["bundleId"] for b in (await project.list_imported_bundles())["bundles"]) == ["v1", "v2"]
    assert (await project.activate_bundle("v2"))["success"] is True
    with pytest.raises(ConflictError):
        await project.import_bundle_from_archive(str(v2))
    with pytest.raises(BadRequestError, match="No bundle archive"):
        await project.import_bundle_from_archive(str(tmp_path / "missing.zip"))
    (tmp_path / "export.zip").write_bytes(await (await client.get_project("SALES").get_export_stream()).read())
    with pytest.raises(BadRequestError, match="project export"):
        await project.import_bundle_from_archive(str(tmp_path / "export.zip"))
    with pytest.raises(BadRequestError, match="automation nodes"):
        await client.get_project("SALES").import_bundle_from_archive(str(v2))
