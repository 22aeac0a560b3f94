"""Webapps of a project, end to end: creation, settings round trip, the backend's states, rights."""

from __future__ import annotations

import copy
from collections.abc import AsyncIterator
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
from dssclient.aio.dss.webapp import (
    AsyncDSSWebApp,
    AsyncDSSWebAppBackendClient,
    AsyncDSSWebAppListItem,
    AsyncDSSWebAppSettings,
    DSSWebAppBackendState,
)
from tests.conftest import FAST_POLLING, sent_bodies

pytestmark = pytest.mark.anyio  # unasync: remove

CODER_KEY = "coder-key"
ANALYST_KEY = "analyst-key"


@pytest.fixture
def emulator(dss_emulator_factory: Any) -> Any:
    emulator = dss_emulator_factory(webapp_backend_seconds=0.3)
    state = emulator.state
    state.add_user("coder", groups=["data_scientists"], profile="DESIGNER")
    state.add_api_key("coder", secret=CODER_KEY)
    state.add_group("analysts", "may not write code", "LOCAL")
    state.add_user("analyst", groups=["analysts"], profile="DESIGNER")
    state.add_api_key("analyst", secret=ANALYST_KEY)
    return emulator


@pytest.fixture
async def client(emulator: Any) -> AsyncIterator[AsyncDSSClient]:
    async with AsyncDSSClient(emulator.url, emulator.config.admin_api_key, future_polling=FAST_POLLING) as dss:
        yield dss


@pytest.fixture
async def analyst(emulator: Any) -> AsyncIterator[AsyncDSSClient]:
    async with AsyncDSSClient(emulator.url, ANALYST_KEY, future_polling=FAST_POLLING) as dss:
        yield dss


@pytest.fixture
async def coder(emulator: Any) -> AsyncIterator[AsyncDSSClient]:
    async with AsyncDSSClient(emulator.url, CODER_KEY, future_polling=FAST_POLLING) as dss:
        yield dss


async def with_backend(client: AsyncDSSClient, name: str = "app") -> AsyncDSSWebApp:
    project = client.get_project("P")
    webapp = await project.create_webapp(name)
    settings = await webapp.get_settings()
    settings.get_raw()["params"]["backendEnabled"] = True
    await settings.save()
    return webapp


async def test_webapps_are_created_listed_and_their_settings_round_trip(client: AsyncDSSClient, emulator: Any) -> None:
    project = await client.create_project("P", "P", "admin")
    webapp = await project.create_webapp("Sales")
    assert isinstance(webapp, AsyncDSSWebApp) and webapp.project_key == "P" and webapp.webapp_id
    assert sent_bodies(emulator, "createWebApp") == [{"name": "Sales", "type": "STANDARD"}]
    dash = await project.create_webapp("Board", webapp_type="DASH")
    with pytest.raises(ValueError, match="not supported"):
        await project.create_webapp("Old", webapp_type="CHART")
    assert len(sent_bodies(emulator, "createWebApp")) == 2  # refused before any call

    settings = await webapp.get_settings()
    assert isinstance(settings, AsyncDSSWebAppSettings) and settings.data is settings.get_raw()
    raw = settings.get_raw()
    assert (raw["id"], raw["name"], raw["type"], raw["projectKey"]) == (webapp.webapp_id, "Sales", "STANDARD", "P")
    raw["params"]["html"] = "<h1>Sales</h1>"
    raw["params"]["custom"] = {"kept": [None, 1]}
    expected = copy.deepcopy(raw)
    await settings.save()
    assert (await webapp.get_settings()).get_raw() == expected
    assert (await dash.get_settings()).get_raw()["type"] == "DASH"

    items = await project.list_webapps()
    assert all(isinstance(i, AsyncDSSWebAppListItem) for i in items)
    assert sorted((i.name, i.id) for i in items) == sorted([("Sales", webapp.webapp_id), ("Board", dash.webapp_id)])
    assert {i.to_webapp().webapp_id for i in items} == {webapp.webapp_id, dash.webapp_id}
    handles = await project.list_webapps(as_type="objects")
    assert {h.webapp_id for h in handles} == {webapp.webapp_id, dash.webapp_id}
    assert project.get_webapp(dash.webapp_id).webapp_id == dash.webapp_id


async def test_bad_settings_and_unknown_webapps_are_refused(client: AsyncDSSClient) -> None:
    project = await client.create_project("P", "P", "admin")
    webapp = await project.create_webapp("Sales")
    settings = await webapp.get_settings()
    settings.get_raw()["type"] = "DASH"
    with pytest.raises(BadRequestError, match="type"):
        await settings.save()
    settings.get_raw()["type"] = "STANDARD"
    settings.get_raw()["id"] = "other"
    with pytest.raises(BadRequestError, match="id"):
        await settings.save()
    missing = project.get_webapp("missing")
    for call in (missing.get_settings, missing.get_state, missing.stop_backend, missing.start_or_restart_backend):
        with pytest.raises(NotFoundError):
            await call()
    # The same id in another project names nothing.
    other = await client.create_project("Q", "Q", "admin")
    with pytest.raises(NotFoundError):
        await other.get_webapp(webapp.webapp_id).get_settings()
    assert await other.list_webapps() == []


