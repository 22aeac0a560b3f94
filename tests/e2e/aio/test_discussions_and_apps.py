"""Discussions, apps, running notebooks, the feature store and catalog indexing, end to end on the emulator."""

from __future__ import annotations

from typing import Any

import pytest

from dssclient import (
    AsyncDSSClient,
    AsyncDSSFuture,
    BadRequestError,
    FutureFailedError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.aio.dss.app import AsyncDSSApp, AsyncDSSAppInstance, AsyncDSSAppListItem, AsyncDSSAppManifest
from dssclient.aio.dss.discussion import AsyncDSSDiscussion, AsyncDSSObjectDiscussions, DSSDiscussionReply
from dssclient.aio.dss.feature_store import AsyncDSSFeatureGroupListItem
from dssclient.aio.dss.notebook import AsyncDSSNotebook
from tests.conftest import FAST_POLLING, admin_key, reader_key, sent_bodies

pytestmark = pytest.mark.anyio  # unasync: remove


# -- discussions -----------------------------------------------------------------------------------------


async def test_a_discussion_is_started_replied_to_and_edited(
    client: AsyncDSSClient, reader_client: AsyncDSSClient
) -> None:
    project = await client.create_project(
        "SALES", "Sales", "admin", permissions=[{"user": "reader", "readProjectContent": True}]
    )
    await project.create_dataset("customers", "Inline")
    discussions = client.get_object_discussions("SALES", "DATASET", "customers")
    assert isinstance(discussions, AsyncDSSObjectDiscussions)
    started = await discussions.create_discussion("Duplicated rows?", "Rows 3 and 4 look alike")
    assert isinstance(started, AsyncDSSDiscussion)
    await reader_client.get_object_discussions("SALES", "DATASET", "customers").get_discussion(started.discussion_id)
    as_reader = await reader_client.get_object_discussions("SALES", "DATASET", "customers").get_discussion(
        started.discussion_id
    )
    await as_reader.add_reply("Fixed upstream é")

    (listed,) = await discussions.list_discussions()
    assert listed.get_metadata()["topic"] == "Duplicated rows?" and "replies" not in listed.discussion_data
    replies = await listed.get_replies()
    assert all(isinstance(reply, DSSDiscussionReply) for reply in replies)
    assert [(r.get_author(), r.get_text()) for r in replies] == [
        ("admin", "Rows 3 and 4 look alike"),
        ("reader", "Fixed upstream é"),
    ]
    assert replies[0].get_timestamp() <= replies[1].get_timestamp() and replies[1].get_edited_timestamp() is None

    metadata = listed.get_metadata()
    metadata["topic"] = "Duplicated rows (solved)"
    metadata["closedOn"] = 1700000000000
    await listed.set_metadata(metadata)
    reread = await discussions.get_discussion(started.discussion_id)
    assert reread.get_metadata()["topic"] == "Duplicated rows (solved)"
    assert reread.get_metadata()["closedOn"] == 1700000000000
    assert len(await reread.get_replies()) == 2, "editing the metadata keeps the replies"


async def test_discussions_are_about_objects_that_exist(client: AsyncDSSClient, reader_client: AsyncDSSClient) -> None:
    project = await client.create_project("SALES", "Sales", "admin")
    await project.create_dataset("customers", "Inline")
    await client.get_object_discussions("SALES", "PROJECT", "SALES").create_discussion("About the project", "Hi")
    await client.get_object_discussions("SALES", "RECIPE", "compute_x").create_discussion("About a recipe", "Hi")
    with pytest.raises(NotFoundError):
        await client.get_object_discussions("SALES", "DATASET", "missing").create_discussion("t", "m")
    with pytest.raises(BadRequestError, match="Unknown object type"):
        await client.get_object_discussions("SALES", "SPACESHIP", "x").list_discussions()
    with pytest.raises(NotFoundError):
        await client.get_object_discussions("SALES", "DATASET", "customers").get_discussion("nope")
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_object_discussions("SALES", "PROJECT", "SALES").list_discussions()
    assert await client.get_object_discussions("SALES", "DATASET", "customers").list_discussions() == []


# -- apps ---------------------------------------------------------------------------------------------------


async def app_template(client: AsyncDSSClient) -> AsyncDSSApp:
    project = await client.create_project("FORECAST", "Forecast", "admin", tags=["finance"])
    await project.create_dataset("history", "Inline")
    await project.set_variables({"standard": {"horizon": 12}, "local": {}})
    settings = await project.get_settings()
    settings.get_raw()["projectAppType"] = "APP_TEMPLATE"
    await settings.save()
    return client.get_app("PROJECT_FORECAST")


async def test_a_project_made_a_template_is_an_app_with_a_manifest(client: AsyncDSSClient) -> None:
    await client.create_project("PLAIN", "Plain", "admin")
    app = await app_template(client)
    (item,) = await client.list_apps()
    assert isinstance(item, AsyncDSSAppListItem) and item["appId"] == "PROJECT_FORECAST"
    assert item.tags == ["finance"] and item.to_app().app_id == "PROJECT_FORECAST"
    (handle,) = await client.list_apps(as_type="objects")
    assert isinstance(handle, AsyncDSSApp) and handle.app_id == "PROJECT_FORECAST"

    manifest = await app.get_manifest()
    assert isinstance(manifest, AsyncDSSAppManifest) and manifest.project_key == "FORECAST"
    manifest.get_raw()["homepageSections"] = [
        {"tiles": [{"type": "SCENARIO_RUN", "scenarioId": "BUILD"}, {"type": "DATASET_DOWNLOAD", "datasetName": "x"}]}
    ]
    await manifest.save()
    reread = await app.get_manifest()
    assert reread.get_runnable_scenarios() == ["BUILD"] and len(reread.get_all_actions()) == 2
    project_manifest = await client.get_project("FORECAST").get_app_manifest()
    assert project_manifest.get_raw() == reread.get_raw()
    with pytest.raises(NotFoundError):
        await client.get_app("PROJECT_PLAIN").get_manifest()
    with pytest.raises(BadRequestError, match="neither an app"):
        await client.get_project("PLAIN").get_app_manifest()


async def test_instances_are_projects_made_from_the_template(client: AsyncDSSClient, dss_emulator: Any) -> None:
    app = await app_template(client)
    instance = await app.create_instance("FORECAST_EU", "Forecast for Europe")
    assert isinstance(instance, AsyncDSSAppInstance)
    assert sent_bodies(dss_emulator, "createAppInstance") == [
        {"targetProjectKey": "FORECAST_EU", "targetProjectName": "Forecast for Europe", "isTemporaryAppInstance": False}
    ]
    project = instance.get_as_project()
    assert [d.name for d in await project.list_datasets()] == ["history"]
    assert (await project.get_variables())["standard"] == {"horizon": 12}
    assert (await project.get_summary())["name"] == "Forecast for Europe"
    instance_manifest = await instance.get_manifest()
    assert instance_manifest.get_raw() == (await app.get_manifest()).get_raw()
    with pytest.raises(ValueError, match="cannot be saved"):
        await instance_manifest.save()

    future = await app.create_instance("FORECAST_US", "US", wait=False)
    assert isinstance(future, AsyncDSSFuture)
    await future.wait_for_result(timeout=10)
    assert sorted(await app.list_instance_keys()) == ["FORECAST_EU", "FORECAST_US"]
    assert app.get_instance("FORECAST_US").project_key == "FORECAST_US"
    with pytest.raises(FutureFailedError, match="already exists"):
        await app.create_instance("FORECAST_EU", "Again")
    with pytest.raises(NotFoundError):
        await client.get_app("PROJECT_NOPE").create_instance("X", "X")


async def test_a_temporary_instance_is_gone_after_its_block(client: AsyncDSSClient) -> None:
    app = await app_template(client)
    key = app.make_random_project_key()
    assert key.startswith("PROJECT_FORECAST_tmp_") and len(key) == len("PROJECT_FORECAST_tmp_") + 10
    async with await app.create_temporary_instance() as temporary:
        assert temporary.project_key in await client.list_project_keys()
        (listed,) = await app.list_instances()
        assert listed["isTemporaryAppInstance"] is True
    assert await app.list_instance_keys() == []
    assert await client.list_project_keys() == ["FORECAST"]


# -- notebooks ----------------------------------------------------------------------------------------------


async def test_running_notebooks_are_listed_and_their_sessions_stopped(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(
        running_notebooks=[
            {"projectKey": "LAB", "name": "explore"},
            {"projectKey": "LAB", "name": "idle", "activeSessions": []},
        ]
    )
    async with AsyncDSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        await client.create_project("LAB", "Lab", "admin")
        (notebook,) = await client.list_running_notebooks()
        assert isinstance(notebook, AsyncDSSNotebook) and notebook.notebook_name == "explore"
        (session,) = notebook.get_sessions()
        assert session["sessionCreator"] == "admin" and session["kernelExecutionState"] == "idle"
        (raw,) = await client.list_running_notebooks(as_objects=False)
        assert raw["projectKey"] == "LAB"
        fresh = AsyncDSSNotebook(client, "LAB", "explore")
        assert (await fresh.get_state())["activeSessions"][0]["sessionId"] == session["sessionId"]
        assert fresh.get_object_discussions().object_type == "JUPYTER_NOTEBOOK"

        state = await notebook.unload()
        assert state["activeSessions"] == [] and await client.list_running_notebooks() == []
        with pytest.raises(RuntimeError, match="isn't running"):
            await notebook.unload()
        with pytest.raises(RuntimeError, match="isn't running"):
            AsyncDSSNotebook(client, "LAB", "x").get_sessions()
        with pytest.raises(NotFoundError):
            await AsyncDSSNotebook(client, "LAB", "missing").get_state()
    async with AsyncDSSClient(emulator.url, reader_key(emulator)) as reader:
        with pytest.raises(PermissionDeniedError):
            await reader.list_running_notebooks()


async def test_a_notebook_with_several_sessions_needs_a_session_id(client: AsyncDSSClient, dss_emulator: Any) -> None:
    from dssclient.emulator.models.notebooks_and_apps import Notebooks

    await client.create_project("LAB", "Lab", "admin")
    with dss_emulator.state.lock:
        notebooks = dss_emulator.state.extension(Notebooks)
        first = notebooks.start_session("LAB", "shared", "admin")
        notebooks.start_session("LAB", "shared", "reader")
    (notebook,) = await client.list_running_notebooks()
    with pytest.raises(ValueError, match="several sessions"):
        await notebook.unload()
    state = await notebook.unload(first["sessionId"])
    assert [s["sessionCreator"] for s in state["activeSessions"]] == ["reader"]
    with pytest.raises(NotFoundError):
        await AsyncDSSNotebook(client, "LAB", "shared", {"activeSessions": [first]}).unload()


# -- feature store and catalog -------------------------------------------------------------------------------


async def test_feature_groups_are_the_datasets_flagged_so_that_the_caller_may_read(
    client: AsyncDSSClient, reader_client: AsyncDSSClient
) -> None:
    mine = await client.create_project("MINE", "Mine", "reader")
    theirs = await client.create_project("THEIRS", "Theirs", "admin")
    for project in (mine, theirs):
        flagged = await project.create_dataset("features", "Inline")
        settings = await flagged.get_settings()
        settings.get_raw()["featureGroup"] = True
        await settings.save()
        await project.create_dataset("plain", "Inline")
    groups = await client.get_feature_store().list_feature_groups()
    assert all(isinstance(group, AsyncDSSFeatureGroupListItem) for group in groups)
    assert [group.id for group in groups] == ["MINE.features", "THEIRS.features"]
    assert (await groups[0].get_as_dataset().get_settings()).get_raw()["featureGroup"] is True
    assert [g.id for g in await reader_client.get_feature_store().list_feature_groups()] == ["MINE.features"]


async def test_catalog_indexing_runs_on_known_connections(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(sql_connections={"warehouse": None, "lake": None})
    async with AsyncDSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        state = await client.catalog_index_connections(["warehouse"])
        result = await AsyncDSSFuture.from_resp(client, state).wait_for_result(timeout=10)
        assert result == {"indexedConnections": [{"connection": "warehouse", "indexingMode": "FULL"}]}
        everything = await client.catalog_index_connections(all_connections=True, indexing_mode="INCREMENTAL")
        indexed = await AsyncDSSFuture.from_resp(client, everything).wait_for_result(timeout=10)
        indexed_names = [i["connection"] for i in indexed["indexedConnections"]]
        assert indexed_names[:2] == ["warehouse", "lake"] and "filesystem_managed" in indexed_names
        assert sent_bodies(emulator, "indexCatalogConnections")[0] == {
            "connectionNames": ["warehouse"],
            "indexAllConnections": False,
            "indexingMode": "FULL",
        }
        with pytest.raises(NotFoundError, match="nowhere"):
            await client.catalog_index_connections(["nowhere"])
        with pytest.raises(BadRequestError, match="indexing mode"):
            await client.catalog_index_connections(["warehouse"], indexing_mode="SOMETIMES")
    async with AsyncDSSClient(emulator.url, reader_key(emulator)) as reader:
        with pytest.raises(PermissionDeniedError):
            await reader.catalog_index_connections(["warehouse"])
