"""Conformance scenarios of the API node (issue 19): an API service designed, packaged, published
and deployed on the emulator's own URL, then queried with ``APINodeClient`` and administered
with ``APINodeAdminClient``, the official client's and ours.

Each scenario is ordinary dataikuapi code; the official client runs it against the strict
emulator, then dssclient runs it and must observe the same results with equivalent requests.
"""

from __future__ import annotations

import io
from typing import Any

from tests.conformance.framework import scenario

CONNECTION = "warehouse"
NODE_ADMIN_KEY = "node-admin-secret"
QUERY_KEY = "query-key-1"
CSV = b"id,name,tier\nc1,Ada,gold\nc2,Grace,silver\n"
ADD = "def add(x, y=1):\n    return {'sum': x + y}\n"


def _deploy(admin: Any, *, public: bool) -> None:
    project = admin.create_project("P", "P", "admin")
    customers = project.create_upload_dataset("customers")
    customers.uploaded_add_file(io.BytesIO(CSV), "customers.csv")
    customers.autodetect_settings().save()
    for statement in (
        "CREATE TABLE people (id INTEGER, name TEXT, tier TEXT)",
        "INSERT INTO people VALUES (1, 'Ada', 'gold'), (2, 'Grace', 'silver'), (3, 'Alan', 'gold')",
    ):
        query = admin.sql_query(statement, connection=CONNECTION, post_queries=["COMMIT"])
        list(query.iter_rows())
        query.verify()

    service = project.create_api_service("svc")
    settings = service.get_settings()
    raw = settings.get_raw()
    raw["endpoints"] = [
        {"id": "add", "type": "PY_FUNCTION", "code": ADD, "userFunctionName": "add"},
        {
            "id": "by_tier",
            "type": "SQL_QUERY",
            "connection": CONNECTION,
            "queries": [{"query": "SELECT name FROM people WHERE tier = ? ORDER BY id", "inputParameters": ["tier"]}],
        },
        {
            "id": "customer",
            "type": "DATASETS_LOOKUP",
            "lookups": [{"datasetName": "customers", "lookupKeys": ["id"], "columns": ["name", "tier"]}],
        },
    ]
    settings.add_prediction_endpoint("churn", "model-1")
    if public:
        raw["authMethod"], raw["publicAccess"] = "PUBLIC", True
    else:
        raw["authRealm"] = {"queryKeys": [{"key": QUERY_KEY}]}
    settings.save()
    service.create_package("v1")
    service.publish_package("v1")

    deployer = admin.get_apideployer()
    infra = deployer.create_infra("nodes", "Production", "STATIC")
    infra_settings = infra.get_settings()
    infra_settings.add_apinode(admin.host, NODE_ADMIN_KEY)
    infra_settings.save()
    deployment = deployer.create_deployment("svc-on-nodes", "svc", "nodes", "v1")
    deployment.start_update().wait_for_result()


def _refusal(api: Any, call: Any) -> str:
    try:
        call()
    except api.DataikuException as error:
        return str(error).split(":")[0]
    return "answered"


@scenario(
    ("runApiNodeFunction", 404),
    ("queryApiNodeSql", 400),
    ("lookupApiNodeRecord", 400),
    ("predictApiNodeRecord", 400),
    sql_connections={CONNECTION: None},
)
def query_a_deployed_service(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    _deploy(admin, public=True)
    node = api.APINodeClient(admin.host, "svc")
    ran = node.run_function("add", x=2, y=3)
    seen["run"] = (ran["response"], ran["apiContext"])
    seen["sql"] = node.sql_query("by_tier", {"tier": "gold"})["rows"]
    seen["lookup"] = node.lookup_record("customer", {"id": "c2"})["data"]
    seen["lookups"] = [
        r["data"] for r in node.lookup_records("customer", [{"data": {"id": "c1"}}, {"data": {"id": "x"}}])["results"]
    ]
    seen["unknown_endpoint"] = _refusal(api, lambda: node.run_function("nope"))
    seen["missing_parameter"] = _refusal(api, lambda: node.sql_query("by_tier", {}))
    seen["missing_key"] = _refusal(api, lambda: node.lookup_record("customer", {"name": "Ada"}))
    seen["no_model"] = _refusal(api, lambda: node.predict_record("churn", {"age": 42}))
    return seen


@scenario(
    ("runApiNodeFunction", 401),
    ("runApiNodeFunction", 403),
    ("runApiNodeFunction", 404),
    ("listApiNodeServices", 403),
    sql_connections={CONNECTION: None},
)
def keys_and_administration(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    _deploy(admin, public=False)
    seen["anonymous"] = _refusal(api, lambda: api.APINodeClient(admin.host, "svc").run_function("add", x=1))
    seen["wrong_key"] = _refusal(
        api, lambda: api.APINodeClient(admin.host, "svc", api_key="nope").run_function("add", x=1)
    )
    seen["with_key"] = api.APINodeClient(admin.host, "svc", api_key=QUERY_KEY).run_function("add", x=1)["response"]

    node_admin = api.APINodeAdminClient(admin.host, NODE_ADMIN_KEY)
    seen["services"] = [(s["serviceId"], s["enabled"]) for s in node_admin.list_services()]
    service = node_admin.service("svc")
    seen["generations"] = service.list_generations()
    service.disable()
    seen["disabled"] = _refusal(
        api, lambda: api.APINodeClient(admin.host, "svc", api_key=QUERY_KEY).run_function("add", x=1)
    )
    service.switch_to_single_generation("v1")
    seen["switched"] = api.APINodeClient(admin.host, "svc", api_key=QUERY_KEY).run_function("add", x=5)["response"]
    node_admin.create_service("local")
    seen["services_after"] = sorted(s["serviceId"] for s in node_admin.list_services())
    node_admin.service("local").delete()
    seen["metrics"] = node_admin.get_metrics()["services"]["svc"]["endpoints"]["add"]
    seen["bad_admin_key"] = _refusal(api, lambda: api.APINodeAdminClient(admin.host, "wrong").list_services())
    return seen
