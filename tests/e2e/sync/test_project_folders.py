# Derived from tests/e2e/aio/test_project_folders.py by scripts/unasync.py: do not edit.
"""Project folders: the tree, its settings, and moving folders and projects, end to end on the emulator."""

from __future__ import annotations

import warnings
from typing import Any

import pytest

from dssclient import (
    BadRequestError,
    ConfigurationError,
    ConflictError,
    DSSClient,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.dss.projectfolder import DSSProjectFolder, DSSProjectFolderSettings
from tests.conftest import sent_bodies


def test_the_root_folder_holds_every_project_at_first(client: DSSClient) -> None:
    client.create_project("A", "A", "admin")
    client.create_project("B", "B", "admin")
    root = client.get_root_project_folder()
    assert isinstance(root, DSSProjectFolder)
    assert (root.id, root.name, root.get_name()) == ("ROOT", None, None)
    assert root.list_project_keys() == ["A", "B"]
    assert [p.project_key for p in root.list_projects()] == ["A", "B"]
    assert root.get_parent() is None
    assert root.get_path() == "/"
    assert root.list_child_folders() == []


def test_sub_folders_nest_and_know_their_path(client: DSSClient) -> None:
    root = client.get_root_project_folder()
    finance = root.create_sub_folder("Finance")
    reports = finance.create_sub_folder("Reports é")
    assert (reports.name, reports.get_path()) == ("Reports é", "/Finance/Reports é")
    parent = reports.get_parent()
    assert parent is not None and parent.id == finance.id
    assert [f.name for f in (client.get_root_project_folder()).list_child_folders()] == ["Finance"]
    reread = client.get_project_folder(finance.id)
    assert [f.id for f in reread.list_child_folders()] == [reports.id]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert reports.project_folder_id == reports.id
    assert any(issubclass(w.category, DeprecationWarning) for w in caught)


def test_folder_names_are_checked(client: DSSClient) -> None:
    root = client.get_root_project_folder()
    root.create_sub_folder("Finance")
    with pytest.raises(ConflictError):
        root.create_sub_folder("Finance")
    for bad in ("", "   ", "a/b"):
        with pytest.raises(BadRequestError):
            root.create_sub_folder(bad)
    assert len((client.get_root_project_folder()).get_raw()["childrenIds"]) == 1


def test_an_unknown_folder_is_not_found(client: DSSClient) -> None:
    with pytest.raises(NotFoundError, match="nowhere"):
        client.get_project_folder("nowhere")


def test_projects_are_created_in_and_moved_between_folders(client: DSSClient) -> None:
    root = client.get_root_project_folder()
    finance = root.create_sub_folder("Finance")
    archive = root.create_sub_folder("Archive")
    project = finance.create_project("SALES", "Sales", "admin", description="Q3")
    assert (project.get_project_folder()).id == finance.id
    assert (client.get_project_folder(finance.id)).list_project_keys() == ["SALES"]
    assert (client.get_root_project_folder()).list_project_keys() == []

    finance.move_project_to(project, archive)
    assert (project.get_project_folder()).id == archive.id
    with pytest.raises(BadRequestError, match="not in project folder"):
        finance.move_project_to("SALES", root)
    project.move_to_folder(root)
    assert (client.get_root_project_folder()).list_project_keys() == ["SALES"]


def test_creating_a_project_in_an_unknown_folder_creates_nothing(client: DSSClient) -> None:
    with pytest.raises(NotFoundError):
        client.create_project("P", "P", "admin", project_folder_id="nowhere")
    assert client.list_project_keys() == []


def test_a_deleted_project_leaves_its_folder(client: DSSClient) -> None:
    finance = (client.get_root_project_folder()).create_sub_folder("Finance")
    project = finance.create_project("P", "P", "admin")
    project.delete()
    assert (client.get_project_folder(finance.id)).list_project_keys() == []
    (client.get_project_folder(finance.id)).delete()  # empty again, so it can go


def test_folders_move_but_never_into_themselves(client: DSSClient) -> None:
    root = client.get_root_project_folder()
    a = root.create_sub_folder("A")
    b = root.create_sub_folder("B")
    a_child = a.create_sub_folder("child")
    b.move_to(a)
    assert (client.get_project_folder(b.id)).get_path() == "/A/B"
    for destination in (a, a_child, b):
        with pytest.raises(BadRequestError, match="into itself"):
            a.move_to(destination)
    with pytest.raises(BadRequestError, match="root"):
        root.move_to(a)
    same_name = root.create_sub_folder("child")
    with pytest.raises(ConflictError):
        same_name.move_to(a)
    assert (client.get_project_folder(same_name.id)).get_path() == "/child"


def test_settings_round_trip_and_rename(client: DSSClient, dss_emulator: Any) -> None:
    root = client.get_root_project_folder()
    folder = root.create_sub_folder("Finance")
    root.create_sub_folder("Taken")
    settings = folder.get_settings()
    assert isinstance(settings, DSSProjectFolderSettings)
    assert (settings.get_name(), settings.get_owner(), settings.get_permissions()) == ("Finance", "admin", [])
    settings.set_name("Finance 2024")
    settings.set_owner("reader")
    settings.get_permissions().append({"group": "readers", "read": True, "writeContents": True, "admin": False})
    settings.get_raw()["futureField"] = {"kept": [1, None, "é"]}
    settings.save()
    assert sent_bodies(dss_emulator, "saveProjectFolderSettings")[-1] == settings.get_raw()
    reread = folder.get_settings()
    assert reread.get_raw() == settings.get_raw()
    assert (client.get_project_folder(folder.id)).name == "Finance 2024"
    reread.set_name("Taken")
    with pytest.raises(ConflictError):
        reread.save()
    assert (client.get_project_folder(folder.id)).name == "Finance 2024"


def test_a_null_permission_list_becomes_an_empty_list_to_edit(client: DSSClient) -> None:
    # The settings' type says permissions are a list or null: get_permissions() always gives a list,
    # the one the settings hold (so appending to it is what save() sends).
    settings = DSSProjectFolderSettings(client, "F", {"name": "F", "permissions": None})
    permissions = settings.get_permissions()
    assert permissions == []
    permissions.append({"group": "readers", "read": True})
    assert settings.get_raw()["permissions"] == [{"group": "readers", "read": True}]


def test_deletion_needs_an_empty_folder_an_administrator_and_not_the_root(
    client: DSSClient, reader_client: DSSClient
) -> None:
    root = client.get_root_project_folder()
    folder = root.create_sub_folder("Finance")
    folder.create_sub_folder("Inner")
    folder.create_project("P", "P", "admin")
    with pytest.raises(BadRequestError, match="not empty"):
        folder.delete()
    with pytest.raises(PermissionDeniedError):
        (reader_client.get_project_folder(folder.id)).delete()
    with pytest.raises(BadRequestError, match="root"):
        root.delete()
    assert (client.get_project_folder(folder.id)).list_project_keys() == ["P"]
    empty = root.create_sub_folder("Empty")
    empty.delete()
    with pytest.raises(NotFoundError):
        client.get_project_folder(empty.id)


def test_a_reader_sees_only_its_projects_and_writes_where_allowed(client: DSSClient, reader_client: DSSClient) -> None:
    root = client.get_root_project_folder()
    shared = root.create_sub_folder("Shared")
    shared.create_project("MINE", "Mine", "reader")
    shared.create_project("THEIRS", "Theirs", "admin")
    seen = reader_client.get_project_folder(shared.id)
    assert seen.list_project_keys() == ["MINE"]
    with pytest.raises(PermissionDeniedError):
        (reader_client.get_root_project_folder()).create_sub_folder("Nope")
    with pytest.raises(PermissionDeniedError):
        seen.get_settings()
    assert (seen.get_default_folder_for_project_creation()).id == "ROOT"
    assert (shared.get_default_folder_for_project_creation()).id == shared.id

    settings = shared.get_settings()
    settings.get_permissions().append({"group": "readers", "read": True, "writeContents": True})
    settings.save()
    created = seen.create_sub_folder("Reader's corner")
    assert created.get_path() == "/Shared/Reader's corner"


def test_the_default_project_comes_from_the_environment(client: DSSClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DKU_CURRENT_PROJECT_KEY", raising=False)
    with pytest.raises(ConfigurationError, match="inside DSS"):
        client.get_default_project()
    monkeypatch.setenv("DKU_CURRENT_PROJECT_KEY", "SALES")
    assert client.get_default_project().project_key == "SALES"
