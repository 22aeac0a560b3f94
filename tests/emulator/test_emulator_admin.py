"""Instance administration in the emulator alone, over raw HTTP: identities, hidden values, expiry, proxying."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx

from dssclient.emulator import Emulator
from tests.emulator.conftest import READER_KEY, HttpFactory

ErrorOf = Callable[[httpx.Response], dict[str, Any]]
SECURITY = "java.lang.SecurityException"
NOT_AUTHENTICATED = "com.dataiku.dip.exceptions.NotAuthenticatedException"
DAY_MS = 24 * 3600 * 1000


def test_passwords_and_secret_values_are_never_answered(admin_http: httpx.Client) -> None:
    created = admin_http.post("/admin/users/", json={"login": "jdoe", "password": "Pa55-first", "groups": []})
    assert created.status_code == 200
    settings = admin_http.get("/admin/users/jdoe").json()
    settings["password"] = "Pa55-second"
    settings["secrets"] = [{"name": "tok", "value": "T0k-value", "secret": True}]
    settings["credentials"] = {"pg": {"type": "BASIC", "user": "j", "password": "Pg-pa55"}}
    assert admin_http.put("/admin/users/jdoe", json=settings).status_code == 200
    for answer in (
        admin_http.get("/admin/users/jdoe"),
        admin_http.get("/admin/users/", params={"includeSettings": "true"}),
        admin_http.get("/admin/logs/backend.log"),
        admin_http.get("/admin/logs/audit.log"),
    ):
        for secret in ("Pa55-first", "Pa55-second", "T0k-value", "Pg-pa55"):
            assert secret not in answer.text


def test_official_booleans_and_nulls_are_read_as_dss_reads_them(admin_http: httpx.Client) -> None:
    # The official client sends booleans as True/False and None values as JSON nulls.
    body = {"login": "jdoe", "password": None, "displayName": "", "sourceType": "LOCAL", "groups": [], "email": None}
    assert admin_http.post("/admin/users/", json=body).status_code == 200
    answer = admin_http.post(
        "/admin/code-envs/python/env", params={"wait": "False"}, json={"deploymentMode": "DESIGN_MANAGED"}
    )
    assert answer.status_code == 200 and answer.json()["jobId"]
    assert [e["envLang"] for e in admin_http.get("/admin/code-envs/").json()] == ["PYTHON"]


def test_a_global_key_is_its_own_identity(
    dss_emulator: Emulator, admin_http: httpx.Client, http_for: HttpFactory
) -> None:
    created = admin_http.post("/admin/global-api-keys/", json={"label": "robot", "groups": ["readers"]}).json()
    robot = http_for(dss_emulator, created["key"])
    info = robot.get("/auth/info").json()
    assert info == {
        "authIdentifier": created["id"],
        "authSource": "GLOBAL_API_KEY",
        "groups": ["readers"],
        "userProfile": "DESIGNER",
    }
    assert robot.get("/personal-api-keys/").json() == []
    assert robot.post("/personal-api-keys/", json={}).status_code == 403


def test_keys_expire(dss_emulator_factory: Any, http_for: HttpFactory) -> None:
    now = [1_700_000_000_000]
    emulator = dss_emulator_factory(clock=lambda: now[0])
    admin = http_for(emulator)
    created = admin.post("/admin/global-api-keys/", json={"label": "short-lived"}).json()
    definition = admin.get(f"/admin/global-api-keys/{created['id']}").json()
    definition["expiry"] = 2
    assert admin.put(f"/admin/global-api-keys/{created['id']}", json=definition).status_code == 204
    assert admin.get(f"/admin/global-api-keys/{created['id']}").json()["expiresOn"] == now[0] + 2 * DAY_MS
    robot = http_for(emulator, created["key"])
    assert robot.get("/auth/info").status_code == 200
    now[0] += 2 * DAY_MS
    assert robot.get("/auth/info").status_code == 401


def test_only_administrators_act_as_another_user(
    dss_emulator: Emulator, http_for: HttpFactory, error_of: ErrorOf
) -> None:
    admin_as_reader = http_for(dss_emulator, headers={"X-DKU-ProxyUser": "reader"})
    assert admin_as_reader.get("/auth/info").json()["authIdentifier"] == "reader"
    assert admin_as_reader.get("/admin/users/").status_code == 403
    reader_as_admin = http_for(dss_emulator, READER_KEY, headers={"X-DKU-ProxyUser": "admin"})
    refused = reader_as_admin.get("/auth/info")
    assert refused.status_code == 403 and error_of(refused)["errorType"] == SECURITY
    ghost = http_for(dss_emulator, headers={"X-DKU-ProxyUser": "ghost"}).get("/auth/info")
    assert ghost.status_code == 401 and error_of(ghost)["errorType"] == NOT_AUTHENTICATED


def test_the_audit_trail_records_who_did_what(admin_http: httpx.Client, reader_http: httpx.Client) -> None:
    assert reader_http.post("/admin/audit/custom/my-event", json={"k": [1, "é"]}).status_code == 204
    admin_http.post("/admin/groups/", json={"name": "g"})
    lines = admin_http.get("/admin/logs/audit.log").json().splitlines()
    messages = [json.loads(line)["message"] for line in lines]
    assert [(m["msgType"], m["authUser"]) for m in messages] == [
        ("application-custom", "reader"),
        ("group-create", "admin"),
    ]
    assert messages[0]["customMsgParams"] == {"k": [1, "é"]} and messages[0]["customMsgType"] == "my-event"


def test_a_failed_build_answers_its_error_in_messages_when_waited(
    dss_emulator_factory: Any, http_for: HttpFactory
) -> None:
    emulator = dss_emulator_factory(unavailable_packages=["nope"], build_seconds=0.01)
    admin = http_for(emulator)
    answer = admin.post(
        "/admin/code-envs/PYTHON/env",
        params={"wait": "true"},
        json={"deploymentMode": "DESIGN_MANAGED", "specPackageList": "nope"},
    )
    assert answer.status_code == 200
    outcome = answer.json()
    assert outcome["messages"]["error"] is True and "nope" in outcome["messages"]["messages"][-1]["message"]
    assert admin.get("/admin/code-envs/").json() == []
