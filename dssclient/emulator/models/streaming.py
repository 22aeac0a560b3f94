"""Streaming endpoints of projects, and the continuous activities that run continuous recipes.

The emulator does not stream data: an endpoint is its settings and schema, and a continuous
activity's main loop is a real long task (a future) that stays alive from ``start`` until
``stop`` (or an abort of its future, or the deletion of its recipe), moving the activity through
its states as DSS does, without reading or writing a message.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from ..errors import UNAUTHORIZED, bad_request, conflict, forbidden, not_found
from ..futures import ABORTED, Future
from .connections import STREAMING_CONNECTION_TYPES, ConnectionsModel

if TYPE_CHECKING:
    from ..state import DSSState, User

# The types of streaming endpoints, each with the type of connection it needs (None: it has no
# connection, an HTTP SSE endpoint reads a URL).
ENDPOINT_TYPES: dict[str, str | None] = {"kafka": "Kafka", "SQS": "SQS", "kdbplustick": "KDBPlus", "httpsse": None}
# The message formats of managed endpoints (formatOptionId), by endpoint type; the first is the default.
MANAGED_FORMATS = {"kafka": ("json", "avro", "single"), "SQS": ("json", "string")}
# Recipes that run as continuous activities rather than as jobs.
CONTINUOUS_RECIPE_TYPES = frozenset({"csync", "cpython", "ksql", "streaming_spark_scala"})
# The recipes that may read or write a streaming endpoint: the continuous ones, and Python recipes
# (which the official client documents as possible on an endpoint). Whether DSS lets other types
# use one is not known to us: the emulator refuses them rather than allow them.
STREAMING_RECIPE_TYPES = CONTINUOUS_RECIPE_TYPES | {"python"}
# As recipe and dataset names: DSS's streaming endpoint names are identifiers of the flow.
NAME = re.compile(r"[A-Za-z0-9_]{1,200}")
# Bounded like the rest of the emulator: a project holds at most this many streaming endpoints,
# and the instance runs at most this many continuous activities at once (each main loop is a thread).
MAX_ENDPOINTS_PER_PROJECT = 1000
MAX_RUNNING_ACTIVITIES = 64

STARTED, STOPPED = "STARTED", "STOPPED"


def json_object(value: Any) -> dict[str, Any]:
    """A JSON object read from a request or the state, or an empty one for anything else."""
    return cast("dict[str, Any]", value) if isinstance(value, dict) else {}


def json_objects(value: Any) -> list[dict[str, Any]]:
    """A JSON array of objects (columns, ...) read from the state (validated by the spec), or an empty one."""
    return cast("list[dict[str, Any]]", value) if isinstance(value, list) else []


@dataclass
class Activity:
    """The state of a continuous recipe's activity: what the user asked for, and the main loop."""

    recipe_type: str
    desired_state: str = STOPPED
    loop_params: dict[str, Any] | None = None
    loop: Future | None = None
    # How many times the main loop was started since the activity was created.
    attempts: int = 0


