# Derived from tests/e2e/aio/test_webapps.py by scripts/unasync.py: do not edit.
"""Webapps of a project, end to end: creation, settings round trip, the backend's states, rights."""

from __future__ import annotations

import copy
from collections.abc import Iterator
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
from dssclient.dss.webapp import (
    DSSWebApp,
    DSSWebAppBackendClient,
    DSSWebAppBackendState,
    DSSWebAppListItem,
    DSSWebAppSettings,
)
from tests.conftest import FAST_POLLING, sent_bodies

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
def client(emulator: Any) -> Iterator[DSSClient]:
    with DSSClient(emulator.url, emulator.config.admin_api_key, future_polling=FAST_POLLING) as dss:
        yield dss


@pytest.fixture
def analyst(emulator: Any) -> Iterator[DSSClient]:
    with DSSClient(emulator.url, ANALYST_KEY, future_polling=FAST_POLLING) as dss:
        yield dss


@pytest.fixture
def coder(emulator: Any) -> Iterator[DSSClient]:
    with DSSClient(emulator.url, CODER_KEY, future_polling=FAST_POLLING) as dss:
        yield dss


def with_backend(client: DSSClient, name: str = "app") -> DSSWebApp:
    project = client.get_project("P")
    webapp = project.create_webapp(name)
    settings = webapp.get_settings()
    settings.get_raw()["params"]["backendEnabled"] = True
    settings.save()
    return webapp


def test_webapps_are_created_listed_and_their_settings_round_trip(client: DSSClient, emulator: Any) -> None:
    project = client.create_project("P", "P", "admin")
    webapp = project.create_webapp("Sales")
    assert isinstance(webapp, DSSWebApp) and webapp.project_key == "P" and webapp.webapp_id
    assert sent_bodies(emulator, "createWebApp") == [{"name": "Sales", "type": "STANDARD"}]
    dash = project.create_webapp("Board", webapp_type="DASH")
    with pytest.raises(ValueError, match="not supported"):
        project.create_webapp("Old", webapp_type="CHART")
    assert len(sent_bodies(emulator, "createWebApp")) == 2  # refused before any call

    settings = webapp.get_settings()
    assert isinstance(settings, DSSWebAppSettings) and settings.data is settings.get_raw()
    raw = settings.get_raw()
    assert (raw["id"], raw["name"], raw["type"], raw["projectKey"]) == (webapp.webapp_id, "Sales", "STANDARD", "P")
    raw["params"]["html"] = "<h1>Sales</h1>"
    raw["params"]["custom"] = {"kept": [None, 1]}
    expected = copy.deepcopy(raw)
    settings.save()
    assert (webapp.get_settings()).get_raw() == expected
    assert (dash.get_settings()).get_raw()["type"] == "DASH"

    items = project.list_webapps()
    assert all(isinstance(i, DSSWebAppListItem) for i in items)
    assert sorted((i.name, i.id) for i in items) == sorted([("Sales", webapp.webapp_id), ("Board", dash.webapp_id)])
    assert {i.to_webapp().webapp_id for i in items} == {webapp.webapp_id, dash.webapp_id}
    handles = project.list_webapps(as_type="objects")
    assert {h.webapp_id for h in handles} == {webapp.webapp_id, dash.webapp_id}
    assert project.get_webapp(dash.webapp_id).webapp_id == dash.webapp_id


def test_bad_settings_and_unknown_webapps_are_refused(client: DSSClient) -> None:
    project = client.create_project("P", "P", "admin")
    webapp = project.create_webapp("Sales")
    settings = webapp.get_settings()
    settings.get_raw()["type"] = "DASH"
    with pytest.raises(BadRequestError, match="type"):
        settings.save()
    settings.get_raw()["type"] = "STANDARD"
    settings.get_raw()["id"] = "other"
    with pytest.raises(BadRequestError, match="id"):
        settings.save()
    missing = project.get_webapp("missing")
    for call in (missing.get_settings, missing.get_state, missing.stop_backend, missing.start_or_restart_backend):
        with pytest.raises(NotFoundError):
            call()
    # The same id in another project names nothing.
    other = client.create_project("Q", "Q", "admin")
    with pytest.raises(NotFoundError):
        other.get_webapp(webapp.webapp_id).get_settings()
    assert other.list_webapps() == []


