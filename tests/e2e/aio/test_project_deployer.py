"""The project deployer, end to end: publish a bundle, deploy it on an infrastructure, update, watch, tear down."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from dssclient import (
    AsyncDSSClient,
    AsyncDSSFuture,
    BadRequestError,
    ConflictError,
    FutureFailedError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.aio.dss.projectdeployer import (
    AsyncDSSProjectDeployer,
    AsyncDSSProjectDeployerDeployment,
    AsyncDSSProjectDeployerInfra,
    AsyncDSSProjectDeployerProject,
)
from tests.conftest import FAST_POLLING, admin_key, sent_bodies

pytestmark = pytest.mark.anyio  # unasync: remove


async def published(client: AsyncDSSClient, *bundle_ids: str) -> AsyncDSSProjectDeployer:
    project = await client.create_project("SALES", "Sales", "admin")
    for bundle_id in bundle_ids:
        await project.export_bundle(bundle_id)
        where = await project.publish_bundle(bundle_id)
        assert where["publishedProjectKey"] == "SALES" and where["publishedBy"] == "admin"
    return client.get_projectdeployer()


async def ready_infra(deployer: AsyncDSSProjectDeployer, infra_id: str = "prod") -> AsyncDSSProjectDeployerInfra:
    infra = await deployer.create_infra(infra_id, "Production")
    settings = await infra.get_settings()
    settings.get_raw()["automationNodeUrl"] = "https://automation.example.com"
    await settings.save()
    return infra


async def test_a_published_bundle_is_deployed_updated_and_healthy(client: AsyncDSSClient) -> None:
    deployer = await published(client, "v1", "v2")
    assert [stage["id"] for stage in await deployer.list_stages()] == ["Development", "Test", "Production"]
    await ready_infra(deployer)
    deployment = await deployer.create_deployment("sales-prod", "SALES", "prod", "v1", deployed_project_key="SALES_P")
    assert isinstance(deployment, AsyncDSSProjectDeployerDeployment)
    status = await deployment.get_status()
    assert status.get_health() == "OUT_OF_SYNC", "nothing is deployed before the first update"
    assert status.get_light()["deploymentBasicInfo"]["deployedProjectKey"] == "SALES_P"

    update = await deployment.start_update()
    assert isinstance(update, AsyncDSSFuture)
    result = await update.wait_for_result(timeout=10)
    assert result["bundleId"] == "v1"
    status = await deployment.get_status()
    assert (status.get_health(), status.get_heavy()["deployedBundleId"]) == ("HEALTHY", "v1")
    assert status.get_health_messages()["messages"] == []

    settings = await deployment.get_settings()
    assert (settings.bundle_id, settings.published_project_key) == ("v1", "SALES")
    settings.bundle_id = "v2"
    await settings.save()
    assert (await deployment.get_status()).get_health() == "OUT_OF_SYNC"
    await (await deployment.start_update()).wait_for_result(timeout=10)
    assert (await deployment.get_status()).get_heavy()["deployedBundleId"] == "v2"

    updates = await deployment.list_updates()
    assert [(u.type, u.status) for u in updates] == [("UPDATE", "SUCCESS"), ("UPDATE", "SUCCESS")]
    assert updates[0].start_time > updates[1].start_time
    full = await updates[1].get_full_update()
    assert full.logs is not None and "bundle v1" in full.logs[0]
    last = await deployment.get_update()
    assert last.status == "SUCCESS" and last.requester == "admin" and last.end_time >= last.start_time
    assert (await deployment.get_update(updates[1].start_time)).get_raw() == full.get_raw()


async def test_an_update_fails_on_an_infrastructure_without_automation_node(client: AsyncDSSClient) -> None:
    deployer = await published(client, "v1")
    await deployer.create_infra("bare", "Test")
    deployment = await deployer.create_deployment("d", "SALES", "bare", "v1")
    with pytest.raises(FutureFailedError, match="no automation node"):
        await (await deployment.start_update()).wait_for_result(timeout=10)
    status = await deployment.get_status()
    assert status.get_health() == "ERROR"
    assert "no automation node" in status.get_health_messages()["messages"][0]["message"]
    assert (await deployment.get_update()).status == "FAILED"


async def test_listings_as_objects_or_raw(client: AsyncDSSClient) -> None:
    deployer = await published(client, "v1")
    await ready_infra(deployer)
    await deployer.create_deployment("d1", "SALES", "prod", "v1")
    infras = await deployer.list_infras()
    assert [i.id for i in infras] == ["prod"] and isinstance(infras[0], AsyncDSSProjectDeployerInfra)
    (raw_infra,) = await deployer.list_infras(as_objects=False)
    assert raw_infra["infraBasicInfo"]["stage"] == "Production" and raw_infra["canDeploy"] is True
    projects = await deployer.list_projects()
    assert [p.id for p in projects] == ["SALES"] and isinstance(projects[0], AsyncDSSProjectDeployerProject)
    (raw_project,) = await deployer.list_projects(as_objects=False)
    assert [b["id"] for b in raw_project["packages"]] == ["v1"]
    assert [d.id for d in await deployer.list_deployments()] == ["d1"]
    (raw_deployment,) = await deployer.list_deployments(as_objects=False)
    assert raw_deployment["deploymentBasicInfo"]["infraId"] == "prod"

    infra_status = await deployer.get_infra("prod").get_status()
    assert [d.id for d in infra_status.get_deployments()] == ["d1"]
    project_status = await deployer.get_project("SALES").get_status()
    assert [d.id for d in project_status.get_deployments()] == ["d1"]
    assert project_status.get_deployments(infra_id="other") == []
    assert [b["id"] for b in project_status.get_bundles()] == ["v1"]
    assert [i["id"] for i in project_status.get_infras()] == ["prod"]


async def test_bundles_upload_download_and_go(client: AsyncDSSClient, tmp_path: Path, dss_emulator: Any) -> None:
    project = await client.create_project("SALES", "Sales", "admin")
    await project.export_bundle("v1")
    await project.download_exported_bundle_archive_to_file("v1", tmp_path / "v1.zip")
    deployer = client.get_projectdeployer()
    with (tmp_path / "v1.zip").open("rb") as file:
        await deployer.upload_bundle(file)
    with pytest.raises(ConflictError):
        await deployer.upload_bundle((tmp_path / "v1.zip").read_bytes())
    await deployer.upload_bundle((tmp_path / "v1.zip").read_bytes(), project_key="SALES_COPY")
    published_project = deployer.get_project("SALES")
    await published_project.download_bundle_to_file("v1", tmp_path / "back.zip")
    assert (tmp_path / "back.zip").read_bytes() == (tmp_path / "v1.zip").read_bytes()
    async with await published_project.get_bundle_stream("v1") as stream:
        assert await stream.read() == (tmp_path / "v1.zip").read_bytes()
    with pytest.raises(BadRequestError, match="not a zip"):
        await deployer.upload_bundle(b"not a bundle", project_key="BROKEN")
    assert sorted(p.id for p in await deployer.list_projects()) == ["SALES", "SALES_COPY"]

    await published_project.delete_bundle("v1")
    with pytest.raises(NotFoundError):
        await published_project.get_bundle_stream("v1")
    await deployer.create_project("EMPTY")
    with pytest.raises(ConflictError):
        await deployer.create_project("EMPTY")
    assert sent_bodies(dss_emulator, "createPublishedProject")[0] == {"publishedProjectKey": "EMPTY"}


async def test_what_a_deployment_uses_cannot_be_deleted(client: AsyncDSSClient) -> None:
    deployer = await published(client, "v1")
    infra = await ready_infra(deployer)
    deployment = await deployer.create_deployment("d", "SALES", "prod", "v1")
    published_project = deployer.get_project("SALES")
    for attempt in (infra.delete, published_project.delete, lambda: published_project.delete_bundle("v1")):
        with pytest.raises(BadRequestError, match="used by deployments: d"):
            await attempt()
    await deployment.delete()
    with pytest.raises(NotFoundError):
        await deployment.get_status()
    await published_project.delete_bundle("v1")
    await published_project.delete()
    await infra.delete()
    assert await deployer.list_infras() == [] and await deployer.list_projects() == []


async def test_bad_references_and_duplicates_are_refused(client: AsyncDSSClient) -> None:
    deployer = await published(client, "v1")
    await ready_infra(deployer)
    with pytest.raises(ConflictError):
        await deployer.create_infra("prod", "Production")
    with pytest.raises(BadRequestError, match="Unknown stage"):
        await deployer.create_infra("x", "Moon")
    with pytest.raises(BadRequestError, match="governCheckPolicy"):
        await deployer.create_infra("x", "Test", govern_check_policy="MAYBE")
    with pytest.raises(NotFoundError):
        await deployer.create_deployment("d", "SALES", "nowhere", "v1")
    with pytest.raises(NotFoundError):
        await deployer.create_deployment("d", "SALES", "prod", "v9")
    with pytest.raises(NotFoundError):
        await deployer.create_deployment("d", "NOPE", "prod", "v1")
    await deployer.create_deployment("d", "SALES", "prod", "v1")
    with pytest.raises(ConflictError):
        await deployer.create_deployment("d", "SALES", "prod", "v1")
    settings = await deployer.get_deployment("d").get_settings()
    settings.bundle_id = "v9"
    with pytest.raises(NotFoundError):
        await settings.save()
    assert (await deployer.get_deployment("d").get_settings()).bundle_id == "v1"
    with pytest.raises(NotFoundError):
        await deployer.get_deployment("d").get_update()
    assert [d.id for d in await deployer.list_deployments()] == ["d"]


async def test_settings_round_trip(client: AsyncDSSClient) -> None:
    deployer = await published(client, "v1")
    infra = await ready_infra(deployer)
    settings = await infra.get_settings()
    settings.get_raw()["futureField"] = {"x": [1, None, "é"]}
    await settings.save()
    assert (await infra.get_settings()).get_raw() == settings.get_raw()
    project_settings = await deployer.get_project("SALES").get_settings()
    project_settings.get_raw()["permissions"].append({"group": "readers", "read": True})
    await project_settings.save()
    assert (await deployer.get_project("SALES").get_settings()).get_raw() == project_settings.get_raw()


async def test_only_administrators_create_infrastructures_and_readers_do_not_deploy(
    client: AsyncDSSClient, reader_client: AsyncDSSClient
) -> None:
    await published(client, "v1")
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_projectdeployer().create_infra("x", "Test")
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_projectdeployer().create_project("MINE")
    assert [p.id for p in await reader_client.get_projectdeployer().list_projects()] == ["SALES"]


@pytest.fixture
async def automation(dss_emulator_factory: Any) -> AsyncIterator[AsyncDSSClient]:
    emulator = dss_emulator_factory(node_type="AUTOMATION")
    async with AsyncDSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as dss:
        yield dss


async def test_automation_nodes_have_no_project_deployer(automation: AsyncDSSClient) -> None:
    with pytest.raises(BadRequestError, match="deployer nodes"):
        await automation.get_projectdeployer().list_stages()
    project = await automation.create_project("P", "P", "admin")
    with pytest.raises(BadRequestError):
        await project.publish_bundle("v1")


async def test_a_deployer_node_serves_it(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(node_type="DEPLOYER")
    async with AsyncDSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as deployer_node:
        deployer = deployer_node.get_projectdeployer()
        await deployer.create_infra("prod", "Production")
        assert [i.id for i in await deployer.list_infras()] == ["prod"]
