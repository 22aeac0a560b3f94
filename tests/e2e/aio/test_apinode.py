"""The emulator as an API node, end to end: an API service designed, packaged, published and
deployed on an infrastructure whose API node is the emulator itself, then queried with
``APINodeClient`` and administered with ``APINodeAdminClient``."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from dssclient import (
    AsyncAPINodeAdminClient,
    AsyncAPINodeClient,
    AsyncDSSClient,
    AuthenticationError,
    BadRequestError,
    DSSAPIError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.emulator.automation.store import data_store, write_rows
from dssclient.emulator.models.api_deployer import ApiDeployer
from tests.conftest import FAST_POLLING, admin_key

pytestmark = pytest.mark.anyio  # unasync: remove

CONNECTION = "warehouse"
ADMIN_KEY = "node-admin-secret"
QUERY_KEY = "query-key-1"

ADD = """
def add(x, y=1):
    return {"sum": x + y, "args": [x, y]}
"""
SNOOP = """
import os

def snoop():
    import dataiku
    seen = {"env": sorted(k for k in os.environ if k.startswith("DKU_")), "cwd_files": sorted(os.listdir("."))}
    try:
        dataiku.api_client().list_project_keys()
        seen["dss"] = "reachable"
    except Exception as error:
        seen["dss"] = type(error).__name__ + ": " + str(error)
    try:
        dataiku.Dataset("customers", project_key="P").get_dataframe()
        seen["dataset"] = "read"
    except Exception as error:
        seen["dataset"] = type(error).__name__
    return seen
"""
FAILS = """
def boom():
    raise ValueError("no luck")
"""


@pytest.fixture
def node(dss_emulator_factory: Any) -> Any:
    return dss_emulator_factory(sql_connections={CONNECTION: None})


@pytest.fixture
async def client(node: Any) -> AsyncIterator[AsyncDSSClient]:
    async with AsyncDSSClient(node.url, admin_key(node), future_polling=FAST_POLLING) as dss:
        yield dss


def endpoints() -> list[Any]:
    return [
        {"id": "add", "type": "PY_FUNCTION", "code": ADD, "userFunctionName": "add"},
        {"id": "snoop", "type": "PY_FUNCTION", "code": SNOOP, "userFunctionName": "snoop"},
        {"id": "boom", "type": "PY_FUNCTION", "code": FAILS, "userFunctionName": "boom"},
        {
            "id": "by_tier",
            "type": "SQL_QUERY",
            "connection": CONNECTION,
            "queries": [
                {"query": "SELECT id, name FROM people WHERE tier = ? ORDER BY id", "inputParameters": ["tier"]}
            ],
        },
        {
            "id": "customer",
            "type": "DATASETS_LOOKUP",
            "lookups": [{"datasetName": "customers", "lookupKeys": ["id"], "columns": ["name", "tier"]}],
        },
        {"id": "churn", "type": "STD_PREDICTION", "modelRef": "model-1"},
    ]


async def deploy(client: AsyncDSSClient, node: Any, *, public: bool = True, versions: tuple[str, ...] = ("v1",)) -> Any:
    """Project P (dataset `customers`, table `people`), API service `svc` deployed on the emulator's own URL."""
    project = await client.create_project("P", "P", "admin")
    dataset = await project.create_dataset(
        "customers", "Filesystem", params={"connection": "filesystem_managed", "path": "c"}
    )
    settings = await dataset.get_settings()
    for name in ("id", "name", "tier"):
        settings.add_raw_schema_column({"name": name, "type": "string"})
    await settings.save()
    rows = [["c1", "Ada", "gold"], ["c2", "Grace", "silver"]]
    write_rows(data_store(node.pipeline.services), "P", "customers", ["id", "name", "tier"], rows, node.state.clock)
    for statement in (
        "CREATE TABLE people (id INTEGER, name TEXT, tier TEXT)",
        "INSERT INTO people VALUES (1, 'Ada', 'gold'), (2, 'Grace', 'silver'), (3, 'Alan', 'gold')",
    ):
        started = await client.sql_query(statement, connection=CONNECTION, post_queries=["COMMIT"])
        _ = [row async for row in started.iter_rows()]
        await started.verify()

    service = await project.create_api_service("svc")
    for version in versions:
        settings = await service.get_settings()
        raw = settings.get_raw()
        raw["endpoints"] = endpoints()
        if public:
            raw["authMethod"], raw["publicAccess"] = "PUBLIC", True
        else:
            raw["authMethod"], raw["publicAccess"] = "API_KEYS", False
            raw["authRealm"] = {"queryKeys": [{"key": QUERY_KEY, "label": "tests"}]}
        await settings.save()
        await service.create_package(version)
        await service.publish_package(version)

    deployer = client.get_apideployer()
    infra = await deployer.create_infra("nodes", "Production", "STATIC")
    infra_settings = await infra.get_settings()
    infra_settings.add_apinode(node.url, ADMIN_KEY)
    await infra_settings.save()
    deployment = await deployer.create_deployment("svc-on-nodes", "svc", "nodes", versions[0])
    await (await deployment.start_update()).wait_for_result(timeout=10)
    return deployment


