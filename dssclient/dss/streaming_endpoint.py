# Derived from dssclient/aio/dss/streaming_endpoint.py by scripts/unasync.py: do not edit.
"""Streaming endpoints of a project (Kafka topics, SQS queues, HTTP SSE streams): settings, schema, usages."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, cast

from dssclient_generated.api import streaming

from dssclient._paths import check_identifier
from dssclient.dss.utils import DSSDictListItem, DSSRawSettings, nested_dict
from dssclient.errors import NotFoundError

from .._requester import json_body
from .discussion import DSSObjectDiscussions
from .future import DSSFuture

if TYPE_CHECKING:
    from dssclient.payloads import (
        Acknowledgement,
        CreateManagedStreamingEndpointBodyCreationSettings,
        DatasetSchema,
        SchemaColumn,
        StreamingEndpoint,
        StreamingEndpointParams,
        StreamingEndpointUsage,
    )

    from ..dssclient import DSSClient
    from .flow import DSSFlowZone
    from .project import DSSProject
    from .recipe import CodeRecipeCreator, DSSRecipeCreator

logger = logging.getLogger(__name__)

# The streaming endpoint types whose stream DSS can capture to detect a schema, and the
# action path of each (operation testAndDetectKafkaStreamingEndpoint / ...HttpSse...).
_DETECTABLE_TYPES = ("kafka", "httpsse")


def _json_object(value: Any) -> dict[str, Any]:
    return cast("dict[str, Any]", value) if isinstance(value, dict) else {}


class DSSStreamingEndpointListItem(DSSDictListItem["StreamingEndpoint"]):
    """A streaming endpoint as listed by :meth:`DSSProject.list_streaming_endpoints`, with no call per item.

    As in the official client, the item is the listing's dict itself, with properties over it.
    """

    client: DSSClient

    def to_streaming_endpoint(self) -> DSSStreamingEndpoint:
        """A handle on this streaming endpoint; makes no call."""
        return DSSStreamingEndpoint(self.client, self["projectKey"], self["id"])

    @property
    def name(self) -> str:
        """The streaming endpoint's name (its identifier)."""
        name: str = self["id"]
        return name

    @property
    def id(self) -> str:
        """The streaming endpoint's identifier, which is its name."""
        return self.name

    @property
    def type(self) -> str:
        """The type of streaming system: ``kafka``, ``SQS``, ``kdbplustick`` or ``httpsse``."""
        endpoint_type: str = self["type"]
        return endpoint_type

    @property
    def tags(self) -> list[str]:
        """The streaming endpoint's tags."""
        tags: list[str] = self.get("tags") or []
        return tags

    @property
    def schema(self) -> DatasetSchema:
        """The streaming endpoint's schema (``{"columns": [...]}``)."""
        schema: DatasetSchema = self["schema"]
        return schema

    @property
    def connection(self) -> str | None:
        """The connection the endpoint uses; None for HTTP SSE endpoints, which have none."""
        params: dict[str, Any] = self.get("params") or {}
        connection: str | None = params.get("connection")
        return connection

    def get_column(self, column: str) -> SchemaColumn | None:
        """The schema column of that name, if any."""
        for found in self.schema["columns"]:
            if found["name"] == column:
                return found
        return None


