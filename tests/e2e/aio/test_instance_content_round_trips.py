"""Settings of the instance-content areas round-trip whole (unknown fields, nulls, unicode), and hostile
identifiers reach exactly their object or nothing."""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import AsyncIterator
from typing import Any

import pytest

from dssclient import AsyncDSSClient, InvalidIdentifierError, NotFoundError
from tests.conftest import FAST_POLLING, admin_key

pytestmark = pytest.mark.anyio  # unasync: remove

EXTRA = {"futureField": {"nested": [None, 1.5, "é€"], "nullable": None}, "alsoNull": None}


@pytest.fixture
async def keeping_nulls(dss_emulator_factory: Any) -> AsyncIterator[AsyncDSSClient]:
    emulator = dss_emulator_factory(drop_nulls=False)
    async with AsyncDSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        yield client


def plugin_archive() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("plugin.json", json.dumps({"id": "rt", "version": "1.0.0"}))
    return buffer.getvalue()


async def test_settings_keep_unknown_fields_and_nulls(keeping_nulls: AsyncDSSClient) -> None:
    client = keeping_nulls
    folder = await (await client.get_root_project_folder()).create_sub_folder("Folder é")
    folder_settings = await folder.get_settings()
    folder_settings.get_raw().update(EXTRA)
    await folder_settings.save()
    assert (await folder.get_settings()).get_raw() == folder_settings.get_raw()

    await client.install_plugin_from_archive(plugin_archive())
    plugin_settings = await client.get_plugin("rt").get_settings()
    plugin_settings.get_raw().update(EXTRA)
    await plugin_settings.save()
    assert {k: (await client.get_plugin("rt").get_settings()).get_raw()[k] for k in EXTRA} == EXTRA

    workspace = await client.create_workspace("WS", "Workspace")
    workspace_settings = await workspace.get_settings()
    workspace_settings.get_raw().update(EXTRA)
    await workspace_settings.save()
    assert (await workspace.get_settings()).get_raw() == workspace_settings.get_raw()

    deployer = client.get_projectdeployer()
    infra = await deployer.create_infra("prod", "Production")
    infra_settings = await infra.get_settings()
    infra_settings.get_raw().update(EXTRA)
    await infra_settings.save()
    assert (await infra.get_settings()).get_raw() == infra_settings.get_raw()

    meaning = await client.create_meaning("m", "Meaning", "DECLARATIVE")
    definition = await meaning.get_definition()
    definition.update(EXTRA)
    saved = await meaning.set_definition(definition)
    assert {k: saved[k] for k in EXTRA} == EXTRA


@pytest.mark.parametrize("identifier", ["a/b", "x?y=1", "%2F", "é space", "#frag"])
async def test_hostile_identifiers_reach_nothing_else(client: AsyncDSSClient, identifier: str) -> None:
    await client.install_plugin_from_archive(plugin_archive())
    await client.create_workspace("WS", "Workspace")
    for attempt in (
        lambda: client.get_plugin(identifier).get_settings(),
        lambda: client.get_project_folder(identifier),
        lambda: client.get_workspace(identifier).get_settings(),
        lambda: client.get_meaning(identifier).get_definition(),
        lambda: client.get_projectdeployer().get_infra(identifier).get_status(),
        lambda: client.get_app(identifier).get_manifest(),
    ):
        with pytest.raises(NotFoundError):
            await attempt()


@pytest.mark.parametrize("identifier", ["", ".", ".."])
async def test_identifiers_no_path_can_carry_are_refused_before_sending(
    client: AsyncDSSClient, dss_emulator: Any, identifier: str
) -> None:
    with pytest.raises(InvalidIdentifierError):
        await client.get_project_folder(identifier)
    with pytest.raises(InvalidIdentifierError):
        await client.get_plugin(identifier).get_settings()
    assert list(dss_emulator.request_log) == []
