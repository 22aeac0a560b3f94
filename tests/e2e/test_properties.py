"""Properties over arbitrary input (hypothesis), end to end on the emulator.

1. Any JSON document (unicode, deep nesting, nulls, big integers, floats, empty keys) saved in
   settings, variables or metadata comes back equal: nothing is dropped, rounded or reordered.
2. Any identifier reaches exactly the object it names, or is refused before anything is sent.
3. Any path in a managed folder holds exactly its file (any bytes, back equal), or is refused
   before anything is sent; what a path names never lies outside the folder.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dssclient import BadRequestError, DSSClient, InvalidIdentifierError, NotFoundError
from dssclient.emulator import Emulator, EmulatorConfig
from dssclient.emulator.models.managed_folders import ManagedFolders
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


# -- managed folders (issue 18) --------------------------------------------------------------------

PATH_PIECES = st.text(st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=6) | st.sampled_from(
    ["..", ".", "", "%2e%2e", "%2F", "%252e", "a\\b", "\x00", "é ü", "?#", "%41"]
)
FOLDER_PATHS = st.builds("/".join, st.lists(PATH_PIECES, min_size=1, max_size=3)) | st.builds(
    lambda path: "/" + path, st.builds("/".join, st.lists(PATH_PIECES, min_size=1, max_size=3))
)


@pytest.fixture(scope="module")
def folder(client: DSSClient) -> Any:
    return client.get_project("P").create_managed_folder("properties")


@PROPERTIES
@given(path=FOLDER_PATHS, content=st.binary(max_size=2048))
def test_any_folder_path_holds_exactly_its_file_or_is_refused_before_sending(
    folder: Any, emulator: Emulator, path: str, content: bytes
) -> None:
    from dssclient._folder_paths import FolderPathError, folder_relative_path

    sent_before = len(emulator.request_log)
    try:
        relative = folder_relative_path(path)
    except FolderPathError:
        with pytest.raises(InvalidIdentifierError):
            folder.put_file(path, content)
        with pytest.raises(InvalidIdentifierError):
            folder.get_file(path)
        assert len(emulator.request_log) == sent_before
        return
    # What a path names lies inside the folder's directory, whatever it is made of.
    directory = emulator.state.extension(ManagedFolders).get("P", folder.id).directory.resolve()
    assert directory in (directory / relative).resolve().parents
    try:
        item = folder.put_file(path, content)
    except BadRequestError:
        # A file where the path needs a folder (or the other way round), from an earlier example.
        return
    assert (item["path"], item["size"]) == ("/" + relative, len(content))
    with folder.get_file(path) as stream:
        assert stream.read() == content
    assert "/" + relative in {i["path"] for i in folder.list_contents()["items"]}
    folder.delete_file(path)
    assert "/" + relative not in {i["path"] for i in folder.list_contents()["items"]}