class DSSStreamingEndpoint:
    """A handle on a streaming endpoint. Get one with :meth:`DSSProject.get_streaming_endpoint` (no call is made)."""

    def __init__(self, client: DSSClient, project_key: str, streaming_endpoint_name: str) -> None:
        self.client = client
        self.project = client.get_project(project_key)
        self.project_key = project_key
        self.streaming_endpoint_name = streaming_endpoint_name

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(project_key={self.project_key!r}, "
            f"streaming_endpoint_name={self.streaming_endpoint_name!r})"
        )

    @property
    def name(self) -> str:
        """The streaming endpoint's name."""
        return self.streaming_endpoint_name

    @property
    def id(self) -> str:
        """The streaming endpoint's identifier, which is its name."""
        return self.streaming_endpoint_name

    def delete(self) -> None:
        """Delete the endpoint, and the recipes that read or write it; the topic or queue stays.

        (operation ``deleteStreamingEndpoint``)
        """
        self.client._requester.empty(
            streaming.delete_streaming_endpoint.request_kwargs, self.project_key, self.streaming_endpoint_name
        )

    def get_settings(self) -> DSSStreamingEndpointSettings:
        """The endpoint's settings, to edit and :meth:`~DSSStreamingEndpointSettings.save`.

        Kafka endpoints get a :class:`KafkaStreamingEndpointSettings`, HTTP SSE ones a
        :class:`HTTPSSEStreamingEndpointSettings`. (operation ``getStreamingEndpoint``)
        """
        data: StreamingEndpoint = self.client._requester.json(
            streaming.get_streaming_endpoint.request_kwargs, self.project_key, self.streaming_endpoint_name
        )
        if data["type"] == "kafka":
            return KafkaStreamingEndpointSettings(self, data)
        if data["type"] == "httpsse":
            return HTTPSSEStreamingEndpointSettings(self, data)
        return DSSStreamingEndpointSettings(self, data)

    def exists(self) -> bool:
        """Whether the endpoint exists. (operation ``getStreamingEndpointSchema``)

        Unlike the official client, which answers False on any error, only "not found" means
        False here: a refused or failed call raises, rather than claim that the endpoint is missing.
        """
        try:
            self.get_schema()
        except NotFoundError:
            return False
        return True

    def get_schema(self) -> DatasetSchema:
        """The schema, as ``{"columns": [{"name": ..., "type": ...}]}``. (operation ``getStreamingEndpointSchema``)"""
        schema: DatasetSchema = self.client._requester.json(
            streaming.get_streaming_endpoint_schema.request_kwargs, self.project_key, self.streaming_endpoint_name
        )
        return schema

    def set_schema(self, schema: Mapping[str, Any]) -> Acknowledgement:
        """Replace the schema; every column needs a name and a type. (operation ``setStreamingEndpointSchema``)

        Returns DSS's acknowledgement, whose content is not documented.
        """
        acknowledgement: Acknowledgement = self.client._requester.json(
            streaming.set_streaming_endpoint_schema.request_kwargs,
            self.project_key,
            self.streaming_endpoint_name,
            body=json_body(schema),
        )
        return acknowledgement

    def get_usages(self) -> list[StreamingEndpointUsage]:
        """The recipes that read (``RECIPE_INPUT``) or write (``RECIPE_OUTPUT``) the endpoint.

        (operation ``getStreamingEndpointUsages``)
        """
        usages: list[StreamingEndpointUsage] = self.client._requester.json(
            streaming.get_streaming_endpoint_usages.request_kwargs, self.project_key, self.streaming_endpoint_name
        )
        return usages

    def get_object_discussions(self) -> DSSObjectDiscussions:
        """The discussions about this streaming endpoint (no call is made)."""
        return DSSObjectDiscussions(self.client, self.project_key, "STREAMING_ENDPOINT", self.streaming_endpoint_name)

    # -- flow zones (issue 18) --

    def get_zone(self) -> DSSFlowZone:
        """The flow zone holding the streaming endpoint. (operations ``listFlowZones``, ``getFlowZone``)"""
        from .flow import zone_of  # the flow module imports this one

        return zone_of(self)

    def move_to_zone(self, zone: DSSFlowZone | str) -> None:
        """Move the streaming endpoint into a zone, a handle or an id. (operation ``addFlowZoneItem``)"""
        from .flow import move_to_zone

        move_to_zone(self, zone)

    def share_to_zone(self, zone: DSSFlowZone | str) -> None:
        """Share the streaming endpoint to a zone, a handle or an id. (operation ``shareToFlowZone``)"""
        from .flow import share_to_zone

        share_to_zone(self, zone)

    def unshare_from_zone(self, zone: DSSFlowZone | str) -> None:
        """Stop sharing the streaming endpoint to a zone, a handle or an id. (operation ``unshareFromFlowZone``)"""
        from .flow import unshare_from_zone

        unshare_from_zone(self, zone)

    def test_and_detect(self, infer_storage_types: bool = False, limit: int = 10, timeout: int = 60) -> DSSFuture:
        """Start capturing the stream (Kafka and HTTP SSE endpoints) and detecting its schema; returns the future.

        The future's result holds the captured rows (``table``) and the detection
        (``schemaDetection``, with ``detectedSchema``). Other types raise ``ValueError``.
        (operations ``getStreamingEndpoint``, ``testAndDetectKafkaStreamingEndpoint``,
        ``testAndDetectHttpSseStreamingEndpoint``)
        """
        settings = self.get_settings()
        body = json_body({"inferStorageTypes": infer_storage_types, "limit": limit, "timeout": timeout})
        if settings.type == "kafka":
            state = self.client._requester.json(
                streaming.test_and_detect_kafka_streaming_endpoint.request_kwargs,
                self.project_key,
                self.streaming_endpoint_name,
                body=body,
            )
        elif settings.type == "httpsse":
            state = self.client._requester.json(
                streaming.test_and_detect_http_sse_streaming_endpoint.request_kwargs,
                self.project_key,
                self.streaming_endpoint_name,
                body=body,
            )
        else:
            only = " and ".join(_DETECTABLE_TYPES)
            raise ValueError(f"Cannot test or detect a {settings.type} streaming endpoint: only {only} ones")
        return DSSFuture.from_resp(self.client, state)

    def autodetect_settings(
        self, infer_storage_types: bool = False, limit: int = 10, timeout: int = 60
    ) -> DSSStreamingEndpointSettings:
        """The settings, with the schema detected on a capture of the stream, to save.

        Save them with :meth:`~DSSStreamingEndpointSettings.save`. Waits for
        :meth:`test_and_detect`'s future; when nothing was detected (no message during the
        capture), the schema is left as it was. (operations ``getStreamingEndpoint``,
        ``testAndDetectKafkaStreamingEndpoint``, ``testAndDetectHttpSseStreamingEndpoint``)
        """
        settings = self.get_settings()
        if settings.type not in _DETECTABLE_TYPES:
            raise ValueError(
                f"Cannot detect the settings of a {settings.type} streaming endpoint: "
                f"only {' and '.join(_DETECTABLE_TYPES)} ones"
            )
        future = self.test_and_detect(infer_storage_types, limit, timeout)
        result: Any = future.wait_for_result()
        detection = _json_object(_json_object(result).get("schemaDetection"))
        detected: Any = detection.get("detectedSchema")
        if detected is None:
            logger.warning("No schema detected for streaming endpoint %s, leaving its schema", self.id)
        else:
            settings.get_raw()["schema"] = detected
        return settings

    def get_as_core_streaming_endpoint(self) -> object:
        """The endpoint as the ``dataiku`` package's ``StreamingEndpoint`` (only inside DSS, where that package is).

        Typed ``object``: ``dataiku`` is not a dependency of dssclient; cast the result to its class.
        """
        dataiku = importlib.import_module("dataiku")
        return dataiku.StreamingEndpoint(f"{self.project_key}.{self.streaming_endpoint_name}")

    def new_code_recipe(
        self,
        type: str,  # noqa: A002
        code: str | None = None,
        recipe_name: str | None = None,
    ) -> CodeRecipeCreator:
        """Start creating a code recipe reading this endpoint (``cpython``, ``streaming_spark_scala``, ``python``).

        No call is made.
        """
        from .recipe import CodeRecipeCreator

        if recipe_name is not None:
            check_identifier("recipe name", recipe_name)
        builder = CodeRecipeCreator(recipe_name, type, self.project)
        builder.with_input(self.streaming_endpoint_name)
        if code is not None:
            builder.with_script(code)
        return builder

    def new_recipe(self, type: str, recipe_name: str | None = None) -> DSSRecipeCreator:  # noqa: A002
        """Start creating a recipe of any type reading this endpoint (``csync``, ``cpython``, ...); no call is made."""
        builder = self.project.new_recipe(type, recipe_name)
        builder.with_input(self.streaming_endpoint_name)
        return builder


