# Derived from tests/e2e/aio/test_project_archives.py by scripts/unasync.py: do not edit.
"""Project exports and imports, and bundles from a design node to an automation node, end to end."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dssclient import BadRequestError, ConflictError, DSSClient, NotFoundError, PermissionDeniedError
from dssclient.dss.project import DSSProject
from dssclient.dss.scenario import PythonScriptBasedScenarioSettings, StepBasedScenarioSettings
from dssclient.dssclient import TemporaryImportHandle
from dssclient.emulator.automation.store import DataStore
from tests.conftest import FAST_POLLING, admin_key, reader_key, sent_bodies
from tests.e2e.sync.automation_helpers import DOUBLE_SCRIPT, ROWS, python_recipe, rows_of, upload_csv


@pytest.fixture
def automation_node(dss_emulator_factory: Any) -> Any:
    return dss_emulator_factory(node_type="AUTOMATION")


@pytest.fixture
def automation(automation_node: Any) -> Iterator[DSSClient]:
    with DSSClient(automation_node.url, admin_key(automation_node), future_polling=FAST_POLLING) as dss:
        yield dss


def sales_project(client: DSSClient, permissions: list[dict[str, Any]] | None = None) -> DSSProject:
    """A project with content: settings, metadata, variables (standard and local), two datasets."""
    project = client.create_project("SALES", "Sales", "admin", tags=["finance"], permissions=permissions)
    for name, connection_type in (("fs_main", "Filesystem"), ("pg", "PostgreSQL")):
        if name not in client.list_connections():
            client.create_connection(name, connection_type)
    project.create_dataset("customers", "Filesystem", params={"connection": "fs_main", "path": "c"})
    orders = project.create_dataset("orders_fr", "PostgreSQL", params={"connection": "pg", "table": "o"})
    orders.set_schema({"columns": [{"name": "id", "type": "bigint"}]})
    settings = project.get_settings()
    settings.set_python_code_env("py311")
    settings.get_raw()["settings"]["futureField"] = [None, "kept"]
    settings.save()
    project.set_variables({"standard": {"threshold": 0.5}, "local": {"env": "dev"}})
    metadata = project.get_metadata()
    metadata["description"] = "Quarterly numbers"
    project.set_metadata(metadata)
    return project


def definition_of(project: DSSProject) -> dict[str, Any]:
    """What an import must bring back: everything but the key and who changed it when."""
    settings = (project.get_settings()).get_raw()
    datasets = {}
    for item in project.list_datasets():
        raw = (project.get_dataset(item.name).get_settings()).get_raw()
        datasets[item.name] = {k: v for k, v in raw.items() if k not in ("projectKey", "versionTag", "creationTag")}
    return {
        "settings": {k: v for k, v in settings.items() if k != "projectKey"},
        "metadata": project.get_metadata(),
        "variables": project.get_variables(),
        "datasets": datasets,
    }


def files_under(directory: Path) -> list[Path]:
    return [path for path in directory.rglob("*") if path.is_file()]


# -- export and import -------------------------------------------------------------------------------


def test_an_export_imports_back_into_a_new_project_whole(client: DSSClient, tmp_path: Path) -> None:
    project = sales_project(client)
    path = tmp_path / "sales.zip"
    project.export_to_file(path, {"exportAllDatasets": False})
    with zipfile.ZipFile(path) as archive:
        assert "export-manifest.json" in archive.namelist()
        assert json.loads(archive.read("export-manifest.json"))["originalProjectKey"] == "SALES"
    with path.open("rb") as file:
        handle = client.prepare_project_import(file)
    assert isinstance(handle, TemporaryImportHandle) and handle.import_id
    result = handle.execute({"targetProjectKey": "SALES_COPY"})
    assert result["success"] is True
    copy = client.get_project("SALES_COPY")
    assert definition_of(copy) == definition_of(project)
    assert (copy.get_settings()).get_raw()["projectKey"] == "SALES_COPY"
    assert sorted(client.list_project_keys()) == ["SALES", "SALES_COPY"]


def test_an_export_stream_uploads_as_it_is(client: DSSClient, dss_emulator: Any) -> None:
    project = sales_project(client)
    stream = project.get_export_stream()
    handle = client.prepare_project_import(stream)
    with pytest.raises(ConflictError, match="SALES already exists"):
        handle.execute()
    assert sent_bodies(dss_emulator, "processProjectImport") == [{"_": "_"}]
    # The refused import stays prepared: it can be retried under another key, once.
    assert (handle.execute({"targetProjectKey": "OTHER"}))["success"] is True
    with pytest.raises(NotFoundError):
        handle.execute({"targetProjectKey": "THIRD"})
    assert sorted(client.list_project_keys()) == ["OTHER", "SALES"]


def test_export_bytes_are_a_zip_read_from_the_stream(client: DSSClient) -> None:
    project = sales_project(client)
    with project.get_export_stream() as stream:
        content = stream.read()
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        names = archive.namelist()
    assert "project_config/params.json" in names and any(name.startswith("datasets/") for name in names)
    handle = client.prepare_project_import(content)
    assert (handle.execute({"targetProjectKey": "FROM_BYTES"}))["projectKey"] == "FROM_BYTES"


def test_an_import_remaps_connections_and_code_envs(client: DSSClient) -> None:
    project = sales_project(client)
    handle = client.prepare_project_import(project.get_export_stream())
    handle.execute(
        {
            "targetProjectKey": "PROD",
            "remapping": {
                "connections": [{"source": "fs_main", "target": "fs_prod"}],
                "codeEnvs": [{"source": "py311", "target": "py311_prod"}],
            },
        }
    )
    prod = client.get_project("PROD")
    assert (prod.get_dataset("customers").get_settings()).get_raw()["params"]["connection"] == "fs_prod"
    assert (prod.get_dataset("orders_fr").get_settings()).get_raw()["params"]["connection"] == "pg"
    assert (prod.get_settings()).get_raw()["settings"]["codeEnvs"]["python"]["envName"] == "py311_prod"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"this is not a zip", "not a zip archive"),
        (b"", "not a zip archive"),
        ("zip-without-manifest", "has no export-manifest.json"),
        ("bundle", "it is a bundle"),
    ],
)
def test_a_file_that_is_not_a_project_export_is_refused_and_kept_nowhere(
    client: DSSClient, dss_emulator: Any, tmp_path: Path, content: Any, message: str
) -> None:
    if content == "zip-without-manifest":
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w") as archive:
            archive.writestr("hello.txt", "hello")
        content = buffer.getvalue()
    elif content == "bundle":
        project = sales_project(client)
        project.export_bundle("v1")
        content = (project.get_exported_bundle_archive_stream("v1")).read()
        project.delete()
    before = files_under(dss_emulator.workdir)
    with pytest.raises(BadRequestError, match=message):
        client.prepare_project_import(content)
    assert files_under(dss_emulator.workdir) == before
    assert client.list_project_keys() == []


def test_project_import_is_for_design_nodes(automation: DSSClient, client: DSSClient) -> None:
    content = ((sales_project(client)).get_export_stream()).read()
    with pytest.raises(BadRequestError, match="design nodes"):
        automation.prepare_project_import(content)


def test_a_reader_may_not_import_nor_export_what_it_cannot_read(client: DSSClient, reader_client: DSSClient) -> None:
    project = sales_project(client)
    content = (project.get_export_stream()).read()
    with pytest.raises(PermissionDeniedError):
        reader_client.prepare_project_import(content)
    with pytest.raises(PermissionDeniedError):
        reader_client.get_project("SALES").get_export_stream()


# -- bundles -----------------------------------------------------------------------------------------


def test_bundles_are_made_listed_downloaded_and_deleted_on_a_design_node(client: DSSClient, tmp_path: Path) -> None:
    project = sales_project(client)
    made = project.export_bundle("v1", release_notes="First release")
    assert made["bundleId"] == "v1" and made["exportManifest"]["releaseNotes"] == "First release"
    with pytest.raises(ConflictError):
        project.export_bundle("v1")
    project.export_bundle("v2")
    listed = project.list_exported_bundles()
    assert [bundle["bundleId"] for bundle in listed["bundles"]] == ["v1", "v2"]
    project.download_exported_bundle_archive_to_file("v1", tmp_path / "v1.zip")
    with project.get_exported_bundle_archive_stream("v1") as stream:
        assert stream.read() == (tmp_path / "v1.zip").read_bytes()
    with zipfile.ZipFile(tmp_path / "v1.zip") as archive:
        variables = json.loads(archive.read("project_config/variables.json"))
    assert variables == {"standard": {"threshold": 0.5}, "local": {}}, "local variables stay on their node"
    project.delete_exported_bundle("v1")
    assert [b["bundleId"] for b in (project.list_exported_bundles())["bundles"]] == ["v2"]
    with pytest.raises(NotFoundError):
        project.get_exported_bundle_archive_stream("v1")


def test_bundles_are_made_on_design_nodes_only(automation: DSSClient) -> None:
    project = automation.create_project("P", "P", "admin")
    with pytest.raises(BadRequestError, match="design nodes"):
        project.export_bundle("v1")


def bundle_file(client: DSSClient, tmp_path: Path, bundle_id: str = "v1") -> Path:
    path = tmp_path / f"{bundle_id}.zip"
    client.get_project("SALES").export_bundle(bundle_id)
    client.get_project("SALES").download_exported_bundle_archive_to_file(bundle_id, path)
    return path


def test_a_bundle_becomes_a_project_once_activated_on_an_automation_node(
    client: DSSClient, automation: DSSClient, tmp_path: Path
) -> None:
    design_project = sales_project(client)
    path = bundle_file(client, tmp_path)
    with path.open("rb") as file:
        created = automation.create_project_from_bundle_archive(file)
    assert created == {"projectKey": "SALES", "bundleId": "v1"}
    project = automation.get_project("SALES")
    assert project.list_datasets() == [], "a bundle gives its content on activation"
    (imported,) = (project.list_imported_bundles())["bundles"]
    assert (imported["bundleId"], imported["active"]) == ("v1", False)
    project.set_variables({"standard": {}, "local": {"env": "prod"}})

    report = project.activate_bundle("v1")
    assert report["success"] is True
    activated = definition_of(project)
    expected = definition_of(design_project)
    assert activated["datasets"] == expected["datasets"]
    assert activated["metadata"] == expected["metadata"]
    assert activated["variables"] == {"standard": {"threshold": 0.5}, "local": {"env": "prod"}}
    assert activated["settings"]["settings"] == expected["settings"]["settings"]
    assert (project.list_imported_bundles())["bundles"][0]["active"] is True


def test_a_newer_bundle_is_imported_into_the_project_and_activated(
    client: DSSClient, automation: DSSClient, tmp_path: Path
) -> None:
    design_project = sales_project(client)
    automation.create_project_from_bundle_archive((bundle_file(client, tmp_path)).read_bytes())
    design_project.create_dataset("returns", "Inline")
    v2 = bundle_file(client, tmp_path, "v2")
    project = automation.get_project("SALES")
    with v2.open("rb") as file:
        project.import_bundle_from_stream(file)
    with pytest.raises(ConflictError):
        project.import_bundle_from_stream(v2.read_bytes())
    project.activate_bundle("v2", scenarios_to_enable={"nightly": True})
    assert sorted(item.name for item in project.list_datasets()) == ["customers", "orders_fr", "returns"]
    with pytest.raises(NotFoundError):
        project.activate_bundle("v9")


def test_a_bundle_on_the_nodes_disk_becomes_a_project_in_a_folder(
    client: DSSClient, automation: DSSClient, tmp_path: Path
) -> None:
    sales_project(client)
    path = bundle_file(client, tmp_path)
    folder = (automation.get_root_project_folder()).create_sub_folder("Production")
    created = automation.create_project_from_bundle_local_archive(str(path), project_folder=folder)
    assert created["projectKey"] == "SALES"
    assert (automation.get_project("SALES").get_project_folder()).id == folder.id
    with pytest.raises(ConflictError):
        automation.create_project_from_bundle_local_archive(str(path))
    with pytest.raises(BadRequestError, match="No bundle archive"):
        automation.create_project_from_bundle_local_archive(str(tmp_path / "missing.zip"))


def test_bundle_permissions_travel_as_the_policy_says(
    client: DSSClient, automation: DSSClient, tmp_path: Path, automation_node: Any
) -> None:
    permissions = [
        {"user": "reader", "readProjectContent": True, "writeProjectContent": True, "admin": False},
        {"group": "ghosts", "readProjectContent": True, "admin": True},
    ]
    sales_project(client, permissions=permissions)
    content = (bundle_file(client, tmp_path)).read_bytes()
    with pytest.raises(BadRequestError, match="ghosts"):
        automation.create_project_from_bundle_archive(content, permissions_propagation_policy="ALL")
    assert automation.list_project_keys() == []
    assert [path for path in files_under(automation_node.workdir) if "archives" in path.parts] == []

    automation.create_project_from_bundle_archive(
        content,
        permissions_propagation_policy=DSSClient.PermissionsPropagationPolicy.READ_ONLY,
        fail_on_missing_users_or_groups=False,
    )
    assert automation_node.state.projects["SALES"].permissions == [{"user": "reader", "readProjectContent": True}]


def test_bundles_become_projects_on_automation_nodes_only(client: DSSClient, tmp_path: Path) -> None:
    sales_project(client)
    content = (bundle_file(client, tmp_path)).read_bytes()
    with pytest.raises(BadRequestError, match="automation nodes"):
        client.create_project_from_bundle_archive(content)


def test_a_project_export_is_not_a_bundle(client: DSSClient, automation: DSSClient) -> None:
    content = ((sales_project(client)).get_export_stream()).read()
    with pytest.raises(BadRequestError, match="project export"):
        automation.create_project_from_bundle_archive(content)
    assert automation.list_project_keys() == []


# -- what a bundle carries: the flow, its recipes and scenarios, and data when the project says so ------


def with_project_code_env(client: DSSClient, deployment_mode: str) -> None:
    """The code env SALES selects (py311), on this node: a recipe of SALES runs only where it exists."""
    if "py311" not in [env["envName"] for env in client.list_code_envs()]:
        client.create_code_env("PYTHON", "py311", deployment_mode)


def flow_project(client: DSSClient) -> DSSProject:
    """SALES with an uploaded dataset, a Python recipe writing a managed one, and two scenarios."""
    project = sales_project(client)
    with_project_code_env(client, "DESIGN_MANAGED")
    upload_csv(project, "people")
    python_recipe(project, "people", "doubled", DOUBLE_SCRIPT, "double")
    steps = project.create_scenario("Nightly", "step_based", definition={"id": "NIGHTLY"})
    settings = steps.get_settings()
    assert isinstance(settings, StepBasedScenarioSettings)
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
    settings.save()
    python = project.create_scenario("Report", "custom_python", definition={"id": "REPORT"})
    python_settings = python.get_settings()
    assert isinstance(python_settings, PythonScriptBasedScenarioSettings)
    python_settings.code = "import dataiku\nprint('rows', len(list(dataiku.Dataset('doubled').iter_tuples())))\n"
    python_settings.save()
    return project


def without_tags(raw: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in raw.items() if k not in ("projectKey", "versionTag", "creationTag")}


def flow_of(project: DSSProject) -> dict[str, Any]:
    """Recipes (definition and payload), scenarios (settings, steps and triggers) and the flow's graph."""
    recipes = {}
    for item in project.list_recipes():
        settings = project.get_recipe(item.name).get_settings()
        recipes[item.name] = (without_tags(settings.get_recipe_raw_definition()), settings.get_payload())
    scenarios = {}
    for listed in project.list_scenarios():
        scenarios[listed["id"]] = without_tags((listed.to_scenario().get_settings()).get_raw())
    graph = project.get_flow().get_graph()
    nodes = {name: (node["type"], node["predecessors"], node["successors"]) for name, node in graph.nodes.items()}
    return {"recipes": recipes, "scenarios": scenarios, "graph": nodes}


