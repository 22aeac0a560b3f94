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
    AsyncDSSClient,
    AsyncDSSFuture,
    BadRequestError,
    ConflictError,
    FutureFailedError,
    InvalidIdentifierError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.aio.dss.continuousactivity import AsyncDSSContinuousActivity
from dssclient.aio.dss.discussion import AsyncDSSObjectDiscussions
from dssclient.aio.dss.project import AsyncDSSProject
from dssclient.aio.dss.recipe import (
    AsyncCodeRecipeCreator,
    AsyncCodeRecipeSettings,
    AsyncContinuousSyncRecipeCreator,
    AsyncDSSRecipe,
)
from dssclient.aio.dss.streaming_endpoint import (
    AsyncDSSManagedStreamingEndpointCreationHelper,
    AsyncDSSStreamingEndpoint,
    AsyncDSSStreamingEndpointListItem,
    AsyncDSSStreamingEndpointSettings,
    AsyncHTTPSSEStreamingEndpointSettings,
    AsyncKafkaStreamingEndpointSettings,
)
from dssclient.emulator.models import streaming as streaming_model
from dssclient.emulator.models.streaming import MAX_ENDPOINTS_PER_PROJECT, StreamingModel
from tests.conftest import sent_bodies

pytestmark = pytest.mark.anyio  # unasync: remove

COLUMNS = [{"name": "order_id", "type": "bigint"}, {"name": "amount", "type": "double"}]
CODE_WRITERS = {"group": "readers", "readProjectContent": True, "writeProjectContent": True}


async def kafka_project(client: AsyncDSSClient, key: str = "P") -> AsyncDSSProject:
    """A project, on an instance with a Kafka connection ``kafka_main`` and an SQS one ``sqs_main``."""
    connections = [c for c in await client.list_connections()]
    if "kafka_main" not in connections:
        await client.create_connection("kafka_main", "Kafka", {"bootstrapServers": "broker:9092"})
        await client.create_connection("sqs_main", "SQS", {"region": "eu-west-1"})
    return await client.create_project(key, key, "admin")


async def continuous_flow(project: AsyncDSSProject) -> AsyncDSSRecipe:
    """Endpoint ``orders`` (Kafka), read by the continuous sync ``csync_orders`` into a new dataset ``orders_copy``."""
    endpoint = await project.create_kafka_streaming_endpoint("orders", "kafka_main", "orders")
    await endpoint.set_schema({"columns": COLUMNS})
    builder = endpoint.new_recipe("csync", "csync_orders")
    assert isinstance(builder, AsyncContinuousSyncRecipeCreator)
    return await builder.with_new_output("orders_copy", "filesystem_managed").create()


# -- streaming endpoints ------------------------------------------------------------------------


async def test_a_kafka_endpoint_is_created_listed_and_read(client: AsyncDSSClient, dss_emulator: Any) -> None:
    project = await kafka_project(client)
    endpoint = await project.create_kafka_streaming_endpoint("orders", connection="kafka_main", topic="orders")
    assert isinstance(endpoint, AsyncDSSStreamingEndpoint)
    assert (endpoint.name, endpoint.id, endpoint.project_key) == ("orders", "orders", "P")
    assert sent_bodies(dss_emulator, "createStreamingEndpoint") == [
        {"id": "orders", "projectKey": "P", "type": "kafka", "params": {"connection": "kafka_main", "topic": "orders"}}
    ]
    assert await endpoint.exists()
    assert not await project.get_streaming_endpoint("missing").exists()

    (item,) = await project.list_streaming_endpoints()
    assert isinstance(item, AsyncDSSStreamingEndpointListItem) and isinstance(item, dict)
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
    (handle,) = await project.list_streaming_endpoints(as_type="objects")
    assert isinstance(handle, AsyncDSSStreamingEndpoint) and handle.name == "orders"
    with pytest.raises(ValueError):
        await project.list_streaming_endpoints(as_type="items")  # type: ignore[call-overload]


