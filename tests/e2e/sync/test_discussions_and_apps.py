# Derived from tests/e2e/aio/test_discussions_and_apps.py by scripts/unasync.py: do not edit.
"""Discussions, apps, running notebooks, the feature store and catalog indexing, end to end on the emulator."""

from __future__ import annotations

from typing import Any

import pytest

from dssclient import (
    BadRequestError,
    DSSClient,
    DSSFuture,
    FutureFailedError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.dss.app import DSSApp, DSSAppInstance, DSSAppListItem, DSSAppManifest
from dssclient.dss.discussion import DSSDiscussion, DSSDiscussionReply, DSSObjectDiscussions
from dssclient.dss.feature_store import DSSFeatureGroupListItem
from dssclient.dss.notebook import DSSNotebook
from tests.conftest import FAST_POLLING, admin_key, reader_key, sent_bodies

# -- discussions -----------------------------------------------------------------------------------------


def test_a_discussion_is_started_replied_to_and_edited(client: DSSClient, reader_client: DSSClient) -> None:
    project = client.create_project(
        "SALES", "Sales", "admin", permissions=[{"user": "reader", "readProjectContent": True}]
    )
    project.create_dataset("customers", "Inline")
    discussions = client.get_object_discussions("SALES", "DATASET", "customers")
    assert isinstance(discussions, DSSObjectDiscussions)
    started = discussions.create_discussion("Duplicated rows?", "Rows 3 and 4 look alike")
    assert isinstance(started, DSSDiscussion)
    reader_client.get_object_discussions("SALES", "DATASET", "customers").get_discussion(started.discussion_id)
    as_reader = reader_client.get_object_discussions("SALES", "DATASET", "customers").get_discussion(
        started.discussion_id
    )
    as_reader.add_reply("Fixed upstream é")

    (listed,) = discussions.list_discussions()
    assert listed.get_metadata()["topic"] == "Duplicated rows?" and "replies" not in listed.discussion_data
    replies = listed.get_replies()
    assert all(isinstance(reply, DSSDiscussionReply) for reply in replies)
    assert [(r.get_author(), r.get_text()) for r in replies] == [
        ("admin", "Rows 3 and 4 look alike"),
        ("reader", "Fixed upstream é"),
    ]
    assert replies[0].get_timestamp() <= replies[1].get_timestamp() and replies[1].get_edited_timestamp() is None

    metadata = listed.get_metadata()
    metadata["topic"] = "Duplicated rows (solved)"
    metadata["closedOn"] = 1700000000000
    listed.set_metadata(metadata)
    reread = discussions.get_discussion(started.discussion_id)
    assert reread.get_metadata()["topic"] == "Duplicated rows (solved)"
    assert reread.get_metadata()["closedOn"] == 1700000000000
    assert len(reread.get_replies()) == 2, "editing the metadata keeps the replies"


def test_discussions_are_about_objects_that_exist(client: DSSClient, reader_client: DSSClient) -> None:
    project = client.create_project("SALES", "Sales", "admin")
    project.create_dataset("customers", "Inline")
    client.get_object_discussions("SALES", "PROJECT", "SALES").create_discussion("About the project", "Hi")
    client.get_object_discussions("SALES", "RECIPE", "compute_x").create_discussion("About a recipe", "Hi")
    with pytest.raises(NotFoundError):
        client.get_object_discussions("SALES", "DATASET", "missing").create_discussion("t", "m")
    with pytest.raises(BadRequestError, match="Unknown object type"):
        client.get_object_discussions("SALES", "SPACESHIP", "x").list_discussions()
    with pytest.raises(NotFoundError):
        client.get_object_discussions("SALES", "DATASET", "customers").get_discussion("nope")
    with pytest.raises(PermissionDeniedError):
        reader_client.get_object_discussions("SALES", "PROJECT", "SALES").list_discussions()
    assert client.get_object_discussions("SALES", "DATASET", "customers").list_discussions() == []


# -- apps ---------------------------------------------------------------------------------------------------


def app_template(client: DSSClient) -> DSSApp:
    project = client.create_project("FORECAST", "Forecast", "admin", tags=["finance"])
    project.create_dataset("history", "Inline")
    project.set_variables({"standard": {"horizon": 12}, "local": {}})
    settings = project.get_settings()
    settings.get_raw()["projectAppType"] = "APP_TEMPLATE"
    settings.save()
    return client.get_app("PROJECT_FORECAST")


def test_a_project_made_a_template_is_an_app_with_a_manifest(client: DSSClient) -> None:
    client.create_project("PLAIN", "Plain", "admin")
    app = app_template(client)
    (item,) = client.list_apps()
    assert isinstance(item, DSSAppListItem) and item["appId"] == "PROJECT_FORECAST"
    assert item.tags == ["finance"] and item.to_app().app_id == "PROJECT_FORECAST"
    (handle,) = client.list_apps(as_type="objects")
    assert isinstance(handle, DSSApp) and handle.app_id == "PROJECT_FORECAST"

    manifest = app.get_manifest()
    assert isinstance(manifest, DSSAppManifest) and manifest.project_key == "FORECAST"
    manifest.get_raw()["homepageSections"] = [
        {"tiles": [{"type": "SCENARIO_RUN", "scenarioId": "BUILD"}, {"type": "DATASET_DOWNLOAD", "datasetName": "x"}]}
    ]
    manifest.save()
    reread = app.get_manifest()
    assert reread.get_runnable_scenarios() == ["BUILD"] and len(reread.get_all_actions()) == 2
    project_manifest = client.get_project("FORECAST").get_app_manifest()
    assert project_manifest.get_raw() == reread.get_raw()
    with pytest.raises(NotFoundError):
        client.get_app("PROJECT_PLAIN").get_manifest()
    with pytest.raises(BadRequestError, match="neither an app"):
        client.get_project("PLAIN").get_app_manifest()


def test_instances_are_projects_made_from_the_template(client: DSSClient, dss_emulator: Any) -> None:
    app = app_template(client)
    instance = app.create_instance("FORECAST_EU", "Forecast for Europe")
    assert isinstance(instance, DSSAppInstance)
    assert sent_bodies(dss_emulator, "createAppInstance") == [
        {"targetProjectKey": "FORECAST_EU", "targetProjectName": "Forecast for Europe", "isTemporaryAppInstance": False}
    ]
    project = instance.get_as_project()
    assert [d.name for d in project.list_datasets()] == ["history"]
    assert (project.get_variables())["standard"] == {"horizon": 12}
    assert (project.get_summary())["name"] == "Forecast for Europe"
    instance_manifest = instance.get_manifest()
    assert instance_manifest.get_raw() == (app.get_manifest()).get_raw()
    with pytest.raises(ValueError, match="cannot be saved"):
        instance_manifest.save()

    future = app.create_instance("FORECAST_US", "US", wait=False)
    assert isinstance(future, DSSFuture)
    future.wait_for_result(timeout=10)
    assert sorted(app.list_instance_keys()) == ["FORECAST_EU", "FORECAST_US"]
    assert app.get_instance("FORECAST_US").project_key == "FORECAST_US"
    with pytest.raises(FutureFailedError, match="already exists"):
        app.create_instance("FORECAST_EU", "Again")
    with pytest.raises(NotFoundError):
        client.get_app("PROJECT_NOPE").create_instance("X", "X")


def test_a_temporary_instance_is_gone_after_its_block(client: DSSClient) -> None:
    app = app_template(client)
    key = app.make_random_project_key()
    assert key.startswith("PROJECT_FORECAST_tmp_") and len(key) == len("PROJECT_FORECAST_tmp_") + 10
    with app.create_temporary_instance() as temporary:
        assert temporary.project_key in client.list_project_keys()
        (listed,) = app.list_instances()
        assert listed["isTemporaryAppInstance"] is True
    assert app.list_instance_keys() == []
    assert client.list_project_keys() == ["FORECAST"]


# -- notebooks ----------------------------------------------------------------------------------------------


def test_running_notebooks_are_listed_and_their_sessions_stopped(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(
        running_notebooks=[
            {"projectKey": "LAB", "name": "explore"},
            {"projectKey": "LAB", "name": "idle", "activeSessions": []},
        ]
    )
    with DSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        client.create_project("LAB", "Lab", "admin")
        (notebook,) = client.list_running_notebooks()
        assert isinstance(notebook, DSSNotebook) and notebook.notebook_name == "explore"
        (session,) = notebook.get_sessions()
        assert session["sessionCreator"] == "admin" and session["kernelExecutionState"] == "idle"
        (raw,) = client.list_running_notebooks(as_objects=False)
        assert raw["projectKey"] == "LAB"
        fresh = DSSNotebook(client, "LAB", "explore")
        assert (fresh.get_state())["activeSessions"][0]["sessionId"] == session["sessionId"]
        assert fresh.get_object_discussions().object_type == "JUPYTER_NOTEBOOK"

        state = notebook.unload()
        assert state["activeSessions"] == [] and client.list_running_notebooks() == []
        with pytest.raises(RuntimeError, match="isn't running"):
            notebook.unload()
        with pytest.raises(RuntimeError, match="isn't running"):
            DSSNotebook(client, "LAB", "x").get_sessions()
        with pytest.raises(NotFoundError):
            DSSNotebook(client, "LAB", "missing").get_state()
    with DSSClient(emulator.url, reader_key(emulator)) as reader:
        with pytest.raises(PermissionDeniedError):
            reader.list_running_notebooks()


def test_a_notebook_with_several_sessions_needs_a_session_id(client: DSSClient, dss_emulator: Any) -> None:
    from dssclient.emulator.models.notebooks_and_apps import Notebooks

    client.create_project("LAB", "Lab", "admin")
    with dss_emulator.state.lock:
        notebooks = dss_emulator.state.extension(Notebooks)
        first = notebooks.start_session("LAB", "shared", "admin")
        notebooks.start_session("LAB", "shared", "reader")
    (notebook,) = client.list_running_notebooks()
    with pytest.raises(ValueError, match="several sessions"):
        notebook.unload()
    state = notebook.unload(first["sessionId"])
    assert [s["sessionCreator"] for s in state["activeSessions"]] == ["reader"]
    with pytest.raises(NotFoundError):
        DSSNotebook(client, "LAB", "shared", {"activeSessions": [first]}).unload()


# -- feature store and catalog -------------------------------------------------------------------------------


def test_feature_groups_are_the_datasets_flagged_so_that_the_caller_may_read(
    client: DSSClient, reader_client: DSSClient
) -> None:
    mine = client.create_project("MINE", "Mine", "reader")
    theirs = client.create_project("THEIRS", "Theirs", "admin")
    for project in (mine, theirs):
        flagged = project.create_dataset("features", "Inline")
        settings = flagged.get_settings()
        settings.get_raw()["featureGroup"] = True
        settings.save()
        project.create_dataset("plain", "Inline")
    groups = client.get_feature_store().list_feature_groups()
    assert all(isinstance(group, DSSFeatureGroupListItem) for group in groups)
    assert [group.id for group in groups] == ["MINE.features", "THEIRS.features"]
    assert (groups[0].get_as_dataset().get_settings()).get_raw()["featureGroup"] is True
    assert [g.id for g in reader_client.get_feature_store().list_feature_groups()] == ["MINE.features"]


def test_catalog_indexing_runs_on_known_connections(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(sql_connections={"warehouse": None, "lake": None})
    with DSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        state = client.catalog_index_connections(["warehouse"])
        result = DSSFuture.from_resp(client, state).wait_for_result(timeout=10)
        assert result == {"indexedConnections": [{"connection": "warehouse", "indexingMode": "FULL"}]}
        everything = client.catalog_index_connections(all_connections=True, indexing_mode="INCREMENTAL")
        indexed = DSSFuture.from_resp(client, everything).wait_for_result(timeout=10)
        indexed_names = [i["connection"] for i in indexed["indexedConnections"]]
        assert indexed_names[:2] == ["warehouse", "lake"] and "filesystem_managed" in indexed_names
        assert sent_bodies(emulator, "indexCatalogConnections")[0] == {
            "connectionNames": ["warehouse"],
            "indexAllConnections": False,
            "indexingMode": "FULL",
        }
        with pytest.raises(NotFoundError, match="nowhere"):
            client.catalog_index_connections(["nowhere"])
        with pytest.raises(BadRequestError, match="indexing mode"):
            client.catalog_index_connections(["warehouse"], indexing_mode="SOMETIMES")
    with DSSClient(emulator.url, reader_key(emulator)) as reader:
        with pytest.raises(PermissionDeniedError):
            reader.catalog_index_connections(["warehouse"])
