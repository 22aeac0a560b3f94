"""The API Deployer, end to end against the emulator: infrastructures, published services, deployments."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from dssclient import (
    AsyncDSSClient,
    AsyncDSSFuture,
    BadRequestError,
    ConflictError,
    FutureFailedError,
    InvalidRequestError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.aio.dss.apideployer import (
    AsyncDSSAPIDeployer,
    AsyncDSSAPIDeployerDeployment,
    AsyncDSSAPIDeployerDeploymentSettings,
    AsyncDSSAPIDeployerDeploymentStatus,
    AsyncDSSAPIDeployerDeploymentUpdateListItem,
    AsyncDSSAPIDeployerInfra,
    AsyncDSSAPIDeployerInfraSettings,
    AsyncDSSAPIDeployerInfraStatus,
    AsyncDSSAPIDeployerService,
    AsyncDSSAPIDeployerServiceSettings,
    AsyncDSSAPIDeployerServiceStatus,
    DSSAPIDeployerDeploymentOpenApi,
    DSSAPIDeployerDeploymentUpdate,
)
from dssclient.utils import CallableStr
from tests.conftest import FAST_POLLING, admin_key

pytestmark = pytest.mark.anyio  # unasync: remove

NODE = "http://apinode-1:12000"
SAVED_QUERY = {"q": {"features": {"age": 42, "plan": "gold"}}}


async def publish(
    client: AsyncDSSClient, versions: tuple[str, ...] = ("v1",), endpoints: tuple[str, ...] = ("predict",)
) -> None:
    """A project P with an API service `churn` whose packages are published to the published service `churn`."""
    if "P" not in await client.list_project_keys():
        await client.create_project("P", "P", "admin")
    service = await client.get_project("P").create_api_service("churn")
    for version in versions:
        settings = await service.get_settings()
        settings.get_raw()["endpoints"] = []
        for endpoint in endpoints:
            settings.add_prediction_endpoint(endpoint, f"model-{version}")
            settings.endpoints[-1]["testQueries"] = [SAVED_QUERY]
        await settings.save()
        await service.create_package(version)
        await service.publish_package(version)


async def static_infra(client: AsyncDSSClient, infra_id: str = "nodes", nodes: tuple[str, ...] = (NODE,)) -> Any:
    infra = await client.get_apideployer().create_infra(infra_id, "Production", "STATIC")
    settings = await infra.get_settings()
    for node in nodes:
        settings.add_apinode(node, "node-admin-key")
    await settings.save()
    return infra


async def deployed(client: AsyncDSSClient, **options: Any) -> AsyncDSSAPIDeployerDeployment:
    await publish(client, **options)
    await static_infra(client)
    deployment = await client.get_apideployer().create_deployment("churn-on-nodes", "churn", "nodes", "v1")
    await (await deployment.start_update()).wait_for_result(timeout=10)
    return deployment


async def test_stages(client: AsyncDSSClient) -> None:
    deployer = client.get_apideployer()
    assert isinstance(deployer, AsyncDSSAPIDeployer)
    stages = await deployer.list_stages()
    assert [s["id"] for s in stages] == ["Development", "Test", "Production"]
    assert all(isinstance(s["desc"], str) for s in stages)


async def test_infrastructures_are_created_listed_and_configured(client: AsyncDSSClient, dss_emulator: Any) -> None:
    deployer = client.get_apideployer()
    infra = await deployer.create_infra("nodes", "Production", "STATIC", govern_check_policy="WARN")
    assert isinstance(infra, AsyncDSSAPIDeployerInfra)
    assert isinstance(infra.id, CallableStr) and infra.id == "nodes" and infra.id() == "nodes"
    (body,) = [json.loads(e.body) for e in dss_emulator.request_log if e.operation_id == "createApiDeployerInfra"]
    assert body == {"id": "nodes", "stage": "Production", "type": "STATIC", "governCheckPolicy": "WARN"}
    await deployer.create_infra("cluster", "Test", "K8S")
    assert [i.infra_id for i in await deployer.list_infras()] == ["nodes", "cluster"]
    raw = await deployer.list_infras(as_objects=False)
    assert [r["infraBasicInfo"]["id"] for r in raw] == ["nodes", "cluster"]

    settings = await infra.get_settings()
    assert isinstance(settings, AsyncDSSAPIDeployerInfraSettings)
    assert settings.get_type() == "STATIC" and settings.get_raw()["apiNodes"] == []
    settings.add_apinode(NODE, "key-1")
    settings.add_apinode("http://apinode-2:12000", "key-2", graphite_prefix="dss.api2")
    settings.add_apinode("http://apinode-3:12000", "key-3")
    settings.remove_apinode("http://apinode-3:12000")
    await settings.save()
    nodes = (await infra.get_settings()).get_raw()["apiNodes"]
    # DSS drops null properties: the first node's graphitePrefix (None) comes back absent.
    assert nodes == [
        {"url": NODE, "adminAPIKey": "key-1"},
        {"url": "http://apinode-2:12000", "adminAPIKey": "key-2", "graphitePrefix": "dss.api2"},
    ]

    status = await infra.get_status()
    assert isinstance(status, AsyncDSSAPIDeployerInfraStatus)
    basic = status.get_raw()["infraBasicInfo"]
    assert (basic["id"], basic["stage"], basic["type"]) == ("nodes", "Production", "STATIC")
    assert basic["apiNodeUrls"] == [NODE, "http://apinode-2:12000"]
    assert "adminAPIKey" not in json.dumps(status.get_raw())  # the light status holds no key
    assert status.get_deployments() == []


async def test_infrastructure_refusals(client: AsyncDSSClient, reader_client: AsyncDSSClient) -> None:
    deployer = client.get_apideployer()
    infra = await deployer.create_infra("nodes", "Production", "STATIC")
    with pytest.raises(ConflictError):
        await deployer.create_infra("nodes", "Test", "STATIC")
    with pytest.raises(BadRequestError):
        await deployer.create_infra("other", "Test", "MAINFRAME")
    with pytest.raises(BadRequestError):
        await deployer.create_infra("other", "Test", "STATIC", govern_check_policy="SOMETIMES")
    with pytest.raises(PermissionDeniedError) as refused:
        await reader_client.get_apideployer().create_infra("theirs", "Test", "STATIC")
    assert refused.value.error_type == "java.lang.SecurityException"
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_apideployer().get_infra("nodes").get_settings()
    assert await reader_client.get_apideployer().list_infras() == []

    settings = await infra.get_settings()
    settings.get_raw()["type"] = "K8S"
    with pytest.raises(BadRequestError):
        await settings.save()
    settings.get_raw()["type"] = "STATIC"
    settings.get_raw()["id"] = "renamed"
    with pytest.raises(BadRequestError):
        await settings.save()
    assert (await infra.get_settings()).get_raw()["id"] == "nodes"
    for unknown in ("nope", "a/b"):
        with pytest.raises(NotFoundError):
            await deployer.get_infra(unknown).get_status()
    await infra.delete()
    with pytest.raises(NotFoundError):
        await infra.get_status()


async def test_settings_round_trip_unchanged(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(drop_nulls=False)
    async with AsyncDSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        deployer = client.get_apideployer()
        await publish(client)
        infra = await static_infra(client)
        deployment = await deployer.create_deployment("d", "churn", "nodes", "v1")
        for handle in (infra, deployer.get_service("churn"), deployment):
            settings = await handle.get_settings()
            raw = settings.get_raw()
            raw["unknownField"] = {"list": [1, None, "ünï ☃"], "null": None}
            raw["label"] = "Ça déploie"
            await settings.save()
            assert (await handle.get_settings()).get_raw() == raw


async def test_published_services(client: AsyncDSSClient, reader_client: AsyncDSSClient) -> None:
    deployer = client.get_apideployer()
    service = await deployer.create_service("empty")
    assert isinstance(service, AsyncDSSAPIDeployerService) and service.id == "empty" and service.id() == "empty"
    with pytest.raises(ConflictError):
        await deployer.create_service("empty")
    with pytest.raises(BadRequestError):
        await deployer.create_service("has space")
    status = await service.get_status()
    assert isinstance(status, AsyncDSSAPIDeployerServiceStatus)
    assert status.get_versions() == [] and status.get_deployments() == []
    assert status.get_raw()["serviceBasicInfo"]["id"] == "empty"
    raw = await deployer.list_services(as_objects=False)
    assert [r["serviceBasicInfo"]["id"] for r in raw] == ["empty"]

    # Readers see a published service once its permissions name their group.
    assert await reader_client.get_apideployer().list_services() == []
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_apideployer().get_service("empty").get_status()
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_apideployer().create_service("theirs")
    settings = await service.get_settings()
    assert isinstance(settings, AsyncDSSAPIDeployerServiceSettings)
    settings.get_raw()["permissions"] = [{"group": "readers", "read": True, "write": False, "deploy": False}]
    await settings.save()
    (seen,) = await reader_client.get_apideployer().list_services()
    assert seen.service_id == "empty"
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_apideployer().get_service("empty").delete()
    await service.delete()
    with pytest.raises(NotFoundError):
        await service.get_status()


async def test_versions_import_download_and_delete(client: AsyncDSSClient, tmp_path: Path) -> None:
    await publish(client, versions=("v1", "v2"))
    deployer = client.get_apideployer()
    churn = deployer.get_service("churn")
    versions = (await churn.get_status()).get_versions()
    assert [v["id"] for v in versions] == ["v1", "v2"]
    assert versions[0]["endpoints"] == [{"id": "predict", "type": "STD_PREDICTION"}]

    async with await churn.get_version_stream("v1") as stream:
        archive = await stream.read()
    await churn.download_version_to_file("v1", tmp_path / "v1.zip")
    assert (tmp_path / "v1.zip").read_bytes() == archive

    copy = await deployer.create_service("copy")
    await copy.import_version(io.BytesIO(archive))
    with open(tmp_path / "v1.zip", "rb") as file:
        with pytest.raises(ConflictError):
            await copy.import_version(file)  # the version inside the archive is there already
    with pytest.raises(BadRequestError):
        await copy.import_version(io.BytesIO(b"not a zip at all"))
    assert [v["id"] for v in (await copy.get_status()).get_versions()] == ["v1"]
    async with await copy.get_version_stream("v1") as stream:
        assert await stream.read() == archive

    await churn.delete_version("v2")
    assert [v["id"] for v in (await churn.get_status()).get_versions()] == ["v1"]
    with pytest.raises(NotFoundError):
        await churn.delete_version("v2")
    with pytest.raises(NotFoundError):
        await (await churn.get_version_stream("v2")).read()


async def test_a_deployment_goes_live_with_an_update(client: AsyncDSSClient, dss_emulator: Any) -> None:
    await publish(client)
    await static_infra(client)
    deployer = client.get_apideployer()
    deployment = await deployer.create_deployment("churn-on-nodes", "churn", "nodes", "v1")
    assert isinstance(deployment, AsyncDSSAPIDeployerDeployment) and deployment.id() == "churn-on-nodes"
    (body,) = [json.loads(e.body) for e in dss_emulator.request_log if e.operation_id == "createApiDeployerDeployment"]
    assert body == {
        "deploymentId": "churn-on-nodes",
        "publishedServiceId": "churn",
        "infraId": "nodes",
        "version": "v1",
        "endpointId": None,
        "authorizationsToQueryThroughDeployer": None,
    }

    status = await deployment.get_status()
    assert isinstance(status, AsyncDSSAPIDeployerDeploymentStatus)
    assert status.get_light()["deploymentBasicInfo"]["enabled"] is True
    assert status.get_light()["neverEverDeployed"] is True
    assert status.get_health() == "OUT_OF_SYNC"  # created, not deployed yet
    assert status.get_health_messages()["warning"] is True
    with pytest.raises(NotFoundError):
        await deployment.get_open_api()
    with pytest.raises(NotFoundError):
        await deployment.get_update()

    future = await deployment.start_update()
    assert isinstance(future, AsyncDSSFuture) and future.job_id
    seen: list[dict[str, Any]] = []
    result = await future.wait_for_result(timeout=10, progress_callback=seen.append)
    assert isinstance(result, dict) and result["error"] is False
    status = await deployment.get_status()
    assert status.get_health() == "HEALTHY" and status.get_health_messages()["anyMessage"] is False
    assert status.get_service_urls() == [f"{NODE}/public/api/v1/churn"]
    assert status.get_light()["neverEverDeployed"] is False

    (update,) = await deployment.list_updates()
    assert isinstance(update, AsyncDSSAPIDeployerDeploymentUpdateListItem)
    assert (update.type, update.status) == ("UPDATE", "SUCCESS") and update.start_time > 0
    full = await update.get_full_update()
    assert isinstance(full, DSSAPIDeployerDeploymentUpdate)
    assert full.requester == "admin" and full.end_time >= full.start_time and full.status == "SUCCESS"
    assert full.logs and any(NODE in line for line in full.logs)
    last = await deployment.get_update()
    assert last.get_raw() == full.get_raw() == (await deployment.get_update(update.start_time)).get_raw()
    with pytest.raises(NotFoundError):
        await deployment.get_update(1)

    for listing in (await deployer.get_infra("nodes").get_status(), await deployer.get_service("churn").get_status()):
        assert [d.deployment_id for d in listing.get_deployments()] == ["churn-on-nodes"]
    assert (await deployer.get_service("churn").get_status()).get_deployments(infra_id="elsewhere") == []
    assert [d.deployment_id for d in await deployer.list_deployments()] == ["churn-on-nodes"]
    light = await deployer.list_deployments(as_objects=False)
    assert light[0]["deploymentBasicInfo"]["id"] == "churn-on-nodes"


async def test_changed_settings_need_an_update(client: AsyncDSSClient) -> None:
    deployment = await deployed(client, versions=("v1", "v2"))
    settings = await deployment.get_settings()
    assert isinstance(settings, AsyncDSSAPIDeployerDeploymentSettings)
    assert settings.get_raw()["generationsMapping"] == {"mode": "SINGLE_GENERATION", "generation": "v1"}
    settings.set_single_version("v2")
    await settings.save()
    assert (await deployment.get_status()).get_health() == "OUT_OF_SYNC"
    assert (await deployment.get_open_api()).get()["info"]["version"] == "v1"  # v1 runs until the update
    await (await deployment.start_update()).wait_for_result(timeout=10)
    assert (await deployment.get_status()).get_health() == "HEALTHY"
    assert (await deployment.get_open_api()).get()["info"]["version"] == "v2"
    assert [u.status for u in await deployment.list_updates()] == ["SUCCESS", "SUCCESS"]

    settings.set_single_version("v9")
    with pytest.raises(BadRequestError):
        await settings.save()
    settings.get_raw()["generationsMapping"] = {"mode": "SOMETIMES"}
    with pytest.raises(BadRequestError):
        await settings.save()
    settings.set_single_version("v2")
    settings.get_raw()["infraId"] = "elsewhere"
    with pytest.raises(BadRequestError):
        await settings.save()
    assert (await deployment.get_settings()).get_raw()["infraId"] == "nodes"


async def test_no_api_node_no_health(client: AsyncDSSClient) -> None:
    await publish(client)
    infra = await static_infra(client, nodes=())
    deployment = await client.get_apideployer().create_deployment("d", "churn", "nodes", "v1")
    status = await deployment.get_status()
    assert status.get_health() == "ERROR" and status.get_health_messages()["error"] is True
    assert status.get_service_urls() == []
    with pytest.raises(FutureFailedError, match="no API node"):
        await (await deployment.start_update()).wait_for_result(timeout=10)
    (failed,) = await deployment.list_updates()
    assert failed.status == "FAILED"
    assert (await deployment.get_update()).status == "FAILED"
    assert (await deployment.get_status()).get_health() == "ERROR"

    settings = await infra.get_settings()
    settings.add_apinode(NODE, "node-admin-key")
    await settings.save()
    assert (await deployment.get_status()).get_health() == "OUT_OF_SYNC"
    await (await deployment.start_update()).wait_for_result(timeout=10)
    assert (await deployment.get_status()).get_health() == "HEALTHY"
    settings.remove_apinode(NODE)
    await settings.save()
    assert (await deployment.get_status()).get_health() == "ERROR"


async def test_other_infrastructures_answer_at_a_public_url(client: AsyncDSSClient) -> None:
    await publish(client, endpoints=("a", "b"))
    deployer = client.get_apideployer()
    await deployer.create_infra("cluster", "Production", "K8S")
    deployment = await deployer.create_deployment("on-k8s", "churn", "cluster", "v1")
    with pytest.raises(ValueError, match="PublicURL"):
        (await deployment.get_status()).get_service_urls()
    await (await deployment.start_update()).wait_for_result(timeout=10)
    (url,) = (await deployment.get_status()).get_service_urls()
    assert url.startswith("https://") and url.endswith("/public/api/v1/churn")

    # A Deploy Anywhere infrastructure serves one endpoint: which one, when the version has several.
    await deployer.create_infra("sagemaker", "Production", "SAGEMAKER")
    with pytest.raises(BadRequestError, match="endpoint"):
        await deployer.create_deployment("on-sm", "churn", "sagemaker", "v1")
    with pytest.raises(BadRequestError):
        await deployer.create_deployment("on-sm", "churn", "sagemaker", "v1", endpoint_id="zzz")
    on_sagemaker = await deployer.create_deployment("on-sm", "churn", "sagemaker", "v1", endpoint_id="b")
    assert (await on_sagemaker.get_settings()).get_raw()["endpointId"] == "b"
    await (await on_sagemaker.start_update()).wait_for_result(timeout=10)
    paths = (await on_sagemaker.get_open_api()).get()["paths"]
    assert list(paths) == ["/b/predict"]


async def test_open_api_document_of_the_deployed_endpoints(client: AsyncDSSClient) -> None:
    deployment = await deployed(client, endpoints=("predict", "explain"))
    document = await deployment.get_open_api()
    assert isinstance(document, DSSAPIDeployerDeploymentOpenApi)
    assert isinstance(document.get_raw(), str) and json.loads(document.get_raw()) == document.get()
    content = document.get()
    assert content["openapi"].startswith("3.")
    assert set(content["paths"]) == {"/predict/predict", "/explain/predict"}
    assert content["servers"] == [{"url": f"{NODE}/public/api/v1/churn"}]


async def test_queries_through_the_deployer(client: AsyncDSSClient, reader_client: AsyncDSSClient) -> None:
    deployment = await deployed(client)
    results = await deployment.run_test_queries()
    (answer,) = results["responses"]
    assert answer["query"] == SAVED_QUERY and answer["ok"] is True
    assert answer["response"]["result"]["prediction"] in ("0", "1")
    assert answer["response"]["apiContext"] == {
        "serviceId": "churn",
        "endpointId": "predict",
        "serviceGeneration": "v1",
    }
    mine = [{"q": {"features": {"age": 7}}}, {"q": {"features": {"age": 7}}}, {"q": {}}]
    results = await deployment.run_test_queries(endpoint_id="predict", test_queries=mine)
    same, again, broken = results["responses"]
    assert same["response"]["result"] == again["response"]["result"]  # the same record, the same answer
    assert broken["ok"] is False
    with pytest.raises(BadRequestError):
        await deployment.run_test_queries(endpoint_id="nope")

    answers = await deployment.run_queries([{"q": {"features": {"age": 7}}}])
    assert answers["responses"][0]["response"]["result"] == same["response"]["result"]
    # Querying through the deployer needs an authorization; an administrator has it.
    settings = await client.get_apideployer().get_service("churn").get_settings()
    settings.get_raw()["permissions"] = [{"group": "readers", "read": True}]
    await settings.save()
    as_reader = reader_client.get_apideployer().get_deployment("churn-on-nodes")
    with pytest.raises(PermissionDeniedError):
        await as_reader.run_queries([{"q": {"features": {}}}])
    deployment_settings = await deployment.get_settings()
    deployment_settings.get_raw()["authorizationsToQueryThroughDeployer"] = [
        {"group": "readers", "queryThroughDeployer": True}
    ]
    await deployment_settings.save()
    assert (await as_reader.run_queries([{"q": {"features": {}}}]))["responses"][0]["ok"] is True


async def test_several_endpoints_need_one_named(client: AsyncDSSClient) -> None:
    deployment = await deployed(client, endpoints=("a", "b"))
    with pytest.raises(BadRequestError, match="endpoints"):
        await deployment.run_test_queries()
    results = await deployment.run_test_queries(endpoint_id="b")
    assert results["endpointId"] == "b" and len(results["responses"]) == 1


async def test_creating_deployments_checks_what_they_bind(client: AsyncDSSClient) -> None:
    await publish(client)
    await static_infra(client)
    deployer = client.get_apideployer()
    await deployer.create_deployment("d", "churn", "nodes", "v1")
    with pytest.raises(ConflictError):
        await deployer.create_deployment("d", "churn", "nodes", "v1")
    with pytest.raises(NotFoundError):
        await deployer.create_deployment("d2", "nope", "nodes", "v1")
    with pytest.raises(NotFoundError):
        await deployer.create_deployment("d2", "churn", "nope", "v1")
    with pytest.raises(NotFoundError):
        await deployer.create_deployment("d2", "churn", "nodes", "v9")
    assert [d.deployment_id for d in await deployer.list_deployments()] == ["d"]


async def test_govern_policies(client: AsyncDSSClient) -> None:
    await publish(client)
    deployer = client.get_apideployer()
    await deployer.create_infra("warned", "Production", "STATIC", govern_check_policy="WARN")
    await deployer.create_infra("strict", "Production", "STATIC", govern_check_policy="PREVENT")
    with pytest.raises(BadRequestError, match="Govern"):
        await deployer.create_deployment("d", "churn", "warned", "v1")
    deployment = await deployer.create_deployment("d", "churn", "warned", "v1", ignore_warnings=True)
    governance = await deployment.get_governance_status()
    assert governance["warning"] is True and "model-v1" in governance["messages"][0]["message"]
    assert (await deployment.get_governance_status(version="v1")) == governance
    with pytest.raises(NotFoundError):
        await deployment.get_governance_status(version="v9")
    settings = await deployment.get_settings()
    with pytest.raises(BadRequestError):
        await settings.save()
    await settings.save(ignore_warnings=True)
    with pytest.raises(BadRequestError, match="Govern"):
        await deployer.create_deployment("d2", "churn", "strict", "v1", ignore_warnings=True)


async def test_deleting_what_deployments_use_is_refused(client: AsyncDSSClient) -> None:
    deployment = await deployed(client)
    deployer = client.get_apideployer()
    with pytest.raises(BadRequestError, match="deployments"):
        await deployer.get_infra("nodes").delete()
    with pytest.raises(BadRequestError, match="deployments"):
        await deployer.get_service("churn").delete()
    with pytest.raises(BadRequestError):
        await deployer.get_service("churn").delete_version("v1")
    assert [i.infra_id for i in await deployer.list_infras()] == ["nodes"]
    assert [v["id"] for v in (await deployer.get_service("churn").get_status()).get_versions()] == ["v1"]
    assert (await deployment.get_status()).get_health() == "HEALTHY"


async def test_delete_an_enabled_deployment_only_when_asked_to_disable_it(
    client: AsyncDSSClient, dss_emulator: Any
) -> None:
    deployment = await deployed(client)
    with pytest.raises(InvalidRequestError, match="disabled first"):
        await deployment.delete()
    assert "deleteApiDeployerDeployment" not in [e.operation_id for e in dss_emulator.request_log]
    assert (await deployment.get_settings()).get_raw()["enabled"] is True

    dss_emulator.request_log.clear()
    await deployment.delete(disable_first=True)
    assert [e.operation_id for e in dss_emulator.request_log] == [
        "getApiDeployerDeploymentStatus",
        "getApiDeployerDeploymentHeavyStatus",
        "getApiDeployerDeploymentSettings",
        "saveApiDeployerDeploymentSettings",
        "deleteApiDeployerDeployment",
    ]
    assert dss_emulator.request_log[-1].query == {"ignorePreDeleteErrors": ["false"]}
    with pytest.raises(NotFoundError):
        await deployment.get_status()
    deployer = client.get_apideployer()
    await deployer.get_infra("nodes").delete()
    await deployer.get_service("churn").delete()
    assert await deployer.list_services() == [] and await deployer.list_infras() == []


async def test_disabling_then_updating_removes_the_service(client: AsyncDSSClient) -> None:
    deployment = await deployed(client)
    settings = await deployment.get_settings()
    settings.set_enabled(False)
    await settings.save()
    assert (await deployment.get_status()).get_health() == "OUT_OF_SYNC"  # still runs on the nodes
    with pytest.raises(NotFoundError):
        await deployment.get_open_api()
    await (await deployment.start_update()).wait_for_result(timeout=10)
    assert (await deployment.get_status()).get_health() == "UNKNOWN"
    assert [u.type for u in await deployment.list_updates()] == ["DISABLE", "UPDATE"]
    await deployment.delete()


async def test_an_update_at_a_time(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(deployment_update_seconds=5)
    async with AsyncDSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        await publish(client)
        await static_infra(client)
        deployment = await client.get_apideployer().create_deployment("d", "churn", "nodes", "v1")
        first = await deployment.start_update()
        second = await deployment.start_update()
        assert first.job_id == second.job_id
        await first.abort()
        with pytest.raises(FutureFailedError):
            await first.wait_for_result(timeout=5)
        (aborted,) = await deployment.list_updates()
        assert aborted.status == "FAILED"
        assert (await deployment.get_status()).get_health() == "OUT_OF_SYNC"


async def test_deployments_of_others(client: AsyncDSSClient, reader_client: AsyncDSSClient) -> None:
    await deployed(client)
    as_reader = reader_client.get_apideployer()
    assert await as_reader.list_deployments() == []
    with pytest.raises(PermissionDeniedError):
        await as_reader.get_deployment("churn-on-nodes").get_status()
    settings = await client.get_apideployer().get_service("churn").get_settings()
    settings.get_raw()["permissions"] = [{"group": "readers", "read": True}]
    await settings.save()
    assert [d.deployment_id for d in await as_reader.list_deployments()] == ["churn-on-nodes"]
    assert (await as_reader.get_deployment("churn-on-nodes").get_status()).get_health() == "HEALTHY"
    with pytest.raises(PermissionDeniedError):
        await as_reader.get_deployment("churn-on-nodes").start_update()
    with pytest.raises(PermissionDeniedError):
        await (await as_reader.get_deployment("churn-on-nodes").get_settings()).save()
    for unknown in ("nope", "a/b"):
        with pytest.raises(NotFoundError):
            await client.get_apideployer().get_deployment(unknown).get_settings()
