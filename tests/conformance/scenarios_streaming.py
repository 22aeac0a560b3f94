"""Conformance scenarios of streaming: endpoints (Kafka, HTTP SSE, managed), their settings, schema and
usages, continuous recipes and the activities that run them, refusals and permissions.

Each is automation code as a user writes it with dataikuapi; identifiers the emulator draws at
random (the main loop's future) are used but never returned, so that both runs compare.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.conformance.framework import scenario

COLUMNS = [{"name": "order_id", "type": "bigint"}, {"name": "amount", "type": "double"}]


def _streaming_project(admin: Any) -> Any:
    admin.create_connection("kafka_main", "Kafka", {"bootstrapServers": "broker:9092"})
    return admin.create_project("STREAM", "Stream", "admin")


@scenario(
    ("createStreamingEndpoint", 400),  # a connection that does not exist, one of another kind
    ("createStreamingEndpoint", 409),  # a name taken
    ("getStreamingEndpointSchema", 404),  # exists() on a missing endpoint
    ("createManagedStreamingEndpoint", 400),  # a managed endpoint on a Filesystem connection
)
def streaming_endpoints(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = _streaming_project(admin)
    orders = project.create_kafka_streaming_endpoint("orders", "kafka_main", "orders")
    project.create_httpsse_streaming_endpoint("events", "https://example.invalid/stream")
    project.create_streaming_endpoint("raw", "kafka", {"connection": "kafka_main", "topic": "raw"})
    seen["listed"] = [
        (e.name, e.id, e.type, e.connection, e.schema["columns"], e["params"])
        for e in project.list_streaming_endpoints()
    ]
    seen["objects"] = [e.name for e in project.list_streaming_endpoints(as_type="objects")]
    seen["exists"] = (orders.exists(), project.get_streaming_endpoint("missing").exists())

    settings = orders.get_settings()
    seen["settings_class"] = type(settings).__name__
    settings.set_connection_and_topic(topic="orders_${projectKey}")
    settings.add_raw_schema_column({"name": "order_id", "type": "bigint", "comment": "PII"})
    settings.get_raw()["description"] = "Orders as they come"
    settings.save()
    raw = orders.get_settings().get_raw()
    seen["saved"] = (raw["params"], raw["schema"]["columns"], raw["description"], raw["type"])
    sse = project.get_streaming_endpoint("events").get_settings()
    seen["sse_class"] = type(sse).__name__
    sse.set_url("https://example.invalid/other")
    sse.save()
    seen["sse_params"] = project.get_streaming_endpoint("events").get_settings().get_raw_params()

    orders.set_schema({"columns": COLUMNS, "userModified": True})
    seen["schema"] = orders.get_schema()
    (item,) = [e for e in project.list_streaming_endpoints() if e.id == "orders"]
    seen["column"] = item.get_column("amount")

    helper = project.new_managed_streaming_endpoint("managed").with_store_into("kafka_main", "avro")
    seen["helper"] = (helper.get_creation_settings(), helper.already_exists())
    managed = helper.create()
    seen["managed"] = managed.get_settings().get_raw()["params"]
    helper.create(overwrite=True)
    seen["managed_again"] = helper.already_exists()

    discussions = orders.get_object_discussions()
    discussions.create_discussion("Topic naming", "Should it be orders_v2?")
    seen["discussions"] = [d.get_metadata()["topic"] for d in discussions.list_discussions()]

    refusals = []
    for attempt in (
        lambda: project.create_kafka_streaming_endpoint("orders", "kafka_main", "again"),
        lambda: project.create_kafka_streaming_endpoint("x", "no_such_connection", "t"),
        lambda: project.create_kafka_streaming_endpoint("x", "filesystem_managed", "t"),
        lambda: project.new_managed_streaming_endpoint("f").with_store_into("filesystem_managed").create(),
    ):
        with pytest.raises(api.DataikuException) as caught:
            attempt()
        refusals.append(str(caught.value).split(":")[0])
    seen["refusals"] = refusals

    project.get_streaming_endpoint("raw").delete()
    seen["after_delete"] = sorted(e.name for e in project.list_streaming_endpoints())
    return seen


@scenario(
    ("getFutureState", 500),  # the capture fails: the emulator reaches no Kafka cluster
    ("listStreamingEndpoints", 403),  # the reader before being granted the project
    ("createStreamingEndpoint", 403),  # the reader, who may read only
    ("startContinuousActivity", 403),
    ("getContinuousActivity", 404),  # a recipe that is not continuous
)
def continuous_activities(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = _streaming_project(admin)
    orders = project.create_kafka_streaming_endpoint("orders", "kafka_main", "orders")
    orders.set_schema({"columns": COLUMNS})
    csync = orders.new_recipe("csync", "csync_orders").with_new_output("orders_copy", "filesystem_managed").create()
    enrich = (
        orders.new_code_recipe("cpython", "# continuous code", "enrich")
        .with_new_output_streaming_endpoint("enriched", "kafka_main", "json")
        .create()
    )
    seen["usages"] = orders.get_usages() + project.get_streaming_endpoint("enriched").get_usages()
    seen["enrich_outputs"] = enrich.get_settings().get_flat_output_refs()
    project.new_recipe("sync", "plain").with_input("orders_copy").with_new_output(
        "plain_copy", "filesystem_managed"
    ).create()

    seen["activities"] = sorted(a.recipe_id for a in project.list_continuous_activities())
    seen["raw_activities"] = sorted(
        (a["recipeId"], a["desiredState"]) for a in project.list_continuous_activities(as_objects=False)
    )
    activity = csync.get_continuous_activity()
    seen["recipe"] = activity.get_recipe().name
    seen["states"] = [activity.get_status()["desiredState"]]
    started = activity.start({"abortAfterCrashes": 3})
    seen["started"] = (started["desiredState"], started["loopParams"]["abortAfterCrashes"])
    status = activity.get_status()
    seen["states"].append((status["desiredState"], status["mainLoopState"]["futureInfo"]["alive"]))
    activity.stop()
    status = activity.get_status()
    seen["states"].append((status["desiredState"], status["mainLoopState"]["futureInfo"]["aborted"]))
    with pytest.raises(api.DataikuException):
        project.get_continuous_activity("plain").get_status()

    with pytest.raises(api.DataikuException):
        orders.autodetect_settings(infer_storage_types=True, limit=5, timeout=3)

    mine = reader.get_project("STREAM")
    with pytest.raises(api.DataikuException):
        mine.list_streaming_endpoints()
    permissions = project.get_permissions()
    permissions["permissions"].append({"group": "readers", "readProjectContent": True})
    project.set_permissions(permissions)
    seen["reader_sees"] = sorted(e.name for e in mine.list_streaming_endpoints())
    seen["reader_status"] = mine.get_continuous_activity("csync_orders").get_status()["desiredState"]
    for attempt in (
        lambda: mine.create_kafka_streaming_endpoint("x", "kafka_main", "t"),
        lambda: mine.get_continuous_activity("csync_orders").start(),
    ):
        with pytest.raises(api.DataikuException):
            attempt()

    orders.delete()
    seen["after_delete"] = (
        sorted(r.name for r in project.list_recipes()),
        sorted(a.recipe_id for a in project.list_continuous_activities()),
    )
    return seen