async def test_settings_round_trip_and_the_kafka_helpers(client: AsyncDSSClient) -> None:
    project = await kafka_project(client)
    endpoint = await project.create_kafka_streaming_endpoint("orders", "kafka_main")
    settings = await endpoint.get_settings()
    assert isinstance(settings, AsyncKafkaStreamingEndpointSettings) and settings.type == "kafka"
    assert settings.get_raw_params() == {"connection": "kafka_main"}
    settings.set_connection_and_topic(None, "orders_${projectKey}")
    settings.add_raw_schema_column({"name": "order_id", "type": "bigint", "comment": "PII"})
    settings.get_raw()["unknownField"] = {"kept": 1}
    settings.get_raw()["description"] = "Orders as they come"
    await settings.save()

    again = await endpoint.get_settings()
    raw = again.get_raw()
    assert raw["params"] == {"connection": "kafka_main", "topic": "orders_${projectKey}"}
    assert raw["unknownField"] == {"kept": 1} and raw["description"] == "Orders as they come"
    assert raw["schema"]["columns"] == [{"name": "order_id", "type": "bigint", "comment": "PII"}]
    assert (raw.get("versionTag") or {}).get("versionNumber") == 1
    (item,) = await project.list_streaming_endpoints()
    assert item.get_column("order_id") == {"name": "order_id", "type": "bigint", "comment": "PII"}

    # Saving cannot rename the endpoint nor change its type.
    raw["type"] = "httpsse"
    with pytest.raises(BadRequestError, match="type cannot change"):
        await again.save()
    raw["type"], raw["id"] = "kafka", "renamed"
    with pytest.raises(BadRequestError, match="cannot rename"):
        await again.save()
    # A connection set by saving is checked as at creation.
    raw["id"] = "orders"
    again.set_connection_and_topic("sqs_main")
    with pytest.raises(BadRequestError, match="needs a Kafka connection"):
        await again.save()


async def test_the_schema_is_read_and_replaced(client: AsyncDSSClient) -> None:
    project = await kafka_project(client)
    endpoint = await project.create_kafka_streaming_endpoint("orders", "kafka_main", "orders")
    assert await endpoint.get_schema() == {"columns": [], "userModified": False}
    await endpoint.set_schema({"columns": COLUMNS, "userModified": True})
    assert await endpoint.get_schema() == {"columns": COLUMNS, "userModified": True}
    with pytest.raises(BadRequestError):
        await endpoint.set_schema({"columns": [{"name": "no type"}]})
    with pytest.raises(NotFoundError):
        await project.get_streaming_endpoint("missing").get_schema()
    with pytest.raises(NotFoundError):
        await project.get_streaming_endpoint("missing").set_schema({"columns": COLUMNS})


async def test_an_http_sse_endpoint_reads_a_url_and_has_no_connection(client: AsyncDSSClient) -> None:
    project = await kafka_project(client)
    endpoint = await project.create_httpsse_streaming_endpoint("events", url="https://example.invalid/stream")
    settings = await endpoint.get_settings()
    assert isinstance(settings, AsyncHTTPSSEStreamingEndpointSettings) and settings.type == "httpsse"
    settings.set_url("https://example.invalid/other")
    await settings.save()
    (item,) = await project.list_streaming_endpoints()
    assert item.connection is None and item["params"] == {"url": "https://example.invalid/other"}
    with pytest.raises(BadRequestError, match="has no connection"):
        await project.create_streaming_endpoint("bad", "httpsse", {"connection": "kafka_main"})


async def test_any_type_through_create_streaming_endpoint(client: AsyncDSSClient) -> None:
    project = await kafka_project(client)
    endpoint = await project.create_streaming_endpoint("queue", "SQS", {"connection": "sqs_main", "queueName": "q"})
    settings = await endpoint.get_settings()
    assert type(settings) is AsyncDSSStreamingEndpointSettings and settings.type == "SQS"
    assert settings.get_raw_params() == {"connection": "sqs_main", "queueName": "q"}
    # Only Kafka and HTTP SSE streams can be captured, as in the official client.
    with pytest.raises(ValueError, match="only kafka and httpsse"):
        await endpoint.test_and_detect()
    with pytest.raises(ValueError, match="only kafka and httpsse"):
        await endpoint.autodetect_settings()