async def test_the_whole_loop_answers_functions_sql_queries_and_lookups(client: AsyncDSSClient, node: Any) -> None:
    await deploy(client, node)
    async with AsyncAPINodeClient(node.url, "svc") as api:
        ran = await api.run_function("add", x=2, y=3)
        assert ran["response"] == {"sum": 5, "args": [2, 3]}
        assert ran["apiContext"] == {"serviceId": "svc", "endpointId": "add", "serviceGeneration": "v1"}
        assert (await api.run_function("add", x=10))["response"]["sum"] == 11

        queried = await api.sql_query("by_tier", {"tier": "gold"})
        assert queried["columns"] == ["id", "name"]
        assert queried["rows"] == [[1, "Ada"], [3, "Alan"]]

        found = await api.lookup_record("customer", {"id": "c2"})
        assert found["data"] == {"id": "c2", "name": "Grace", "tier": "silver"}
        many = await api.lookup_records("customer", [{"data": {"id": "c1"}}, {"data": {"id": "nobody"}}])
        assert [r["data"] for r in many["results"]] == [
            {"id": "c1", "name": "Ada", "tier": "gold"},
            {"id": "nobody"},  # nothing found: DSS drops null properties from its answers
        ]
        assert [r["found"] for r in many["results"]] == [True, False]


async def test_lookups_read_the_rows_the_package_copied(client: AsyncDSSClient, node: Any) -> None:
    await deploy(client, node)
    # Rows written after the package was made are not the deployed service's.
    write_rows(
        data_store(node.pipeline.services),
        "P",
        "customers",
        ["id", "name", "tier"],
        [["c9", "New", "x"]],
        node.state.clock,
    )
    async with AsyncAPINodeClient(node.url, "svc") as api:
        assert (await api.lookup_record("customer", {"id": "c1"}))["data"]["name"] == "Ada"
        assert "name" not in (await api.lookup_record("customer", {"id": "c9"}))["data"]


async def test_refusals_have_dss_error_shapes(client: AsyncDSSClient, node: Any) -> None:
    async with AsyncAPINodeClient(node.url, "svc") as api:
        with pytest.raises(NotFoundError):  # nothing deployed yet
            await api.run_function("add", x=1)
    await deploy(client, node)
    async with AsyncAPINodeClient(node.url, "svc") as api:
        with pytest.raises(NotFoundError):
            await api.run_function("nope", x=1)
        with pytest.raises(BadRequestError) as missing:
            await api.sql_query("by_tier", {})
        assert "tier" in str(missing.value)
        with pytest.raises(BadRequestError) as no_key:
            await api.lookup_record("customer", {"name": "Ada"})
        assert "id" in str(no_key.value)
        with pytest.raises(BadRequestError):  # a function endpoint is not an SQL one
            await api.sql_query("add", {"tier": "gold"})
        with pytest.raises(DSSAPIError) as failed:
            await api.run_function("boom")
        assert failed.value.status_code == 500 and "no luck" in str(failed.value)
        with pytest.raises(BadRequestError) as no_model:  # its saved model did not exist when packaged
            await api.predict_record("churn", {"age": 42})
        assert "has no model" in str(no_model.value) and "model-1" in str(no_model.value)
        with pytest.raises(ValueError):  # refused before anything is sent, as the official client does
            await api.lookup_records("customer", [{"id": "c1"}])
    async with AsyncAPINodeClient(node.url, "other") as api:
        with pytest.raises(NotFoundError):
            await api.run_function("add", x=1)


async def test_a_disabled_deployment_stops_answering(client: AsyncDSSClient, node: Any) -> None:
    deployment = await deploy(client, node)
    settings = await deployment.get_settings()
    settings.set_enabled(False)
    await settings.save()
    async with AsyncAPINodeClient(node.url, "svc") as api:
        with pytest.raises(NotFoundError):
            await api.run_function("add", x=1)


