# Derived from tests/e2e/aio/test_meanings_and_workspaces.py by scripts/unasync.py: do not edit.
"""Meanings and workspaces, end to end on the emulator."""

from __future__ import annotations

import re
from typing import Any

import pytest

from dssclient import BadRequestError, ConflictError, DSSClient, NotFoundError, PermissionDeniedError
from dssclient.dss.meaning import DSSMeaning
from dssclient.dss.workspace import (
    DSSWorkspace,
    DSSWorkspaceHtmlLinkObject,
    DSSWorkspaceObject,
    DSSWorkspacePermissionItem,
    DSSWorkspaceSettings,
)
from tests.conftest import sent_bodies

# -- meanings ------------------------------------------------------------------------------------------


def test_meanings_of_each_type_are_created_read_and_replaced(client: DSSClient, dss_emulator: Any) -> None:
    meaning = client.create_meaning(
        "country", "Country", "VALUES_LIST", description="ISO", values=["FR", {"value": "DE", "color": "#ff0000"}]
    )
    assert isinstance(meaning, DSSMeaning) and meaning.id == "country"
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
    client.create_meaning("grade", "Grade", "VALUES_MAPPING", mappings=[{"from": "A", "to": "excellent"}])
    client.create_meaning("sku", "SKU", "PATTERN", pattern="[A-Z]{3}-\\d+", normalizationMode="LOWERCASE")
    client.create_meaning("free", "Free text", "DECLARATIVE", detectable=True)
    assert [m["id"] for m in client.list_meanings()] == ["country", "grade", "sku", "free"]

    grade = client.get_meaning("grade").get_definition()
    assert grade["mappings"] == [{"from": "A", "to": {"value": "excellent"}}]
    assert grade["normalizationMode"] == "EXACT"
    definition = meaning.get_definition()
    definition["label"] = "Country (ISO) é"
    definition["entries"].append({"value": "IT"})
    definition["futureField"] = [None, 1]
    saved = meaning.set_definition(definition)
    assert saved["label"] == "Country (ISO) é" and saved["futureField"] == [None, 1]
    assert (meaning.get_definition())["entries"][-1] == {"value": "IT"}


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
def test_incoherent_meanings_are_refused(client: DSSClient, kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(BadRequestError, match=message):
        client.create_meaning("m", "M", **kwargs)
    assert client.list_meanings() == []


def test_meaning_ids_are_unique_and_changes_are_for_administrators(client: DSSClient, reader_client: DSSClient) -> None:
    meaning = client.create_meaning("m", "M", "DECLARATIVE")
    with pytest.raises(ConflictError):
        client.create_meaning("m", "Again", "DECLARATIVE")
    with pytest.raises(PermissionDeniedError):
        reader_client.create_meaning("r", "R", "DECLARATIVE")
    definition = reader_client.get_meaning("m").get_definition()
    with pytest.raises(PermissionDeniedError):
        reader_client.get_meaning("m").set_definition(definition)
    with pytest.raises(NotFoundError):
        client.get_meaning("nope").get_definition()
    definition["id"] = "renamed"
    with pytest.raises(BadRequestError, match="cannot rename"):
        meaning.set_definition(definition)


# -- workspaces ----------------------------------------------------------------------------------------


def test_workspaces_are_created_listed_and_edited(client: DSSClient, dss_emulator: Any) -> None:
    workspace = client.create_workspace(
        "TEAM",
        "Team",
        permissions=[DSSWorkspacePermissionItem.member_group("readers")],
        description="What the team shares",
    )
    assert isinstance(workspace, DSSWorkspace)
    assert sent_bodies(dss_emulator, "createWorkspace")[0] == {
        "workspaceKey": "TEAM",
        "displayName": "Team",
        "color": None,
        "description": "What the team shares",
        "permissions": [{"group": "readers", "admin": False, "write": False, "read": True}],
    }
    settings = workspace.get_settings()
    assert isinstance(settings, DSSWorkspaceSettings)
    assert re.fullmatch(r"#[0-9a-f]{6}", settings.color), "a random color when none is given"
    assert settings.permissions is not None
    assert {"user": "admin", "admin": True, "write": True, "read": True} in settings.permissions
    settings.display_name = "Team é"
    settings.color = "#112233"
    settings.description = "New"
    settings.get_raw()["futureField"] = {"x": [1, "é"]}
    settings.save()
    reread = workspace.get_settings()
    assert (reread.display_name, reread.color, reread.description) == ("Team é", "#112233", "New")
    assert reread.get_raw()["futureField"] == {"x": [1, "é"]}
    assert [w["workspaceKey"] for w in client.list_workspaces()] == ["TEAM"]
    (handle,) = client.list_workspaces(as_objects=True)
    assert isinstance(handle, DSSWorkspace) and handle.workspace_key == "TEAM"


def test_workspace_keys_and_settings_are_checked(client: DSSClient) -> None:
    client.create_workspace("TEAM", "Team")
    with pytest.raises(ConflictError):
        client.create_workspace("TEAM", "Again")
    with pytest.raises(BadRequestError, match="workspace key"):
        client.create_workspace("bad key", "Bad")
    with pytest.raises(BadRequestError, match="color"):
        client.create_workspace("COLOR", "Color", color="red")
    assert [w["workspaceKey"] for w in client.list_workspaces()] == ["TEAM"]
    with pytest.raises(NotFoundError):
        client.get_workspace("NOPE").get_settings()


def test_objects_are_shown_and_removed(client: DSSClient) -> None:
    project = client.create_project("SALES", "Sales", "admin")
    dataset = project.create_dataset("customers", "Inline")
    project.create_dataset("orders", "Inline")
    workspace = client.create_workspace("TEAM", "Team")
    workspace.add_object(dataset)
    (listed_orders,) = [item for item in project.list_datasets() if item.name == "orders"]
    workspace.add_object(listed_orders)
    workspace.add_object(DSSWorkspaceHtmlLinkObject("Wiki", "https://wiki.example.com", "Our wiki"))
    workspace.add_object({"reference": {"projectKey": "SALES", "type": "ARTICLE", "id": "Home"}})
    objects = workspace.list_objects()
    assert all(isinstance(obj, DSSWorkspaceObject) for obj in objects)
    raws = [obj.get_raw() for obj in objects]
    assert [r.get("reference", {}).get("id") for r in raws[:2]] == ["customers", "orders"]
    assert raws[2]["htmlLink"] == {"name": "Wiki", "url": "https://wiki.example.com", "description": "Our wiki"}
    objects[2].remove()
    assert len(workspace.list_objects()) == 3
    with pytest.raises(NotFoundError):
        objects[2].remove()

    with pytest.raises(NotFoundError):
        workspace.add_object(project.get_dataset("missing"))
    with pytest.raises(BadRequestError):
        workspace.add_object({"nothing": "here"})
    with pytest.raises(ValueError):
        workspace.add_object(42)
    project.delete()
    assert [obj.get_raw().get("reference") for obj in workspace.list_objects()] == []


def test_an_object_listed_without_its_id_is_refused_before_any_call(client: DSSClient, dss_emulator: Any) -> None:
    workspace = client.create_workspace("TEAM", "Team")
    before = len(dss_emulator.request_log)
    with pytest.raises(ValueError, match="no id"):
        DSSWorkspaceObject(workspace, {"htmlLink": {"name": "Wiki", "url": "https://wiki.example.com"}}).remove()
    assert len(dss_emulator.request_log) == before


def test_workspace_permissions_decide_who_sees_and_changes_what(client: DSSClient, reader_client: DSSClient) -> None:
    client.create_workspace("PRIVATE", "Private")
    shared = client.create_workspace("SHARED", "Shared", permissions=[DSSWorkspacePermissionItem.member_user("reader")])
    assert [w["workspaceKey"] for w in reader_client.list_workspaces()] == ["SHARED"]
    as_member = reader_client.get_workspace("SHARED")
    settings = as_member.get_settings()
    assert settings.permissions is None, "permissions are shown to the workspace's administrators only"
    with pytest.raises(PermissionDeniedError):
        settings.save()
    with pytest.raises(PermissionDeniedError):
        as_member.add_object(DSSWorkspaceHtmlLinkObject("x", "https://x", None))
    with pytest.raises(NotFoundError):
        reader_client.get_workspace("PRIVATE").get_settings()
    with pytest.raises(PermissionDeniedError):
        reader_client.create_workspace("MINE", "Mine")

    admin_settings = shared.get_settings()
    admin_settings.permissions = [
        DSSWorkspacePermissionItem.admin_user("admin"),
        DSSWorkspacePermissionItem.contributor_user("reader"),
    ]
    admin_settings.save()
    as_member.add_object(DSSWorkspaceHtmlLinkObject("Docs", "https://docs", None))
    contributor_settings = as_member.get_settings()
    contributor_settings.display_name = "Renamed by a contributor"
    contributor_settings.save()
    assert (shared.get_settings()).permissions == admin_settings.permissions, "permissions kept"
    with pytest.raises(PermissionDeniedError):
        as_member.delete()
    shared.delete()
    with pytest.raises(NotFoundError):
        shared.get_settings()


def test_permission_items_are_the_documented_dicts() -> None:
    assert DSSWorkspacePermissionItem.admin_group("g") == {"group": "g", "admin": True, "write": True, "read": True}
    assert DSSWorkspacePermissionItem.contributor_group("g")["write"] is True
    assert DSSWorkspacePermissionItem.member_group("g")["write"] is False
    assert DSSWorkspacePermissionItem.admin_user("u")["user"] == "u"
    assert DSSWorkspacePermissionItem.contributor_user("u")["admin"] is False
    assert DSSWorkspacePermissionItem.member_user("u") == {"user": "u", "admin": False, "write": False, "read": True}