async def test_the_backend_moves_from_stopped_to_running_and_back(client: AsyncDSSClient) -> None:
    await client.create_project("P", "P", "admin")
    webapp = await client.get_project("P").create_webapp("Sales")
    state = await webapp.get_state()
    assert isinstance(state, DSSWebAppBackendState)
    assert state.running is False and "futureInfo" not in state.state and state.webapp_id == webapp.webapp_id
    # A standard webapp without a backend has nothing to start.
    with pytest.raises(BadRequestError, match="no backend"):
        await webapp.start_or_restart_backend()

    webapp = await with_backend(client, "with backend")
    future = await webapp.start_or_restart_backend()
    assert isinstance(future, AsyncDSSFuture)
    starting = await webapp.get_state()
    assert starting.state["futureInfo"]["alive"] is True  # starting: the start task runs
    await future.wait_for_result(timeout=10)
    running = await webapp.get_state()
    assert running.running is True and running.state["futureInfo"]["jobDisplayName"].startswith("Backend of")
    first_backend = running.state["futureInfo"]["jobId"]

    # A restart replaces the running backend.
    await (await webapp.start_or_restart_backend()).wait_for_result(timeout=10)
    restarted = await webapp.get_state()
    assert restarted.running is True and restarted.state["futureInfo"]["jobId"] != first_backend

    await webapp.stop_backend()
    stopped = await webapp.get_state()
    assert stopped.running is False and stopped.state["futureInfo"]["alive"] is False
    await webapp.stop_backend()  # stopping a stopped backend changes nothing
    assert (await webapp.get_state()).running is False


async def test_stopping_a_starting_backend_leaves_it_stopped(client: AsyncDSSClient) -> None:
    await client.create_project("P", "P", "admin")
    webapp = await with_backend(client)
    future = await webapp.start_or_restart_backend()
    await webapp.stop_backend()
    assert (await webapp.get_state()).running is False
    with pytest.raises(FutureFailedError):  # the aborted start fails its waiter
        await future.wait_for_result(timeout=10)
    assert (await webapp.get_state()).running is False


async def test_webapp_rights(
    client: AsyncDSSClient, analyst: AsyncDSSClient, coder: AsyncDSSClient, reader_client: AsyncDSSClient, emulator: Any
) -> None:
    await client.create_project("P", "P", "admin")
    webapp = await with_backend(client)
    permissions = [
        {"group": g, "readProjectContent": True, "writeProjectContent": True} for g in ("analysts", "data_scientists")
    ]
    emulator.state.projects["P"].permissions = permissions
    theirs = analyst.get_project("P")
    # Code webapps need code rights to be created, changed or started; stopping one does not.
    with pytest.raises(PermissionDeniedError, match="mayWriteUnsafeCode"):
        await theirs.create_webapp("Mine")
    settings = await theirs.get_webapp(webapp.webapp_id).get_settings()
    with pytest.raises(PermissionDeniedError, match="mayWriteUnsafeCode"):
        await settings.save()
    with pytest.raises(PermissionDeniedError, match="mayWriteUnsafeCode"):
        await theirs.get_webapp(webapp.webapp_id).start_or_restart_backend()
    await theirs.get_webapp(webapp.webapp_id).stop_backend()
    coded = await coder.get_project("P").create_webapp("Coded", "STREAMLIT")
    await (await coded.start_or_restart_backend()).wait_for_result(timeout=10)
    assert (await coded.get_state()).running is True
    # Readers read the settings and the state, nothing more.
    emulator.state.projects["P"].permissions = [{"group": "analysts", "readProjectContent": True}]
    assert (await theirs.get_webapp(webapp.webapp_id).get_state()).running is False
    with pytest.raises(PermissionDeniedError):
        await theirs.get_webapp(coded.webapp_id).stop_backend()
    emulator.state.projects["P"].permissions = []
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_project("P").list_webapps()
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_project("P").get_webapp(webapp.webapp_id).get_settings()


async def test_the_backend_client_points_at_the_webapps_backend(client: AsyncDSSClient) -> None:
    backend = client.get_project("MY PROJ").get_webapp("a/b").get_backend_client()
    assert isinstance(backend, AsyncDSSWebAppBackendClient)
    assert backend.base_url == f"{client.host}/web-apps-backends/MY%20PROJ/a%2Fb/"
    assert backend.url_for_path("//api/hello") == backend.base_url + "api/hello"
    assert backend.session is client._http


async def test_a_deleted_projects_notebooks_webapps_and_runs_go_with_it(client: AsyncDSSClient, emulator: Any) -> None:
    project = await client.create_project("P", "P", "admin")
    await with_backend(client)
    await project.create_jupyter_notebook(
        "nb", {"metadata": {"kernelspec": {"name": "python3", "language": "python"}}, "cells": []}
    )
    await project.delete()
    again = await client.create_project("P", "P", "admin")
    assert await again.list_webapps() == []
    assert await again.list_jupyter_notebooks() == []


async def test_a_project_holds_a_bounded_number_of_webapps(
    client: AsyncDSSClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dssclient.emulator.models import webapps

    monkeypatch.setattr(webapps, "MAX_WEBAPPS_PER_PROJECT", 1)
    project = await client.create_project("P", "P", "admin")
    await project.create_webapp("one")
    with pytest.raises(BadRequestError, match="delete some"):
        await project.create_webapp("two")
    assert [w.name for w in await project.list_webapps()] == ["one"]