async def test_creation_refusals(client: AsyncDSSClient) -> None:
    project = await kafka_project(client)
    await project.create_kafka_streaming_endpoint("orders", "kafka_main", "orders")
    with pytest.raises(ConflictError, match="already exists"):
        await project.create_kafka_streaming_endpoint("orders", "kafka_main", "other")
    with pytest.raises(BadRequestError, match="Unknown streaming endpoint type"):
        await project.create_streaming_endpoint("x", "rabbitmq", {})
    with pytest.raises(BadRequestError, match="does not exist"):
        await project.create_kafka_streaming_endpoint("x", "no_such_connection", "t")
    with pytest.raises(BadRequestError, match="is a Filesystem connection"):
        await project.create_kafka_streaming_endpoint("x", "filesystem_managed", "t")
    with pytest.raises(BadRequestError, match="Invalid streaming endpoint name"):
        await project.create_kafka_streaming_endpoint("not a name", "kafka_main", "t")
    with pytest.raises(InvalidIdentifierError):
        await project.create_kafka_streaming_endpoint("..", "kafka_main", "t")
    with pytest.raises(BadRequestError, match="Invalid streaming endpoint name"):
        await project.create_kafka_streaming_endpoint("a/b", "kafka_main", "t")  # one path segment, refused
    assert not await project.get_streaming_endpoint("a/b").exists()
    assert not await project.get_streaming_endpoint("orders%2F..").exists()
    with pytest.raises(BadRequestError, match="not the project of the path"):
        await client.perform_json(
            "POST", "/projects/P/streamingendpoints/", body={"id": "x", "projectKey": "Q", "type": "httpsse"}
        )
    await project.create_dataset("customers", "Filesystem", {"connection": "filesystem_managed", "path": "c"})
    with pytest.raises(ConflictError, match="dataset named customers"):
        await project.create_kafka_streaming_endpoint("customers", "kafka_main", "t")
    assert [e.name for e in await project.list_streaming_endpoints()] == ["orders"]


async def test_endpoints_per_project_are_bounded(client: AsyncDSSClient, dss_emulator: Any) -> None:
    project = await kafka_project(client)
    model = dss_emulator.state.extension(StreamingModel)
    with dss_emulator.state.lock:
        for index in range(MAX_ENDPOINTS_PER_PROJECT):
            model.create("P", {"id": f"e{index}", "type": "httpsse"}, "admin")
    with pytest.raises(BadRequestError, match="streaming endpoints already"):
        await project.create_httpsse_streaming_endpoint("one_more", "https://example.invalid")


async def test_a_connection_not_usable_by_the_user_is_refused(
    client: AsyncDSSClient, reader_client: AsyncDSSClient, dss_emulator: Any
) -> None:
    await kafka_project(client)
    dss_emulator.state.add_group("streamers", "may use the private Kafka", "LOCAL")
    connection = await client.create_connection(
        "kafka_private", "Kafka", {"bootstrapServers": "b:9092"}, usable_by="ALLOWED", allowed_groups=["streamers"]
    )
    assert connection is not None
    dss_emulator.state.projects["P"].permissions = [CODE_WRITERS]
    theirs = reader_client.get_project("P")
    with pytest.raises(PermissionDeniedError, match="may not use connection"):
        await theirs.create_kafka_streaming_endpoint("x", "kafka_private", "t")
    await theirs.create_kafka_streaming_endpoint("x", "kafka_main", "t")