def test_an_activated_bundle_gives_the_whole_project_and_its_flow_runs_there(
    client: DSSClient, automation: DSSClient, tmp_path: Path
) -> None:
    design_project = flow_project(client)
    path = bundle_file(client, tmp_path)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
    assert "recipes/double.json" in names and "scenarios/NIGHTLY.json" in names
    assert not any(name.startswith("data/") for name in names), "a bundle carries no data unless the project says so"

    automation.create_project_from_bundle_archive(path.read_bytes())
    project = automation.get_project("SALES")
    assert project.list_recipes() == [] and project.list_scenarios() == []
    project.activate_bundle("v1")
    assert definition_of(project) == {
        **definition_of(design_project),
        "variables": {"standard": {"threshold": 0.5}, "local": {}},
    }
    activated, expected = flow_of(project), flow_of(design_project)
    assert activated == expected
    assert activated["scenarios"]["NIGHTLY"]["triggers"][0]["type"] == "temporal"
    assert activated["scenarios"]["NIGHTLY"]["params"]["steps"][0]["params"]["builds"][0]["itemId"] == "doubled"
    assert activated["scenarios"]["REPORT"]["active"] is False
    assert rows_of(project.get_dataset("people")) == [], "the uploaded rows stayed on the design node"


def test_a_bundle_carries_the_data_its_project_includes(
    client: DSSClient, automation: DSSClient, tmp_path: Path
) -> None:
    design_project = flow_project(client)
    settings = design_project.get_settings()
    settings.get_raw()["bundleExporterSettings"] = {
        "exportOptions": {"includedDatasetsData": [{"name": "people", "type": "UploadedFiles"}]}
    }
    settings.save()
    design_project.get_dataset("doubled").build()
    path = bundle_file(client, tmp_path)
    with zipfile.ZipFile(path) as archive:
        data = sorted(name for name in archive.namelist() if name.startswith("data/"))
    assert data == ["data/people/content.json", "data/people/upload-0"], "only the included dataset's data travel"

    with_project_code_env(automation, "AUTOMATION_SINGLE")
    automation.create_project_from_bundle_archive(path.read_bytes())
    project = automation.get_project("SALES")
    project.activate_bundle("v1")
    assert rows_of(project.get_dataset("people")) == ROWS
    assert rows_of(project.get_dataset("doubled")) == [], "built data stay where they were built"
    run = project.get_scenario("NIGHTLY").run_and_wait(timeout=30)
    assert run is not None and run.outcome == "SUCCESS", "the bundle's scenario runs the bundle's recipe here"
    assert rows_of(project.get_dataset("doubled")) == rows_of(design_project.get_dataset("doubled"))


