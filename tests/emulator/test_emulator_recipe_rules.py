"""The flow's rules over raw HTTP: the DSS-style refusals of a second producer and of unknown
connections, and nothing half-created; SQL-connection datasets as tables."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

ErrorOf = Callable[[httpx.Response], dict[str, Any]]
ILLEGAL_ARGUMENT = "java.lang.IllegalArgumentException"


@pytest.fixture
def project(admin_http: httpx.Client, new_project: Callable[..., Any]) -> str:
    new_project("P")
    body = {"projectKey": "P", "name": "src", "type": "Inline", "params": {}}
    assert admin_http.post("/projects/P/datasets/", json=body).status_code == 200
    return "P"


def _recipe(name: str, outputs: list[str], **creation: Any) -> dict[str, Any]:
    return {
        "recipePrototype": {
            "type": "sync",
            "name": name,
            "inputs": {"main": {"items": [{"ref": "src"}]}},
            "outputs": {"main": {"items": [{"ref": ref} for ref in outputs]}},
        },
        "creationSettings": creation,
    }


def _names(admin_http: httpx.Client) -> tuple[list[str], list[str]]:
    datasets = [d["name"] for d in admin_http.get("/projects/P/datasets/").json()]
    return datasets, [r["name"] for r in admin_http.get("/projects/P/recipes/").json()]


def test_a_second_producer_is_refused_and_nothing_is_created(
    admin_http: httpx.Client, project: str, error_of: ErrorOf
) -> None:
    new = {"createOutputDataset": True, "outputDatasetSettings": {"connectionId": "filesystem_managed"}}
    assert admin_http.post("/projects/P/recipes/", json=_recipe("first", ["out"], **new)).status_code == 200
    answer = admin_http.post("/projects/P/recipes/", json=_recipe("second", ["out"]))
    assert answer.status_code == 400
    error = error_of(answer)
    assert error["errorType"] == ILLEGAL_ARGUMENT and "already the output of recipe first" in error["message"]
    by_role = {"outputDatasetsCreationSettingsByRole": {"main": {"fresh": {"connectionId": "filesystem_managed"}}}}
    answer = admin_http.post("/projects/P/recipes/", json=_recipe("third", ["fresh", "out"], **by_role))
    assert answer.status_code == 400
    assert _names(admin_http) == (["src", "out"], ["first"])


def test_unknown_connections_are_refused_everywhere(admin_http: httpx.Client, project: str, error_of: ErrorOf) -> None:
    dataset = {"projectKey": "P", "name": "d", "type": "Filesystem", "params": {"connection": "nowhere", "path": "d"}}
    managed = {"name": "m", "creationSettings": {"connectionId": "nowhere"}}
    recipe = _recipe("r", ["o"], createOutputDataset=True, outputDatasetSettings={"connectionId": "nowhere"})
    for path, body in (
        ("/projects/P/datasets/", dataset),
        ("/projects/P/datasets/managed", managed),
        ("/projects/P/recipes/", recipe),
    ):
        answer = admin_http.post(path, json=body)
        assert answer.status_code == 400, path
        error = error_of(answer)
        assert error["errorType"] == ILLEGAL_ARGUMENT and "connection 'nowhere' does not exist" in error["message"]
    assert _names(admin_http) == (["src"], [])


def test_a_managed_dataset_on_an_sql_connection_is_a_table(
    dss_emulator_factory: Any, http_for: Callable[..., httpx.Client]
) -> None:
    emulator = dss_emulator_factory(sql_connections={"warehouse": None})
    http = http_for(emulator)
    assert http.post("/projects/", json={"projectKey": "P", "name": "P", "owner": "admin"}).status_code == 200
    body = {"name": "m", "creationSettings": {"connectionId": "warehouse"}}
    assert http.post("/projects/P/datasets/managed", json=body).status_code == 200
    definition = http.get("/projects/P/datasets/m").json()
    assert definition["type"] == "PostgreSQL" and definition["managed"] is True
    assert definition["params"] == {"connection": "warehouse", "mode": "table", "table": "${projectKey}_m"}
