"""Code studios, the API Designer and the API Deployer over raw HTTP: wire shapes, uploads, archives, refusals."""

from __future__ import annotations

import io
import json
import time
import zipfile
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from dssclient.emulator import Emulator

ErrorOf = Callable[[httpx.Response], dict[str, Any]]
ALREADY_EXISTS = "com.dataiku.dip.exceptions.AlreadyExistsException"
ILLEGAL_ARGUMENT = "java.lang.IllegalArgumentException"
NOT_FOUND = "com.dataiku.dip.server.controllers.NotFoundException"


def wait_for(http: httpx.Client, state: dict[str, Any]) -> dict[str, Any]:
    """The final non-peek state of a long task."""
    for _ in range(200):
        if state.get("hasResult") or state.get("alive") is False:
            break
        time.sleep(0.02)
        state = http.get(f"/futures/{state['jobId']}", params={"peek": "true"}).json()
    return http.get(f"/futures/{state['jobId']}", params={"peek": "false"}).json() if "jobId" in state else state


@pytest.fixture
def designed(admin_http: httpx.Client, new_project: Callable[..., Any]) -> bytes:
    """Project P, API service `churn` with one endpoint, package v1 published; its archive."""
    new_project("P")
    assert admin_http.post("/projects/P/apiservices/churn").status_code == 204
    settings = admin_http.get("/projects/P/apiservices/churn/settings").json()
    settings["endpoints"] = [{"id": "predict", "type": "STD_PREDICTION", "modelRef": "M1"}]
    assert admin_http.put("/projects/P/apiservices/churn/settings", json=settings).status_code == 204
    assert admin_http.post("/projects/P/apiservices/churn/packages/v1").status_code == 204
    assert admin_http.post("/projects/P/apiservices/churn/packages/v1/publish").status_code == 204
    return admin_http.get("/projects/P/apiservices/churn/packages/v1/archive").content


def test_code_studio_answers(admin_http: httpx.Client, new_project: Callable[..., Any], error_of: ErrorOf) -> None:
    new_project("P")
    created = admin_http.post("/projects/P/code-studios/", json={"name": "n", "templateId": "vscode"})
    assert created.status_code == 200
    studio = created.json()["codeStudio"]
    assert {"id", "name", "owner", "templateId", "libName", "projectKey"} <= set(studio)
    base = f"/projects/P/code-studios/{studio['id']}"
    assert admin_http.get(base + "/status").json() == {"state": "STOPPED", "syncedZones": [], "exposed": []}
    # Stopping a stopped code studio: a finished state, nothing to poll.
    stop = admin_http.post(base + "/stop").json()
    assert stop["hasResult"] is True and stop["alive"] is False and "jobId" not in stop
    start = admin_http.post(base + "/restart").json()
    assert start["jobId"] and wait_for(admin_http, start)["hasResult"] is True
    status = admin_http.get(base + "/status").json()
    assert status["state"] == "RUNNING" and status["lastStateChange"] > 0
    assert all(zone["pathInContainer"].endswith(zone["id"]) for zone in status["syncedZones"])
    # What the official client sends for change_owner: the query pasted into the path.
    assert admin_http.post(base + "/change-owner?newOwner=reader").json()["owner"] == "reader"
    missing = admin_http.post("/projects/P/code-studios/", json={"templateId": "vscode"})
    assert missing.status_code == 400 and error_of(missing)["errorType"] == ILLEGAL_ARGUMENT


def test_archives_are_zip_downloads_identical_on_both_sides(admin_http: httpx.Client, designed: bytes) -> None:
    answer = admin_http.get("/projects/P/apiservices/churn/packages/v1/archive")
    assert answer.headers["content-type"] == "application/zip"
    assert int(answer.headers["content-length"]) == len(designed)
    with zipfile.ZipFile(io.BytesIO(designed)) as archive:
        assert archive.testzip() is None
        meta = json.loads(archive.read("package.json"))
    assert (meta["projectKey"], meta["serviceId"], meta["version"]) == ("P", "churn", "v1")
    assert admin_http.get("/api-deployer/services/churn/versions/v1").content == designed


def test_uploads_are_multipart_with_a_file_part(admin_http: httpx.Client, designed: bytes, error_of: ErrorOf) -> None:
    assert admin_http.post("/api-deployer/services", json={"publishedServiceId": "copy"}).status_code == 200
    url = "/api-deployer/services/copy/versions"
    imported = admin_http.post(url, files={"file": ("churn-v1.zip", designed)})
    assert imported.status_code == 204
    versions = admin_http.get("/api-deployer/services/copy").json()["packages"]
    assert [v["id"] for v in versions] == ["v1"]
    assert admin_http.get("/api-deployer/services/copy/versions/v1").content == designed

    again = admin_http.post(url, files={"file": ("again.zip", designed)})
    assert again.status_code == 409 and error_of(again)["errorType"] == ALREADY_EXISTS
    for refused in (
        admin_http.post(url, content=designed, headers={"Content-Type": "application/zip"}),
        admin_http.post(url, files={"other": ("x.zip", designed)}),
        admin_http.post(url, files={"file": ("x.zip", b"PK\x03\x04 truncated")}),
        admin_http.post(
            url,
            content=b'--b\r\nContent-Disposition: form-data; name="file"\r\n\r\nno closing boundary',
            headers={"Content-Type": "multipart/form-data; boundary=b"},
        ),
        admin_http.post(
            url,
            content=b"--b\r\nContent-Type: text/plain\r\n\r\nunnamed\r\n--b--\r\n",
            headers={"Content-Type": "multipart/form-data; boundary=b"},
        ),
    ):
        assert refused.status_code == 400, refused.text
        error_of(refused)
    # A zip that holds something else than a package.
    other = io.BytesIO()
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("package.json", "[1, 2]")
    not_a_package = admin_http.post(url, files={"file": ("x.zip", other.getvalue())})
    assert not_a_package.status_code == 400 and "package" in error_of(not_a_package)["message"]


