# Derived from tests/e2e/aio/test_apinode.py by scripts/unasync.py: do not edit.
"""The emulator as an API node, end to end: an API service designed, packaged, published and
deployed on an infrastructure whose API node is the emulator itself, then queried with
``APINodeClient`` and administered with ``APINodeAdminClient``."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from dssclient import (
    APINodeAdminClient,
    APINodeClient,
    AuthenticationError,
    BadRequestError,
    DSSAPIError,
    DSSClient,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.emulator.automation.store import data_store, write_rows
from dssclient.emulator.models.api_deployer import ApiDeployer
from tests.conftest import FAST_POLLING, admin_key

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
def client(node: Any) -> Iterator[DSSClient]:
    with DSSClient(node.url, admin_key(node), future_polling=FAST_POLLING) as dss:
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


def deploy(client: DSSClient, node: Any, *, public: bool = True, versions: tuple[str, ...] = ("v1",)) -> Any:
    """Project P (dataset `customers`, table `people`), API service `svc` deployed on the emulator's own URL."""
    project = client.create_project("P", "P", "admin")
    dataset = project.create_dataset(
        "customers", "Filesystem", params={"connection": "filesystem_managed", "path": "c"}
    )
    settings = dataset.get_settings()
    for name in ("id", "name", "tier"):
        settings.add_raw_schema_column({"name": name, "type": "string"})
    settings.save()
    rows = [["c1", "Ada", "gold"], ["c2", "Grace", "silver"]]
    write_rows(data_store(node.pipeline.services), "P", "customers", ["id", "name", "tier"], rows, node.state.clock)
    for statement in (
        "CREATE TABLE people (id INTEGER, name TEXT, tier TEXT)",
        "INSERT INTO people VALUES (1, 'Ada', 'gold'), (2, 'Grace', 'silver'), (3, 'Alan', 'gold')",
    ):
        started = client.sql_query(statement, connection=CONNECTION, post_queries=["COMMIT"])
        _ = [row for row in started.iter_rows()]
        started.verify()

    service = project.create_api_service("svc")
    for version in versions:
        settings = service.get_settings()
        raw = settings.get_raw()
        raw["endpoints"] = endpoints()
        if public:
            raw["authMethod"], raw["publicAccess"] = "PUBLIC", True
        else:
            raw["authMethod"], raw["publicAccess"] = "API_KEYS", False
            raw["authRealm"] = {"queryKeys": [{"key": QUERY_KEY, "label": "tests"}]}
        settings.save()
        service.create_package(version)
        service.publish_package(version)

    deployer = client.get_apideployer()
    infra = deployer.create_infra("nodes", "Production", "STATIC")
    infra_settings = infra.get_settings()
    infra_settings.add_apinode(node.url, ADMIN_KEY)
    infra_settings.save()
    deployment = deployer.create_deployment("svc-on-nodes", "svc", "nodes", versions[0])
    (deployment.start_update()).wait_for_result(timeout=10)
    return deployment


def test_the_whole_loop_answers_functions_sql_queries_and_lookups(client: DSSClient, node: Any) -> None:
    deploy(client, node)
    with APINodeClient(node.url, "svc") as api:
        ran = api.run_function("add", x=2, y=3)
        assert ran["response"] == {"sum": 5, "args": [2, 3]}
        assert ran["apiContext"] == {"serviceId": "svc", "endpointId": "add", "serviceGeneration": "v1"}
        assert (api.run_function("add", x=10))["response"]["sum"] == 11

        queried = api.sql_query("by_tier", {"tier": "gold"})
        assert queried["columns"] == ["id", "name"]
        assert queried["rows"] == [[1, "Ada"], [3, "Alan"]]

        found = api.lookup_record("customer", {"id": "c2"})
        assert found["data"] == {"id": "c2", "name": "Grace", "tier": "silver"}
        many = api.lookup_records("customer", [{"data": {"id": "c1"}}, {"data": {"id": "nobody"}}])
        assert [r["data"] for r in many["results"]] == [
            {"id": "c1", "name": "Ada", "tier": "gold"},
            {"id": "nobody"},  # nothing found: DSS drops null properties from its answers
        ]
        assert [r["found"] for r in many["results"]] == [True, False]


def test_lookups_read_the_rows_the_package_copied(client: DSSClient, node: Any) -> None:
    deploy(client, node)
    # Rows written after the package was made are not the deployed service's.
    write_rows(
        data_store(node.pipeline.services),
        "P",
        "customers",
        ["id", "name", "tier"],
        [["c9", "New", "x"]],
        node.state.clock,
    )
    with APINodeClient(node.url, "svc") as api:
        assert (api.lookup_record("customer", {"id": "c1"}))["data"]["name"] == "Ada"
        assert "name" not in (api.lookup_record("customer", {"id": "c9"}))["data"]