def test_activating_a_newer_bundle_replaces_the_flow_and_keeps_what_the_node_did(
    client: DSSClient, automation: DSSClient, automation_node: Any, tmp_path: Path
) -> None:
    design_project = flow_project(client)
    settings = design_project.get_settings()
    settings.get_raw()["bundleExporterSettings"] = {"exportOptions": {"exportUploads": True}}
    settings.save()
    with_project_code_env(automation, "AUTOMATION_SINGLE")
    automation.create_project_from_bundle_archive((bundle_file(client, tmp_path)).read_bytes())
    project = automation.get_project("SALES")
    project.activate_bundle("v1")
    nightly = project.get_scenario("NIGHTLY")
    assert (nightly.run_and_wait(timeout=30)).outcome == "SUCCESS"  # type: ignore[union-attr]
    operated = nightly.get_settings()
    operated.active = False  # an operator pauses it on this node
    operated.save()

    # v2: the recipe writes another column, the Python scenario goes, a dataset goes.
    recipe_settings = design_project.get_recipe("double").get_settings()
    recipe_settings.set_payload((recipe_settings.get_payload() or "").replace("doubled amounts", "v2 amounts"))
    recipe_settings.save()
    design_project.get_scenario("REPORT").delete()
    design_project.get_dataset("customers").delete()
    project.import_bundle_from_stream((bundle_file(client, tmp_path, "v2")).read_bytes())
    project.activate_bundle("v2", scenarios_to_enable={"REPORT": True})

    assert [s["id"] for s in project.list_scenarios()] == ["NIGHTLY"]
    assert (project.get_scenario("NIGHTLY").get_settings()).active is False, "the operator's choice stays"
    assert len(nightly.get_last_runs()) == 1, "the scenario's runs stay"
    payload = (project.get_recipe("double").get_settings()).get_payload() or ""
    assert "v2 amounts" in payload
    assert sorted(d.name for d in project.list_datasets()) == ["doubled", "orders_fr", "people"]
    assert rows_of(project.get_dataset("doubled")) != [], "the node's built rows stay"
    store = automation_node.state.extension(DataStore)
    assert store.existing("SALES", "customers") is None

    project.activate_bundle("v1", scenarios_to_enable={"NIGHTLY": True})
    assert (project.get_scenario("NIGHTLY").get_settings()).active is True, "what the activation asks wins"
    assert sorted(s["id"] for s in project.list_scenarios()) == ["NIGHTLY", "REPORT"]


