# Derived from tests/e2e/aio/test_api_services.py by scripts/unasync.py: do not edit.
"""API services of a project (the API Designer), end to end against the emulator: settings, endpoints, packages."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from dssclient import (
    BadRequestError,
    ConflictError,
    DSSClient,
    InvalidIdentifierError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.dss.apiservice import DSSAPIService, DSSAPIServiceListItem, DSSAPIServiceSettings
from dssclient.dss.project import DSSProject
from tests.conftest import admin_key


def service_with_endpoint(client: DSSClient, service_id: str = "churn") -> DSSAPIService:
    project = client.get_project("P")
    if "P" not in client.list_project_keys():
        project = client.create_project("P", "P", "admin")
    service = project.create_api_service(service_id)
    settings = service.get_settings()
    settings.add_prediction_endpoint("predict", "SavedModel1")
    settings.save()
    return service


def read_archive(service: DSSAPIService, package_id: str) -> bytes:
    with service.download_package_stream(package_id) as archive:
        return archive.read()


def test_a_new_service_has_no_endpoint_and_is_listed(client: DSSClient, dss_emulator: Any) -> None:
    project = client.create_project("P", "P", "admin")
    service = project.create_api_service("churn")
    assert isinstance(service, DSSAPIService) and service.id == "churn"
    (entry,) = [e for e in dss_emulator.request_log if e.operation_id == "createApiService"]
    assert entry.body == b"" and entry.path.endswith("/projects/P/apiservices/churn")
    settings = service.get_settings()
    assert isinstance(settings, DSSAPIServiceSettings)
    assert settings.endpoints == [] and settings.auth_method in ("PUBLIC", "API_KEYS", "OAUTH2")

    (item,) = project.list_api_services()
    assert isinstance(item, DSSAPIServiceListItem) and isinstance(item, dict)
    assert (item.id, item.name, item.endpoints, item["projectKey"]) == ("churn", "churn", [], "P")
    assert item.auth_method == settings.auth_method
    assert item.to_api_service().service_id == "churn" and item.to_api_service().project_key == "P"
    (handle,) = project.list_api_services(as_type="objects")
    assert (handle.project_key, handle.id) == ("P", "churn")
    assert project.get_api_service("churn").id == "churn"
    with pytest.raises(ValueError):
        project.list_api_services(as_type="list_item")  # type: ignore[call-overload]


def test_endpoint_helpers_add_endpoints_that_saving_keeps(client: DSSClient) -> None:
    project = client.create_project("P", "P", "admin")
    service = project.create_api_service("models")
    settings = service.get_settings()
    settings.add_prediction_endpoint("p", "M1")
    settings.add_multitarget_prediction_endpoint("mt", "M2")
    settings.add_clustering_endpoint("c", "M3")
    settings.add_forecasting_endpoint("f", "M4")
    settings.add_causal_prediction_endpoint("cp", "M5", compute_propensity=True)
    settings.endpoints.append({"id": "fn", "type": "PY_FUNCTION", "code": "def f(x):\n    return x\n"})
    settings.save()
    reread = (service.get_settings()).endpoints
    assert reread[0] == {"id": "p", "type": "STD_PREDICTION", "modelRef": "M1"}
    assert [(e["id"], e["type"]) for e in reread] == [
        ("p", "STD_PREDICTION"),
        ("mt", "STD_MULTITARGET_PREDICTION"),
        ("c", "STD_CLUSTERING"),
        ("f", "STD_FORECAST"),
        ("cp", "STD_CAUSAL_PREDICTION"),
        ("fn", "PY_FUNCTION"),
    ]
    assert reread[4] == {
        "id": "cp",
        "type": "STD_CAUSAL_PREDICTION",
        "modelRef": "M5",
        "computePropensity": True,
        "useJava": False,
    }
    (item,) = project.list_api_services()
    assert [e["id"] for e in item.endpoints] == ["p", "mt", "c", "f", "cp", "fn"]


def test_settings_round_trip_unchanged(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(drop_nulls=False)
    with DSSClient(emulator.url, admin_key(emulator)) as client:
        project = client.create_project("P", "P", "admin")
        service = project.create_api_service("s")
        settings = service.get_settings()
        raw = settings.get_raw()
        raw["futureField"] = {"nested": [1, None, {"x": "ü€"}]}
        raw["description"] = None
        raw["name"] = "Sérvice ☃"
        raw["endpoints"] = [{"id": "e", "type": "SQL_QUERY", "queries": [{"query": "SELECT 1"}], "extra": None}]
        settings.save()
        assert (service.get_settings()).get_raw() == raw


def test_bad_settings_are_refused_and_lose_nothing(client: DSSClient) -> None:
    service = service_with_endpoint(client)
    before = (service.get_settings()).get_raw()
    for change in (
        lambda raw: raw.update(id="renamed"),
        lambda raw: raw.update(projectKey="OTHER"),
        lambda raw: raw["endpoints"].append({"id": "predict", "type": "PY_FUNCTION"}),
        lambda raw: raw["endpoints"].append({"id": "no-type"}),
        lambda raw: raw.update(endpoints="not a list"),
    ):
        settings = service.get_settings()
        change(settings.get_raw())
        with pytest.raises(BadRequestError):
            settings.save()
        assert (service.get_settings()).get_raw() == before


def test_service_ids_follow_dss_rules(client: DSSClient) -> None:
    project = client.create_project("P", "P", "admin")
    project.create_api_service("churn")
    with pytest.raises(ConflictError):
        project.create_api_service("churn")
    for bad in ("a b", "a/b", "é"):
        with pytest.raises(BadRequestError):
            project.create_api_service(bad)
    with pytest.raises(InvalidIdentifierError):
        project.create_api_service("..")
    assert [item.id for item in project.list_api_services()] == ["churn"]
    for unknown in ("nope", "a/b"):
        with pytest.raises(NotFoundError):
            project.get_api_service(unknown).get_settings()
    with pytest.raises(NotFoundError):
        client.get_project("NOPE").list_api_services()


def test_readers_read_and_do_not_write(client: DSSClient, reader_client: DSSClient) -> None:
    client.create_project("P", "P", "admin", permissions=[{"group": "readers", "readProjectContent": True}])
    service = service_with_endpoint(client)
    service.create_package("v1")
    as_reader: DSSProject = reader_client.get_project("P")
    assert [item.id for item in as_reader.list_api_services()] == ["churn"]
    theirs = as_reader.get_api_service("churn")
    assert (theirs.list_packages())[0]["id"] == "v1"
    with pytest.raises(PermissionDeniedError):
        as_reader.create_api_service("mine")
    with pytest.raises(PermissionDeniedError):
        (theirs.get_settings()).save()
    with pytest.raises(PermissionDeniedError):
        theirs.create_package("v2")
    with pytest.raises(PermissionDeniedError):
        theirs.publish_package("v1")
    with pytest.raises(PermissionDeniedError):
        reader_client.get_project("P2").list_api_services()


def test_a_package_freezes_the_service_into_a_zip(client: DSSClient, dss_emulator: Any) -> None:
    service = service_with_endpoint(client)
    service.create_package("v1", release_notes="First version")
    service.create_package("v1.1")
    logged = [e.query for e in dss_emulator.request_log if e.operation_id == "createApiServicePackage"]
    assert logged == [{"releaseNotes": ["First version"]}, {}]

    settings = service.get_settings()
    settings.add_clustering_endpoint("clusters", "SavedModel2")
    settings.save()  # after packaging: the packages keep what they froze

    packages = service.list_packages()
    assert [p["id"] for p in packages] == ["v1", "v1.1"]
    assert all(isinstance(p["createdOn"], int) and p["createdOn"] > 0 for p in packages)
    summary = service.get_package_summary("v1")
    assert summary["id"] == "v1" and summary["releaseNotes"] == "First version"
    assert summary["endpoints"] == [{"id": "predict", "type": "STD_PREDICTION"}]

    data = read_archive(service, "v1")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        packaged = json.loads(archive.read("service.json"))
        meta = json.loads(archive.read("package.json"))
    assert "endpoints/predict.json" in names
    assert [e["id"] for e in packaged["endpoints"]] == ["predict"]
    assert (meta["serviceId"], meta["version"], meta["releaseNotes"]) == ("churn", "v1", "First version")
    assert read_archive(service, "v1") == data  # the same package downloads the same bytes


def test_download_package_to_file(client: DSSClient, tmp_path: Path) -> None:
    service = service_with_endpoint(client)
    service.create_package("v1")
    target = tmp_path / "churn-v1.zip"
    service.download_package_to_file("v1", str(target))
    assert target.read_bytes() == read_archive(service, "v1")
    with pytest.raises(NotFoundError):
        service.download_package_to_file("nope", tmp_path / "nope.zip")
    assert not (tmp_path / "nope.zip").exists()


def test_package_ids_and_deletion(client: DSSClient) -> None:
    service = service_with_endpoint(client)
    service.create_package("v1")
    with pytest.raises(ConflictError):
        service.create_package("v1")
    for bad in (".hidden", "v 2", "v/2"):
        with pytest.raises(BadRequestError):
            service.create_package(bad)
    service.delete_package("v1")
    assert service.list_packages() == []
    with pytest.raises(NotFoundError):
        service.get_package_summary("v1")
    with pytest.raises(NotFoundError):
        service.delete_package("v1")
    with pytest.raises(NotFoundError):
        (service.download_package_stream("v1")).read()


def test_publishing_creates_or_feeds_a_published_service(client: DSSClient, dss_emulator: Any) -> None:
    service = service_with_endpoint(client)
    service.create_package("v1")
    service.create_package("v2")
    service.publish_package("v1")
    service.publish_package("v2")
    service.publish_package("v1", published_service_id="churn-prod")
    logged = [e.query for e in dss_emulator.request_log if e.operation_id == "publishApiServicePackage"]
    assert logged == [{}, {}, {"publishedServiceId": ["churn-prod"]}]

    deployer = client.get_apideployer()
    assert sorted(s.service_id for s in deployer.list_services()) == ["churn", "churn-prod"]
    versions = (deployer.get_service("churn").get_status()).get_versions()
    assert [v["id"] for v in versions] == ["v1", "v2"]
    published = deployer.get_service("churn").get_version_stream("v1")
    with published:
        assert published.read() == read_archive(service, "v1")
    summary = service.get_package_summary("v1")
    assert [p["publishedServiceId"] for p in summary["publishedTo"]] == ["churn", "churn-prod"]

    with pytest.raises(ConflictError):
        service.publish_package("v1")  # the published service already has v1
    with pytest.raises(NotFoundError):
        service.publish_package("v9")
    with pytest.raises(BadRequestError):
        service.publish_package("v1", published_service_id="no spaces")


def test_deleting_the_project_deletes_its_services_not_what_was_published(client: DSSClient) -> None:
    service = service_with_endpoint(client)
    service.create_package("v1")
    service.publish_package("v1")
    client.get_project("P").delete()
    client.create_project("P", "P", "admin")
    assert client.get_project("P").list_api_services() == []
    versions = (client.get_apideployer().get_service("churn").get_status()).get_versions()
    assert [v["id"] for v in versions] == ["v1"]
