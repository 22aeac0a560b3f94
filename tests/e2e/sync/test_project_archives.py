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
from dssclient.dssclient import TemporaryImportHandle
from tests.conftest import FAST_POLLING, admin_key, sent_bodies


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