class StreamingModel:
    """Every project's streaming endpoints and continuous activities (a ``DSSState`` extension).

    Call its methods with ``state.lock`` held.
    """

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self._endpoints: dict[str, dict[str, dict[str, Any]]] = {}
        self._activities: dict[tuple[str, str], Activity] = {}

    # -- endpoints --------------------------------------------------------------------------------

    def of(self, project_key: str) -> dict[str, dict[str, Any]]:
        return self._endpoints.get(project_key, {})

    def exists(self, project_key: str, name: str) -> bool:
        return name in self.of(project_key)

    def get(self, project_key: str, name: str) -> dict[str, Any]:
        endpoint = self.of(project_key).get(name)
        if endpoint is None:
            raise not_found(f"Streaming endpoint does not exist: {project_key}.{name}")
        return endpoint

    def create(self, project_key: str, body: Mapping[str, Any], login: str) -> dict[str, Any]:
        """Store a new endpoint: the body as received, with the defaults DSS fills in."""
        name = body.get("id")
        if not isinstance(name, str) or not NAME.fullmatch(name):
            raise bad_request(f"Invalid streaming endpoint name {name!r}: use letters, digits and underscores")
        endpoints = self._endpoints.setdefault(project_key, {})
        if name in endpoints:
            raise conflict(f"Streaming endpoint {project_key}.{name} already exists")
        project = self.state.projects.get(project_key)
        if project is not None and name in project.datasets:
            # Datasets and streaming endpoints share the flow's names (unverified: refused rather than allowed).
            raise conflict(f"The flow of {project_key} already has a dataset named {name}")
        if len(endpoints) >= MAX_ENDPOINTS_PER_PROJECT:
            raise bad_request(f"Project {project_key} has {MAX_ENDPOINTS_PER_PROJECT} streaming endpoints already")
        definition = copy.deepcopy(dict(body))
        definition["projectKey"] = project_key
        definition["id"] = name
        if not isinstance(definition.get("params"), dict):
            definition["params"] = {}
        if not isinstance(definition.get("schema"), dict):
            definition["schema"] = {"columns": [], "userModified": False}
        if not isinstance(definition.get("tags"), list):
            definition["tags"] = []
        now = self.state.clock()
        tag = {"versionNumber": 0, "lastModifiedBy": {"login": login}, "lastModifiedOn": now}
        definition["versionTag"] = tag
        definition["creationTag"] = copy.deepcopy(tag)
        endpoints[name] = definition
        return definition

    def delete(self, project_key: str, name: str) -> None:
        self.get(project_key, name)
        del self._endpoints[project_key][name]

    def check_params(self, endpoint_type: Any, params: Any, user: User) -> None:
        """Refuse a type DSS does not have, and a connection that is unknown, of another kind, or not usable.

        A connection-based endpoint may be created without a connection (the official client's
        ``create_kafka_streaming_endpoint`` makes it optional), to be set before it is used.
        """
        if endpoint_type not in ENDPOINT_TYPES:
            raise bad_request(
                f"Unknown streaming endpoint type {endpoint_type!r}: one of {', '.join(sorted(ENDPOINT_TYPES))}"
            )
        given = json_object(params)
        connection_name = given.get("connection")
        needed = ENDPOINT_TYPES[endpoint_type]
        if connection_name is None:
            return
        if needed is None:
            raise bad_request(f"A {endpoint_type} streaming endpoint has no connection (it reads a URL)")
        self.check_connection(str(connection_name), endpoint_type, user)

    def check_connection(self, name: str, endpoint_type: str, user: User) -> None:
        connection = self.state.extension(ConnectionsModel).connections.get(name)
        if connection is None:
            # As for datasets (automation.recipes.check_connection): a 400, DSS's exact answer unverified.
            raise bad_request(f"Cannot use connection '{name}': it does not exist")
        if not connection.usable_by(user):
            raise forbidden(f"You may not use connection {name}", UNAUTHORIZED)
        if STREAMING_CONNECTION_TYPES.get(connection.type) != endpoint_type:
            raise bad_request(
                f"Connection '{name}' is a {connection.type} connection: "
                f"a {endpoint_type} streaming endpoint needs a {ENDPOINT_TYPES[endpoint_type]} connection"
            )

    def managed_definition(self, body: Mapping[str, Any], user: User) -> dict[str, Any]:
        """The endpoint a managed creation makes: a topic (queue) named after the project and the endpoint."""
        settings = json_object(body.get("creationSettings"))
        connection_name = str(settings.get("connectionId"))
        connection = self.state.extension(ConnectionsModel).connections.get(connection_name)
        if connection is None:
            raise bad_request(f"Cannot use connection '{connection_name}': it does not exist")
        inferred = STREAMING_CONNECTION_TYPES.get(connection.type)
        endpoint_type = body.get("type") or inferred
        if endpoint_type not in MANAGED_FORMATS:
            raise bad_request(
                f"Managed streaming endpoints are Kafka or SQS ones, not {endpoint_type or connection.type!r}"
            )
        self.check_connection(connection_name, str(endpoint_type), user)
        formats = MANAGED_FORMATS[str(endpoint_type)]
        format_id = settings.get("formatOptionId") or formats[0]
        if format_id not in formats:
            raise bad_request(
                f"Unknown format {format_id!r} for a {endpoint_type} streaming endpoint: one of {', '.join(formats)}"
            )
        # The topic (queue) and format keys of a managed endpoint's params are not documented (unverified).
        params: dict[str, Any] = {"connection": connection_name, "formatOptionId": format_id}
        if endpoint_type == "kafka":
            params["topic"] = "${projectKey}_" + str(body.get("id"))
        else:
            params["queueName"] = "${projectKey}_" + str(body.get("id"))
        return {"id": body.get("id"), "type": endpoint_type, "params": params, "managed": True}

    # -- continuous activities ------------------------------------------------------------------

    def activity(self, project_key: str, recipe_name: str, recipe_type: str) -> Activity:
        """The activity of a continuous recipe, created stopped on first sight."""
        key = (project_key, recipe_name)
        found = self._activities.get(key)
        if found is None or found.recipe_type != recipe_type:
            found = self._activities[key] = Activity(recipe_type)
        if found.desired_state == STARTED and found.loop is not None and found.loop.status == ABORTED:
            # Aborting the main loop's future is stopping the activity (as the official client documents).
            found.desired_state = STOPPED
        return found

    def running_activities(self) -> int:
        return sum(1 for a in self._activities.values() if a.loop is not None and a.loop.alive)

    def forget_activity(self, project_key: str, recipe_name: str) -> None:
        activity = self._activities.pop((project_key, recipe_name), None)
        if activity is not None and activity.loop is not None:
            activity.loop.request_abort()

    def forget_project(self, project_key: str) -> None:
        self._endpoints.pop(project_key, None)
        for key in [key for key in self._activities if key[0] == project_key]:
            self.forget_activity(*key)


def check_streaming_recipe(state: DSSState, project_key: str, recipe_type: str, refs: list[str]) -> None:
    """Refuse a recipe of a type that does not read or write streaming endpoints when one of its refs is one."""
    model = state.extension(StreamingModel)
    for ref in refs:
        owner, name = ref.partition(".")[::2] if "." in ref else (project_key, ref)
        if model.exists(owner, name) and recipe_type not in STREAMING_RECIPE_TYPES:
            raise bad_request(
                f"A {recipe_type} recipe cannot use streaming endpoint {owner}.{name}: "
                f"only {', '.join(sorted(STREAMING_RECIPE_TYPES))} recipes can"
            )


def is_streaming_endpoint(state: DSSState, project_key: str, name: str) -> bool:
    """Whether ``project_key.name`` is a streaming endpoint (recipes read and write them as they do datasets)."""
    return state.extension(StreamingModel).exists(project_key, name)


def endpoint_schema_columns(state: DSSState, project_key: str, name: str) -> list[dict[str, Any]] | None:
    """The columns of a streaming endpoint's schema, or None if there is no such endpoint."""
    endpoint = state.extension(StreamingModel).of(project_key).get(name)
    if endpoint is None:
        return None
    return copy.deepcopy(json_objects(json_object(endpoint.get("schema")).get("columns")))
