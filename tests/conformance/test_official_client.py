"""The official client is our conformance oracle.

Each scenario below is ordinary automation code, written once against the
dataikuapi API. It runs twice, on two identical emulators in strict mode
(unknown query parameters and malformed bodies refused, answers validated):
once with the official ``dataikuapi.DSSClient``, once with
``dssclient.DSSClient``. Then:

1. the official client met no refusal it did not ask for: the spec accepts
   every request real DSS accepts from it (a spec gap fails here);
2. both runs observed the same results: a script ports by changing its import;
3. both clients sent equivalent requests (same operations, same query and
   body once DSS's equivalences are applied: booleans case-insensitive, null
   same as absent, an explicit default same as none).
"""

from __future__ import annotations

import hashlib
import itertools
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import dataikuapi
import pytest
from dataikuapi.utils import DataikuException as OfficialDataikuException

import dssclient
from tests.conftest import admin_key, reader_key

EMULATOR_SETTINGS = {"build_seconds": 0.05, "failing_builds": ["rstudio"], "scoring_libs_size": 3 * 1024 * 1024 + 5}

OFFICIAL = SimpleNamespace(name="dataikuapi", DSSClient=dataikuapi.DSSClient, DataikuException=OfficialDataikuException)
OURS = SimpleNamespace(name="dssclient", DSSClient=dssclient.DSSClient, DataikuException=dssclient.DataikuException)


@dataclass(frozen=True)
class Scenario:
    run: Callable[[Any, Any, Any], Any]
    # Refusals the scenario provokes on purpose: (operationId, status).
    expected_refusals: frozenset[tuple[str, int]] = frozenset()

    def __repr__(self) -> str:
        return self.run.__name__


SCENARIOS: list[Scenario] = []


def scenario(*expected_refusals: tuple[str, int]) -> Callable[[Callable[[Any, Any, Any], Any]], Scenario]:
    def register(run: Callable[[Any, Any, Any], Any]) -> Scenario:
        registered = Scenario(run, frozenset(expected_refusals))
        SCENARIOS.append(registered)
        return registered

    return register


# -- the scenarios: automation code as users write it, against the documented API ---------------