def test_the_backend_moves_from_stopped_to_running_and_back(client: DSSClient) -> None:
    client.create_project("P", "P", "admin")
    webapp = client.get_project("P").create_webapp("Sales")
    state = webapp.get_state()
    assert isinstance(state, DSSWebAppBackendState)
    assert state.running is False and "futureInfo" not in state.state and state.webapp_id == webapp.webapp_id
    # A standard webapp without a backend has nothing to start.
    with pytest.raises(BadRequestError, match="no backend"):
        webapp.start_or_restart_backend()

    webapp = with_backend(client, "with backend")
    future = webapp.start_or_restart_backend()
    assert isinstance(future, DSSFuture)
    starting = webapp.get_state()
    assert starting.state["futureInfo"]["alive"] is True  # starting: the start task runs
    future.wait_for_result(timeout=10)
    running = webapp.get_state()
    assert running.running is True and running.state["futureInfo"]["jobDisplayName"].startswith("Backend of")
    first_backend = running.state["futureInfo"]["jobId"]

    # A restart replaces the running backend.
    (webapp.start_or_restart_backend()).wait_for_result(timeout=10)
    restarted = webapp.get_state()
    assert restarted.running is True and restarted.state["futureInfo"]["jobId"] != first_backend

    webapp.stop_backend()
    stopped = webapp.get_state()
    assert stopped.running is False and stopped.state["futureInfo"]["alive"] is False
    webapp.stop_backend()  # stopping a stopped backend changes nothing
    assert (webapp.get_state()).running is False


def test_stopping_a_starting_backend_leaves_it_stopped(client: DSSClient) -> None:
    client.create_project("P", "P", "admin")
    webapp = with_backend(client)
    future = webapp.start_or_restart_backend()
    webapp.stop_backend()
    assert (webapp.get_state()).running is False
    with pytest.raises(FutureFailedError):  # the aborted start fails its waiter
        future.wait_for_result(timeout=10)
    assert (webapp.get_state()).running is False


def test_webapp_rights(
    client: DSSClient, analyst: DSSClient, coder: DSSClient, reader_client: DSSClient, emulator: Any
) -> None:
    client.create_project("P", "P", "admin")
    webapp = with_backend(client)
    permissions = [
        {"group": g, "readProjectContent": True, "writeProjectContent": True} for g in ("analysts", "data_scientists")
    ]
    emulator.state.projects["P"].permissions = permissions
    theirs = analyst.get_project("P")
    # Code webapps need code rights to be created, changed or started; stopping one does not.
    with pytest.raises(PermissionDeniedError, match="mayWriteUnsafeCode"):
        theirs.create_webapp("Mine")
    settings = theirs.get_webapp(webapp.webapp_id).get_settings()
    with pytest.raises(PermissionDeniedError, match="mayWriteUnsafeCode"):
        settings.save()
    with pytest.raises(PermissionDeniedError, match="mayWriteUnsafeCode"):
        theirs.get_webapp(webapp.webapp_id).start_or_restart_backend()
    theirs.get_webapp(webapp.webapp_id).stop_backend()
    coded = coder.get_project("P").create_webapp("Coded", "STREAMLIT")
    (coded.start_or_restart_backend()).wait_for_result(timeout=10)
    assert (coded.get_state()).running is True
    # Readers read the settings and the state, nothing more.
    emulator.state.projects["P"].permissions = [{"group": "analysts", "readProjectContent": True}]
    assert (theirs.get_webapp(webapp.webapp_id).get_state()).running is False
    with pytest.raises(PermissionDeniedError):
        theirs.get_webapp(coded.webapp_id).stop_backend()
    emulator.state.projects["P"].permissions = []
    with pytest.raises(PermissionDeniedError):
        reader_client.get_project("P").list_webapps()
    with pytest.raises(PermissionDeniedError):
        reader_client.get_project("P").get_webapp(webapp.webapp_id).get_settings()


def test_the_backend_client_points_at_the_webapps_backend(client: DSSClient) -> None:
    backend = client.get_project("MY PROJ").get_webapp("a/b").get_backend_client()
    assert isinstance(backend, DSSWebAppBackendClient)
    assert backend.base_url == f"{client.host}/web-apps-backends/MY%20PROJ/a%2Fb/"
    assert backend.url_for_path("//api/hello") == backend.base_url + "api/hello"
    assert backend.session is client._http


def test_a_deleted_projects_notebooks_webapps_and_runs_go_with_it(client: DSSClient, emulator: Any) -> None:
    project = client.create_project("P", "P", "admin")
    with_backend(client)
    project.create_jupyter_notebook(
        "nb", {"metadata": {"kernelspec": {"name": "python3", "language": "python"}}, "cells": []}
    )
    project.delete()
    again = client.create_project("P", "P", "admin")
    assert again.list_webapps() == []
    assert again.list_jupyter_notebooks() == []


def test_a_project_holds_a_bounded_number_of_webapps(client: DSSClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from dssclient.emulator.models import webapps

    monkeypatch.setattr(webapps, "MAX_WEBAPPS_PER_PROJECT", 1)
    project = client.create_project("P", "P", "admin")
    project.create_webapp("one")
    with pytest.raises(BadRequestError, match="delete some"):
        project.create_webapp("two")
    assert [w.name for w in project.list_webapps()] == ["one"]