async def test_a_service_with_api_keys_needs_one_of_them(client: AsyncDSSClient, node: Any) -> None:
    await deploy(client, node, public=False)
    async with AsyncAPINodeClient(node.url, "svc") as anonymous:
        with pytest.raises(AuthenticationError):
            await anonymous.run_function("add", x=1)
    async with AsyncAPINodeClient(node.url, "svc", api_key="wrong") as wrong:
        with pytest.raises(PermissionDeniedError):
            await wrong.run_function("add", x=1)
    async with AsyncAPINodeClient(node.url, "svc", api_key=QUERY_KEY) as api:
        assert (await api.run_function("add", x=1))["response"]["sum"] == 2
    # A DSS user's key is not a key of the service.
    async with AsyncAPINodeClient(node.url, "svc", api_key=admin_key(node)) as dss_key:
        with pytest.raises(PermissionDeniedError):
            await dss_key.run_function("add", x=1)


async def test_an_oauth2_service_is_refused_rather_than_let_through(client: AsyncDSSClient, node: Any) -> None:
    await deploy(client, node, public=False)
    # The published version's settings, as a package designed for OAuth2 would carry them.
    with node.state.lock:
        node.state.extension(ApiDeployer).services["svc"].versions["v1"].content.service["authMethod"] = "OAUTH2"
    async with AsyncAPINodeClient(node.url, "svc", bearer_token="any.jwt.token") as api:
        with pytest.raises(AuthenticationError):
            await api.run_function("add", x=1)


async def test_function_code_sees_nothing_of_dss(client: AsyncDSSClient, node: Any) -> None:
    await deploy(client, node)
    async with AsyncAPINodeClient(node.url, "svc") as api:
        seen = (await api.run_function("snoop"))["response"]
    # No API ticket, no backend URL, no project: the shim has nothing to call, and refuses.
    assert [k for k in seen["env"] if k in ("DKU_API_TICKET", "DKU_BACKEND_URL", "DKU_CURRENT_PROJECT_KEY")] == []
    assert seen["dss"] != "reachable"
    assert seen["dataset"] != "read"
    assert "customers" not in " ".join(seen["cwd_files"])


async def test_admin_client_lists_switches_and_counts(client: AsyncDSSClient, node: Any) -> None:
    await deploy(client, node, versions=("v1", "v2"))
    async with AsyncAPINodeAdminClient(node.url, ADMIN_KEY) as admin:
        (listed,) = await admin.list_services()
        assert listed["serviceId"] == "svc" and listed["enabled"] is True and listed["generations"] == ["v1"]
        service = admin.service("svc")
        assert await service.list_generations() == ["v1"]
        await service.disable()
        async with AsyncAPINodeClient(node.url, "svc") as api:
            with pytest.raises(NotFoundError):
                await api.run_function("add", x=1)
            await service.enable()
            assert (await api.run_function("add", x=1))["response"]["sum"] == 2
            with pytest.raises(BadRequestError):
                await service.set_generations_mapping({"entries": [{"generation": "v9", "proba": 1.0}]})
            with pytest.raises(NotFoundError):
                await service.switch_to_single_generation("v9")
            assert await service.switch_to_newest() == {"generation": "v1"}

        await admin.create_service("local")
        assert [s["serviceId"] for s in await admin.list_services()] == ["svc", "local"]
        local = admin.service("local")
        assert await local.list_generations() == []
        await local.delete()
        with pytest.raises(NotFoundError):
            await local.list_generations()

        metrics = await admin.get_metrics()
        assert metrics["services"]["svc"]["endpoints"]["add"] == {"requests": 1, "errors": 0}

        key = await admin.auth().add_key(label="ci")
        assert key["label"] == "ci" and isinstance(key["key"], str)
        async with AsyncAPINodeAdminClient(node.url, key["key"]) as other:
            assert [s["serviceId"] for s in await other.list_services()] == ["svc"]
        await admin.auth().delete_key_by_id(key["id"])
        assert await admin.auth().list_keys() == []
        with pytest.raises(DSSAPIError) as unsupported:
            await service.import_generation_from_archive("/tmp/package.zip")
        assert unsupported.value.status_code == 501


async def test_admin_api_needs_the_nodes_admin_key(client: AsyncDSSClient, node: Any) -> None:
    await deploy(client, node)
    async with AsyncAPINodeAdminClient(node.url, "not-the-key") as wrong:
        with pytest.raises(PermissionDeniedError):
            await wrong.list_services()
    # A DSS administrator's key is not an admin key of the API node.
    async with AsyncAPINodeAdminClient(node.url, admin_key(node)) as dss_admin:
        with pytest.raises(PermissionDeniedError):
            await dss_admin.get_metrics()