def test_deployer_statuses_leave_unknown_urls_out(admin_http: httpx.Client, designed: bytes, error_of: ErrorOf) -> None:
    body = {"id": "cluster", "stage": "Test", "type": "K8S"}
    assert admin_http.post("/api-deployer/infras", json=body).status_code == 200
    deployment = {"deploymentId": "d", "publishedServiceId": "churn", "infraId": "cluster", "version": "v1"}
    assert admin_http.post("/api-deployer/deployments", json=deployment).status_code == 200
    heavy = admin_http.get("/api-deployer/deployments/d/status").json()
    assert heavy["health"] == "OUT_OF_SYNC" and "publicURL" not in heavy and "apiNodes" not in heavy
    wait_for(admin_http, admin_http.post("/api-deployer/deployments/d/actions/update").json())
    assert admin_http.get("/api-deployer/deployments/d/status").json()["publicURL"].startswith("https://")
    light = admin_http.get("/api-deployer/deployments/d").json()
    assert light["deploymentBasicInfo"]["deployedServiceId"] == "churn"
    assert light["infraBasicInfo"]["type"] == "K8S" and "apiNodeUrls" not in light["infraBasicInfo"]

    for bad in (
        {**deployment, "deploymentId": "has space"},
        {key: value for key, value in deployment.items() if key != "version"},
        {**deployment, "deploymentId": "e", "endpointId": 3},
    ):
        answer = admin_http.post("/api-deployer/deployments", json=bad)
        assert answer.status_code == 400 and error_of(answer)["errorType"] == ILLEGAL_ARGUMENT
    unknown = admin_http.get("/api-deployer/deployments/d/update/not-a-timestamp")
    assert unknown.status_code == 404 and error_of(unknown)["errorType"] == NOT_FOUND
    queries = admin_http.post("/api-deployer/deployments/d/actions/run-queries", params={"queries": "{not json"})
    assert queries.status_code == 400


def test_test_queries_are_json_text_in_the_query_string(admin_http: httpx.Client, designed: bytes) -> None:
    admin_http.post("/api-deployer/infras", json={"id": "k", "stage": "Test", "type": "K8S"})
    deployment = {"deploymentId": "d", "publishedServiceId": "churn", "infraId": "k", "version": "v1"}
    admin_http.post("/api-deployer/deployments", json=deployment)
    not_deployed = admin_http.post("/api-deployer/deployments/d/actions/run-test-queries")
    assert not_deployed.status_code == 400
    wait_for(admin_http, admin_http.post("/api-deployer/deployments/d/actions/update").json())
    queries = json.dumps([{"q": {"features": {"x": 1}}}])
    answer = admin_http.post(
        "/api-deployer/deployments/d/actions/run-test-queries",
        params={"endpointIdParam": "predict", "testQueriesParam": queries},
    )
    assert answer.status_code == 200
    (response,) = answer.json()["responses"]
    assert response["query"] == {"q": {"features": {"x": 1}}} and response["ok"] is True
    assert (
        admin_http.get("/api-deployer/deployments/d/get-open-api")
        .headers["content-type"]
        .startswith("application/json")
    )


def test_state_refusals_keep_everything(admin_http: httpx.Client, designed: bytes, error_of: ErrorOf) -> None:
    admin_http.post("/api-deployer/infras", json={"id": "nodes", "stage": "Test", "type": "STATIC"})
    deployment = {"deploymentId": "d", "publishedServiceId": "churn", "infraId": "nodes", "version": "v1"}
    admin_http.post("/api-deployer/deployments", json=deployment)
    enabled = admin_http.delete("/api-deployer/deployments/d")
    assert enabled.status_code == 400 and "disable" in error_of(enabled)["message"]
    for path in (
        "/api-deployer/infras/nodes",
        "/api-deployer/services/churn",
        "/api-deployer/services/churn/versions/v1",
    ):
        refused = admin_http.delete(path)
        assert refused.status_code == 400 and error_of(refused)["errorType"] == ILLEGAL_ARGUMENT
    assert admin_http.get("/api-deployer/deployments/d").status_code == 200
    assert [v["id"] for v in admin_http.get("/api-deployer/services/churn").json()["packages"]] == ["v1"]


def test_emulator_clock_makes_update_timestamps_unique(dss_emulator_factory: Callable[..., Emulator]) -> None:
    emulator = dss_emulator_factory(clock=lambda: 1_700_000_000_000)
    with httpx.Client(base_url=emulator.url + "/public/api", auth=("emulator-admin-key", ""), timeout=10) as http:
        http.post("/projects/", json={"projectKey": "P", "name": "P", "owner": "admin"})
        http.post("/projects/P/apiservices/s")
        http.post("/projects/P/apiservices/s/packages/v1")
        http.post("/projects/P/apiservices/s/packages/v1/publish")
        http.post("/api-deployer/infras", json={"id": "k", "stage": "Test", "type": "K8S"})
        http.post(
            "/api-deployer/deployments",
            json={"deploymentId": "d", "publishedServiceId": "s", "infraId": "k", "version": "v1"},
        )
        for _ in range(3):
            wait_for(http, http.post("/api-deployer/deployments/d/actions/update").json())
        updates = http.get("/api-deployer/deployments/d/update").json()
        starts = [u["startTimestamp"] for u in updates]
        assert len(set(starts)) == 3 and starts == sorted(starts, reverse=True)
        for start in starts:
            assert http.get(f"/api-deployer/deployments/d/update/{start}").json()["startTimestamp"] == start