def test_a_project_export_carries_the_flow_and_the_data_asked_for(client: DSSClient) -> None:
    project = flow_project(client)
    project.get_dataset("doubled").build()
    content = (project.get_export_stream({"exportAllDatasets": True})).read()
    handle = client.prepare_project_import(content)
    handle.execute({"targetProjectKey": "COPY"})
    copy = client.get_project("COPY")
    assert (flow_of(copy))["recipes"] == (flow_of(project))["recipes"]
    assert (flow_of(copy))["scenarios"].keys() == {"NIGHTLY", "REPORT"}
    assert rows_of(copy.get_dataset("people")) == ROWS
    assert rows_of(copy.get_dataset("doubled")) == rows_of(project.get_dataset("doubled"))

    bare = (project.get_export_stream()).read()
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
def test_a_bundle_with_a_broken_entry_is_refused_whole(
    client: DSSClient, automation: DSSClient, tmp_path: Path, entry: str, content: Any, message: str
) -> None:
    sales_project(client)
    path = bundle_file(client, tmp_path)
    with zipfile.ZipFile(path, "a") as archive:
        archive.writestr(entry, json.dumps(content))
    with pytest.raises(BadRequestError, match=message):
        automation.create_project_from_bundle_archive(path.read_bytes())
    assert automation.list_project_keys() == []


