"""Datasets: creation with defaults, listing filters, settings, schema, metadata, partitions, deletion."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

ErrorOf = Callable[[httpx.Response], dict[str, Any]]


@pytest.fixture
def project(new_project: Callable[..., Any]) -> str:
    new_project("P")
    return "P"


def create(client: httpx.Client, name: str, project_key: str = "P", **fields: Any) -> httpx.Response:
    body = {"projectKey": project_key, "name": name, "type": "Filesystem", **fields}
    return client.post(f"/projects/{project_key}/datasets/", json=body)


def test_created_dataset_gets_defaults(admin_http: httpx.Client, project: str) -> None:
    answer = create(
        admin_http, "d", params={"connection": "filesystem_managed", "path": "/x"}, formatType="csv", custom={"a": 1}
    )
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/json")
    definition = admin_http.get("/projects/P/datasets/d").json()
    assert definition["params"] == {"connection": "filesystem_managed", "path": "/x"} and definition["custom"] == {
        "a": 1
    }
    assert definition["schema"] == {"columns": [], "userModified": False}
    assert definition["partitioning"] == {"dimensions": []}
    assert definition["tags"] == [] and definition["managed"] is False
    assert definition["creationTag"]["lastModifiedBy"]["login"] == "admin"
    assert [d["name"] for d in admin_http.get("/projects/P/datasets/").json()] == ["d"]


def test_metrics_given_at_creation_are_completed_with_dss_defaults(admin_http: httpx.Client, project: str) -> None:
    probe = {"type": "col_stats", "configuration": {"aggregates": [{"column": "a", "aggregated": "MAX"}]}}
    answer = create(admin_http, "d", metrics={"probes": [probe]}, metricsChecks={"runOnBuild": True})
    assert answer.status_code == 200, answer.text
    definition = admin_http.get("/projects/P/datasets/d").json()
    # What the body gives stays; what it leaves out is DSS's default.
    assert definition["metrics"]["probes"] == [probe]
    assert definition["metrics"]["engineConfig"]["dss"]["selection"]["samplingMethod"] == "FULL"
    assert "records:COUNT_RECORDS" in definition["metrics"]["displayedState"]["metrics"]
    assert definition["metricsChecks"] == {"runOnBuild": True, "checks": [], "displayedState": {"checks": []}}
    refused = create(admin_http, "e", metrics={"probes": [{"enabled": True}]})
    assert refused.status_code == 400


def test_creation_checks_project_and_name(admin_http: httpx.Client, project: str, error_of: ErrorOf) -> None:
    answer = admin_http.post("/projects/P/datasets/", json={"projectKey": "Q", "name": "d", "type": "Inline"})
    assert answer.status_code == 400 and "projectKey" in error_of(answer)["message"]
    assert create(admin_http, "d").status_code == 200
    conflict = create(admin_http, "d")
    assert conflict.status_code == 409
    assert error_of(conflict)["errorType"] == "com.dataiku.dip.exceptions.AlreadyExistsException"


def test_missing_dataset_is_404(admin_http: httpx.Client, project: str, error_of: ErrorOf) -> None:
    for path in ("", "/schema", "/metadata", "/partitions"):
        answer = admin_http.get(f"/projects/P/datasets/nope{path}")
        assert answer.status_code == 404
        error = error_of(answer)
        assert error["errorType"] == "com.dataiku.dip.server.controllers.NotFoundException"
        assert error["message"] == "dataset does not exist: P.nope"


def test_tag_filter_takes_repeated_keys(admin_http: httpx.Client, project: str) -> None:
    create(admin_http, "a", tags=["red"])
    create(admin_http, "b", tags=["blue"])
    create(admin_http, "c", tags=[])

    def names(params: Any) -> list[str]:
        answer = admin_http.get("/projects/P/datasets/", params=params)
        assert answer.status_code == 200
        return sorted(d["name"] for d in answer.json())

    assert names([("tags", "red"), ("tags", "blue")]) == ["a", "b"]
    assert names({"tags": "blue"}) == ["b"]
    assert names({}) == ["a", "b", "c"]


def test_foreign_datasets_come_from_exposed_objects(
    admin_http: httpx.Client, new_project: Callable[..., Any], project: str
) -> None:
    new_project("SRC")
    create(admin_http, "shared", project_key="SRC")
    create(admin_http, "private", project_key="SRC")
    settings = admin_http.get("/projects/SRC/settings").json()
    settings["exposedObjects"] = {
        "objects": [{"type": "DATASET", "localName": "shared", "rules": [{"targetProject": "P"}]}]
    }
    admin_http.put("/projects/SRC/settings", json=settings)
    create(admin_http, "own")
    assert [d["name"] for d in admin_http.get("/projects/P/datasets/").json()] == ["own"]
    listed = admin_http.get("/projects/P/datasets/", params={"foreign": "True"}).json()
    assert [(d["projectKey"], d["name"]) for d in listed] == [("P", "own"), ("SRC", "shared")]


def test_settings_are_stored_as_received(admin_http: httpx.Client, project: str) -> None:
    create(admin_http, "d", params={"connection": "filesystem_managed"})
    definition = admin_http.get("/projects/P/datasets/d").json()
    definition["params"]["newOption"] = [1, {"x": "y"}]
    definition["notInTheSpec"] = True
    del definition["managed"]
    assert admin_http.put("/projects/P/datasets/d", json=definition).status_code == 200
    assert admin_http.get("/projects/P/datasets/d").json() == definition


@pytest.mark.parametrize(("field", "value"), [("name", "renamed"), ("projectKey", "Q")])
def test_renaming_through_settings_is_refused(admin_http: httpx.Client, project: str, field: str, value: str) -> None:
    create(admin_http, "d")
    definition = admin_http.get("/projects/P/datasets/d").json()
    definition[field] = value
    assert admin_http.put("/projects/P/datasets/d", json=definition).status_code == 400
    assert admin_http.get("/projects/P/datasets/d").json()[field] != value


def test_schema_round_trip(admin_http: httpx.Client, project: str) -> None:
    create(admin_http, "d")
    schema = {
        "columns": [{"name": "a", "type": "string", "maxLength": -1}, {"name": "b", "type": "bigint"}],
        "userModified": True,
        "extra": "kept",
    }
    answer = admin_http.put("/projects/P/datasets/d/schema", json=schema)
    assert answer.status_code == 200 and isinstance(answer.json(), dict)
    assert admin_http.get("/projects/P/datasets/d/schema").json() == schema
    assert admin_http.get("/projects/P/datasets/d").json()["schema"] == schema


def test_metadata_round_trip_shares_tags_with_the_definition(admin_http: httpx.Client, project: str) -> None:
    create(admin_http, "d")
    metadata = admin_http.get("/projects/P/datasets/d/metadata").json()
    assert metadata["label"] == "d" and metadata["custom"] == {"kv": {}}
    metadata["tags"] = ["gold"]
    metadata["custom"]["kv"]["owner"] = "team"
    answer = admin_http.put("/projects/P/datasets/d/metadata", json=metadata)
    assert answer.status_code == 200 and isinstance(answer.json(), dict)
    assert admin_http.get("/projects/P/datasets/d/metadata").json() == metadata
    assert [d["name"] for d in admin_http.get("/projects/P/datasets/", params={"tags": "gold"}).json()] == ["d"]


def test_partitions(admin_http: httpx.Client, project: str) -> None:
    create(admin_http, "flat", emulatorPartitions=["ignored"])
    create(
        admin_http,
        "daily",
        partitioning={"dimensions": [{"name": "day", "type": "time"}]},
        emulatorPartitions=["2024-01-01", "2024-01-02"],
    )
    create(admin_http, "empty", partitioning={"dimensions": [{"name": "day", "type": "time"}]})
    assert admin_http.get("/projects/P/datasets/flat/partitions").json() == []
    assert admin_http.get("/projects/P/datasets/daily/partitions").json() == ["2024-01-01", "2024-01-02"]
    assert admin_http.get("/projects/P/datasets/empty/partitions").json() == []


def test_delete(admin_http: httpx.Client, project: str) -> None:
    create(admin_http, "d")
    answer = admin_http.delete("/projects/P/datasets/d", params={"dropData": "True"})
    assert answer.status_code == 204
    assert admin_http.get("/projects/P/datasets/d").status_code == 404
    assert admin_http.delete("/projects/P/datasets/d").status_code == 404


def test_readers_of_a_project_read_but_do_not_write_its_datasets(
    admin_http: httpx.Client, reader_http: httpx.Client, new_project: Callable[..., Any]
) -> None:
    new_project("SHARED", permissions=[{"group": "readers", "readProjectContent": True}])
    create(admin_http, "d", project_key="SHARED")
    assert reader_http.get("/projects/SHARED/datasets/d").status_code == 200
    assert reader_http.delete("/projects/SHARED/datasets/d").status_code == 403
    assert create(reader_http, "e", project_key="SHARED").status_code == 403
