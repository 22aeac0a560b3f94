# Derived from tests/e2e/aio/test_instance_content_round_trips.py by scripts/unasync.py: do not edit.
"""Settings of the instance-content areas round-trip whole (unknown fields, nulls, unicode), and hostile
identifiers reach exactly their object or nothing."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from typing import Any

import pytest

from dssclient import DSSClient, InvalidIdentifierError, NotFoundError
from tests.conftest import FAST_POLLING, admin_key

EXTRA = {"futureField": {"nested": [None, 1.5, "é€"], "nullable": None}, "alsoNull": None}


@pytest.fixture
def keeping_nulls(dss_emulator_factory: Any) -> Iterator[DSSClient]:
    emulator = dss_emulator_factory(drop_nulls=False)
    with DSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        yield client


def plugin_archive() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("plugin.json", json.dumps({"id": "rt", "version": "1.0.0"}))
    return buffer.getvalue()


def test_settings_keep_unknown_fields_and_nulls(keeping_nulls: DSSClient) -> None:
    client = keeping_nulls
    folder = (client.get_root_project_folder()).create_sub_folder("Folder é")
    folder_settings = folder.get_settings()
    folder_settings.get_raw().update(EXTRA)
    folder_settings.save()
    assert (folder.get_settings()).get_raw() == folder_settings.get_raw()

    client.install_plugin_from_archive(plugin_archive())
    plugin_settings = client.get_plugin("rt").get_settings()
    plugin_settings.get_raw().update(EXTRA)
    plugin_settings.save()
    assert {k: (client.get_plugin("rt").get_settings()).get_raw()[k] for k in EXTRA} == EXTRA

    workspace = client.create_workspace("WS", "Workspace")
    workspace_settings = workspace.get_settings()
    workspace_settings.get_raw().update(EXTRA)
    workspace_settings.save()
    assert (workspace.get_settings()).get_raw() == workspace_settings.get_raw()

    deployer = client.get_projectdeployer()
    infra = deployer.create_infra("prod", "Production")
    infra_settings = infra.get_settings()
    infra_settings.get_raw().update(EXTRA)
    infra_settings.save()
    assert (infra.get_settings()).get_raw() == infra_settings.get_raw()

    meaning = client.create_meaning("m", "Meaning", "DECLARATIVE")
    definition = meaning.get_definition()
    definition.update(EXTRA)
    saved = meaning.set_definition(definition)
    assert {k: saved[k] for k in EXTRA} == EXTRA


@pytest.mark.parametrize("identifier", ["a/b", "x?y=1", "%2F", "é space", "#frag"])
def test_hostile_identifiers_reach_nothing_else(client: DSSClient, identifier: str) -> None:
    client.install_plugin_from_archive(plugin_archive())
    client.create_workspace("WS", "Workspace")
    for attempt in (
        lambda: client.get_plugin(identifier).get_settings(),
        lambda: client.get_project_folder(identifier),
        lambda: client.get_workspace(identifier).get_settings(),
        lambda: client.get_meaning(identifier).get_definition(),
        lambda: client.get_projectdeployer().get_infra(identifier).get_status(),
        lambda: client.get_app(identifier).get_manifest(),
    ):
        with pytest.raises(NotFoundError):
            attempt()


@pytest.mark.parametrize("identifier", ["", ".", ".."])
def test_identifiers_no_path_can_carry_are_refused_before_sending(
    client: DSSClient, dss_emulator: Any, identifier: str
) -> None:
    with pytest.raises(InvalidIdentifierError):
        client.get_project_folder(identifier)
    with pytest.raises(InvalidIdentifierError):
        client.get_plugin(identifier).get_settings()
    assert list(dss_emulator.request_log) == []
