"""Meanings and workspaces, end to end on the emulator."""

from __future__ import annotations

import re
from typing import Any

import pytest

from dssclient import AsyncDSSClient, BadRequestError, ConflictError, NotFoundError, PermissionDeniedError
from dssclient.aio.dss.meaning import AsyncDSSMeaning
from dssclient.aio.dss.workspace import (
    AsyncDSSWorkspace,
    AsyncDSSWorkspaceObject,
    AsyncDSSWorkspaceSettings,
    DSSWorkspaceHtmlLinkObject,
    DSSWorkspacePermissionItem,
)
from tests.conftest import sent_bodies

pytestmark = pytest.mark.anyio  # unasync: remove


# -- meanings ------------------------------------------------------------------------------------------


async def test_meanings_of_each_type_are_created_read_and_replaced(client: AsyncDSSClient, dss_emulator: Any) -> None:
    meaning = await client.create_meaning(
        "country", "Country", "VALUES_LIST", description="ISO", values=["FR", {"value": "DE", "color": "#ff0000"}]
    )
    assert isinstance(meaning, AsyncDSSMeaning) and meaning.id == "country"
    assert sent_bodies(dss_emulator, "createMeaning")[0] == {
        "id": "country",
        "label": "Country",
        "type": "VALUES_LIST",
        "description": "ISO",
        "entries": [{"value": "FR"}, {"value": "DE", "color": "#ff0000"}],
        "mappings": None,
        "pattern": None,
        "normalizationMode": None,
        "detectable": False,
    }
    await client.create_meaning("grade", "Grade", "VALUES_MAPPING", mappings=[{"from": "A", "to": "excellent"}])
    await client.create_meaning("sku", "SKU", "PATTERN", pattern="[A-Z]{3}-\\d+", normalizationMode="LOWERCASE")
    await client.create_meaning("free", "Free text", "DECLARATIVE", detectable=True)
    assert [m["id"] for m in await client.list_meanings()] == ["country", "grade", "sku", "free"]

    grade = await client.get_meaning("grade").get_definition()
    assert grade["mappings"] == [{"from": "A", "to": {"value": "excellent"}}]
    assert grade["normalizationMode"] == "EXACT"
    definition = await meaning.get_definition()
    definition["label"] = "Country (ISO) é"
    definition["entries"].append({"value": "IT"})
    definition["futureField"] = [None, 1]
    saved = await meaning.set_definition(definition)
    assert saved["label"] == "Country (ISO) é" and saved["futureField"] == [None, 1]
    assert (await meaning.get_definition())["entries"][-1] == {"value": "IT"}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"type": "SOMETHING"}, "Invalid meaning type"),
        ({"type": "PATTERN"}, "needs a pattern"),
        ({"type": "PATTERN", "pattern": "("}, "Invalid pattern"),
        ({"type": "PATTERN", "pattern": "x", "normalizationMode": "NORMALIZED"}, "normalizationMode"),
        ({"type": "VALUES_LIST", "values": [{"color": "#fff"}]}, "needs a text 'value'"),
    ],
)
async def test_incoherent_meanings_are_refused(client: AsyncDSSClient, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(BadRequestError, match=message):
        await client.create_meaning("m", "M", **kwargs)
    assert await client.list_meanings() == []


async def test_meaning_ids_are_unique_and_changes_are_for_administrators(
    client: AsyncDSSClient, reader_client: AsyncDSSClient
) -> None:
    meaning = await client.create_meaning("m", "M", "DECLARATIVE")
    with pytest.raises(ConflictError):
        await client.create_meaning("m", "Again", "DECLARATIVE")
    with pytest.raises(PermissionDeniedError):
        await reader_client.create_meaning("r", "R", "DECLARATIVE")
    definition = await reader_client.get_meaning("m").get_definition()
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_meaning("m").set_definition(definition)
    with pytest.raises(NotFoundError):
        await client.get_meaning("nope").get_definition()
    definition["id"] = "renamed"
    with pytest.raises(BadRequestError, match="cannot rename"):
        await meaning.set_definition(definition)


# -- workspaces ----------------------------------------------------------------------------------------


async def test_workspaces_are_created_listed_and_edited(client: AsyncDSSClient, dss_emulator: Any) -> None:
    workspace = await client.create_workspace(
        "TEAM",
        "Team",
        permissions=[DSSWorkspacePermissionItem.member_group("readers")],
        description="What the team shares",
    )
    assert isinstance(workspace, AsyncDSSWorkspace)
    assert sent_bodies(dss_emulator, "createWorkspace")[0] == {
        "workspaceKey": "TEAM",
        "displayName": "Team",
        "color": None,
        "description": "What the team shares",
        "permissions": [{"group": "readers", "admin": False, "write": False, "read": True}],
    }
    settings = await workspace.get_settings()
    assert isinstance(settings, AsyncDSSWorkspaceSettings)
    assert re.fullmatch(r"#[0-9a-f]{6}", settings.color), "a random color when none is given"
    assert settings.permissions is not None
    assert {"user": "admin", "admin": True, "write": True, "read": True} in settings.permissions
    settings.display_name = "Team é"
    settings.color = "#112233"
    settings.description = "New"
    settings.get_raw()["futureField"] = {"x": [1, "é"]}
    await settings.save()
    reread = await workspace.get_settings()
    assert (reread.display_name, reread.color, reread.description) == ("Team é", "#112233", "New")
    assert reread.get_raw()["futureField"] == {"x": [1, "é"]}
    assert [w["workspaceKey"] for w in await client.list_workspaces()] == ["TEAM"]
    (handle,) = await client.list_workspaces(as_objects=True)
    assert isinstance(handle, AsyncDSSWorkspace) and handle.workspace_key == "TEAM"


async def test_workspace_keys_and_settings_are_checked(client: AsyncDSSClient) -> None:
    await client.create_workspace("TEAM", "Team")
    with pytest.raises(ConflictError):
        await client.create_workspace("TEAM", "Again")
    with pytest.raises(BadRequestError, match="workspace key"):
        await client.create_workspace("bad key", "Bad")
    with pytest.raises(BadRequestError, match="color"):
        await client.create_workspace("COLOR", "Color", color="red")
    assert [w["workspaceKey"] for w in await client.list_workspaces()] == ["TEAM"]
    with pytest.raises(NotFoundError):
        await client.get_workspace("NOPE").get_settings()


async def test_objects_are_shown_and_removed(client: AsyncDSSClient) -> None:
    project = await client.create_project("SALES", "Sales", "admin")
    dataset = await project.create_dataset("customers", "Inline")
    await project.create_dataset("orders", "Inline")
    workspace = await client.create_workspace("TEAM", "Team")
    await workspace.add_object(dataset)
    (listed_orders,) = [item for item in await project.list_datasets() if item.name == "orders"]
    await workspace.add_object(listed_orders)
    await workspace.add_object(DSSWorkspaceHtmlLinkObject("Wiki", "https://wiki.example.com", "Our wiki"))
    await workspace.add_object({"reference": {"projectKey": "SALES", "type": "ARTICLE", "id": "Home"}})
    objects = await workspace.list_objects()
    assert all(isinstance(obj, AsyncDSSWorkspaceObject) for obj in objects)
    raws = [obj.get_raw() for obj in objects]
    assert [r.get("reference", {}).get("id") for r in raws[:2]] == ["customers", "orders"]
    assert raws[2]["htmlLink"] == {"name": "Wiki", "url": "https://wiki.example.com", "description": "Our wiki"}
    await objects[2].remove()
    assert len(await workspace.list_objects()) == 3
    with pytest.raises(NotFoundError):
        await objects[2].remove()

    with pytest.raises(NotFoundError):
        await workspace.add_object(project.get_dataset("missing"))
    with pytest.raises(BadRequestError):
        await workspace.add_object({"nothing": "here"})
    with pytest.raises(ValueError):
        await workspace.add_object(42)
    await project.delete()
    assert [obj.get_raw().get("reference") for obj in await workspace.list_objects()] == []


async def test_an_object_listed_without_its_id_is_refused_before_any_call(
    client: AsyncDSSClient, dss_emulator: Any
) -> None:
    workspace = await client.create_workspace("TEAM", "Team")
    before = len(dss_emulator.request_log)
    with pytest.raises(ValueError, match="no id"):
        await AsyncDSSWorkspaceObject(
            workspace, {"htmlLink": {"name": "Wiki", "url": "https://wiki.example.com"}}
        ).remove()
    assert len(dss_emulator.request_log) == before


async def test_workspace_permissions_decide_who_sees_and_changes_what(
    client: AsyncDSSClient, reader_client: AsyncDSSClient
) -> None:
    await client.create_workspace("PRIVATE", "Private")
    shared = await client.create_workspace(
        "SHARED", "Shared", permissions=[DSSWorkspacePermissionItem.member_user("reader")]
    )
    assert [w["workspaceKey"] for w in await reader_client.list_workspaces()] == ["SHARED"]
    as_member = reader_client.get_workspace("SHARED")
    settings = await as_member.get_settings()
    assert settings.permissions is None, "permissions are shown to the workspace's administrators only"
    with pytest.raises(PermissionDeniedError):
        await settings.save()
    with pytest.raises(PermissionDeniedError):
        await as_member.add_object(DSSWorkspaceHtmlLinkObject("x", "https://x", None))
    with pytest.raises(NotFoundError):
        await reader_client.get_workspace("PRIVATE").get_settings()
    with pytest.raises(PermissionDeniedError):
        await reader_client.create_workspace("MINE", "Mine")

    admin_settings = await shared.get_settings()
    admin_settings.permissions = [
        DSSWorkspacePermissionItem.admin_user("admin"),
        DSSWorkspacePermissionItem.contributor_user("reader"),
    ]
    await admin_settings.save()
    await as_member.add_object(DSSWorkspaceHtmlLinkObject("Docs", "https://docs", None))
    contributor_settings = await as_member.get_settings()
    contributor_settings.display_name = "Renamed by a contributor"
    await contributor_settings.save()
    assert (await shared.get_settings()).permissions == admin_settings.permissions, "permissions kept"
    with pytest.raises(PermissionDeniedError):
        await as_member.delete()
    await shared.delete()
    with pytest.raises(NotFoundError):
        await shared.get_settings()


def test_permission_items_are_the_documented_dicts() -> None:
    assert DSSWorkspacePermissionItem.admin_group("g") == {"group": "g", "admin": True, "write": True, "read": True}
    assert DSSWorkspacePermissionItem.contributor_group("g")["write"] is True
    assert DSSWorkspacePermissionItem.member_group("g")["write"] is False
    assert DSSWorkspacePermissionItem.admin_user("u")["user"] == "u"
    assert DSSWorkspacePermissionItem.contributor_user("u")["admin"] is False
    assert DSSWorkspacePermissionItem.member_user("u") == {"user": "u", "admin": False, "write": False, "read": True}