async def test_managed_endpoints_take_their_type_from_the_connection(client: AsyncDSSClient, dss_emulator: Any) -> None:
    project = await kafka_project(client)
    helper = project.new_managed_streaming_endpoint("managed")
    assert isinstance(helper, AsyncDSSManagedStreamingEndpointCreationHelper)
    assert helper.with_store_into("kafka_main", format_option_id="avro") is helper
    assert helper.get_creation_settings() == {"connectionId": "kafka_main", "formatOptionId": "avro"}
    assert not await helper.already_exists()
    endpoint = await helper.create()
    assert sent_bodies(dss_emulator, "createManagedStreamingEndpoint") == [
        {"id": "managed", "type": None, "creationSettings": {"connectionId": "kafka_main", "formatOptionId": "avro"}}
    ]
    raw = (await endpoint.get_settings()).get_raw()
    assert raw["type"] == "kafka" and raw.get("managed") is True
    assert raw["params"]["connection"] == "kafka_main" and raw["params"]["topic"] == "${projectKey}_managed"
    assert await helper.already_exists()
    with pytest.raises(ConflictError):
        await helper.create()
    await endpoint.set_schema({"columns": COLUMNS})
    await helper.create(overwrite=True)  # deleted, then made again: its schema is a new one
    assert (await endpoint.get_schema())["columns"] == []

    queue = await project.new_managed_streaming_endpoint("queue", "SQS").with_store_into("sqs_main").create()
    params = (await queue.get_settings()).get_raw_params()
    assert params.get("queueName") == "${projectKey}_queue" and params.get("formatOptionId") == "json"

    with pytest.raises(BadRequestError, match="Kafka or SQS"):
        await project.new_managed_streaming_endpoint("files").with_store_into("filesystem_managed").create()
    with pytest.raises(BadRequestError, match="Unknown format"):
        await project.new_managed_streaming_endpoint("f").with_store_into("kafka_main", "xml").create()
    with pytest.raises(BadRequestError, match="does not exist"):
        await project.new_managed_streaming_endpoint("f").with_store_into("nowhere").create()
    with pytest.raises(BadRequestError, match="needs a SQS connection"):
        await project.new_managed_streaming_endpoint("f", "SQS").with_store_into("kafka_main").create()


async def test_capturing_a_stream_fails_as_the_emulator_reaches_no_stream(client: AsyncDSSClient) -> None:
    project = await kafka_project(client)
    kafka = await project.create_kafka_streaming_endpoint("orders", "kafka_main", "orders")
    future = await kafka.test_and_detect(infer_storage_types=True, limit=5, timeout=3)
    assert isinstance(future, AsyncDSSFuture)
    with pytest.raises(FutureFailedError, match="Kafka cluster of connection 'kafka_main'"):
        await future.wait_for_result(timeout=10)
    with pytest.raises(FutureFailedError, match="does not connect to Kafka"):
        await kafka.autodetect_settings()
    unconnected = await project.create_kafka_streaming_endpoint("nowhere")
    with pytest.raises(FutureFailedError, match="has no Kafka connection"):
        await (await unconnected.test_and_detect()).wait_for_result(timeout=10)
    sse = await project.create_httpsse_streaming_endpoint("events", "https://example.invalid/stream")
    with pytest.raises(FutureFailedError, match="example.invalid"):
        await (await sse.test_and_detect()).wait_for_result(timeout=10)
    with pytest.raises(NotFoundError):
        await project.get_streaming_endpoint("missing").test_and_detect()


async def test_discussions_on_an_endpoint(client: AsyncDSSClient) -> None:
    project = await kafka_project(client)
    endpoint = await project.create_kafka_streaming_endpoint("orders", "kafka_main", "orders")
    discussions = endpoint.get_object_discussions()
    assert isinstance(discussions, AsyncDSSObjectDiscussions)
    assert (discussions.object_type, discussions.object_id) == ("STREAMING_ENDPOINT", "orders")
    created = await discussions.create_discussion("Topic naming", "Should it be orders_v2?")
    (listed,) = await discussions.list_discussions()
    assert listed.discussion_id == created.discussion_id
    with pytest.raises(NotFoundError):
        await project.get_streaming_endpoint("missing").get_object_discussions().list_discussions()


