"""MLflow's tracking API on the emulator over raw HTTP: the project comes from the x-dku-mlflow-project-key
header parameter (the emulator's header parameters, issue 19), under the official client's base path."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx

from dssclient.emulator import Emulator
from tests.emulator.conftest import READER_KEY, HttpFactory

ErrorOf = Callable[[httpx.Response], dict[str, Any]]
SEARCH = "/api/2.0/mlflow/experiments/search"


def test_the_project_header_is_required_and_names_the_project(
    dss_emulator: Emulator, http_for: HttpFactory, new_project: Callable[..., dict[str, Any]], error_of: ErrorOf
) -> None:
    new_project("A")
    new_project("B")
    http = http_for(dss_emulator, base="/dip/publicapi")
    missing = http.post(SEARCH, json={})
    assert missing.status_code == 400
    assert "x-dku-mlflow-project-key" in error_of(missing)["message"]
    created = http.post(
        "/api/2.0/mlflow/experiments/create", json={"name": "e"}, headers={"X-DKU-MLflow-Project-Key": "A"}
    )
    assert created.status_code == 200 and created.json() == {"experiment_id": "1"}
    in_a = http.post(SEARCH, json={}, headers={"x-dku-mlflow-project-key": "A"}).json()
    assert [e["name"] for e in in_a["experiments"]] == ["e"]
    assert http.post(SEARCH, json={}, headers={"x-dku-mlflow-project-key": "B"}).json() == {}
    unknown = http.post(SEARCH, json={}, headers={"x-dku-mlflow-project-key": "NOPE"})
    assert unknown.status_code == 404


def test_a_reader_of_another_project_is_refused(
    dss_emulator: Emulator, http_for: HttpFactory, new_project: Callable[..., dict[str, Any]]
) -> None:
    new_project("HIDDEN")
    http = http_for(dss_emulator, READER_KEY, base="/dip/publicapi")
    answer = http.post(SEARCH, json={}, headers={"x-dku-mlflow-project-key": "HIDDEN"})
    assert answer.status_code == 403