# -- the lifecycle of imported bundles: preload, list, delete ------------------------------------------


def test_preloading_reports_the_code_envs_the_bundle_needs(
    client: DSSClient, automation: DSSClient, tmp_path: Path
) -> None:
    sales_project(client)  # selects the code env py311
    automation.create_project_from_bundle_archive((bundle_file(client, tmp_path)).read_bytes())
    project = automation.get_project("SALES")
    report = project.preload_bundle("v1")
    assert (report["bundleId"], report["success"], report["warning"]) == ("v1", True, True)
    assert [m["severity"] for m in report["messages"]] == ["WARNING"] and "py311" in report["messages"][0]["message"]
    automation.create_code_env("PYTHON", "py311", "AUTOMATION_SINGLE")
    report = project.preload_bundle("v1")
    assert (report["warning"], [m["severity"] for m in report["messages"]]) == (False, ["INFO"])
    with pytest.raises(NotFoundError):
        project.preload_bundle("v9")


def test_imported_bundles_are_deleted_except_the_active_one(
    client: DSSClient, automation: DSSClient, automation_node: Any, tmp_path: Path
) -> None:
    sales_project(client)
    automation.create_project_from_bundle_archive((bundle_file(client, tmp_path)).read_bytes())
    project = automation.get_project("SALES")
    project.import_bundle_from_stream((bundle_file(client, tmp_path, "v2")).read_bytes())
    project.activate_bundle("v2")
    archives_before = [p for p in files_under(automation_node.workdir) if "imported" in p.parts]
    assert len(archives_before) == 2

    with pytest.raises(BadRequestError, match="active bundle"):
        project.delete_imported_bundle("v2")
    assert project.delete_imported_bundle("v1") == {}
    listed = (project.list_imported_bundles())["bundles"]
    assert [(b["bundleId"], b["active"]) for b in listed] == [("v2", True)]
    assert [p for p in files_under(automation_node.workdir) if "imported" in p.parts] == [
        p for p in archives_before if p.exists()
    ]
    assert len([p for p in archives_before if p.exists()]) == 1, "the deleted bundle's archive left the disk"
    with pytest.raises(NotFoundError):
        project.delete_imported_bundle("v1")
    with pytest.raises(NotFoundError):
        project.activate_bundle("v1")
    # A deleted bundle can be imported again.
    project.import_bundle_from_stream((tmp_path / "v1.zip").read_bytes())
    assert sorted(b["bundleId"] for b in (project.list_imported_bundles())["bundles"]) == ["v1", "v2"]