async def test_usages_and_deletion_with_the_recipes_using_the_endpoint(client: AsyncDSSClient) -> None:
    project = await kafka_project(client)
    await continuous_flow(project)
    endpoint = project.get_streaming_endpoint("orders")
    assert await endpoint.get_usages() == [
        {"type": "RECIPE_INPUT", "objectId": "csync_orders", "objectProjectKey": "P"}
    ]
    graph = await project.get_flow().get_graph()
    assert [(n["ref"], n["type"]) for n in graph.get_source_computables()] == [
        ("orders", "COMPUTABLE_STREAMING_ENDPOINT")
    ]
    await project.get_continuous_activity("csync_orders").start()

    await endpoint.delete()
    assert not await endpoint.exists()
    assert [r.name for r in await project.list_recipes()] == []  # the continuous sync went with it
    assert await project.list_continuous_activities() == []
    assert [d.name for d in await project.list_datasets()] == ["orders_copy"]  # its output stays
    with pytest.raises(NotFoundError):
        await endpoint.delete()
    with pytest.raises(NotFoundError):
        await endpoint.get_usages()


async def test_a_code_recipe_writes_a_new_managed_endpoint(client: AsyncDSSClient) -> None:
    project = await kafka_project(client)
    source = await project.create_kafka_streaming_endpoint("orders", "kafka_main", "orders")
    builder = source.new_code_recipe("cpython", "# continuous code", "enrich")
    assert isinstance(builder, AsyncCodeRecipeCreator)
    recipe = await builder.with_new_output_streaming_endpoint("enriched", "kafka_main", "json").create()
    settings = await recipe.get_settings()
    assert settings.get_flat_input_refs() == ["orders"] and settings.get_flat_output_refs() == ["enriched"]
    assert isinstance(settings, AsyncCodeRecipeSettings) and settings.get_code() == "# continuous code"
    enriched = project.get_streaming_endpoint("enriched")
    assert await enriched.get_usages() == [{"type": "RECIPE_OUTPUT", "objectId": "enrich", "objectProjectKey": "P"}]
    assert (await enriched.get_settings()).get_raw_params().get("formatOptionId") == "json"
    with pytest.raises(TypeError, match="Unknown argument"):
        project.new_recipe("cpython").with_new_output_streaming_endpoint("x", "kafka_main", typo=1)  # type: ignore[attr-defined]

    # A refused recipe leaves no endpoint behind: the one made for it is deleted again.
    refused = project.new_recipe("cpython", "enrich").with_input("orders")  # the name is taken
    with pytest.raises(ConflictError):
        await refused.with_new_output_streaming_endpoint("orphan", "kafka_main", format_option_id="avro").create()
    assert not await project.get_streaming_endpoint("orphan").exists()
    # overwrite: an endpoint of that name is replaced.
    await enriched.set_schema({"columns": COLUMNS})
    await (
        project.new_recipe("cpython", "again")
        .with_input("orders")
        .with_new_output_streaming_endpoint("enriched2", "kafka_main")
        .create()
    )
    assert [e.name for e in await project.list_streaming_endpoints()] == ["orders", "enriched", "enriched2"]


# -- continuous activities ----------------------------------------------------------------------


async def test_a_continuous_activity_moves_through_its_states(client: AsyncDSSClient) -> None:
    project = await kafka_project(client)
    recipe = await continuous_flow(project)
    activity = recipe.get_continuous_activity()
    assert isinstance(activity, AsyncDSSContinuousActivity)
    assert (activity.project_key, activity.recipe_id) == ("P", "csync_orders")
    assert activity.get_recipe().name == "csync_orders"
    status = await activity.get_status()
    assert status["desiredState"] == "STOPPED" and "mainLoopState" not in status

    started = await activity.start({"abortAfterCrashes": 3, "initialRestartDelayMS": 100})
    assert started["desiredState"] == "STARTED"
    assert started.get("loopParams") == {
        "abortAfterCrashes": 3,
        "initialRestartDelayMS": 100,
        "restartDelayIncMS": 0,
        "maxRestartDelayMS": 0,
    }
    status = await activity.get_status()
    loop = status.get("mainLoopState") or {}
    info = loop.get("futureInfo") or {}
    assert info.get("alive") is True and info.get("hasResult") is False
    first_future = loop.get("futureId")
    assert first_future
    # Starting a started activity keeps its loop.
    await activity.start()
    assert ((await activity.get_status()).get("mainLoopState") or {}).get("futureId") == first_future

    await activity.stop()
    status = await activity.get_status()
    info = (status.get("mainLoopState") or {}).get("futureInfo") or {}
    assert status["desiredState"] == "STOPPED" and info.get("alive") is False and info.get("aborted") is True
    await activity.stop()  # a stopped activity stays stopped

    await activity.start()
    loop = (await activity.get_status()).get("mainLoopState") or {}
    assert loop.get("futureId") not in (None, first_future) and loop.get("attemptCount") == 2
    # Aborting the main loop's future stops the activity, as the official client documents.
    await AsyncDSSFuture(client, str(loop.get("futureId"))).abort()
    assert (await activity.get_status())["desiredState"] == "STOPPED"