class DSSStreamingEndpointSettings(DSSRawSettings["StreamingEndpoint"]):
    """The settings of a streaming endpoint (:meth:`DSSStreamingEndpoint.get_settings`); :meth:`save` them."""

    def __init__(self, streaming_endpoint: DSSStreamingEndpoint, settings: StreamingEndpoint) -> None:
        super().__init__(settings)
        self.streaming_endpoint = streaming_endpoint

    def get_raw_params(self) -> StreamingEndpointParams:
        """The type-specific parameters (``connection``, ``topic``, ``queueName``, ``url``...), edited in place."""
        return cast("StreamingEndpointParams", nested_dict(self._untyped, "params"))

    @property
    def type(self) -> str:
        """The type of streaming system: ``kafka``, ``SQS``, ``kdbplustick`` or ``httpsse``."""
        return self.settings["type"]

    def add_raw_schema_column(self, column: Mapping[str, Any]) -> None:
        """Append a column (a dict with a ``name`` and a ``type``, optionally ``comment``) to the schema."""
        schema = nested_dict(self._untyped, "schema")
        found: Any = schema.get("columns")
        columns = cast("list[dict[str, Any]]", found) if isinstance(found, list) else []
        schema["columns"] = columns
        columns.append(dict(column))

    def save(self) -> None:
        """Send the settings back. (operation ``saveStreamingEndpoint``)"""
        endpoint = self.streaming_endpoint
        endpoint.client._requester.empty(
            streaming.save_streaming_endpoint.request_kwargs,
            endpoint.project_key,
            endpoint.streaming_endpoint_name,
            body=json_body(self.settings),
        )


