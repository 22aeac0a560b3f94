# Derived from tests/e2e/aio/test_project_deployer.py by scripts/unasync.py: do not edit.
"""The project deployer, end to end: publish a bundle, deploy it on an infrastructure, update, watch, tear down."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dssclient import (
    BadRequestError,
    ConflictError,
    DSSClient,
    DSSFuture,
    FutureFailedError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.dss.projectdeployer import (
    DSSProjectDeployer,
    DSSProjectDeployerDeployment,
    DSSProjectDeployerInfra,
    DSSProjectDeployerProject,
)
from tests.conftest import FAST_POLLING, admin_key, sent_bodies


def published(client: DSSClient, *bundle_ids: str) -> DSSProjectDeployer:
    project = client.create_project("SALES", "Sales", "admin")
    for bundle_id in bundle_ids:
        project.export_bundle(bundle_id)
        where = project.publish_bundle(bundle_id)
        assert where["publishedProjectKey"] == "SALES" and where["publishedBy"] == "admin"
    return client.get_projectdeployer()


def ready_infra(deployer: DSSProjectDeployer, infra_id: str = "prod") -> DSSProjectDeployerInfra:
    infra = deployer.create_infra(infra_id, "Production")
    settings = infra.get_settings()
    settings.get_raw()["automationNodeUrl"] = "https://automation.example.com"
    settings.save()
    return infra


def test_a_published_bundle_is_deployed_updated_and_healthy(client: DSSClient) -> None:
    deployer = published(client, "v1", "v2")
    assert [stage["id"] for stage in deployer.list_stages()] == ["Development", "Test", "Production"]
    ready_infra(deployer)
    deployment = deployer.create_deployment("sales-prod", "SALES", "prod", "v1", deployed_project_key="SALES_P")
    assert isinstance(deployment, DSSProjectDeployerDeployment)
    status = deployment.get_status()
    assert status.get_health() == "OUT_OF_SYNC", "nothing is deployed before the first update"
    assert status.get_light()["deploymentBasicInfo"]["deployedProjectKey"] == "SALES_P"

    update = deployment.start_update()
    assert isinstance(update, DSSFuture)
    result = update.wait_for_result(timeout=10)
    assert result["bundleId"] == "v1"
    status = deployment.get_status()
    assert (status.get_health(), status.get_heavy()["deployedBundleId"]) == ("HEALTHY", "v1")
    assert status.get_health_messages()["messages"] == []

    settings = deployment.get_settings()
    assert (settings.bundle_id, settings.published_project_key) == ("v1", "SALES")
    settings.bundle_id = "v2"
    settings.save()
    assert (deployment.get_status()).get_health() == "OUT_OF_SYNC"
    (deployment.start_update()).wait_for_result(timeout=10)
    assert (deployment.get_status()).get_heavy()["deployedBundleId"] == "v2"

    updates = deployment.list_updates()
    assert [(u.type, u.status) for u in updates] == [("UPDATE", "SUCCESS"), ("UPDATE", "SUCCESS")]
    assert updates[0].start_time > updates[1].start_time
    full = updates[1].get_full_update()
    assert full.logs is not None and "bundle v1" in full.logs[0]
    last = deployment.get_update()
    assert last.status == "SUCCESS" and last.requester == "admin" and last.end_time >= last.start_time
    assert (deployment.get_update(updates[1].start_time)).get_raw() == full.get_raw()


def test_an_update_fails_on_an_infrastructure_without_automation_node(client: DSSClient) -> None:
    deployer = published(client, "v1")
    deployer.create_infra("bare", "Test")
    deployment = deployer.create_deployment("d", "SALES", "bare", "v1")
    with pytest.raises(FutureFailedError, match="no automation node"):
        (deployment.start_update()).wait_for_result(timeout=10)
    status = deployment.get_status()
    assert status.get_health() == "ERROR"
    assert "no automation node" in status.get_health_messages()["messages"][0]["message"]
    assert (deployment.get_update()).status == "FAILED"


def test_listings_as_objects_or_raw(client: DSSClient) -> None:
    deployer = published(client, "v1")
    ready_infra(deployer)
    deployer.create_deployment("d1", "SALES", "prod", "v1")
    infras = deployer.list_infras()
    assert [i.id for i in infras] == ["prod"] and isinstance(infras[0], DSSProjectDeployerInfra)
    (raw_infra,) = deployer.list_infras(as_objects=False)
    assert raw_infra["infraBasicInfo"]["stage"] == "Production" and raw_infra["canDeploy"] is True
    projects = deployer.list_projects()
    assert [p.id for p in projects] == ["SALES"] and isinstance(projects[0], DSSProjectDeployerProject)
    (raw_project,) = deployer.list_projects(as_objects=False)
    assert [b["id"] for b in raw_project["packages"]] == ["v1"]
    assert [d.id for d in deployer.list_deployments()] == ["d1"]
    (raw_deployment,) = deployer.list_deployments(as_objects=False)
    assert raw_deployment["deploymentBasicInfo"]["infraId"] == "prod"

    infra_status = deployer.get_infra("prod").get_status()
    assert [d.id for d in infra_status.get_deployments()] == ["d1"]
    project_status = deployer.get_project("SALES").get_status()
    assert [d.id for d in project_status.get_deployments()] == ["d1"]
    assert project_status.get_deployments(infra_id="other") == []
    assert [b["id"] for b in project_status.get_bundles()] == ["v1"]
    assert [i["id"] for i in project_status.get_infras()] == ["prod"]


def test_bundles_upload_download_and_go(client: DSSClient, tmp_path: Path, dss_emulator: Any) -> None:
    project = client.create_project("SALES", "Sales", "admin")
    project.export_bundle("v1")
    project.download_exported_bundle_archive_to_file("v1", tmp_path / "v1.zip")
    deployer = client.get_projectdeployer()
    with (tmp_path / "v1.zip").open("rb") as file:
        deployer.upload_bundle(file)
    with pytest.raises(ConflictError):
        deployer.upload_bundle((tmp_path / "v1.zip").read_bytes())
    deployer.upload_bundle((tmp_path / "v1.zip").read_bytes(), project_key="SALES_COPY")
    published_project = deployer.get_project("SALES")
    published_project.download_bundle_to_file("v1", tmp_path / "back.zip")
    assert (tmp_path / "back.zip").read_bytes() == (tmp_path / "v1.zip").read_bytes()
    with published_project.get_bundle_stream("v1") as stream:
        assert stream.read() == (tmp_path / "v1.zip").read_bytes()
    with pytest.raises(BadRequestError, match="not a zip"):
        deployer.upload_bundle(b"not a bundle", project_key="BROKEN")
    assert sorted(p.id for p in deployer.list_projects()) == ["SALES", "SALES_COPY"]

    published_project.delete_bundle("v1")
    with pytest.raises(NotFoundError):
        published_project.get_bundle_stream("v1")
    deployer.create_project("EMPTY")
    with pytest.raises(ConflictError):
        deployer.create_project("EMPTY")
    assert sent_bodies(dss_emulator, "createPublishedProject")[0] == {"publishedProjectKey": "EMPTY"}


def test_what_a_deployment_uses_cannot_be_deleted(client: DSSClient) -> None:
    deployer = published(client, "v1")
    infra = ready_infra(deployer)
    deployment = deployer.create_deployment("d", "SALES", "prod", "v1")
    published_project = deployer.get_project("SALES")
    for attempt in (infra.delete, published_project.delete, lambda: published_project.delete_bundle("v1")):
        with pytest.raises(BadRequestError, match="used by deployments: d"):
            attempt()
    deployment.delete()
    with pytest.raises(NotFoundError):
        deployment.get_status()
    published_project.delete_bundle("v1")
    published_project.delete()
    infra.delete()
    assert deployer.list_infras() == [] and deployer.list_projects() == []


def test_bad_references_and_duplicates_are_refused(client: DSSClient) -> None:
    deployer = published(client, "v1")
    ready_infra(deployer)
    with pytest.raises(ConflictError):
        deployer.create_infra("prod", "Production")
    with pytest.raises(BadRequestError, match="Unknown stage"):
        deployer.create_infra("x", "Moon")
    with pytest.raises(BadRequestError, match="governCheckPolicy"):
        deployer.create_infra("x", "Test", govern_check_policy="MAYBE")
    with pytest.raises(NotFoundError):
        deployer.create_deployment("d", "SALES", "nowhere", "v1")
    with pytest.raises(NotFoundError):
        deployer.create_deployment("d", "SALES", "prod", "v9")
    with pytest.raises(NotFoundError):
        deployer.create_deployment("d", "NOPE", "prod", "v1")
    deployer.create_deployment("d", "SALES", "prod", "v1")
    with pytest.raises(ConflictError):
        deployer.create_deployment("d", "SALES", "prod", "v1")
    settings = deployer.get_deployment("d").get_settings()
    settings.bundle_id = "v9"
    with pytest.raises(NotFoundError):
        settings.save()
    assert (deployer.get_deployment("d").get_settings()).bundle_id == "v1"
    with pytest.raises(NotFoundError):
        deployer.get_deployment("d").get_update()
    assert [d.id for d in deployer.list_deployments()] == ["d"]


def test_settings_round_trip(client: DSSClient) -> None:
    deployer = published(client, "v1")
    infra = ready_infra(deployer)
    settings = infra.get_settings()
    settings.get_raw()["futureField"] = {"x": [1, None, "é"]}
    settings.save()
    assert (infra.get_settings()).get_raw() == settings.get_raw()
    project_settings = deployer.get_project("SALES").get_settings()
    project_settings.get_raw()["permissions"].append({"group": "readers", "read": True})
    project_settings.save()
    assert (deployer.get_project("SALES").get_settings()).get_raw() == project_settings.get_raw()


def test_only_administrators_create_infrastructures_and_readers_do_not_deploy(
    client: DSSClient, reader_client: DSSClient
) -> None:
    published(client, "v1")
    with pytest.raises(PermissionDeniedError):
        reader_client.get_projectdeployer().create_infra("x", "Test")
    with pytest.raises(PermissionDeniedError):
        reader_client.get_projectdeployer().create_project("MINE")
    assert [p.id for p in reader_client.get_projectdeployer().list_projects()] == ["SALES"]


@pytest.fixture
def automation(dss_emulator_factory: Any) -> Iterator[DSSClient]:
    emulator = dss_emulator_factory(node_type="AUTOMATION")
    with DSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as dss:
        yield dss


def test_automation_nodes_have_no_project_deployer(automation: DSSClient) -> None:
    with pytest.raises(BadRequestError, match="deployer nodes"):
        automation.get_projectdeployer().list_stages()
    project = automation.create_project("P", "P", "admin")
    with pytest.raises(BadRequestError):
        project.publish_bundle("v1")


def test_a_deployer_node_serves_it(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(node_type="DEPLOYER")
    with DSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as deployer_node:
        deployer = deployer_node.get_projectdeployer()
        deployer.create_infra("prod", "Production")
        assert [i.id for i in deployer.list_infras()] == ["prod"]
