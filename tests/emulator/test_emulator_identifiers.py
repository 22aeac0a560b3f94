"""Identifiers travel as percent-encoded path segments; dot segments and bad encodings are refused.

DSS's naming rules keep new projects and datasets to letters, digits and underscores,
but identifiers of other objects (logins, code env names, file paths) hold any
character, so addressing is tested on objects seeded into the state directly.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from dssclient.emulator import Emulator

ODD_NAMES = ["a/b", "x y", "é", "?", "#", "%2F", "a+b", "..a", "semi;colon"]


def seed_project(emulator: Emulator, key: str) -> None:
    emulator.state.create_project(key, f"Project {key}", "admin")


@pytest.mark.parametrize("name", ODD_NAMES)
def test_encoded_identifiers_reach_exactly_their_resource(
    admin_http: httpx.Client, dss_emulator: Emulator, name: str
) -> None:
    seed_project(dss_emulator, name)
    seed_project(dss_emulator, "decoy")  # a project whose key is a prefix or a neighbour must not answer
    answer = admin_http.get(f"/projects/{quote(name, safe='')}/settings")
    assert answer.status_code == 200, answer.text
    assert answer.json()["projectKey"] == name


def test_encoded_slash_is_one_segment_and_distinct_from_a_literal_percent(
    admin_http: httpx.Client, dss_emulator: Emulator
) -> None:
    seed_project(dss_emulator, "a/b")
    seed_project(dss_emulator, "a%2Fb")
    assert admin_http.get("/projects/a%2Fb/settings").json()["projectKey"] == "a/b"
    assert admin_http.get("/projects/a%252Fb/settings").json()["projectKey"] == "a%2Fb"
    # An unencoded slash makes another path, which is no operation.
    assert admin_http.get("/projects/a/b/settings").status_code == 404


def test_dataset_names_are_decoded_too(
    admin_http: httpx.Client, new_project: Callable[..., Any], dss_emulator: Emulator
) -> None:
    new_project("P")
    project = dss_emulator.state.projects["P"]
    dss_emulator.state.create_dataset(project, {"projectKey": "P", "name": "d/1 é", "type": "Inline"}, "admin")
    answer = admin_http.get(f"/projects/P/datasets/{quote('d/1 é', safe='')}")
    assert answer.status_code == 200 and answer.json()["name"] == "d/1 é"


@pytest.mark.parametrize("key", ["", ".", "..", "a/b", "x y", "é", "a-b", "a.b"])
def test_new_keys_and_names_follow_dss_naming_rules(
    admin_http: httpx.Client, new_project: Callable[..., Any], error_of: Callable[[httpx.Response], Any], key: str
) -> None:
    refused = admin_http.post("/projects/", json={"projectKey": key, "name": "n", "owner": "admin"})
    assert refused.status_code == 400 and "projectKey" in error_of(refused)["message"]
    new_project("P")
    refused = admin_http.post("/projects/P/datasets/", json={"projectKey": "P", "name": key, "type": "Inline"})
    assert refused.status_code == 400 and "name" in error_of(refused)["message"]
    assert [p["projectKey"] for p in admin_http.get("/projects/").json()] == ["P"]
    assert admin_http.get("/projects/P/datasets/").json() == []


@pytest.mark.parametrize(
    "target",
    [
        "/public/api/projects/../instance-info",
        "/public/api/projects/./settings",
        "/public/api/projects/%2E%2E/settings",
        "/public/api/projects/%2e/settings",
        "/public/api/projects//settings",
        "/dip/publicapi/projects/P/datasets/%2E%2E",
    ],
)
def test_ambiguous_segments_are_refused(
    dss_emulator: Emulator, raw_get: Callable[[Emulator, str], tuple[int, bytes]], target: str
) -> None:
    status, body = raw_get(dss_emulator, target)
    assert status == 400
    assert b"java.lang.IllegalArgumentException" in body and b"ambiguous path segment" in body


@pytest.mark.parametrize(
    "target",
    ["/public/api/projects/%FF/settings", "/public/api/projects/%zz/settings", "/public/api/auth/info?withSecrets=%FF"],
)
def test_undecodable_encodings_are_refused(
    dss_emulator: Emulator, raw_get: Callable[[Emulator, str], tuple[int, bytes]], target: str
) -> None:
    status, body = raw_get(dss_emulator, target)
    assert status == 400 and b"java.lang.IllegalArgumentException" in body


def test_the_raw_path_is_logged_encoded(admin_http: httpx.Client, dss_emulator: Emulator) -> None:
    seed_project(dss_emulator, "a/b")
    admin_http.get("/projects/a%2Fb/metadata")
    entry = dss_emulator.request_log[-1]
    assert entry.path == "/public/api/projects/a%2Fb/metadata" and entry.operation_id == "getProjectMetadata"
