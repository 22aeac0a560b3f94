"""Identifiers travel as percent-encoded path segments; dot segments and bad encodings are refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from dssclient.emulator import Emulator

ODD_NAMES = ["a/b", "x y", "é", "?", "#", "%2F", "a+b", "..a", "semi;colon"]


@pytest.mark.parametrize("name", ODD_NAMES)
def test_encoded_identifiers_reach_exactly_their_resource(
    admin_http: httpx.Client, new_project: Callable[..., Any], name: str
) -> None:
    new_project(name)
    new_project("decoy")  # a project whose key is a prefix or a neighbour must not answer
    answer = admin_http.get(f"/projects/{quote(name, safe='')}/settings")
    assert answer.status_code == 200, answer.text
    assert answer.json()["projectKey"] == name


def test_encoded_slash_is_one_segment_and_distinct_from_a_literal_percent(
    admin_http: httpx.Client, new_project: Callable[..., Any], dss_emulator: Emulator
) -> None:
    new_project("a/b")
    new_project("a%2Fb")
    assert admin_http.get("/projects/a%2Fb/settings").json()["projectKey"] == "a/b"
    assert admin_http.get("/projects/a%252Fb/settings").json()["projectKey"] == "a%2Fb"
    # An unencoded slash makes another path, which is no operation.
    assert admin_http.get("/projects/a/b/settings").status_code == 404


def test_dataset_names_are_decoded_too(admin_http: httpx.Client, new_project: Callable[..., Any]) -> None:
    new_project("P")
    created = admin_http.post("/projects/P/datasets/", json={"projectKey": "P", "name": "d/1 é", "type": "Inline"})
    assert created.status_code == 200
    answer = admin_http.get(f"/projects/P/datasets/{quote('d/1 é', safe='')}")
    assert answer.status_code == 200 and answer.json()["name"] == "d/1 é"


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


def test_the_raw_path_is_logged_encoded(
    admin_http: httpx.Client, new_project: Callable[..., Any], dss_emulator: Emulator
) -> None:
    new_project("a/b")
    admin_http.get("/projects/a%2Fb/metadata")
    entry = dss_emulator.request_log[-1]
    assert entry.path == "/public/api/projects/a%2Fb/metadata" and entry.operation_id == "getProjectMetadata"