def test_the_bundle_lifecycle_is_for_automation_nodes_and_project_writers(
    client: DSSClient, automation: DSSClient, automation_node: Any, tmp_path: Path
) -> None:
    design_project = sales_project(client)
    design_project.export_bundle("v1")
    with pytest.raises(BadRequestError, match="automation nodes"):
        design_project.preload_bundle("v1")
    with pytest.raises(BadRequestError, match="automation nodes"):
        design_project.delete_imported_bundle("v1")
    automation.create_project_from_bundle_archive((bundle_file(client, tmp_path, "v2")).read_bytes())
    with DSSClient(automation_node.url, reader_key(automation_node)) as reader:
        readers_view = reader.get_project("SALES")
        with pytest.raises(PermissionDeniedError):
            readers_view.preload_bundle("v2")
        with pytest.raises(PermissionDeniedError):
            readers_view.delete_imported_bundle("v2")
    assert [b["bundleId"] for b in (automation.get_project("SALES").list_imported_bundles())["bundles"]] == ["v2"]


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
def test_the_export_options_choose_whose_data_travel(
    client: DSSClient, options: dict[str, Any], carried: list[str]
) -> None:
    project = flow_project(client)
    project.get_dataset("doubled").build()
    content = (project.get_export_stream(options)).read()
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        folders = sorted({name.split("/")[1] for name in archive.namelist() if name.startswith("data/")})
    assert folders == carried, "datasets without rows (customers, orders_fr) carry none whatever the options"