async def test_only_continuous_and_python_recipes_use_endpoints(client: AsyncDSSClient) -> None:
    project = await kafka_project(client)
    await project.create_kafka_streaming_endpoint("orders", "kafka_main", "orders")
    builder = project.new_recipe("sync", "batch").with_input("orders").with_new_output("copy", "filesystem_managed")
    with pytest.raises(BadRequestError, match="A sync recipe cannot use streaming endpoint P.orders"):
        await builder.create()
    assert await project.list_recipes() == [] and await project.list_datasets() == []
    python = (
        await project.new_recipe("python", "batch_python")
        .with_input("orders")
        .with_new_output_dataset("copy", "filesystem_managed")
        .create()
    )
    assert (await python.get_settings()).get_flat_input_refs() == ["orders"]
    # Nor can saving give a batch recipe an endpoint.
    sync = (
        await project.new_recipe("sync", "batch")
        .with_input("copy")
        .with_new_output("copy2", "filesystem_managed")
        .create()
    )
    settings = await sync.get_settings()
    settings.replace_input("copy", "orders")
    with pytest.raises(BadRequestError, match="A sync recipe cannot use streaming endpoint"):
        await settings.save()
    assert (await sync.get_settings()).get_flat_input_refs() == ["copy"]


async def test_activities_are_listed_for_continuous_recipes_only(client: AsyncDSSClient) -> None:
    project = await kafka_project(client)
    await continuous_flow(project)
    await (
        project.new_recipe("sync", "plain")
        .with_input("orders_copy")
        .with_new_output("plain_copy", "filesystem_managed")
        .create()
    )
    (activity,) = await project.list_continuous_activities()
    assert isinstance(activity, AsyncDSSContinuousActivity) and activity.recipe_id == "csync_orders"
    (raw,) = await project.list_continuous_activities(as_objects=False)
    assert (raw["projectKey"], raw["recipeId"], raw.get("recipeType"), raw.get("desiredState")) == (
        "P",
        "csync_orders",
        "csync",
        "STOPPED",
    )
    with pytest.raises(NotFoundError, match="Continuous activity does not exist"):
        await project.get_continuous_activity("plain").get_status()
    with pytest.raises(NotFoundError):
        await project.get_continuous_activity("missing").start()
    with pytest.raises(BadRequestError):
        await project.get_continuous_activity("csync_orders").start({"abortAfterCrashes": -5})


async def test_running_activities_are_bounded(client: AsyncDSSClient, monkeypatch: pytest.MonkeyPatch) -> None:
    project = await kafka_project(client)
    first = await continuous_flow(project)
    second = (
        await project.new_recipe("csync", "csync_again")
        .with_input("orders")
        .with_new_output("orders_copy2", "filesystem_managed")
        .create()
    )
    monkeypatch.setattr(streaming_model, "MAX_RUNNING_ACTIVITIES", 1)
    await first.get_continuous_activity().start()
    with pytest.raises(BadRequestError, match="at most 1 continuous activities"):
        await second.get_continuous_activity().start()
    await first.get_continuous_activity().start()  # a running one may be started again
    await first.get_continuous_activity().stop()
    await second.get_continuous_activity().start()


