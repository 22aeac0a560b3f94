"""Project folders: the tree, its settings, and moving folders and projects, end to end on the emulator."""

from __future__ import annotations

import warnings
from typing import Any

import pytest

from dssclient import (
    AsyncDSSClient,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.aio.dss.projectfolder import AsyncDSSProjectFolder, AsyncDSSProjectFolderSettings
from tests.conftest import sent_bodies

pytestmark = pytest.mark.anyio  # unasync: remove


async def test_the_root_folder_holds_every_project_at_first(client: AsyncDSSClient) -> None:
    await client.create_project("A", "A", "admin")
    await client.create_project("B", "B", "admin")
    root = await client.get_root_project_folder()
    assert isinstance(root, AsyncDSSProjectFolder)
    assert (root.id, root.name, root.get_name()) == ("ROOT", None, None)
    assert root.list_project_keys() == ["A", "B"]
    assert [p.project_key for p in root.list_projects()] == ["A", "B"]
    assert await root.get_parent() is None
    assert await root.get_path() == "/"
    assert await root.list_child_folders() == []


async def test_sub_folders_nest_and_know_their_path(client: AsyncDSSClient) -> None:
    root = await client.get_root_project_folder()
    finance = await root.create_sub_folder("Finance")
    reports = await finance.create_sub_folder("Reports é")
    assert (reports.name, await reports.get_path()) == ("Reports é", "/Finance/Reports é")
    parent = await reports.get_parent()
    assert parent is not None and parent.id == finance.id
    assert [f.name for f in await (await client.get_root_project_folder()).list_child_folders()] == ["Finance"]
    reread = await client.get_project_folder(finance.id)
    assert [f.id for f in await reread.list_child_folders()] == [reports.id]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert reports.project_folder_id == reports.id
    assert any(issubclass(w.category, DeprecationWarning) for w in caught)


async def test_folder_names_are_checked(client: AsyncDSSClient) -> None:
    root = await client.get_root_project_folder()
    await root.create_sub_folder("Finance")
    with pytest.raises(ConflictError):
        await root.create_sub_folder("Finance")
    for bad in ("", "   ", "a/b"):
        with pytest.raises(BadRequestError):
            await root.create_sub_folder(bad)
    assert len((await client.get_root_project_folder()).get_raw()["childrenIds"]) == 1


async def test_an_unknown_folder_is_not_found(client: AsyncDSSClient) -> None:
    with pytest.raises(NotFoundError, match="nowhere"):
        await client.get_project_folder("nowhere")


async def test_projects_are_created_in_and_moved_between_folders(client: AsyncDSSClient) -> None:
    root = await client.get_root_project_folder()
    finance = await root.create_sub_folder("Finance")
    archive = await root.create_sub_folder("Archive")
    project = await finance.create_project("SALES", "Sales", "admin", description="Q3")
    assert (await project.get_project_folder()).id == finance.id
    assert (await client.get_project_folder(finance.id)).list_project_keys() == ["SALES"]
    assert (await client.get_root_project_folder()).list_project_keys() == []

    await finance.move_project_to(project, archive)
    assert (await project.get_project_folder()).id == archive.id
    with pytest.raises(BadRequestError, match="not in project folder"):
        await finance.move_project_to("SALES", root)
    await project.move_to_folder(root)
    assert (await client.get_root_project_folder()).list_project_keys() == ["SALES"]


async def test_creating_a_project_in_an_unknown_folder_creates_nothing(client: AsyncDSSClient) -> None:
    with pytest.raises(NotFoundError):
        await client.create_project("P", "P", "admin", project_folder_id="nowhere")
    assert await client.list_project_keys() == []


async def test_a_deleted_project_leaves_its_folder(client: AsyncDSSClient) -> None:
    finance = await (await client.get_root_project_folder()).create_sub_folder("Finance")
    project = await finance.create_project("P", "P", "admin")
    await project.delete()
    assert (await client.get_project_folder(finance.id)).list_project_keys() == []
    await (await client.get_project_folder(finance.id)).delete()  # empty again, so it can go


async def test_folders_move_but_never_into_themselves(client: AsyncDSSClient) -> None:
    root = await client.get_root_project_folder()
    a = await root.create_sub_folder("A")
    b = await root.create_sub_folder("B")
    a_child = await a.create_sub_folder("child")
    await b.move_to(a)
    assert await (await client.get_project_folder(b.id)).get_path() == "/A/B"
    for destination in (a, a_child, b):
        with pytest.raises(BadRequestError, match="into itself"):
            await a.move_to(destination)
    with pytest.raises(BadRequestError, match="root"):
        await root.move_to(a)
    same_name = await root.create_sub_folder("child")
    with pytest.raises(ConflictError):
        await same_name.move_to(a)
    assert await (await client.get_project_folder(same_name.id)).get_path() == "/child"


async def test_settings_round_trip_and_rename(client: AsyncDSSClient, dss_emulator: Any) -> None:
    root = await client.get_root_project_folder()
    folder = await root.create_sub_folder("Finance")
    await root.create_sub_folder("Taken")
    settings = await folder.get_settings()
    assert isinstance(settings, AsyncDSSProjectFolderSettings)
    assert (settings.get_name(), settings.get_owner(), settings.get_permissions()) == ("Finance", "admin", [])
    settings.set_name("Finance 2024")
    settings.set_owner("reader")
    settings.get_permissions().append({"group": "readers", "read": True, "writeContents": True, "admin": False})
    settings.get_raw()["futureField"] = {"kept": [1, None, "é"]}
    await settings.save()
    assert sent_bodies(dss_emulator, "saveProjectFolderSettings")[-1] == settings.get_raw()
    reread = await folder.get_settings()
    assert reread.get_raw() == settings.get_raw()
    assert (await client.get_project_folder(folder.id)).name == "Finance 2024"
    reread.set_name("Taken")
    with pytest.raises(ConflictError):
        await reread.save()
    assert (await client.get_project_folder(folder.id)).name == "Finance 2024"


async def test_a_null_permission_list_becomes_an_empty_list_to_edit(client: AsyncDSSClient) -> None:
    # The settings' type says permissions are a list or null: get_permissions() always gives a list,
    # the one the settings hold (so appending to it is what save() sends).
    settings = AsyncDSSProjectFolderSettings(client, "F", {"name": "F", "permissions": None})
    permissions = settings.get_permissions()
    assert permissions == []
    permissions.append({"group": "readers", "read": True})
    assert settings.get_raw()["permissions"] == [{"group": "readers", "read": True}]


async def test_deletion_needs_an_empty_folder_an_administrator_and_not_the_root(
    client: AsyncDSSClient, reader_client: AsyncDSSClient
) -> None:
    root = await client.get_root_project_folder()
    folder = await root.create_sub_folder("Finance")
    await folder.create_sub_folder("Inner")
    await folder.create_project("P", "P", "admin")
    with pytest.raises(BadRequestError, match="not empty"):
        await folder.delete()
    with pytest.raises(PermissionDeniedError):
        await (await reader_client.get_project_folder(folder.id)).delete()
    with pytest.raises(BadRequestError, match="root"):
        await root.delete()
    assert (await client.get_project_folder(folder.id)).list_project_keys() == ["P"]
    empty = await root.create_sub_folder("Empty")
    await empty.delete()
    with pytest.raises(NotFoundError):
        await client.get_project_folder(empty.id)


async def test_a_reader_sees_only_its_projects_and_writes_where_allowed(
    client: AsyncDSSClient, reader_client: AsyncDSSClient
) -> None:
    root = await client.get_root_project_folder()
    shared = await root.create_sub_folder("Shared")
    await shared.create_project("MINE", "Mine", "reader")
    await shared.create_project("THEIRS", "Theirs", "admin")
    seen = await reader_client.get_project_folder(shared.id)
    assert seen.list_project_keys() == ["MINE"]
    with pytest.raises(PermissionDeniedError):
        await (await reader_client.get_root_project_folder()).create_sub_folder("Nope")
    with pytest.raises(PermissionDeniedError):
        await seen.get_settings()
    assert (await seen.get_default_folder_for_project_creation()).id == "ROOT"
    assert (await shared.get_default_folder_for_project_creation()).id == shared.id

    settings = await shared.get_settings()
    settings.get_permissions().append({"group": "readers", "read": True, "writeContents": True})
    await settings.save()
    created = await seen.create_sub_folder("Reader's corner")
    assert await created.get_path() == "/Shared/Reader's corner"


async def test_the_default_project_comes_from_the_environment(
    client: AsyncDSSClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DKU_CURRENT_PROJECT_KEY", raising=False)
    with pytest.raises(ConfigurationError, match="inside DSS"):
        client.get_default_project()
    monkeypatch.setenv("DKU_CURRENT_PROJECT_KEY", "SALES")
    assert client.get_default_project().project_key == "SALES"