def test_refusals_have_dss_error_shapes(client: DSSClient, node: Any) -> None:
    with APINodeClient(node.url, "svc") as api:
        with pytest.raises(NotFoundError):  # nothing deployed yet
            api.run_function("add", x=1)
    deploy(client, node)
    with APINodeClient(node.url, "svc") as api:
        with pytest.raises(NotFoundError):
            api.run_function("nope", x=1)
        with pytest.raises(BadRequestError) as missing:
            api.sql_query("by_tier", {})
        assert "tier" in str(missing.value)
        with pytest.raises(BadRequestError) as no_key:
            api.lookup_record("customer", {"name": "Ada"})
        assert "id" in str(no_key.value)
        with pytest.raises(BadRequestError):  # a function endpoint is not an SQL one
            api.sql_query("add", {"tier": "gold"})
        with pytest.raises(DSSAPIError) as failed:
            api.run_function("boom")
        assert failed.value.status_code == 500 and "no luck" in str(failed.value)
        with pytest.raises(BadRequestError) as no_model:  # its saved model did not exist when packaged
            api.predict_record("churn", {"age": 42})
        assert "has no model" in str(no_model.value) and "model-1" in str(no_model.value)
        with pytest.raises(ValueError):  # refused before anything is sent, as the official client does
            api.lookup_records("customer", [{"id": "c1"}])
    with APINodeClient(node.url, "other") as api:
        with pytest.raises(NotFoundError):
            api.run_function("add", x=1)


def test_a_disabled_deployment_stops_answering(client: DSSClient, node: Any) -> None:
    deployment = deploy(client, node)
    settings = deployment.get_settings()
    settings.set_enabled(False)
    settings.save()
    with APINodeClient(node.url, "svc") as api:
        with pytest.raises(NotFoundError):
            api.run_function("add", x=1)


def test_a_service_with_api_keys_needs_one_of_them(client: DSSClient, node: Any) -> None:
    deploy(client, node, public=False)
    with APINodeClient(node.url, "svc") as anonymous:
        with pytest.raises(AuthenticationError):
            anonymous.run_function("add", x=1)
    with APINodeClient(node.url, "svc", api_key="wrong") as wrong:
        with pytest.raises(PermissionDeniedError):
            wrong.run_function("add", x=1)
    with APINodeClient(node.url, "svc", api_key=QUERY_KEY) as api:
        assert (api.run_function("add", x=1))["response"]["sum"] == 2
    # A DSS user's key is not a key of the service.
    with APINodeClient(node.url, "svc", api_key=admin_key(node)) as dss_key:
        with pytest.raises(PermissionDeniedError):
            dss_key.run_function("add", x=1)


def test_an_oauth2_service_is_refused_rather_than_let_through(client: DSSClient, node: Any) -> None:
    deploy(client, node, public=False)
    # The published version's settings, as a package designed for OAuth2 would carry them.
    with node.state.lock:
        node.state.extension(ApiDeployer).services["svc"].versions["v1"].content.service["authMethod"] = "OAUTH2"
    with APINodeClient(node.url, "svc", bearer_token="any.jwt.token") as api:
        with pytest.raises(AuthenticationError):
            api.run_function("add", x=1)


def test_function_code_sees_nothing_of_dss(client: DSSClient, node: Any) -> None:
    deploy(client, node)
    with APINodeClient(node.url, "svc") as api:
        seen = (api.run_function("snoop"))["response"]
    # No API ticket, no backend URL, no project: the shim has nothing to call, and refuses.
    assert [k for k in seen["env"] if k in ("DKU_API_TICKET", "DKU_BACKEND_URL", "DKU_CURRENT_PROJECT_KEY")] == []
    assert seen["dss"] != "reachable"
    assert seen["dataset"] != "read"
    assert "customers" not in " ".join(seen["cwd_files"])


def test_admin_client_lists_switches_and_counts(client: DSSClient, node: Any) -> None:
    deploy(client, node, versions=("v1", "v2"))
    with APINodeAdminClient(node.url, ADMIN_KEY) as admin:
        (listed,) = admin.list_services()
        assert listed["serviceId"] == "svc" and listed["enabled"] is True and listed["generations"] == ["v1"]
        service = admin.service("svc")
        assert service.list_generations() == ["v1"]
        service.disable()
        with APINodeClient(node.url, "svc") as api:
            with pytest.raises(NotFoundError):
                api.run_function("add", x=1)
            service.enable()
            assert (api.run_function("add", x=1))["response"]["sum"] == 2
            with pytest.raises(BadRequestError):
                service.set_generations_mapping({"entries": [{"generation": "v9", "proba": 1.0}]})
            with pytest.raises(NotFoundError):
                service.switch_to_single_generation("v9")
            assert service.switch_to_newest() == {"generation": "v1"}

        admin.create_service("local")
        assert [s["serviceId"] for s in admin.list_services()] == ["svc", "local"]
        local = admin.service("local")
        assert local.list_generations() == []
        local.delete()
        with pytest.raises(NotFoundError):
            local.list_generations()

        metrics = admin.get_metrics()
        assert metrics["services"]["svc"]["endpoints"]["add"] == {"requests": 1, "errors": 0}

        key = admin.auth().add_key(label="ci")
        assert key["label"] == "ci" and isinstance(key["key"], str)
        with APINodeAdminClient(node.url, key["key"]) as other:
            assert [s["serviceId"] for s in other.list_services()] == ["svc"]
        admin.auth().delete_key_by_id(key["id"])
        assert admin.auth().list_keys() == []
        with pytest.raises(DSSAPIError) as unsupported:
            service.import_generation_from_archive("/tmp/package.zip")
        assert unsupported.value.status_code == 501


def test_admin_api_needs_the_nodes_admin_key(client: DSSClient, node: Any) -> None:
    deploy(client, node)
    with APINodeAdminClient(node.url, "not-the-key") as wrong:
        with pytest.raises(PermissionDeniedError):
            wrong.list_services()
    # A DSS administrator's key is not an admin key of the API node.
    with APINodeAdminClient(node.url, admin_key(node)) as dss_admin:
        with pytest.raises(PermissionDeniedError):
            dss_admin.get_metrics()