async def test_deleting_the_recipe_ends_its_activity(client: AsyncDSSClient, dss_emulator: Any) -> None:
    project = await kafka_project(client)
    recipe = await continuous_flow(project)
    state = await recipe.get_continuous_activity().start()
    future_id = str((state.get("mainLoopState") or {}).get("futureId"))
    await recipe.delete()
    future = dss_emulator.futures.get(future_id)
    assert future is not None and future.wait(5), "the main loop ends once its recipe is gone"
    assert await project.list_continuous_activities() == []


# -- permissions and isolation --------------------------------------------------------------------


async def test_readers_read_and_writers_write(
    client: AsyncDSSClient, reader_client: AsyncDSSClient, dss_emulator: Any
) -> None:
    project = await kafka_project(client)
    await continuous_flow(project)
    theirs = reader_client.get_project("P")
    # No access to the project: refused like every other object of it.
    with pytest.raises(PermissionDeniedError):
        await theirs.list_streaming_endpoints()
    with pytest.raises(PermissionDeniedError):
        await theirs.list_continuous_activities()

    dss_emulator.state.projects["P"].permissions = [{"group": "readers", "readProjectContent": True}]
    assert [e.name for e in await theirs.list_streaming_endpoints()] == ["orders"]
    endpoint = theirs.get_streaming_endpoint("orders")
    assert (await endpoint.get_schema())["columns"] == COLUMNS
    assert len(await endpoint.get_usages()) == 1
    activity = theirs.get_continuous_activity("csync_orders")
    assert (await activity.get_status())["desiredState"] == "STOPPED"
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
            await write()
    settings = await endpoint.get_settings()
    with pytest.raises(PermissionDeniedError):
        await settings.save()

    dss_emulator.state.projects["P"].permissions = [CODE_WRITERS]
    await activity.start()
    await activity.stop()
    await theirs.create_kafka_streaming_endpoint("x", "kafka_main", "t")


async def test_continuous_code_needs_code_rights_to_start(
    client: AsyncDSSClient, reader_client: AsyncDSSClient, dss_emulator: Any
) -> None:
    project = await kafka_project(client)
    await project.create_kafka_streaming_endpoint("orders", "kafka_main", "orders")
    recipe = (
        await project.new_recipe("cpython", "enrich")
        .with_input("orders")
        .with_new_output_streaming_endpoint("enriched", "kafka_main")
        .create()
    )
    dss_emulator.state.projects["P"].permissions = [CODE_WRITERS]
    reader = dss_emulator.state.users["reader"]
    assert not reader.may("mayWriteUnsafeCode")  # the reader may write the project's content, not code
    with pytest.raises(PermissionDeniedError, match="mayWriteUnsafeCode"):
        await reader_client.get_project("P").get_continuous_activity(recipe.name).start()


async def test_one_project_never_reaches_the_endpoints_of_another(client: AsyncDSSClient, dss_emulator: Any) -> None:
    first = await kafka_project(client, "P")
    second = await kafka_project(client, "Q")
    await continuous_flow(first)
    assert await second.list_streaming_endpoints() == []
    assert await second.list_continuous_activities() == []
    assert not await second.get_streaming_endpoint("orders").exists()
    with pytest.raises(NotFoundError):
        await second.get_continuous_activity("csync_orders").get_status()
    await second.create_kafka_streaming_endpoint("orders", "kafka_main", "q_orders")  # the same name, another project
    assert (await first.get_streaming_endpoint("orders").get_settings()).get_raw_params().get("topic") == "orders"

    # A deleted project takes its endpoints and activities with it, and its main loops end.
    state = await first.get_continuous_activity("csync_orders").start()
    loop = dss_emulator.futures.get(str((state.get("mainLoopState") or {}).get("futureId")))
    await first.delete()
    assert loop is not None and loop.wait(5)
    again = await client.create_project("P", "P", "admin")
    assert await again.list_streaming_endpoints() == []


async def test_the_core_streaming_endpoint_comes_from_the_dataiku_package(
    client: AsyncDSSClient, monkeypatch: pytest.MonkeyPatch
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