@scenario()
def projects(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("SALES", "Sales", "admin", description="Q3", tags=["finance"])
    seen["keys"] = admin.list_project_keys()
    seen["listed"] = [(p["projectKey"], p["name"], p.get("tags")) for p in admin.list_projects()]
    summary = project.get_summary()
    seen["summary"] = (summary["projectKey"], summary["name"], summary["ownerLogin"], summary["tags"])
    settings = project.get_settings()
    settings.get_raw()["settings"]["flowBuildSettings"]["mergeSparkPipelines"] = False
    settings.save()
    seen["settings"] = project.get_settings().get_raw()["settings"]["flowBuildSettings"]
    metadata = project.get_metadata()
    metadata["tags"] = ["a"]
    project.set_metadata(metadata)
    seen["tags"] = project.get_metadata()["tags"]
    variables = project.get_variables()
    variables["standard"]["x"] = 1
    project.set_variables(variables)
    seen["variables"] = project.get_variables()
    project.delete()
    seen["after_delete"] = admin.list_project_keys()
    return seen


@scenario(("getDatasetMetadata", 404))  # exists() after the delete
def datasets(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("P", "P", "admin")
    dataset = project.create_dataset(
        "customers",
        "Filesystem",
        params={"connection": "filesystem_managed", "path": "P/customers"},
        formatType="csv",
        formatParams={"separator": ","},
    )
    project.create_dataset("orders", "Inline")
    seen["items"] = sorted((i.name, i.type, i.connection) for i in project.list_datasets())
    seen["objects"] = sorted(d.dataset_name for d in project.list_datasets(as_type="objects"))
    seen["shared"] = sorted(i.name for i in project.list_datasets(include_shared=True, tags=["x"]))
    settings = dataset.get_settings()
    settings.get_raw()["description"] = "customers"
    settings.save()
    seen["definition"] = {k: dataset.get_settings().get_raw()[k] for k in ("name", "type", "description")}
    definition = dataset.get_definition()
    definition["description"] = "through set_definition"
    dataset.set_definition(definition)
    seen["set_definition"] = dataset.get_definition()["description"]
    dataset.set_schema({"columns": [{"name": "id", "type": "bigint"}]})
    seen["schema"] = dataset.get_schema()["columns"]
    metadata = dataset.get_metadata()
    metadata["label"] = "Customers"
    dataset.set_metadata(metadata)
    seen["label"] = dataset.get_metadata()["label"]
    seen["partitions"] = dataset.list_partitions()
    seen["exists"] = dataset.exists()
    dataset.delete(drop_data=True)
    seen["exists_after_delete"] = dataset.exists()
    return seen


@scenario()
def templates_and_futures(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    items = admin.list_code_studio_templates()
    seen["templates"] = [(t.id, t.label, t.build_for_configs, t.last_built is None) for t in items]
    seen["objects"] = [t.template_id for t in admin.list_code_studio_templates(as_type="objects")]
    template = admin.get_code_studio_template("jupyterlab")
    settings = template.get_settings()
    seen["built_for_all"] = settings.get_built_for_all_container_confs()
    settings.set_built_container_confs("k8s-large")
    seen["confs"] = list(settings.get_built_container_confs())
    settings.save()
    future = template.build()
    seen["result_keys"] = sorted(future.wait_for_result())
    seen["listed_after"] = [
        (t.id, t.build_for_configs, t.last_built is None) for t in admin.list_code_studio_templates()
    ]
    seen["running"] = admin.list_futures()
    seen["running_objects"] = admin.list_futures(as_objects=True)
    seen["scenarios"] = admin.list_running_scenarios(all_users=True)
    peek = admin.get_future(future.job_id).peek_state()
    seen["peek"] = (peek["alive"], peek["hasResult"])
    return seen


@scenario(("getFutureState", 500))
def failed_build(admin: Any, reader: Any, api: Any) -> Any:
    future = admin.get_code_studio_template("rstudio").build()
    with pytest.raises(api.DataikuException) as caught:
        future.wait_for_result()
    return str(caught.value)


@scenario()
def aborted_build(admin: Any, reader: Any, api: Any) -> Any:
    future = admin.get_code_studio_template("vscode").build()
    admin.get_future(future.job_id).abort()
    return future.job_id is not None


@scenario()
def instance(admin: Any, reader: Any, api: Any) -> Any:
    info = admin.get_instance_info()
    jar = admin.get_scoring_libs_stream()
    digest = hashlib.sha256()
    for chunk in jar.iter_content(chunk_size=1 << 16):
        digest.update(chunk)
    jar.close()
    return {
        "node": (info.node_id, info.node_name, info.node_type),
        "me": admin.get_auth_info()["authIdentifier"],
        "reader": reader.get_auth_info(with_secrets=True),
        "jar": digest.hexdigest(),
    }


@scenario(
    ("getProjectSettings", 404),
    ("createProject", 403),
    ("getProjectMetadata", 403),
    ("listCodeStudioTemplates", 403),
    ("createProject", 409),
)
def refusals(admin: Any, reader: Any, api: Any) -> Any:
    texts = []
    admin.create_project("MINE", "Mine", "reader")
    for attempt in (
        lambda: admin.get_project("NOPE").get_settings(),
        lambda: reader.create_project("X", "X", "reader"),
        lambda: reader.get_project("NOPE").get_metadata(),
        lambda: reader.list_code_studio_templates(),
        lambda: admin.create_project("MINE", "Again", "admin"),
    ):
        with pytest.raises(api.DataikuException) as caught:
            attempt()
        texts.append(str(caught.value))
    texts.append(reader.list_project_keys())
    return texts


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
            if method == "parameters":
                continue
            defaults[operation["operationId"]] = {
                p["name"]: json.dumps(p["schema"]["default"])
                for p in operation.get("parameters", [])
                if "default" in p.get("schema", {})
            }
    return defaults


def without_nulls(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: without_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [without_nulls(v) for v in value]
    return value


def equivalent_requests(emulator: Any) -> list[tuple[Any, ...]]:
    """The requests a client sent, with DSS's equivalences applied. Future polling is left out:
    the official client polls without peeking, dssclient peeks until the task is over."""
    requests = []
    for entry in emulator.request_log:
        if entry.operation_id == "getFutureState":
            continue
        defaults = query_defaults().get(entry.operation_id or "", {})
        query = {
            name: [v.lower() if v in ("True", "False") else v for v in values]
            for name, values in sorted(entry.query.items())
        }
        query = {name: values for name, values in query.items() if values != [defaults.get(name)]}
        body = without_nulls(json.loads(entry.body)) if entry.body else None
        requests.append((entry.method, entry.operation_id, query, body, entry.status))
    return requests


def counting_clock() -> Callable[[], int]:
    """Epoch milliseconds that advance by one second per reading, from a fixed start."""
    return itertools.count(1_700_000_000_000, 1000).__next__


def run_with(flavour: Any, scenario_: Scenario, emulator: Any) -> Any:
    admin = flavour.DSSClient(emulator.url, admin_key(emulator))
    reader = flavour.DSSClient(emulator.url, reader_key(emulator))
    return scenario_.run(admin, reader, flavour)


# Both clients warn alike when a scenario uses a method DSS deprecates (get_definition, ...).
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize("scenario_", SCENARIOS, ids=repr)
def test_official_client_conforms_and_dssclient_matches_it(scenario_: Scenario, dss_emulator_factory: Any) -> None:
    # Each emulator gets its own clock from the same start, so that timestamps stored in the
    # objects both clients read back and save are equal in the two runs.
    official_emulator = dss_emulator_factory(**EMULATOR_SETTINGS, clock=counting_clock())
    our_emulator = dss_emulator_factory(**EMULATOR_SETTINGS, clock=counting_clock())
    assert official_emulator.config.strict and our_emulator.config.strict

    official_result = run_with(OFFICIAL, scenario_, official_emulator)
    refused = {(e.operation_id, e.status) for e in official_emulator.request_log if e.status >= 400}
    unexpected = refused - scenario_.expected_refusals
    details = [f"{e.method} {e.path} {e.query} -> {e.status}" for e in official_emulator.request_log if e.status >= 400]
    assert not unexpected, "the emulator refused what the official client sent:\n" + "\n".join(details)

    our_result = run_with(OURS, scenario_, our_emulator)
    assert comparable(our_result) == comparable(official_result)
    assert equivalent_requests(our_emulator) == equivalent_requests(official_emulator)
