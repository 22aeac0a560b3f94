"""The conformance framework: scenarios registered by the scenarios_*.py modules, and how a run is compared.

A scenario is ordinary automation code, written once against the dataikuapi API, as a
function ``(admin, reader, api)``: two clients (an administrator's and a reader's) of one
flavour, and ``api``, a namespace with that flavour's ``DSSClient`` and ``DataikuException``.
Register it with ``@scenario(expected refusals...)`` in a module ``scenarios_<area>.py`` of
this package; the test runs every registered scenario.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import dataikuapi
from dataikuapi.utils import DataikuException as OfficialDataikuException

import dssclient
from tests.conftest import admin_key, reader_key

EMULATOR_SETTINGS = {"build_seconds": 0.05, "failing_builds": ["rstudio"], "scoring_libs_size": 3 * 1024 * 1024 + 5}

OFFICIAL = SimpleNamespace(
    name="dataikuapi",
    DSSClient=dataikuapi.DSSClient,
    DataikuException=OfficialDataikuException,
    APINodeClient=dataikuapi.APINodeClient,
    APINodeAdminClient=dataikuapi.APINodeAdminClient,
)
OURS = SimpleNamespace(
    name="dssclient",
    DSSClient=dssclient.DSSClient,
    DataikuException=dssclient.DataikuException,
    APINodeClient=dssclient.APINodeClient,
    APINodeAdminClient=dssclient.APINodeAdminClient,
)


@dataclass(frozen=True)
class Scenario:
    run: Callable[[Any, Any, Any], Any]
    # Refusals the scenario provokes on purpose: (operationId, status).
    expected_refusals: frozenset[tuple[str, int]] = frozenset()
    # EmulatorConfig fields for this scenario, over EMULATOR_SETTINGS.
    emulator: tuple[tuple[str, Any], ...] = ()
    # Reads dssclient makes on purpose where the official client makes none (operationIds): the
    # requests of both clients are compared without them.
    our_extra_reads: frozenset[str] = frozenset()

    def __repr__(self) -> str:
        return self.run.__name__


SCENARIOS: list[Scenario] = []


def scenario(
    *expected_refusals: tuple[str, int], our_extra_reads: tuple[str, ...] = (), **emulator: Any
) -> Callable[[Callable[[Any, Any, Any], Any]], Scenario]:
    """Register a scenario; ``emulator`` sets EmulatorConfig fields for it (``node_type=...``)."""

    def register(run: Callable[[Any, Any, Any], Any]) -> Scenario:
        registered = Scenario(run, frozenset(expected_refusals), tuple(emulator.items()), frozenset(our_extra_reads))
        SCENARIOS.append(registered)
        return registered

    return register


# -- running and comparing -----------------------------------------------------------------------


def comparable(value: Any) -> Any:
    """Results with handles and list items reduced to what they designate."""
    if isinstance(value, dict):
        return {k: comparable(v) for k, v in value.items() if k not in ("startTime", "runningTime", "jobId")}
    if isinstance(value, (list, tuple)):
        return [comparable(v) for v in value]
    if type(value).__name__ == "DSSFuture":
        return "DSSFuture"
    return value


@cache
def query_defaults() -> dict[str, dict[str, str]]:
    spec = json.loads((Path(dssclient.__file__).parent / "emulator" / "openapi.json").read_text())
    defaults: dict[str, dict[str, str]] = {}
    for item in spec["paths"].values():
        for method, operation in item.items():
            if method == "parameters" or method.startswith("x-"):
                continue
            parameters = [resolve(spec, p) for p in operation.get("parameters", [])]
            defaults[operation["operationId"]] = {
                p["name"]: json.dumps(p["schema"]["default"]) for p in parameters if "default" in p.get("schema", {})
            }
    return defaults


@cache
def raw_body_operations() -> frozenset[str]:
    """Operations whose request body is raw bytes (a file's content), compared as bytes, not as JSON."""
    spec = json.loads((Path(dssclient.__file__).parent / "emulator" / "openapi.json").read_text())
    return frozenset(
        operation["operationId"]
        for item in spec["paths"].values()
        for method, operation in item.items()
        if method != "parameters"
        and not method.startswith("x-")
        and "application/octet-stream" in resolve(spec, operation.get("requestBody", {})).get("content", {})
    )


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """A component the node refers to (``$ref``), or the node itself."""
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_nulls(v) for v in value]
    return value


# Query parameters a client makes up afresh for each call (a read session's identifier).
VOLATILE_QUERY = frozenset({"readSessionId"})


def equivalent_requests(emulator: Any, without: frozenset[str] = frozenset()) -> list[tuple[Any, ...]]:
    """The requests a client sent, with DSS's equivalences applied. Future polling is left out:
    the official client polls without peeking, dssclient peeks until the task is over. A read
    repeated in a row counts once: how often a wait polls a job or a run depends on timing."""
    requests: list[tuple[Any, ...]] = []
    for entry in emulator.request_log:
        if entry.operation_id == "getFutureState" or entry.operation_id in without:
            continue
        defaults = query_defaults().get(entry.operation_id or "", {})
        query = {
            name: [v.lower() if v in ("True", "False") else v for v in values]
            for name, values in sorted(entry.query.items())
        }
        query = {name: values for name, values in query.items() if values != [defaults.get(name)]}
        query = {name: ["*"] if name in VOLATILE_QUERY else values for name, values in query.items()}
        if entry.operation_id in raw_body_operations():
            body: Any = entry.body
        else:
            # The emulator's own URL (an API node's address, issue 19) differs between the two runs.
            sent = entry.body.replace(emulator.url.encode(), b"EMULATOR_URL")
            body = without_nulls(json.loads(sent)) if sent else None
        request = (entry.method, entry.operation_id, query, body, entry.status)
        if entry.method == "GET" and requests and requests[-1] == request:
            continue
        requests.append(request)
    return requests


def counting_clock() -> Callable[[], int]:
    """Epoch milliseconds that advance by one second per reading, from a fixed start."""
    return itertools.count(1_700_000_000_000, 1000).__next__


def run_with(flavour: Any, scenario_: Scenario, emulator: Any) -> Any:
    admin = flavour.DSSClient(emulator.url, admin_key(emulator))
    reader = flavour.DSSClient(emulator.url, reader_key(emulator))
    return scenario_.run(admin, reader, flavour)
