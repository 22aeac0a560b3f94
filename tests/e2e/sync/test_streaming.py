# Derived from tests/e2e/aio/test_streaming.py by scripts/unasync.py: do not edit.
"""Streaming endpoints and continuous activities, end to end against the emulator.

Endpoints: creation (Kafka, HTTP SSE, any type, managed), settings and schema round trips,
usages, discussions, stream capture (which the emulator cannot make: the task fails), deletion
with the recipes using them. Continuous activities: the states a continuous recipe's activity
moves through (the emulator moves no data). Refusals, permissions, isolation between projects.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from typing import Any

import pytest

from dssclient import (
    BadRequestError,
    ConflictError,
    DSSClient,
    DSSFuture,
    FutureFailedError,
    InvalidIdentifierError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.dss.continuousactivity import DSSContinuousActivity
from dssclient.dss.discussion import DSSObjectDiscussions
from dssclient.dss.project import DSSProject
from dssclient.dss.recipe import (
    CodeRecipeCreator,
    CodeRecipeSettings,
    ContinuousSyncRecipeCreator,
    DSSRecipe,
)
from dssclient.dss.streaming_endpoint import (
    DSSManagedStreamingEndpointCreationHelper,
    DSSStreamingEndpoint,
    DSSStreamingEndpointListItem,
    DSSStreamingEndpointSettings,
    HTTPSSEStreamingEndpointSettings,
    KafkaStreamingEndpointSettings,
)
from dssclient.emulator.models import streaming as streaming_model
from dssclient.emulator.models.streaming import MAX_ENDPOINTS_PER_PROJECT, StreamingModel
from tests.conftest import sent_bodies

COLUMNS = [{"name": "order_id", "type": "bigint"}, {"name": "amount", "type": "double"}]
CODE_WRITERS = {"group": "readers", "readProjectContent": True, "writeProjectContent": True}


def kafka_project(client: DSSClient, key: str = "P") -> DSSProject:
    """A project, on an instance with a Kafka connection ``kafka_main`` and an SQS one ``sqs_main``."""
    connections = [c for c in client.list_connections()]
    if "kafka_main" not in connections:
        client.create_connection("kafka_main", "Kafka", {"bootstrapServers": "broker:9092"})
        client.create_connection("sqs_main", "SQS", {"region": "eu-west-1"})
    return client.create_project(key, key, "admin")


def continuous_flow(project: DSSProject) -> DSSRecipe:
    """Endpoint ``orders`` (Kafka), read by the continuous sync ``csync_orders`` into a new dataset ``orders_copy``."""
    endpoint = project.create_kafka_streaming_endpoint("orders", "kafka_main", "orders")
    endpoint.set_schema({"columns": COLUMNS})
    builder = endpoint.new_recipe("csync", "csync_orders")
    assert isinstance(builder, ContinuousSyncRecipeCreator)
    return builder.with_new_output("orders_copy", "filesystem_managed").create()


# -- streaming endpoints ------------------------------------------------------------------------


def test_a_kafka_endpoint_is_created_listed_and_read(client: DSSClient, dss_emulator: Any) -> None:
    project = kafka_project(client)
    endpoint = project.create_kafka_streaming_endpoint("orders", connection="kafka_main", topic="orders")
    assert isinstance(endpoint, DSSStreamingEndpoint)
    assert (endpoint.name, endpoint.id, endpoint.project_key) == ("orders", "orders", "P")
    assert sent_bodies(dss_emulator, "createStreamingEndpoint") == [
        {"id": "orders", "projectKey": "P", "type": "kafka", "params": {"connection": "kafka_main", "topic": "orders"}}
    ]
    assert endpoint.exists()
    assert not project.get_streaming_endpoint("missing").exists()

    (item,) = project.list_streaming_endpoints()
    assert isinstance(item, DSSStreamingEndpointListItem) and isinstance(item, dict)
    assert (item.name, item.id, item.type, item.connection, item.tags) == (
        "orders",
        "orders",
        "kafka",
        "kafka_main",
        [],
    )
    assert item.schema == {"columns": [], "userModified": False}
    assert item.get_column("order_id") is None
    assert item["params"]["topic"] == "orders"
    assert item.to_streaming_endpoint().streaming_endpoint_name == "orders"
    (handle,) = project.list_streaming_endpoints(as_type="objects")
    assert isinstance(handle, DSSStreamingEndpoint) and handle.name == "orders"
    with pytest.raises(ValueError):
        project.list_streaming_endpoints(as_type="items")  # type: ignore[call-overload]


def test_settings_round_trip_and_the_kafka_helpers(client: DSSClient) -> None:
    project = kafka_project(client)
    endpoint = project.create_kafka_streaming_endpoint("orders", "kafka_main")
    settings = endpoint.get_settings()
    assert isinstance(settings, KafkaStreamingEndpointSettings) and settings.type == "kafka"
    assert settings.get_raw_params() == {"connection": "kafka_main"}
    settings.set_connection_and_topic(None, "orders_${projectKey}")
    settings.add_raw_schema_column({"name": "order_id", "type": "bigint", "comment": "PII"})
    settings.get_raw()["unknownField"] = {"kept": 1}
    settings.get_raw()["description"] = "Orders as they come"
    settings.save()

    again = endpoint.get_settings()
    raw = again.get_raw()
    assert raw["params"] == {"connection": "kafka_main", "topic": "orders_${projectKey}"}
    assert raw["unknownField"] == {"kept": 1} and raw["description"] == "Orders as they come"
    assert raw["schema"]["columns"] == [{"name": "order_id", "type": "bigint", "comment": "PII"}]
    assert (raw.get("versionTag") or {}).get("versionNumber") == 1
    (item,) = project.list_streaming_endpoints()
    assert item.get_column("order_id") == {"name": "order_id", "type": "bigint", "comment": "PII"}

    # Saving cannot rename the endpoint nor change its type.
    raw["type"] = "httpsse"
    with pytest.raises(BadRequestError, match="type cannot change"):
        again.save()
    raw["type"], raw["id"] = "kafka", "renamed"
    with pytest.raises(BadRequestError, match="cannot rename"):
        again.save()
    # A connection set by saving is checked as at creation.
    raw["id"] = "orders"
    again.set_connection_and_topic("sqs_main")
    with pytest.raises(BadRequestError, match="needs a Kafka connection"):
        again.save()


def test_the_schema_is_read_and_replaced(client: DSSClient) -> None:
    project = kafka_project(client)
    endpoint = project.create_kafka_streaming_endpoint("orders", "kafka_main", "orders")
    assert endpoint.get_schema() == {"columns": [], "userModified": False}
    endpoint.set_schema({"columns": COLUMNS, "userModified": True})
    assert endpoint.get_schema() == {"columns": COLUMNS, "userModified": True}
    with pytest.raises(BadRequestError):
        endpoint.set_schema({"columns": [{"name": "no type"}]})
    with pytest.raises(NotFoundError):
        project.get_streaming_endpoint("missing").get_schema()
    with pytest.raises(NotFoundError):
        project.get_streaming_endpoint("missing").set_schema({"columns": COLUMNS})


def test_an_http_sse_endpoint_reads_a_url_and_has_no_connection(client: DSSClient) -> None:
    project = kafka_project(client)
    endpoint = project.create_httpsse_streaming_endpoint("events", url="https://example.invalid/stream")
    settings = endpoint.get_settings()
    assert isinstance(settings, HTTPSSEStreamingEndpointSettings) and settings.type == "httpsse"
    settings.set_url("https://example.invalid/other")
    settings.save()
    (item,) = project.list_streaming_endpoints()
    assert item.connection is None and item["params"] == {"url": "https://example.invalid/other"}
    with pytest.raises(BadRequestError, match="has no connection"):
        project.create_streaming_endpoint("bad", "httpsse", {"connection": "kafka_main"})


def test_any_type_through_create_streaming_endpoint(client: DSSClient) -> None:
    project = kafka_project(client)
    endpoint = project.create_streaming_endpoint("queue", "SQS", {"connection": "sqs_main", "queueName": "q"})
    settings = endpoint.get_settings()
    assert type(settings) is DSSStreamingEndpointSettings and settings.type == "SQS"
    assert settings.get_raw_params() == {"connection": "sqs_main", "queueName": "q"}
    # Only Kafka and HTTP SSE streams can be captured, as in the official client.
    with pytest.raises(ValueError, match="only kafka and httpsse"):
        endpoint.test_and_detect()
    with pytest.raises(ValueError, match="only kafka and httpsse"):
        endpoint.autodetect_settings()


def test_creation_refusals(client: DSSClient) -> None:
    project = kafka_project(client)
    project.create_kafka_streaming_endpoint("orders", "kafka_main", "orders")
    with pytest.raises(ConflictError, match="already exists"):
        project.create_kafka_streaming_endpoint("orders", "kafka_main", "other")
    with pytest.raises(BadRequestError, match="Unknown streaming endpoint type"):
        project.create_streaming_endpoint("x", "rabbitmq", {})
    with pytest.raises(BadRequestError, match="does not exist"):
        project.create_kafka_streaming_endpoint("x", "no_such_connection", "t")
    with pytest.raises(BadRequestError, match="is a Filesystem connection"):
        project.create_kafka_streaming_endpoint("x", "filesystem_managed", "t")
    with pytest.raises(BadRequestError, match="Invalid streaming endpoint name"):
        project.create_kafka_streaming_endpoint("not a name", "kafka_main", "t")
    with pytest.raises(InvalidIdentifierError):
        project.create_kafka_streaming_endpoint("..", "kafka_main", "t")
    with pytest.raises(BadRequestError, match="Invalid streaming endpoint name"):
        project.create_kafka_streaming_endpoint("a/b", "kafka_main", "t")  # one path segment, refused
    assert not project.get_streaming_endpoint("a/b").exists()
    assert not project.get_streaming_endpoint("orders%2F..").exists()
    with pytest.raises(BadRequestError, match="not the project of the path"):
        client.perform_json(
            "POST", "/projects/P/streamingendpoints/", body={"id": "x", "projectKey": "Q", "type": "httpsse"}
        )
    project.create_dataset("customers", "Filesystem", {"connection": "filesystem_managed", "path": "c"})
    with pytest.raises(ConflictError, match="dataset named customers"):
        project.create_kafka_streaming_endpoint("customers", "kafka_main", "t")
    assert [e.name for e in project.list_streaming_endpoints()] == ["orders"]


def test_endpoints_per_project_are_bounded(client: DSSClient, dss_emulator: Any) -> None:
    project = kafka_project(client)
    model = dss_emulator.state.extension(StreamingModel)
    with dss_emulator.state.lock:
        for index in range(MAX_ENDPOINTS_PER_PROJECT):
            model.create("P", {"id": f"e{index}", "type": "httpsse"}, "admin")
    with pytest.raises(BadRequestError, match="streaming endpoints already"):
        project.create_httpsse_streaming_endpoint("one_more", "https://example.invalid")


def test_a_connection_not_usable_by_the_user_is_refused(
    client: DSSClient, reader_client: DSSClient, dss_emulator: Any
) -> None:
    kafka_project(client)
    dss_emulator.state.add_group("streamers", "may use the private Kafka", "LOCAL")
    connection = client.create_connection(
        "kafka_private", "Kafka", {"bootstrapServers": "b:9092"}, usable_by="ALLOWED", allowed_groups=["streamers"]
    )
    assert connection is not None
    dss_emulator.state.projects["P"].permissions = [CODE_WRITERS]
    theirs = reader_client.get_project("P")
    with pytest.raises(PermissionDeniedError, match="may not use connection"):
        theirs.create_kafka_streaming_endpoint("x", "kafka_private", "t")
    theirs.create_kafka_streaming_endpoint("x", "kafka_main", "t")


def test_managed_endpoints_take_their_type_from_the_connection(client: DSSClient, dss_emulator: Any) -> None:
    project = kafka_project(client)
    helper = project.new_managed_streaming_endpoint("managed")
    assert isinstance(helper, DSSManagedStreamingEndpointCreationHelper)
    assert helper.with_store_into("kafka_main", format_option_id="avro") is helper
    assert helper.get_creation_settings() == {"connectionId": "kafka_main", "formatOptionId": "avro"}
    assert not helper.already_exists()
    endpoint = helper.create()
    assert sent_bodies(dss_emulator, "createManagedStreamingEndpoint") == [
        {"id": "managed", "type": None, "creationSettings": {"connectionId": "kafka_main", "formatOptionId": "avro"}}
    ]
    raw = (endpoint.get_settings()).get_raw()
    assert raw["type"] == "kafka" and raw.get("managed") is True
    assert raw["params"]["connection"] == "kafka_main" and raw["params"]["topic"] == "${projectKey}_managed"
    assert helper.already_exists()
    with pytest.raises(ConflictError):
        helper.create()
    endpoint.set_schema({"columns": COLUMNS})
    helper.create(overwrite=True)  # deleted, then made again: its schema is a new one
    assert (endpoint.get_schema())["columns"] == []

    queue = project.new_managed_streaming_endpoint("queue", "SQS").with_store_into("sqs_main").create()
    params = (queue.get_settings()).get_raw_params()
    assert params.get("queueName") == "${projectKey}_queue" and params.get("formatOptionId") == "json"

    with pytest.raises(BadRequestError, match="Kafka or SQS"):
        project.new_managed_streaming_endpoint("files").with_store_into("filesystem_managed").create()
    with pytest.raises(BadRequestError, match="Unknown format"):
        project.new_managed_streaming_endpoint("f").with_store_into("kafka_main", "xml").create()
    with pytest.raises(BadRequestError, match="does not exist"):
        project.new_managed_streaming_endpoint("f").with_store_into("nowhere").create()
    with pytest.raises(BadRequestError, match="needs a SQS connection"):
        project.new_managed_streaming_endpoint("f", "SQS").with_store_into("kafka_main").create()


def test_capturing_a_stream_fails_as_the_emulator_reaches_no_stream(client: DSSClient) -> None:
    project = kafka_project(client)
    kafka = project.create_kafka_streaming_endpoint("orders", "kafka_main", "orders")
    future = kafka.test_and_detect(infer_storage_types=True, limit=5, timeout=3)
    assert isinstance(future, DSSFuture)
    with pytest.raises(FutureFailedError, match="Kafka cluster of connection 'kafka_main'"):
        future.wait_for_result(timeout=10)
    with pytest.raises(FutureFailedError, match="does not connect to Kafka"):
        kafka.autodetect_settings()
    unconnected = project.create_kafka_streaming_endpoint("nowhere")
    with pytest.raises(FutureFailedError, match="has no Kafka connection"):
        (unconnected.test_and_detect()).wait_for_result(timeout=10)
    sse = project.create_httpsse_streaming_endpoint("events", "https://example.invalid/stream")
    with pytest.raises(FutureFailedError, match="example.invalid"):
        (sse.test_and_detect()).wait_for_result(timeout=10)
    with pytest.raises(NotFoundError):
        project.get_streaming_endpoint("missing").test_and_detect()


def test_discussions_on_an_endpoint(client: DSSClient) -> None:
    project = kafka_project(client)
    endpoint = project.create_kafka_streaming_endpoint("orders", "kafka_main", "orders")
    discussions = endpoint.get_object_discussions()
    assert isinstance(discussions, DSSObjectDiscussions)
    assert (discussions.object_type, discussions.object_id) == ("STREAMING_ENDPOINT", "orders")
    created = discussions.create_discussion("Topic naming", "Should it be orders_v2?")
    (listed,) = discussions.list_discussions()
    assert listed.discussion_id == created.discussion_id
    with pytest.raises(NotFoundError):
        project.get_streaming_endpoint("missing").get_object_discussions().list_discussions()


def test_usages_and_deletion_with_the_recipes_using_the_endpoint(client: DSSClient) -> None:
    project = kafka_project(client)
    continuous_flow(project)
    endpoint = project.get_streaming_endpoint("orders")
    assert endpoint.get_usages() == [{"type": "RECIPE_INPUT", "objectId": "csync_orders", "objectProjectKey": "P"}]
    graph = project.get_flow().get_graph()
    assert [(n["ref"], n["type"]) for n in graph.get_source_computables()] == [
        ("orders", "COMPUTABLE_STREAMING_ENDPOINT")
    ]
    project.get_continuous_activity("csync_orders").start()

    endpoint.delete()
    assert not endpoint.exists()
    assert [r.name for r in project.list_recipes()] == []  # the continuous sync went with it
    assert project.list_continuous_activities() == []
    assert [d.name for d in project.list_datasets()] == ["orders_copy"]  # its output stays
    with pytest.raises(NotFoundError):
        endpoint.delete()
    with pytest.raises(NotFoundError):
        endpoint.get_usages()


def test_a_code_recipe_writes_a_new_managed_endpoint(client: DSSClient) -> None:
    project = kafka_project(client)
    source = project.create_kafka_streaming_endpoint("orders", "kafka_main", "orders")
    builder = source.new_code_recipe("cpython", "# continuous code", "enrich")
    assert isinstance(builder, CodeRecipeCreator)
    recipe = builder.with_new_output_streaming_endpoint("enriched", "kafka_main", "json").create()
    settings = recipe.get_settings()
    assert settings.get_flat_input_refs() == ["orders"] and settings.get_flat_output_refs() == ["enriched"]
    assert isinstance(settings, CodeRecipeSettings) and settings.get_code() == "# continuous code"
    enriched = project.get_streaming_endpoint("enriched")
    assert enriched.get_usages() == [{"type": "RECIPE_OUTPUT", "objectId": "enrich", "objectProjectKey": "P"}]
    assert (enriched.get_settings()).get_raw_params().get("formatOptionId") == "json"
    with pytest.raises(TypeError, match="Unknown argument"):
        project.new_recipe("cpython").with_new_output_streaming_endpoint("x", "kafka_main", typo=1)  # type: ignore[attr-defined]

    # A refused recipe leaves no endpoint behind: the one made for it is deleted again.
    refused = project.new_recipe("cpython", "enrich").with_input("orders")  # the name is taken
    with pytest.raises(ConflictError):
        refused.with_new_output_streaming_endpoint("orphan", "kafka_main", format_option_id="avro").create()
    assert not project.get_streaming_endpoint("orphan").exists()
    # overwrite: an endpoint of that name is replaced.
    enriched.set_schema({"columns": COLUMNS})
    (
        project.new_recipe("cpython", "again")
        .with_input("orders")
        .with_new_output_streaming_endpoint("enriched2", "kafka_main")
        .create()
    )
    assert [e.name for e in project.list_streaming_endpoints()] == ["orders", "enriched", "enriched2"]


# -- continuous activities ----------------------------------------------------------------------


def test_a_continuous_activity_moves_through_its_states(client: DSSClient) -> None:
    project = kafka_project(client)
    recipe = continuous_flow(project)
    activity = recipe.get_continuous_activity()
    assert isinstance(activity, DSSContinuousActivity)
    assert (activity.project_key, activity.recipe_id) == ("P", "csync_orders")
    assert activity.get_recipe().name == "csync_orders"
    status = activity.get_status()
    assert status["desiredState"] == "STOPPED" and "mainLoopState" not in status

    started = activity.start({"abortAfterCrashes": 3, "initialRestartDelayMS": 100})
    assert started["desiredState"] == "STARTED"
    assert started.get("loopParams") == {
        "abortAfterCrashes": 3,
        "initialRestartDelayMS": 100,
        "restartDelayIncMS": 0,
        "maxRestartDelayMS": 0,
    }
    status = activity.get_status()
    loop = status.get("mainLoopState") or {}
    info = loop.get("futureInfo") or {}
    assert info.get("alive") is True and info.get("hasResult") is False
    first_future = loop.get("futureId")
    assert first_future
    # Starting a started activity keeps its loop.
    activity.start()
    assert ((activity.get_status()).get("mainLoopState") or {}).get("futureId") == first_future

    activity.stop()
    status = activity.get_status()
    info = (status.get("mainLoopState") or {}).get("futureInfo") or {}
    assert status["desiredState"] == "STOPPED" and info.get("alive") is False and info.get("aborted") is True
    activity.stop()  # a stopped activity stays stopped

    activity.start()
    loop = (activity.get_status()).get("mainLoopState") or {}
    assert loop.get("futureId") not in (None, first_future) and loop.get("attemptCount") == 2
    # Aborting the main loop's future stops the activity, as the official client documents.
    DSSFuture(client, str(loop.get("futureId"))).abort()
    assert (activity.get_status())["desiredState"] == "STOPPED"


def test_only_continuous_and_python_recipes_use_endpoints(client: DSSClient) -> None:
    project = kafka_project(client)
    project.create_kafka_streaming_endpoint("orders", "kafka_main", "orders")
    builder = project.new_recipe("sync", "batch").with_input("orders").with_new_output("copy", "filesystem_managed")
    with pytest.raises(BadRequestError, match="A sync recipe cannot use streaming endpoint P.orders"):
        builder.create()
    assert project.list_recipes() == [] and project.list_datasets() == []
    python = (
        project.new_recipe("python", "batch_python")
        .with_input("orders")
        .with_new_output_dataset("copy", "filesystem_managed")
        .create()
    )
    assert (python.get_settings()).get_flat_input_refs() == ["orders"]
    # Nor can saving give a batch recipe an endpoint.
    sync = (
        project.new_recipe("sync", "batch").with_input("copy").with_new_output("copy2", "filesystem_managed").create()
    )
    settings = sync.get_settings()
    settings.replace_input("copy", "orders")
    with pytest.raises(BadRequestError, match="A sync recipe cannot use streaming endpoint"):
        settings.save()
    assert (sync.get_settings()).get_flat_input_refs() == ["copy"]


def test_activities_are_listed_for_continuous_recipes_only(client: DSSClient) -> None:
    project = kafka_project(client)
    continuous_flow(project)
    (
        project.new_recipe("sync", "plain")
        .with_input("orders_copy")
        .with_new_output("plain_copy", "filesystem_managed")
        .create()
    )
    (activity,) = project.list_continuous_activities()
    assert isinstance(activity, DSSContinuousActivity) and activity.recipe_id == "csync_orders"
    (raw,) = project.list_continuous_activities(as_objects=False)
    assert (raw["projectKey"], raw["recipeId"], raw.get("recipeType"), raw.get("desiredState")) == (
        "P",
        "csync_orders",
        "csync",
        "STOPPED",
    )
    with pytest.raises(NotFoundError, match="Continuous activity does not exist"):
        project.get_continuous_activity("plain").get_status()
    with pytest.raises(NotFoundError):
        project.get_continuous_activity("missing").start()
    with pytest.raises(BadRequestError):
        project.get_continuous_activity("csync_orders").start({"abortAfterCrashes": -5})


def test_running_activities_are_bounded(client: DSSClient, monkeypatch: pytest.MonkeyPatch) -> None:
    project = kafka_project(client)
    first = continuous_flow(project)
    second = (
        project.new_recipe("csync", "csync_again")
        .with_input("orders")
        .with_new_output("orders_copy2", "filesystem_managed")
        .create()
    )
    monkeypatch.setattr(streaming_model, "MAX_RUNNING_ACTIVITIES", 1)
    first.get_continuous_activity().start()
    with pytest.raises(BadRequestError, match="at most 1 continuous activities"):
        second.get_continuous_activity().start()
    first.get_continuous_activity().start()  # a running one may be started again
    first.get_continuous_activity().stop()
    second.get_continuous_activity().start()


def test_deleting_the_recipe_ends_its_activity(client: DSSClient, dss_emulator: Any) -> None:
    project = kafka_project(client)
    recipe = continuous_flow(project)
    state = recipe.get_continuous_activity().start()
    future_id = str((state.get("mainLoopState") or {}).get("futureId"))
    recipe.delete()
    future = dss_emulator.futures.get(future_id)
    assert future is not None and future.wait(5), "the main loop ends once its recipe is gone"
    assert project.list_continuous_activities() == []


# -- permissions and isolation --------------------------------------------------------------------


def test_readers_read_and_writers_write(client: DSSClient, reader_client: DSSClient, dss_emulator: Any) -> None:
    project = kafka_project(client)
    continuous_flow(project)
    theirs = reader_client.get_project("P")
    # No access to the project: refused like every other object of it.
    with pytest.raises(PermissionDeniedError):
        theirs.list_streaming_endpoints()
    with pytest.raises(PermissionDeniedError):
        theirs.list_continuous_activities()

    dss_emulator.state.projects["P"].permissions = [{"group": "readers", "readProjectContent": True}]
    assert [e.name for e in theirs.list_streaming_endpoints()] == ["orders"]
    endpoint = theirs.get_streaming_endpoint("orders")
    assert (endpoint.get_schema())["columns"] == COLUMNS
    assert len(endpoint.get_usages()) == 1
    activity = theirs.get_continuous_activity("csync_orders")
    assert (activity.get_status())["desiredState"] == "STOPPED"
    writes: list[Callable[[], Any]] = [
        lambda: theirs.create_kafka_streaming_endpoint("x", "kafka_main", "t"),
        lambda: theirs.new_managed_streaming_endpoint("m").with_store_into("kafka_main").create(),
        lambda: endpoint.set_schema({"columns": []}),
        endpoint.delete,
        endpoint.test_and_detect,
        activity.start,
        activity.stop,
    ]
    for write in writes:
        with pytest.raises(PermissionDeniedError):
            write()
    settings = endpoint.get_settings()
    with pytest.raises(PermissionDeniedError):
        settings.save()

    dss_emulator.state.projects["P"].permissions = [CODE_WRITERS]
    activity.start()
    activity.stop()
    theirs.create_kafka_streaming_endpoint("x", "kafka_main", "t")


def test_continuous_code_needs_code_rights_to_start(
    client: DSSClient, reader_client: DSSClient, dss_emulator: Any
) -> None:
    project = kafka_project(client)
    project.create_kafka_streaming_endpoint("orders", "kafka_main", "orders")
    recipe = (
        project.new_recipe("cpython", "enrich")
        .with_input("orders")
        .with_new_output_streaming_endpoint("enriched", "kafka_main")
        .create()
    )
    dss_emulator.state.projects["P"].permissions = [CODE_WRITERS]
    reader = dss_emulator.state.users["reader"]
    assert not reader.may("mayWriteUnsafeCode")  # the reader may write the project's content, not code
    with pytest.raises(PermissionDeniedError, match="mayWriteUnsafeCode"):
        reader_client.get_project("P").get_continuous_activity(recipe.name).start()


def test_one_project_never_reaches_the_endpoints_of_another(client: DSSClient, dss_emulator: Any) -> None:
    first = kafka_project(client, "P")
    second = kafka_project(client, "Q")
    continuous_flow(first)
    assert second.list_streaming_endpoints() == []
    assert second.list_continuous_activities() == []
    assert not second.get_streaming_endpoint("orders").exists()
    with pytest.raises(NotFoundError):
        second.get_continuous_activity("csync_orders").get_status()
    second.create_kafka_streaming_endpoint("orders", "kafka_main", "q_orders")  # the same name, another project
    assert (first.get_streaming_endpoint("orders").get_settings()).get_raw_params().get("topic") == "orders"

    # A deleted project takes its endpoints and activities with it, and its main loops end.
    state = first.get_continuous_activity("csync_orders").start()
    loop = dss_emulator.futures.get(str((state.get("mainLoopState") or {}).get("futureId")))
    first.delete()
    assert loop is not None and loop.wait(5)
    again = client.create_project("P", "P", "admin")
    assert again.list_streaming_endpoints() == []


def test_the_core_streaming_endpoint_comes_from_the_dataiku_package(
    client: DSSClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    endpoint = client.get_project("P").get_streaming_endpoint("orders")
    made: list[str] = []
    fake = types.ModuleType("dataiku")
    fake.StreamingEndpoint = lambda ref: made.append(ref) or ("core", ref)  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "dataiku", fake)
    assert endpoint.get_as_core_streaming_endpoint() == ("core", "P.orders") and made == ["P.orders"]
    # Outside DSS, where the package is not, the import fails as in the official client.
    monkeypatch.setitem(sys.modules, "dataiku", None)
    with pytest.raises(ImportError):
        endpoint.get_as_core_streaming_endpoint()