def test_a_bundle_on_the_nodes_disk_is_imported_into_a_project(
    client: DSSClient, automation: DSSClient, tmp_path: Path
) -> None:
    sales_project(client)
    automation.create_project_from_bundle_archive((bundle_file(client, tmp_path)).read_bytes())
    project = automation.get_project("SALES")
    v2 = bundle_file(client, tmp_path, "v2")
    assert project.import_bundle_from_archive(str(v2)) == {"projectKey": "SALES", "bundleId": "v2"}
    assert v2.is_file(), "the node copies the archive and leaves it where it was"
    assert sorted(b["bundleId"] for b in (project.list_imported_bundles())["bundles"]) == ["v1", "v2"]
    assert (project.activate_bundle("v2"))["success"] is True
    with pytest.raises(ConflictError):
        project.import_bundle_from_archive(str(v2))
    with pytest.raises(BadRequestError, match="No bundle archive"):
        project.import_bundle_from_archive(str(tmp_path / "missing.zip"))
    (tmp_path / "export.zip").write_bytes((client.get_project("SALES").get_export_stream()).read())
    with pytest.raises(BadRequestError, match="project export"):
        project.import_bundle_from_archive(str(tmp_path / "export.zip"))
    with pytest.raises(BadRequestError, match="automation nodes"):
        client.get_project("SALES").import_bundle_from_archive(str(v2))
