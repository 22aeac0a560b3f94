# Derived from tests/e2e/aio/test_round_trip_and_identifiers.py by scripts/unasync.py: do not edit.
"""What users hand to dssclient comes back untouched, and reaches exactly the resource they named."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest

from dssclient import DSSClient, InvalidIdentifierError
from tests.conftest import FAST_POLLING, admin_key

# Everything a settings object may hold that a careless client would lose or alter.
AWKWARD: dict[str, Any] = {
    "unknownTopLevel": {"nested": [1, None, {"deep": "é🙂", "empty": {}}], "list": []},
    "nullField": None,
    "zeroes": [0, 0.0, -1, False, ""],
    "bigInt": 2**63 - 1,
    "tinyFloat": 1.5e-300,
    "unicode": "日本語 — ‘quotes’ \u0000 tab\t",
    "zKeyLast": "order matters to diffs",
    "aKeyAfter": True,
}


@pytest.fixture
def keeping_nulls(dss_emulator_factory: Any) -> Iterator[tuple[DSSClient, Any]]:
    """An emulator that stores and returns bodies as received, nulls included (real DSS drops nulls)."""
    emulator = dss_emulator_factory(drop_nulls=False)
    with DSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        (client.create_project("P", "Project", "admin")).create_dataset("d", "Inline")
        yield client, emulator


def ordered(body: bytes) -> Any:
    """The JSON with key order made visible."""
    return json.loads(body, object_pairs_hook=lambda pairs: [(k, v) for k, v in pairs])


# Each accessor reads an object and returns (its raw dict, a function saving it back).
Accessor = Callable[[DSSClient], Awaitable[tuple[dict[str, Any], Callable[[], Awaitable[Any]]]]]


def project_settings(client: DSSClient) -> tuple[dict[str, Any], Callable[[], Awaitable[Any]]]:
    settings = client.get_project("P").get_settings()
    return settings.get_raw(), settings.save


def dataset_settings(client: DSSClient) -> tuple[dict[str, Any], Callable[[], Awaitable[Any]]]:
    settings = client.get_project("P").get_dataset("d").get_settings()
    return settings.get_raw(), settings.save


def template_settings(client: DSSClient) -> tuple[dict[str, Any], Callable[[], Awaitable[Any]]]:
    template_id = (client.list_code_studio_templates())[0].id
    settings = client.get_code_studio_template(template_id).get_settings()
    return settings.get_raw(), settings.save


def project_metadata(client: DSSClient) -> tuple[dict[str, Any], Callable[[], Awaitable[Any]]]:
    project = client.get_project("P")
    metadata = project.get_metadata()
    return metadata, lambda: project.set_metadata(metadata)


def dataset_metadata(client: DSSClient) -> tuple[dict[str, Any], Callable[[], Awaitable[Any]]]:
    dataset = client.get_project("P").get_dataset("d")
    metadata = dataset.get_metadata()
    return metadata, lambda: dataset.set_metadata(metadata)


def project_variables(client: DSSClient) -> tuple[dict[str, Any], Callable[[], Awaitable[Any]]]:
    project = client.get_project("P")
    variables = project.get_variables()
    return variables, lambda: project.set_variables(variables)


def dataset_schema(client: DSSClient) -> tuple[dict[str, Any], Callable[[], Awaitable[Any]]]:
    dataset = client.get_project("P").get_dataset("d")
    schema = dataset.get_schema()
    return schema, lambda: dataset.set_schema(schema)


def dataset_definition(client: DSSClient) -> tuple[dict[str, Any], Callable[[], Awaitable[Any]]]:
    dataset = client.get_project("P").get_dataset("d")
    definition = dataset.get_definition()
    return definition, lambda: dataset.set_definition(definition)


@pytest.mark.filterwarnings("ignore:DSSDataset.[gs]et_definition is deprecated")
@pytest.mark.parametrize(
    ("accessor", "save_operation"),
    [
        (project_settings, "saveProjectSettings"),
        (dataset_settings, "saveDatasetSettings"),
        (template_settings, "saveCodeStudioTemplate"),
        (project_metadata, "setProjectMetadata"),
        (dataset_metadata, "setDatasetMetadata"),
        (project_variables, "setProjectVariables"),
        (dataset_schema, "setDatasetSchema"),
        (dataset_definition, "saveDatasetSettings"),
    ],
)
def test_what_was_read_is_saved_back_unchanged(
    keeping_nulls: tuple[DSSClient, Any], accessor: Accessor, save_operation: str
) -> None:
    client, emulator = keeping_nulls
    raw, save = accessor(client)
    raw.update(json.loads(json.dumps(AWKWARD)))
    save()  # DSS now holds the awkward object

    reread, save_again = accessor(client)
    assert reread == raw
    save_again()  # a save without any change
    first, second = [e.body for e in emulator.request_log if e.operation_id == save_operation][-2:]
    assert ordered(second) == ordered(first), "a read-then-save must send back exactly what was read"
    assert json.loads(second) == reread


# Identifiers that DSS's naming rules keep out of new projects and datasets, but that other
# objects (logins, code environments, files) carry: seeded into the emulator's state here.
HOSTILE_NAMES = [
    "a/b",
    "a",
    "a/schema",
    "%2F",
    "%",
    "what?x=1",
    "x#y",
    "with space",
    "été",
    "日本",
    "a..b",
    "...",
    "+&=",
    "tab\tname",
]


def test_hostile_dataset_names_reach_exactly_their_dataset(client: DSSClient, dss_emulator: Any) -> None:
    project = client.create_project("P", "Project", "admin")
    state = dss_emulator.state
    for name in HOSTILE_NAMES:
        body = {"projectKey": "P", "name": name, "type": "Inline", "params": {"marker": name}}
        state.create_dataset(state.projects["P"], body, "admin")
    assert sorted(item.name for item in project.list_datasets()) == sorted(HOSTILE_NAMES)
    for name in HOSTILE_NAMES:
        assert (project.get_dataset(name).get_settings()).get_raw_params()["marker"] == name
    # "a/schema" is a dataset, not the schema of dataset "a".
    project.get_dataset("a/schema").set_schema({"columns": [{"name": "only_here", "type": "string"}]})
    assert (project.get_dataset("a").get_schema())["columns"] == []
    assert (project.get_dataset("a/schema").get_schema())["columns"][0]["name"] == "only_here"
    for name in HOSTILE_NAMES:
        project.get_dataset(name).delete()
    assert project.list_datasets() == []


@pytest.mark.parametrize("key", ["K/1", "K?", "K#", "K %", "KÉ", ".K", "K.."])
def test_hostile_project_keys_reach_exactly_their_project(client: DSSClient, dss_emulator: Any, key: str) -> None:
    dss_emulator.state.create_project(key, "Hostile", "admin")
    client.create_project("K", "Neighbour", "admin")
    assert (client.get_project(key).get_settings()).get_raw()["projectKey"] == key
    client.get_project(key).delete()
    assert client.list_project_keys() == ["K"]


@pytest.mark.parametrize("name", ["", ".", "..", "\ud800"])
def test_unaddressable_names_fail_clearly_and_send_nothing(client: DSSClient, dss_emulator: Any, name: str) -> None:
    project = client.create_project("P", "Project", "admin")
    sent_before = len(dss_emulator.request_log)
    with pytest.raises(InvalidIdentifierError):
        project.get_dataset(name).get_settings()
    with pytest.raises(InvalidIdentifierError):
        client.get_project(name).get_metadata()
    with pytest.raises(InvalidIdentifierError):
        client.get_future(name).peek_state()
    assert len(dss_emulator.request_log) == sent_before