class KafkaStreamingEndpointSettings(DSSStreamingEndpointSettings):
    """The settings of a Kafka streaming endpoint."""

    def set_connection_and_topic(self, connection: str | None = None, topic: str | None = None) -> None:
        """Change the Kafka connection and the topic (which may contain DSS variables); None keeps one as it is."""
        params = self.get_raw_params()
        if connection is not None:
            params["connection"] = connection
        if topic is not None:
            params["topic"] = topic


class HTTPSSEStreamingEndpointSettings(DSSStreamingEndpointSettings):
    """The settings of an HTTP SSE streaming endpoint."""

    def set_url(self, url: str) -> None:
        """Change the URL the endpoint reads its events from."""
        self.get_raw_params()["url"] = url


class DSSManagedStreamingEndpointCreationHelper:
    """Builds a managed streaming endpoint (Kafka or SQS).

    Get one with :meth:`DSSProject.new_managed_streaming_endpoint`.
    """

    def __init__(
        self, project: DSSProject, streaming_endpoint_name: str, streaming_endpoint_type: str | None = None
    ) -> None:
        self.project = project
        self.streaming_endpoint_name = streaming_endpoint_name
        self.streaming_endpoint_type = streaming_endpoint_type
        # Empty until with_store_into names the connection, as in the official client.
        self.creation_settings = cast("CreateManagedStreamingEndpointBodyCreationSettings", {})

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(project_key={self.project.project_key!r}, "
            f"streaming_endpoint_name={self.streaming_endpoint_name!r})"
        )

    def get_creation_settings(self) -> CreateManagedStreamingEndpointBodyCreationSettings:
        """The creation settings (``connectionId``, ``formatOptionId``), the dict itself."""
        return self.creation_settings

    def with_store_into(self, connection: str, format_option_id: str | None = None) -> Self:
        """Store into this connection, with this message format (``json``, ``avro``, ``single`` for
        Kafka; ``json``, ``string`` for SQS); returns the helper."""
        self.creation_settings["connectionId"] = connection
        if format_option_id is not None:
            self.creation_settings["formatOptionId"] = format_option_id
        return self

    def create(self, overwrite: bool = False) -> DSSStreamingEndpoint:
        """Create the endpoint (deleting one of that name first with ``overwrite``); returns its handle.

        (operation ``createManagedStreamingEndpoint``)
        """
        if overwrite and self.already_exists():
            self.project.get_streaming_endpoint(self.streaming_endpoint_name).delete()
        self.project.client._requester.json(
            streaming.create_managed_streaming_endpoint.request_kwargs,
            self.project.project_key,
            body=json_body(
                {
                    "id": self.streaming_endpoint_name,
                    "type": self.streaming_endpoint_type,
                    "creationSettings": self.creation_settings,
                }
            ),
        )
        return DSSStreamingEndpoint(self.project.client, self.project.project_key, self.streaming_endpoint_name)

    def already_exists(self) -> bool:
        """Whether an endpoint of that name exists already. (operation ``getStreamingEndpointSchema``)"""
        return self.project.get_streaming_endpoint(self.streaming_endpoint_name).exists()
