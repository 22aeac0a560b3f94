"""API services of a project (the API Designer), end to end against the emulator: settings, endpoints, packages."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from dssclient import (
    AsyncDSSClient,
    BadRequestError,
    ConflictError,
    InvalidIdentifierError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.aio.dss.apiservice import AsyncDSSAPIService, AsyncDSSAPIServiceListItem, AsyncDSSAPIServiceSettings
from dssclient.aio.dss.project import AsyncDSSProject
from tests.conftest import admin_key

pytestmark = pytest.mark.anyio  # unasync: remove


async def service_with_endpoint(client: AsyncDSSClient, service_id: str = "churn") -> AsyncDSSAPIService:
    project = client.get_project("P")
    if "P" not in await client.list_project_keys():
        project = await client.create_project("P", "P", "admin")
    service = await project.create_api_service(service_id)
    settings = await service.get_settings()
    settings.add_prediction_endpoint("predict", "SavedModel1")
    await settings.save()
    return service


async def read_archive(service: AsyncDSSAPIService, package_id: str) -> bytes:
    async with await service.download_package_stream(package_id) as archive:
        return await archive.read()


async def test_a_new_service_has_no_endpoint_and_is_listed(client: AsyncDSSClient, dss_emulator: Any) -> None:
    project = await client.create_project("P", "P", "admin")
    service = await project.create_api_service("churn")
    assert isinstance(service, AsyncDSSAPIService) and service.id == "churn"
    (entry,) = [e for e in dss_emulator.request_log if e.operation_id == "createApiService"]
    assert entry.body == b"" and entry.path.endswith("/projects/P/apiservices/churn")
    settings = await service.get_settings()
    assert isinstance(settings, AsyncDSSAPIServiceSettings)
    assert settings.endpoints == [] and settings.auth_method in ("PUBLIC", "API_KEYS", "OAUTH2")

    (item,) = await project.list_api_services()
    assert isinstance(item, AsyncDSSAPIServiceListItem) and isinstance(item, dict)
    assert (item.id, item.name, item.endpoints, item["projectKey"]) == ("churn", "churn", [], "P")
    assert item.auth_method == settings.auth_method
    assert item.to_api_service().service_id == "churn" and item.to_api_service().project_key == "P"
    (handle,) = await project.list_api_services(as_type="objects")
    assert (handle.project_key, handle.id) == ("P", "churn")
    assert project.get_api_service("churn").id == "churn"
    with pytest.raises(ValueError):
        await project.list_api_services(as_type="list_item")  # type: ignore[call-overload]


async def test_endpoint_helpers_add_endpoints_that_saving_keeps(client: AsyncDSSClient) -> None:
    project = await client.create_project("P", "P", "admin")
    service = await project.create_api_service("models")
    settings = await service.get_settings()
    settings.add_prediction_endpoint("p", "M1")
    settings.add_multitarget_prediction_endpoint("mt", "M2")
    settings.add_clustering_endpoint("c", "M3")
    settings.add_forecasting_endpoint("f", "M4")
    settings.add_causal_prediction_endpoint("cp", "M5", compute_propensity=True)
    settings.endpoints.append({"id": "fn", "type": "PY_FUNCTION", "code": "def f(x):\n    return x\n"})
    await settings.save()
    reread = (await service.get_settings()).endpoints
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
    (item,) = await project.list_api_services()
    assert [e["id"] for e in item.endpoints] == ["p", "mt", "c", "f", "cp", "fn"]


async def test_settings_round_trip_unchanged(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(drop_nulls=False)
    async with AsyncDSSClient(emulator.url, admin_key(emulator)) as client:
        project = await client.create_project("P", "P", "admin")
        service = await project.create_api_service("s")
        settings = await service.get_settings()
        raw = settings.get_raw()
        raw["futureField"] = {"nested": [1, None, {"x": "ü€"}]}
        raw["description"] = None
        raw["name"] = "Sérvice ☃"
        raw["endpoints"] = [{"id": "e", "type": "SQL_QUERY", "queries": [{"query": "SELECT 1"}], "extra": None}]
        await settings.save()
        assert (await service.get_settings()).get_raw() == raw


async def test_bad_settings_are_refused_and_lose_nothing(client: AsyncDSSClient) -> None:
    service = await service_with_endpoint(client)
    before = (await service.get_settings()).get_raw()
    for change in (
        lambda raw: raw.update(id="renamed"),
        lambda raw: raw.update(projectKey="OTHER"),
        lambda raw: raw["endpoints"].append({"id": "predict", "type": "PY_FUNCTION"}),
        lambda raw: raw["endpoints"].append({"id": "no-type"}),
        lambda raw: raw.update(endpoints="not a list"),
    ):
        settings = await service.get_settings()
        change(settings.get_raw())
        with pytest.raises(BadRequestError):
            await settings.save()
        assert (await service.get_settings()).get_raw() == before


async def test_service_ids_follow_dss_rules(client: AsyncDSSClient) -> None:
    project = await client.create_project("P", "P", "admin")
    await project.create_api_service("churn")
    with pytest.raises(ConflictError):
        await project.create_api_service("churn")
    for bad in ("a b", "a/b", "é"):
        with pytest.raises(BadRequestError):
            await project.create_api_service(bad)
    with pytest.raises(InvalidIdentifierError):
        await project.create_api_service("..")
    assert [item.id for item in await project.list_api_services()] == ["churn"]
    for unknown in ("nope", "a/b"):
        with pytest.raises(NotFoundError):
            await project.get_api_service(unknown).get_settings()
    with pytest.raises(NotFoundError):
        await client.get_project("NOPE").list_api_services()


async def test_readers_read_and_do_not_write(client: AsyncDSSClient, reader_client: AsyncDSSClient) -> None:
    await client.create_project("P", "P", "admin", permissions=[{"group": "readers", "readProjectContent": True}])
    service = await service_with_endpoint(client)
    await service.create_package("v1")
    as_reader: AsyncDSSProject = reader_client.get_project("P")
    assert [item.id for item in await as_reader.list_api_services()] == ["churn"]
    theirs = as_reader.get_api_service("churn")
    assert (await theirs.list_packages())[0]["id"] == "v1"
    with pytest.raises(PermissionDeniedError):
        await as_reader.create_api_service("mine")
    with pytest.raises(PermissionDeniedError):
        await (await theirs.get_settings()).save()
    with pytest.raises(PermissionDeniedError):
        await theirs.create_package("v2")
    with pytest.raises(PermissionDeniedError):
        await theirs.publish_package("v1")
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_project("P2").list_api_services()


async def test_a_package_freezes_the_service_into_a_zip(client: AsyncDSSClient, dss_emulator: Any) -> None:
    service = await service_with_endpoint(client)
    await service.create_package("v1", release_notes="First version")
    await service.create_package("v1.1")
    logged = [e.query for e in dss_emulator.request_log if e.operation_id == "createApiServicePackage"]
    assert logged == [{"releaseNotes": ["First version"]}, {}]

    settings = await service.get_settings()
    settings.add_clustering_endpoint("clusters", "SavedModel2")
    await settings.save()  # after packaging: the packages keep what they froze

    packages = await service.list_packages()
    assert [p["id"] for p in packages] == ["v1", "v1.1"]
    assert all(isinstance(p["createdOn"], int) and p["createdOn"] > 0 for p in packages)
    summary = await service.get_package_summary("v1")
    assert summary["id"] == "v1" and summary["releaseNotes"] == "First version"
    assert summary["endpoints"] == [{"id": "predict", "type": "STD_PREDICTION"}]

    data = await read_archive(service, "v1")
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        packaged = json.loads(archive.read("service.json"))
        meta = json.loads(archive.read("package.json"))
    assert "endpoints/predict.json" in names
    assert [e["id"] for e in packaged["endpoints"]] == ["predict"]
    assert (meta["serviceId"], meta["version"], meta["releaseNotes"]) == ("churn", "v1", "First version")
    assert await read_archive(service, "v1") == data  # the same package downloads the same bytes


async def test_download_package_to_file(client: AsyncDSSClient, tmp_path: Path) -> None:
    service = await service_with_endpoint(client)
    await service.create_package("v1")
    target = tmp_path / "churn-v1.zip"
    await service.download_package_to_file("v1", str(target))
    assert target.read_bytes() == await read_archive(service, "v1")
    with pytest.raises(NotFoundError):
        await service.download_package_to_file("nope", tmp_path / "nope.zip")
    assert not (tmp_path / "nope.zip").exists()


async def test_package_ids_and_deletion(client: AsyncDSSClient) -> None:
    service = await service_with_endpoint(client)
    await service.create_package("v1")
    with pytest.raises(ConflictError):
        await service.create_package("v1")
    for bad in (".hidden", "v 2", "v/2"):
        with pytest.raises(BadRequestError):
            await service.create_package(bad)
    await service.delete_package("v1")
    assert await service.list_packages() == []
    with pytest.raises(NotFoundError):
        await service.get_package_summary("v1")
    with pytest.raises(NotFoundError):
        await service.delete_package("v1")
    with pytest.raises(NotFoundError):
        await (await service.download_package_stream("v1")).read()


async def test_publishing_creates_or_feeds_a_published_service(client: AsyncDSSClient, dss_emulator: Any) -> None:
    service = await service_with_endpoint(client)
    await service.create_package("v1")
    await service.create_package("v2")
    await service.publish_package("v1")
    await service.publish_package("v2")
    await service.publish_package("v1", published_service_id="churn-prod")
    logged = [e.query for e in dss_emulator.request_log if e.operation_id == "publishApiServicePackage"]
    assert logged == [{}, {}, {"publishedServiceId": ["churn-prod"]}]

    deployer = client.get_apideployer()
    assert sorted(s.service_id for s in await deployer.list_services()) == ["churn", "churn-prod"]
    versions = (await deployer.get_service("churn").get_status()).get_versions()
    assert [v["id"] for v in versions] == ["v1", "v2"]
    published = await deployer.get_service("churn").get_version_stream("v1")
    async with published:
        assert await published.read() == await read_archive(service, "v1")
    summary = await service.get_package_summary("v1")
    assert [p["publishedServiceId"] for p in summary["publishedTo"]] == ["churn", "churn-prod"]

    with pytest.raises(ConflictError):
        await service.publish_package("v1")  # the published service already has v1
    with pytest.raises(NotFoundError):
        await service.publish_package("v9")
    with pytest.raises(BadRequestError):
        await service.publish_package("v1", published_service_id="no spaces")


async def test_deleting_the_project_deletes_its_services_not_what_was_published(client: AsyncDSSClient) -> None:
    service = await service_with_endpoint(client)
    await service.create_package("v1")
    await service.publish_package("v1")
    await client.get_project("P").delete()
    await client.create_project("P", "P", "admin")
    assert await client.get_project("P").list_api_services() == []
    versions = (await client.get_apideployer().get_service("churn").get_status()).get_versions()
    assert [v["id"] for v in versions] == ["v1"]
