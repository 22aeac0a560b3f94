"""Properties over arbitrary input (hypothesis), end to end on the emulator.

1. Any JSON document (unicode, deep nesting, nulls, big integers, floats, empty keys) saved in
   settings, variables or metadata comes back equal: nothing is dropped, rounded or reordered.
2. Any identifier reaches exactly the object it names, or is refused before anything is sent.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dssclient import DSSClient, InvalidIdentifierError, NotFoundError
from dssclient.emulator import Emulator, EmulatorConfig
from tests.conftest import FAST_POLLING

# Text that JSON can carry in UTF-8: any code point but the lone surrogates.
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
SCALARS = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**100), max_value=2**100)
    | st.floats(allow_nan=False, allow_infinity=False)
    | TEXT
)
DOCUMENTS = st.recursive(
    SCALARS,
    lambda children: st.lists(children, max_size=5) | st.dictionaries(TEXT, children, max_size=5),
    max_leaves=40,
)


def nested(depth: int, leaf: Any) -> Any:
    for level in range(depth):
        leaf = [leaf] if level % 2 else {"": leaf}
    return leaf


DEEP_DOCUMENTS = st.builds(nested, st.integers(min_value=1, max_value=150), SCALARS)
PROPERTIES = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    """One emulator for all examples; it stores bodies as received, nulls included (DSS drops them)."""
    with Emulator(EmulatorConfig(drop_nulls=False, build_seconds=0.01)) as started:
        yield started


@pytest.fixture(scope="module")
def client(emulator: Emulator) -> Iterator[DSSClient]:
    with DSSClient(emulator.url, emulator.config.admin_api_key, future_polling=FAST_POLLING) as dss:
        dss.create_project("P", "Properties", "admin").create_dataset("d", "Inline")
        yield dss


def same_json(a: Any, b: Any) -> bool:
    """Equal as JSON, key order included (floats compare by value: -0.0 and 0.0 are one JSON number)."""
    return json.dumps(a, sort_keys=False) == json.dumps(b, sort_keys=False)


@PROPERTIES
@given(document=DOCUMENTS | DEEP_DOCUMENTS)
def test_any_document_saved_in_project_settings_comes_back_equal(client: DSSClient, document: Any) -> None:
    settings_ = client.get_project("P").get_settings()
    settings_.get_raw()["userData"] = document
    settings_.save()
    assert same_json(client.get_project("P").get_settings().get_raw()["userData"], document)


@PROPERTIES
@given(document=DOCUMENTS | DEEP_DOCUMENTS, name=TEXT)
def test_any_document_saved_in_variables_comes_back_equal(client: DSSClient, document: Any, name: str) -> None:
    project = client.get_project("P")
    variables = {"standard": {name: document}, "local": {"": document}}
    project.set_variables(variables)
    assert same_json(project.get_variables(), variables)


@PROPERTIES
@given(document=DOCUMENTS | DEEP_DOCUMENTS)
def test_any_document_saved_in_dataset_metadata_comes_back_equal(client: DSSClient, document: Any) -> None:
    dataset = client.get_project("P").get_dataset("d")
    metadata = dataset.get_metadata()
    metadata["custom"] = {"kv": {"doc": document}}
    dataset.set_metadata(metadata)
    assert same_json(dataset.get_metadata()["custom"], {"kv": {"doc": document}})


def addressable(identifier: str) -> bool:
    if identifier in ("", ".", ".."):
        return False
    try:
        identifier.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


@PROPERTIES
@given(key=st.text(max_size=10) | st.sampled_from(["", ".", "..", "a/b", "%2F", "..a", "a?b", "\ud800"]))
def test_any_identifier_reaches_exactly_its_object_or_is_refused_before_sending(
    client: DSSClient, emulator: Emulator, key: str
) -> None:
    sent_before = len(emulator.request_log)
    if not addressable(key):
        with pytest.raises(InvalidIdentifierError):
            client.get_project(key).get_settings()
        with pytest.raises(InvalidIdentifierError):
            client.get_project("P").get_dataset(key).get_schema()
        assert len(emulator.request_log) == sent_before
        return
    state = emulator.state
    with state.lock:
        if key not in state.projects:
            state.create_project(key, "seeded", "admin")
        if key not in state.projects["P"].datasets:
            state.create_dataset(state.projects["P"], {"projectKey": "P", "name": key, "type": "Inline"}, "admin")
    assert client.get_project(key).get_settings().get_raw()["projectKey"] == key
    assert client.get_project("P").get_dataset(key).get_settings().get_raw()["name"] == key
    with pytest.raises(NotFoundError):
        client.get_project(key + "\u2063missing").get_settings()
