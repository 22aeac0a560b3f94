"""Projects: creation, listing, visibility, settings/metadata/variables as received, deletion."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from dssclient.emulator import Emulator

ErrorOf = Callable[[httpx.Response], dict[str, Any]]
UNAUTHORIZED = "com.dataiku.dip.exceptions.UnauthorizedException"
NOT_FOUND = "com.dataiku.dip.server.controllers.NotFoundException"


def test_created_project_is_listed_with_its_summary(admin_http: httpx.Client) -> None:
    before = int(time.time() * 1000)
    body = {"projectKey": "P", "name": "My project", "owner": "admin", "description": "Long", "tags": ["t"]}
    created = admin_http.post("/projects/", json=body)
    assert created.status_code == 200 and "P" in created.json()["msg"]
    (summary,) = admin_http.get("/projects/").json()
    assert summary["projectKey"] == "P" and summary["name"] == "My project" and summary["ownerLogin"] == "admin"
    assert summary["description"] == "Long" and summary["tags"] == ["t"]
    assert summary["creationTag"]["lastModifiedBy"]["login"] == "admin"
    assert before <= summary["creationTag"]["lastModifiedOn"] <= int(time.time() * 1000)


def test_new_project_has_realistic_settings_merged_with_the_body(admin_http: httpx.Client) -> None:
    body = {
        "projectKey": "P",
        "name": "n",
        "owner": "admin",
        "settings": {"container": {"containerMode": "EXPLICIT_CONTAINER", "containerConf": "k8s-small"}},
    }
    admin_http.post("/projects/", json=body)
    settings = admin_http.get("/projects/P/settings").json()
    assert settings["projectKey"] == "P" and settings["owner"] == "admin"
    assert settings["settings"]["codeEnvs"]["python"] == {"mode": "INHERIT", "useBuiltinEnv": True}
    assert settings["settings"]["container"] == {"containerMode": "EXPLICIT_CONTAINER", "containerConf": "k8s-small"}
    assert "flowBuildSettings" in settings["settings"] and settings["exposedObjects"] == {"objects": []}
    assert admin_http.get("/projects/P/metadata").json()["checklists"] == {"checklists": []}
    assert admin_http.get("/projects/P/variables/").json() == {"standard": {}, "local": {}}


def test_existing_key_conflicts(admin_http: httpx.Client, new_project: Callable[..., Any], error_of: ErrorOf) -> None:
    new_project("P")
    answer = admin_http.post("/projects/", json={"projectKey": "P", "name": "again", "owner": "admin"})
    assert answer.status_code == 409
    error = error_of(answer)
    assert error["errorType"] == "com.dataiku.dip.exceptions.AlreadyExistsException"
    assert error["message"] == "Project P already exists"


def test_unknown_owner_is_refused(admin_http: httpx.Client) -> None:
    answer = admin_http.post("/projects/", json={"projectKey": "P", "name": "n", "owner": "nobody"})
    assert answer.status_code == 400 and "nobody" in answer.json()["message"]


def test_non_admin_may_not_create_projects(
    reader_http: httpx.Client, error_of: ErrorOf, dss_emulator: Emulator
) -> None:
    answer = reader_http.post("/projects/", json={"projectKey": "P", "name": "n", "owner": "reader"})
    assert answer.status_code == 403
    error = error_of(answer)
    assert (error["errorType"], error["message"]) == ("java.lang.SecurityException", "You may not create new projects")
    assert dss_emulator.state.projects == {}


def test_visibility_by_owner_user_and_group(
    new_project: Callable[..., Any], reader_http: httpx.Client, admin_http: httpx.Client
) -> None:
    new_project("HIDDEN")
    new_project("OWNED", owner="reader")
    new_project("BY_USER", permissions=[{"user": "reader", "readProjectContent": True}])
    new_project("BY_GROUP", permissions=[{"group": "readers", "readProjectContent": True}])
    new_project("OTHER_GROUP", permissions=[{"group": "data-team", "readProjectContent": True}])
    assert sorted(p["projectKey"] for p in reader_http.get("/projects/").json()) == ["BY_GROUP", "BY_USER", "OWNED"]
    assert len(admin_http.get("/projects/").json()) == 5
    for key in ("OWNED", "BY_USER", "BY_GROUP"):
        assert reader_http.get(f"/projects/{key}/settings").status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/settings",
        "/metadata",
        "/variables/",
        "/datasets/",
        "/datasets/d",
        "/datasets/d/schema",
        "/datasets/d/partitions",
    ],
)
def test_non_admin_gets_403_for_hidden_and_missing_projects(
    new_project: Callable[..., Any], reader_http: httpx.Client, error_of: ErrorOf, path: str
) -> None:
    new_project("HIDDEN")
    for key in ("HIDDEN", "MISSING"):
        answer = reader_http.get(f"/projects/{key}{path}")
        assert answer.status_code == 403, key
        error = error_of(answer)
        assert (error["errorType"], error["message"]) == (UNAUTHORIZED, "Failed to read project permissions")


def test_admin_gets_404_for_missing_projects(admin_http: httpx.Client, error_of: ErrorOf) -> None:
    for path in ("/settings", "/metadata", "/variables/", "/datasets/"):
        answer = admin_http.get(f"/projects/MISSING{path}")
        assert answer.status_code == 404
        error = error_of(answer)
        assert (error["errorType"], error["message"]) == (NOT_FOUND, "Project does not exist: MISSING")


def test_read_permission_does_not_allow_writing(new_project: Callable[..., Any], reader_http: httpx.Client) -> None:
    new_project("RO", permissions=[{"group": "readers", "readProjectContent": True}])
    new_project("RW", permissions=[{"group": "readers", "readProjectContent": True, "writeProjectContent": True}])
    metadata = reader_http.get("/projects/RO/metadata").json()
    assert reader_http.put("/projects/RO/metadata", json=metadata).status_code == 403
    assert reader_http.put("/projects/RW/metadata", json=metadata).status_code == 204


def test_settings_are_stored_as_received(admin_http: httpx.Client, new_project: Callable[..., Any]) -> None:
    new_project("P")
    settings = admin_http.get("/projects/P/settings").json()
    settings["settings"]["unknownFutureOption"] = {"deep": [1, 2]}
    settings["zzzTopLevel"] = "kept"
    del settings["exposedObjects"]
    assert admin_http.put("/projects/P/settings", json=settings).status_code == 204
    assert admin_http.get("/projects/P/settings").json() == settings


def test_renaming_through_settings_is_refused(admin_http: httpx.Client, new_project: Callable[..., Any]) -> None:
    new_project("P")
    settings = admin_http.get("/projects/P/settings").json()
    settings["projectKey"] = "OTHER"
    assert admin_http.put("/projects/P/settings", json=settings).status_code == 400


def test_metadata_round_trip_feeds_the_summary(admin_http: httpx.Client, new_project: Callable[..., Any]) -> None:
    new_project("P")
    metadata = {
        "label": "Label",
        "description": "d",
        "shortDesc": "s",
        "tags": ["x", "y"],
        "checklists": {"checklists": [{"title": "c", "items": []}]},
        "custom": {"kv": {"k": "v"}},
        "extra": True,
    }
    assert admin_http.put("/projects/P/metadata", json=metadata).status_code == 204
    assert admin_http.get("/projects/P/metadata").json() == metadata
    (summary,) = admin_http.get("/projects/").json()
    assert summary["tags"] == ["x", "y"] and summary["shortDesc"] == "s"


def test_variables_need_both_scopes(admin_http: httpx.Client, new_project: Callable[..., Any]) -> None:
    new_project("P")
    assert admin_http.put("/projects/P/variables/", json={"standard": {"a": 1}}).status_code == 400
    variables = {"standard": {"a": 1}, "local": {"b": [True]}}
    assert admin_http.put("/projects/P/variables/", json=variables).status_code == 204
    assert admin_http.get("/projects/P/variables/").json() == variables


def test_delete_waiting_answers_the_finished_task(
    admin_http: httpx.Client, new_project: Callable[..., Any], dss_emulator: Emulator
) -> None:
    new_project("P")
    admin_http.post("/projects/P/datasets/", json={"projectKey": "P", "name": "d", "type": "Inline"})
    answer = admin_http.delete("/projects/P")
    assert answer.status_code == 200
    state = answer.json()
    assert state["hasResult"] is True and state["alive"] is False and "jobId" not in state
    assert state["result"] == {"messages": [], "anyMessage": False, "success": True, "warning": False, "error": False}
    assert "P" not in dss_emulator.state.projects
    assert admin_http.get("/projects/P/datasets/d").status_code == 404
    assert admin_http.get("/projects/").json() == []


def test_delete_without_waiting_answers_a_task_to_poll(
    admin_http: httpx.Client, new_project: Callable[..., Any]
) -> None:
    new_project("P")
    answer = admin_http.delete("/projects/P", params={"wait": "False", "clearManagedDatasets": "True"})
    assert answer.status_code == 200
    job_id = answer.json()["jobId"]
    assert answer.json()["payload"]["clearManagedDatasets"] is True
    deadline = time.monotonic() + 5
    while not (state := admin_http.get(f"/futures/{job_id}").json()).get("hasResult"):
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert state["result"]["success"] is True
    assert admin_http.get("/projects/P/settings").status_code == 404


def test_deleting_a_missing_project_is_404(admin_http: httpx.Client) -> None:
    assert admin_http.delete("/projects/MISSING").status_code == 404


def test_timestamps_come_from_the_configured_clock(dss_emulator_factory: Any, http_for: Any) -> None:
    ticks = iter(range(1_000, 100_000, 1_000))
    client = http_for(dss_emulator_factory(clock=lambda: next(ticks)))
    client.post("/projects/", json={"projectKey": "P", "name": "n", "owner": "admin"})
    client.put("/projects/P/variables/", json={"standard": {}, "local": {}})
    (summary,) = client.get("/projects/").json()
    # Three templates were seeded at 1000 (the first tick), so the project came at 2000.
    assert summary["creationTag"]["lastModifiedOn"] == 2_000
    assert summary["versionTag"]["lastModifiedOn"] == 3_000 and summary["versionTag"]["versionNumber"] == 1
