"""Conformance scenarios of the instance's content: SQL queries, project folders, exports and imports, bundles,
plugins, the project deployer, meanings, workspaces, discussions, apps, notebooks, feature store, catalog.

Each is automation code as a user writes it with dataikuapi; identifiers the emulator draws at
random (folder ids, query ids, ...) are used but never returned, so that both runs compare.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import dssclient
from dssclient.emulator import Emulator, EmulatorConfig
from tests.conformance.framework import scenario

SQL = {"sql_connections": {"warehouse": None}}


@scenario(("startSqlQuery", 400), ("startSqlQuery", 404), **SQL)
def sql_queries(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    admin.sql_query(
        "CREATE TABLE customers (id INTEGER, name TEXT, score REAL)", connection="warehouse", post_queries=["COMMIT"]
    ).verify()
    admin.sql_query(
        "INSERT INTO customers VALUES (1, 'Ada', 1.5), (2, 'tab\tand \"quotes\"\nnewline', NULL), (3, NULL, 2)",
        connection="warehouse",
        post_queries=["COMMIT"],
    ).verify()
    query = admin.sql_query("SELECT id, name, score FROM customers ORDER BY id", connection="warehouse")
    seen["schema"] = [(c["name"], c["type"]) for c in query.get_schema()]
    seen["rows"] = list(query.iter_rows())
    query.verify()
    many = reader.sql_query(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000) SELECT i, 'row ' || i FROM n",
        connection="warehouse",
    )
    rows = list(many.iter_rows())
    many.verify()
    seen["many"] = (len(rows), rows[0], rows[-1])
    for attempt in (
        lambda: admin.sql_query("SELEC nothing", connection="warehouse"),
        lambda: admin.sql_query("SELECT 1", connection="nowhere"),
    ):
        with pytest.raises(api.DataikuException) as caught:
            attempt()
        seen.setdefault("refused", []).append(str(caught.value))
    return seen


def _content_project(client: Any, key: str = "SALES") -> Any:
    project = client.create_project(key, "Sales", "admin", description="Q3", tags=["finance"])
    if "fs" not in client.list_connections():
        client.create_connection("fs", "Filesystem", {"root": "/tmp/fs"})
    project.create_dataset("customers", "Filesystem", params={"connection": "fs", "path": "c"})
    project.create_dataset("orders", "Inline")
    project.set_variables({"standard": {"threshold": 0.5}, "local": {"env": "dev"}})
    return project


def _definition(project: Any) -> Any:
    datasets = sorted(
        (d.name, project.get_dataset(d.name).get_settings().get_raw()["params"]) for d in project.list_datasets()
    )
    return {"variables": project.get_variables(), "datasets": datasets, "tags": project.get_metadata()["tags"]}


@scenario(("processProjectImport", 409), ("uploadProjectImport", 400))
def project_export_and_import(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = _content_project(admin)
    with tempfile.TemporaryDirectory() as directory:
        path = str(Path(directory) / "sales.zip")
        project.export_to_file(path)
        with open(path, "rb") as archive:
            handle = admin.prepare_project_import(archive)
        result = handle.execute({"targetProjectKey": "SALES_COPY"})
        seen["copy"] = (result["success"], _definition(admin.get_project("SALES_COPY")))
    stream = project.get_export_stream()
    streamed = admin.prepare_project_import(stream)
    stream.close()
    with pytest.raises(api.DataikuException) as caught:
        streamed.execute()  # SALES exists: refused, the import stays prepared
    seen["clash"] = str(caught.value)
    remapped = streamed.execute(
        {"targetProjectKey": "SALES_PROD", "remapping": {"connections": [{"source": "fs", "target": "fs_prod"}]}}
    )
    seen["remapped"] = (remapped["success"], _definition(admin.get_project("SALES_PROD")))
    with pytest.raises(api.DataikuException) as caught:
        admin.prepare_project_import(io.BytesIO(b"not a zip"))
    seen["not_a_zip"] = str(caught.value)
    seen["keys"] = sorted(admin.list_project_keys())
    return seen


@scenario(("getProjectFolder", 404), ("deleteProjectFolder", 400), ("createProjectSubFolder", 409))
def project_folders(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    root = admin.get_root_project_folder()
    seen["root"] = (root.id, root.name, root.get_path())
    finance = root.create_sub_folder("Finance")
    reports = finance.create_sub_folder("Reports")
    seen["path"] = reports.get_path()
    project = finance.create_project("SALES", "Sales", "admin")
    seen["located"] = project.get_project_folder().name
    finance.move_project_to("SALES", reports)
    seen["moved"] = admin.get_project_folder(reports.id).list_project_keys()
    project.move_to_folder(root)
    seen["back"] = admin.get_root_project_folder().list_project_keys()
    seen["children"] = [f.name for f in admin.get_project_folder(finance.id).list_child_folders()]
    settings = reports.get_settings()
    settings.set_name("Quarterly reports")
    settings.save()
    seen["renamed"] = admin.get_project_folder(reports.id).get_path()
    seen["parent"] = admin.get_project_folder(reports.id).get_parent().name
    reports.move_to(root)
    seen["after_move"] = admin.get_project_folder(reports.id).get_path()
    for attempt in (
        lambda: admin.get_project_folder("nowhere"),
        lambda: root.create_sub_folder("Finance"),
    ):
        with pytest.raises(api.DataikuException) as caught:
            attempt()
        seen.setdefault("refused", []).append(str(caught.value))
    finance.create_project("INSIDE", "Inside", "admin")
    with pytest.raises(api.DataikuException) as caught:
        admin.get_project_folder(finance.id).delete()
    seen["not_empty"] = "is not empty" in str(caught.value)
    admin.get_project("INSIDE").delete()
    admin.get_project_folder(finance.id).delete()
    seen["after_delete"] = [f.name for f in admin.get_root_project_folder().list_child_folders()]
    return seen


@scenario()
def bundles_from_design_to_automation(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = _content_project(admin)
    seen["made"] = project.export_bundle("v1", release_notes="First")["bundleId"]
    seen["listed"] = [b["bundleId"] for b in project.list_exported_bundles()["bundles"]]
    key = "automation-admin-key"
    with (
        tempfile.TemporaryDirectory() as directory,
        Emulator(EmulatorConfig(node_type="AUTOMATION", admin_api_key=key)) as automation_node,
    ):
        path = str(Path(directory) / "v1.zip")
        project.download_exported_bundle_archive_to_file("v1", path)
        automation = api.DSSClient(automation_node.url, key)
        with open(path, "rb") as archive:
            seen["created"] = automation.create_project_from_bundle_archive(archive)
        imported = automation.get_project("SALES")
        seen["before_activation"] = [d.name for d in imported.list_datasets()]
        seen["activation"] = imported.activate_bundle("v1")["success"]
        seen["activated"] = _definition(imported)
        refused = [(e.operation_id, e.status) for e in automation_node.request_log if e.status >= 400]
        assert not refused, f"the automation node refused what the client sent: {refused}"
    return seen


def _plugin_archive(version: str = "1.0.0") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("geo/plugin.json", json.dumps({"id": "geo", "version": version, "meta": {"label": "Geo"}}))
        parameter_set = {"params": [{"name": "endpoint", "type": "STRING", "defaultValue": "https://geo"}]}
        archive.writestr("geo/parameter-sets/creds/parameter-set.json", json.dumps(parameter_set))
        archive.writestr("geo/code-env/python/spec/requirements.txt", "requests\n")
    return buffer.getvalue()


@scenario(("installPluginFromZip", 400), ("getFutureState", 500))
def plugins(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    content = _plugin_archive()
    admin.install_plugin_from_archive(io.BytesIO(content))
    seen["listed"] = [(p["id"], p["version"]) for p in admin.list_plugins()]
    stream = admin.download_plugin_stream("geo")
    seen["same_bytes"] = b"".join(stream.iter_content(65536)) == content
    stream.close()
    plugin = admin.get_plugin("geo")
    settings = plugin.get_settings()
    preset = settings.get_parameter_set("creds").create_preset("main", with_defaults=True)
    seen["preset"] = preset.config
    settings.save()
    seen["presets"] = plugin.get_settings().get_parameter_set("creds").list_preset_names()
    seen["code_env"] = plugin.create_code_env().wait_for_result()["envName"]
    plugin.update_from_zip(io.BytesIO(_plugin_archive("1.1.0")))
    seen["updated"] = [p["version"] for p in admin.list_plugins()]
    project = admin.create_project("GEO", "Geo", "admin")
    project.create_dataset("addresses", "CustomPython_geo_geocoder")
    usages = plugin.list_usages()
    seen["usages"] = (usages.maybe_used(), [(u.project_key, u.object_id) for u in usages.usages])
    with pytest.raises(api.DataikuException) as caught:
        plugin.delete().wait_for_result()
    seen["in_use"] = str(caught.value)
    plugin.delete(force=True).wait_for_result()
    with pytest.raises(api.DataikuException) as caught:
        admin.install_plugin_from_archive(io.BytesIO(b"PK not a zip"))
    seen["bad_zip"] = str(caught.value)
    seen["store"] = admin.install_plugin_from_store("googlesheets").wait_for_result()["id"]
    seen["after"] = [p["id"] for p in admin.list_plugins()]
    return seen


@scenario(("getFutureState", 500))
def project_deployer(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = _content_project(admin)
    project.export_bundle("v1")
    seen["published"] = project.publish_bundle("v1")["publishedProjectKey"]
    deployer = admin.get_projectdeployer()
    seen["stages"] = [s["id"] for s in deployer.list_stages()]
    infra = deployer.create_infra("prod", "Production")
    deployment = deployer.create_deployment("sales-prod", "SALES", "prod", "v1")
    with pytest.raises(api.DataikuException) as caught:
        deployment.start_update().wait_for_result()
    seen["no_node"] = str(caught.value)
    settings = infra.get_settings()
    settings.get_raw()["automationNodeUrl"] = "https://automation.example.com"
    settings.save()
    seen["update"] = deployment.start_update().wait_for_result()["bundleId"]
    status = deployment.get_status()
    seen["health"] = status.get_health()
    seen["updates"] = [u.status for u in deployment.list_updates()]
    seen["last"] = deployment.get_update().logs
    seen["deployments"] = [d.id for d in deployer.list_deployments()]
    seen["project_bundles"] = [b["id"] for b in deployer.get_project("SALES").get_status().get_bundles()]
    seen["infras"] = [i.id for i in deployer.list_infras()]
    deployment.delete()
    infra.delete()
    deployer.get_project("SALES").delete()
    seen["after"] = (deployer.list_deployments(as_objects=False), deployer.list_projects(as_objects=False))
    return seen


@scenario(("createMeaning", 403))
def meanings_workspaces_discussions(admin: Any, reader: Any, api: Any) -> Any:
    from dataikuapi.dss.workspace import DSSWorkspacePermissionItem

    seen: dict[str, Any] = {}
    admin.create_meaning("country", "Country", "VALUES_LIST", values=["FR", "DE"])
    meaning = admin.get_meaning("country")
    definition = meaning.get_definition()
    definition["label"] = "Country code"
    seen["meaning"] = meaning.set_definition(definition)["label"]
    seen["meanings"] = [m["id"] for m in reader.list_meanings()]
    with pytest.raises(api.DataikuException) as caught:
        reader.create_meaning("x", "X", "DECLARATIVE")
    seen["reader_meaning"] = str(caught.value)

    project = _content_project(admin)
    workspace = admin.create_workspace(
        "TEAM", "Team", permissions=[DSSWorkspacePermissionItem.member_user("reader")], color="#123456"
    )
    workspace.add_object(project.get_dataset("customers"))
    workspace.add_object({"htmlLink": {"name": "Wiki", "url": "https://wiki", "description": ""}})
    seen["objects"] = [o.get_raw().get("displayName") for o in workspace.list_objects()]
    workspace.list_objects()[1].remove()
    settings = workspace.get_settings()
    settings.description = "Shared"
    settings.save()
    seen["workspace"] = (settings.display_name, settings.color, workspace.get_settings().description)
    seen["reader_sees"] = [w["workspaceKey"] for w in reader.list_workspaces()]

    discussions = admin.get_object_discussions("SALES", "DATASET", "customers")
    discussion = discussions.create_discussion("Duplicates?", "Rows look alike")
    discussion.add_reply("Fixed")
    metadata = discussion.get_metadata()
    metadata["topic"] = "Duplicates (solved)"
    discussion.set_metadata(metadata)
    (listed,) = discussions.list_discussions()
    seen["discussion"] = (
        listed.get_metadata()["topic"],
        [(r.get_author(), r.get_text()) for r in listed.get_replies()],
    )
    workspace.delete()
    return seen


@scenario(running_notebooks=[{"projectKey": "LAB", "name": "explore"}], **SQL)
def apps_notebooks_feature_store_catalog(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    template = admin.create_project("FORECAST", "Forecast", "admin")
    template.create_dataset("history", "Inline")
    settings = template.get_settings()
    settings.get_raw()["projectAppType"] = "APP_TEMPLATE"
    settings.save()
    seen["apps"] = [a["appId"] for a in admin.list_apps()]
    app = admin.get_app("PROJECT_FORECAST")
    manifest = app.get_manifest()
    manifest.get_raw()["homepageSections"] = [{"tiles": [{"type": "SCENARIO_RUN", "scenarioId": "BUILD"}]}]
    manifest.save()
    instance = app.create_instance("FORECAST_EU", "Forecast EU")
    seen["instance"] = (
        app.list_instance_keys(),
        [d.name for d in instance.get_as_project().list_datasets()],
        instance.get_manifest().get_runnable_scenarios(),
    )
    random.seed(7)  # the temporary instance's random key, alike in both runs
    with app.create_temporary_instance() as temporary:
        seen["temporary_listed"] = temporary.project_key in app.list_instance_keys()
    seen["after_temporary"] = app.list_instance_keys()

    admin.create_project("LAB", "Lab", "admin")
    (notebook,) = admin.list_running_notebooks()
    seen["notebook"] = (notebook.project_key, notebook.notebook_name, len(notebook.get_sessions()))
    seen["unloaded"] = notebook.unload()["activeSessions"]
    seen["running_after"] = admin.list_running_notebooks()

    dataset = template.get_dataset("history")
    dataset_settings = dataset.get_settings()
    dataset_settings.get_raw()["featureGroup"] = True
    dataset_settings.save()
    seen["feature_groups"] = [g.id for g in admin.get_feature_store().list_feature_groups()]
    state = admin.catalog_index_connections(["warehouse"])
    seen["catalog"] = state["payload"]["connectionNames"]
    return seen


@contextlib.contextmanager
def _stable_directory(name: str) -> Iterator[Path]:
    """A scratch directory at the same path in both runs of a scenario: the clients send its path."""
    directory = Path(tempfile.gettempdir()) / f"dssclient-conformance-{name}-{os.getpid()}"
    shutil.rmtree(directory, ignore_errors=True)
    directory.mkdir()
    try:
        yield directory
    finally:
        shutil.rmtree(directory, ignore_errors=True)


def _plugin_repository(directory: Path, version: str) -> str:
    """A "Git repository" of a development plugin, as the emulator reaches one: a local directory."""
    repository = directory / "tools-plugin"
    (repository / "code-env" / "python" / "spec").mkdir(parents=True, exist_ok=True)
    (repository / "plugin.json").write_text(json.dumps({"id": "tools", "version": version, "meta": {"label": "Tools"}}))
    (repository / "code-env" / "python" / "spec" / "requirements.txt").write_text("pandas\n")
    return str(repository)


@scenario(("getFutureState", 500))
def plugin_updates_from_git_store_and_archive(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    with _stable_directory("git") as directory:
        repository = _plugin_repository(directory, "0.1.0")
        installed = admin.install_plugin_from_git(repository, checkout="main").wait_for_result()
        seen["git"] = (installed["id"], installed["version"], installed["isDev"], installed["installedFrom"])
        plugin = admin.get_plugin("tools")
        with pytest.raises(api.DataikuException) as caught:
            plugin.update_code_env().wait_for_result()
        seen["no_env_yet"] = str(caught.value)
        env_name = plugin.create_code_env().wait_for_result()["envName"]
        seen["env"] = (env_name, plugin.update_code_env().wait_for_result()["envName"])
        _plugin_repository(directory, "0.2.0")
        seen["git_update"] = plugin.update_from_git(repository, checkout="main").wait_for_result()["version"]

    admin.install_plugin_from_store("geocoder").wait_for_result()
    seen["store_update"] = admin.get_plugin("geocoder").update_from_store().wait_for_result()["version"]

    installed = admin.start_install_plugin_from_archive(io.BytesIO(_plugin_archive())).wait_for_result()
    seen["zip_install"] = (installed["id"], installed["version"])
    admin.create_project("GEO", "Geo", "admin")
    project_settings = admin.get_plugin("geo").get_project_settings("GEO")
    project_settings.get_raw()["presets"] = [{"name": "eu", "type": "parameter-set-geo-creds", "config": {"k": "é"}}]
    project_settings.start_save().wait_for_result()
    seen["project_presets"] = admin.get_plugin("geo").get_project_settings("GEO").get_raw()["presets"]
    future = admin.get_plugin("geo").start_update_from_zip(io.BytesIO(_plugin_archive("2.0.0")))
    seen["zip_update"] = future.wait_for_result()["version"]
    seen["listed"] = sorted((p["id"], p["version"], p["installedFrom"]) for p in admin.list_plugins())
    return seen


@scenario(("uploadPublishedProjectBundle", 400))
def project_deployer_projects_and_uploaded_bundles(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = _content_project(admin)
    project.export_bundle("v1")
    deployer = admin.get_projectdeployer()
    published = deployer.create_project("SALES_PUBLISHED")
    seen["created"] = published.project_key
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "v1.zip"
        project.download_exported_bundle_archive_to_file("v1", str(path))
        with path.open("rb") as archive:
            deployer.upload_bundle(archive, project_key="SALES_PUBLISHED")
        with path.open("rb") as archive:
            deployer.upload_bundle(archive)
        with pytest.raises(api.DataikuException) as caught:
            deployer.upload_bundle(io.BytesIO(b"not a bundle"), project_key="SALES_PUBLISHED")
        seen["bad_bundle"] = str(caught.value)
    seen["bundles"] = {
        key: [b["id"] for b in deployer.get_project(key).get_status().get_bundles()]
        for key in ("SALES_PUBLISHED", "SALES")
    }
    seen["projects"] = sorted(p.project_key for p in deployer.list_projects())
    return seen


@scenario(running_notebooks=[{"projectKey": "LAB", "name": "explore"}])
def project_folder_defaults_and_notebook_state(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    root = admin.get_root_project_folder()
    team = root.create_sub_folder("Team")
    seen["admin_default"] = root.get_default_folder_for_project_creation().name
    seen["team_default"] = team.get_default_folder_for_project_creation().name
    seen["reader_default"] = reader.get_project_folder(team.id).get_default_folder_for_project_creation().name
    admin.create_project("LAB", "Lab", "admin")
    (listed,) = admin.list_running_notebooks()
    # A notebook handle built from its name reads its state on first use.
    fresh = type(listed)(admin, "LAB", "explore")
    state = fresh.get_state()
    seen["state"] = (state.get("name"), state.get("projectKey"), len(fresh.get_sessions()))
    return seen


@scenario()
def project_deployer_settings_updates_and_bundle_archives(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = _content_project(admin)
    for bundle_id in ("v1", "v2", "v3"):
        project.export_bundle(bundle_id)
    project.delete_exported_bundle("v3")
    seen["exported"] = [b["bundleId"] for b in project.list_exported_bundles()["bundles"]]
    project.publish_bundle("v1")
    project.publish_bundle("v2")
    deployer = admin.get_projectdeployer()
    published = deployer.get_project("SALES")
    settings = published.get_settings()
    settings.get_raw()["owner"] = "admin"
    settings.get_raw()["extra"] = {"ünïcode": ["ok", 1]}
    settings.save()
    seen["published_settings"] = {k: published.get_settings().get_raw().get(k) for k in ("owner", "extra")}
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "v1.zip"
        published.download_bundle_to_file("v1", str(path))
        with zipfile.ZipFile(path) as archive:
            seen["archive_has_entries"] = bool(archive.namelist())
    stream = published.get_bundle_stream("v2")
    seen["v2_is_zip"] = zipfile.is_zipfile(io.BytesIO(b"".join(stream.iter_content(65536))))
    stream.close()
    published.delete_bundle("v2")
    seen["bundles"] = [b["id"] for b in published.get_status().get_bundles()]

    infra = deployer.create_infra("prod", "Production")
    infra_settings = infra.get_settings()
    infra_settings.get_raw()["automationNodeUrl"] = "https://automation.example.com"
    infra_settings.save()
    infra_status = infra.get_status().get_raw()
    seen["infra"] = (infra.get_settings().get_raw()["automationNodeUrl"], infra_status["infraBasicInfo"]["stage"])
    deployment = deployer.create_deployment("sales-prod", "SALES", "prod", "v1")
    deployment_settings = deployment.get_settings()
    seen["deployment"] = (deployment_settings.bundle_id, deployment_settings.published_project_key)
    deployment_settings.get_raw()["tags"] = ["nightly"]
    deployment_settings.save()
    seen["tags"] = deployment.get_settings().get_raw().get("tags")
    deployment.start_update().wait_for_result()
    (update,) = deployment.list_updates()
    full = update.get_full_update()
    seen["update"] = (full.status, sorted(full.get_raw()))
    seen["deployed_on_infra"] = [d["id"] for d in infra.get_status().get_raw()["deployments"]]
    return seen


def _bundle_archives(directory: Path) -> dict[str, Path]:
    """Bundles exported on a design node: SALES v1 and v2, HR v1."""
    archives: dict[str, Path] = {}
    with Emulator(EmulatorConfig(admin_api_key="design-admin-key")) as design_node:
        design = dssclient.DSSClient(design_node.url, "design-admin-key")
        for key, bundles in (("SALES", ("v1", "v2")), ("HR", ("v1",))):
            project = _content_project(design, key)
            for bundle_id in bundles:
                project.export_bundle(bundle_id)
                archives[f"{key}-{bundle_id}"] = directory / f"{key}-{bundle_id}.zip"
                project.download_exported_bundle_archive_to_file(bundle_id, str(archives[f"{key}-{bundle_id}"]))
    return archives


@scenario(("createProjectFromBundle", 409), node_type="AUTOMATION")
def bundles_on_an_automation_node(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    with _stable_directory("bundles") as directory:
        archives = _bundle_archives(directory)
        with archives["SALES-v1"].open("rb") as archive:
            admin.create_project_from_bundle_archive(archive)
        sales = admin.get_project("SALES")
        with archives["SALES-v2"].open("rb") as archive:
            sales.import_bundle_from_stream(archive)
        seen["imported"] = sorted(b["bundleId"] for b in sales.list_imported_bundles()["bundles"])
        seen["activated"] = sales.activate_bundle("v2")["success"]
        with archives["SALES-v1"].open("rb") as archive, pytest.raises(api.DataikuException) as caught:
            admin.create_project_from_bundle_archive(archive)
        seen["again"] = str(caught.value)
        # The archive is read by the node itself, from its own disk.
        admin.create_project_from_bundle_local_archive(str(archives["HR-v1"]))
        seen["projects"] = sorted(admin.list_project_keys())
    return seen


def _flow_bundles(directory: Path) -> dict[str, Path]:
    """Bundles of a project with a flow (a Python recipe, a scenario with a step and a trigger): v1, v2."""
    archives: dict[str, Path] = {}
    with Emulator(EmulatorConfig(admin_api_key="design-admin-key")) as design_node:
        design = dssclient.DSSClient(design_node.url, "design-admin-key")
        project = _content_project(design)
        builder = design.get_project("SALES").new_recipe("python", "copy").with_input("orders")
        builder.with_script("import dataiku\n").with_new_output_dataset("orders_copy", "filesystem_managed")
        builder.create()
        scenario = project.create_scenario("Nightly", "step_based", definition={"id": "NIGHTLY"})
        settings = scenario.get_settings()
        settings.raw_steps.append({"id": "build", "type": "build_flowitem", "params": {"builds": []}})
        settings.add_daily_trigger(hour=2)
        settings.save()
        for bundle_id in ("v1", "v2"):
            project.export_bundle(bundle_id)
            archives[bundle_id] = directory / f"{bundle_id}.zip"
            project.download_exported_bundle_archive_to_file(bundle_id, str(archives[bundle_id]))
    return archives


@scenario(("deleteImportedBundle", 400), ("preloadBundle", 404), node_type="AUTOMATION")
def bundle_lifecycle_on_an_automation_node(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    with _stable_directory("bundle-lifecycle") as directory:
        archives = _flow_bundles(directory)
        with archives["v1"].open("rb") as archive:
            admin.create_project_from_bundle_archive(archive)
        sales = admin.get_project("SALES")
        # The archive is read by the node itself, from its own disk.
        seen["imported"] = sales.import_bundle_from_archive(str(archives["v2"]))
        seen["preloaded"] = sales.preload_bundle("v2")
        seen["activated"] = sales.activate_bundle("v2", scenarios_to_enable={"NIGHTLY": True})["success"]
        seen["recipes"] = [r.name for r in sales.list_recipes()]
        nightly = sales.get_scenario("NIGHTLY").get_settings()
        seen["scenario"] = (nightly.active, [t["type"] for t in nightly.raw_triggers], len(nightly.raw_steps))
        with pytest.raises(api.DataikuException) as caught:
            sales.delete_imported_bundle("v2")
        seen["active_refused"] = str(caught.value)
        seen["deleted"] = sales.delete_imported_bundle("v1")
        seen["left"] = [(b["bundleId"], b["active"]) for b in sales.list_imported_bundles()["bundles"]]
        with pytest.raises(api.DataikuException) as caught:
            sales.preload_bundle("v1")
        seen["gone"] = str(caught.value)
    return seen
