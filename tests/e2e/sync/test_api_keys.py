# Derived from tests/e2e/aio/test_api_keys.py by scripts/unasync.py: do not edit.
"""Global and personal API keys, end to end: a key created through the API authenticates at once, with its
owner's rights or its own, and a deleted one is refused at once, on both base paths and every auth form."""

from __future__ import annotations

import base64
import datetime
import logging
from typing import Any

import httpx
import pytest

from dssclient import AuthenticationError, BadRequestError, DSSClient, NotFoundError, PermissionDeniedError
from dssclient.dss.admin import (
    DSSGlobalApiKey,
    DSSGlobalApiKeyDefinition,
    DSSGlobalApiKeyListItem,
    DSSPersonalApiKey,
    DSSPersonalApiKeyListItem,
)
from tests.conftest import admin_key, sent_bodies

BASE_PATHS = ("/public/api", "/dip/publicapi")


def auth_forms(key: str) -> dict[str, dict[str, str]]:
    """Every way DSS takes an API key."""
    return {
        "basic user": {"Authorization": "Basic " + base64.b64encode(f"{key}:".encode()).decode()},
        "basic password": {"Authorization": "Basic " + base64.b64encode(f":{key}".encode()).decode()},
        "bearer": {"Authorization": f"Bearer {key}"},
    }


def statuses(url: str, key: str) -> dict[tuple[str, str], int]:
    """The status of GET /auth/info with ``key``, per base path and auth form."""
    found = {}
    with httpx.Client(base_url=url) as http:
        for base in BASE_PATHS:
            for form, headers in auth_forms(key).items():
                found[(base, form)] = (http.get(base + "/auth/info", headers=headers)).status_code
    return found


def test_a_created_key_authenticates_at_once_and_a_deleted_one_is_refused_everywhere(
    client: DSSClient, dss_emulator: Any
) -> None:
    global_key = client.create_global_api_key("robot", "A robot", admin=False)
    personal_key = client.create_personal_api_key_for_user("reader", "ci")
    for key in (global_key.key, personal_key.key):
        assert set((statuses(dss_emulator.url, key)).values()) == {200}
        for base in BASE_PATHS:
            with DSSClient(dss_emulator.url, key, base_path=base) as as_key:
                as_key.get_auth_info()
    global_key.delete()
    personal_key.delete()
    for key in (global_key.key, personal_key.key):
        assert set((statuses(dss_emulator.url, key)).values()) == {401}
        for base in BASE_PATHS:
            with DSSClient(dss_emulator.url, key, base_path=base) as as_key:
                with pytest.raises(AuthenticationError) as refused:
                    as_key.list_projects()
                assert key not in str(refused.value) and key not in repr(refused.value)


def test_a_personal_key_acts_as_its_user(client: DSSClient, dss_emulator: Any) -> None:
    client.create_project("MINE", "Mine", "reader")
    client.create_project("OTHER", "Other", "admin")
    key = client.create_personal_api_key_for_user("reader", "ci", "For the CI")
    assert isinstance(key, DSSPersonalApiKey) and key.key and key.id_
    (body,) = sent_bodies(dss_emulator, "createPersonalApiKeyForUser")
    assert body == {"user": "reader", "label": "ci", "description": "For the CI"}
    with DSSClient(dss_emulator.url, key.key) as as_reader:
        info = as_reader.get_auth_info()
        assert (info["authIdentifier"], info["authSource"]) == ("reader", "PERSONAL_API_KEY")
        assert as_reader.list_project_keys() == ["MINE"]
        with pytest.raises(PermissionDeniedError):
            as_reader.list_users()


def test_a_global_key_carries_its_own_rights(client: DSSClient, dss_emulator: Any) -> None:
    client.create_project("SHARED", "Shared", "admin")
    client.create_project("PRIVATE", "Private", "admin")
    key = client.create_global_api_key("robot", admin=False)
    (body,) = sent_bodies(dss_emulator, "createGlobalApiKey")
    assert body == {"label": "robot", "description": None, "globalPermissions": {"admin": False}}
    with DSSClient(dss_emulator.url, key.key) as robot:
        info = robot.get_auth_info()
        assert (info["authIdentifier"], info["authSource"]) == (key.id_, "GLOBAL_API_KEY")
        assert robot.list_project_keys() == []
        with pytest.raises(PermissionDeniedError):
            robot.create_project("ROBOT", "Robot", "admin")
        definition = key.get_definition()
        definition["projects"] = {"SHARED": {"readProjectContent": True}}
        definition["globalPermissions"]["mayCreateProjects"] = True
        definition.save()
        assert robot.list_project_keys() == ["SHARED"]  # at once
        robot.create_project("ROBOT", "Robot", "admin")
        with pytest.raises(PermissionDeniedError):
            robot.list_users()

    grouped = client.create_global_api_key_with_groups("grouped", groups=["administrators"])
    with DSSClient(dss_emulator.url, grouped.key) as as_admins:
        assert [u["login"] for u in as_admins.list_users()] == ["admin", "reader"]
    admin_key_handle = client.create_global_api_key("root", admin=True)
    with DSSClient(dss_emulator.url, admin_key_handle.key) as root:
        assert sorted(root.list_project_keys()) == ["PRIVATE", "ROBOT", "SHARED"]


def test_global_keys_are_listed_and_defined(client: DSSClient) -> None:
    key = client.create_global_api_key("robot", "A robot")
    assert isinstance(key, DSSGlobalApiKey)
    (item,) = client.list_global_api_keys()
    assert isinstance(item, DSSGlobalApiKeyListItem) and isinstance(item, dict)
    assert (item.id, item.label, item.description, item.created_by, item.groups) == (
        key.id_,
        "robot",
        "A robot",
        "admin",
        None,
    )
    assert isinstance(item.created_on, datetime.datetime) and item.user_for_impersonation is None
    assert item.key == key.key and item.to_global_api_key().id_ == key.id_
    (handle,) = client.list_global_api_keys(as_type="objects")
    assert (handle.id_, handle.key) == (key.id_, key.key)
    with pytest.raises(ValueError):
        client.list_global_api_keys(as_type="listitem")  # type: ignore[call-overload]

    definition = key.get_definition()
    assert isinstance(definition, DSSGlobalApiKeyDefinition)
    assert (definition.id, definition.label, definition.lifetime, definition.expires_on) == (
        key.id_,
        "robot",
        None,
        None,
    )
    definition.label = "renamed"
    definition.description = "still a robot"
    definition.user_for_impersonation = "reader"
    definition.lifetime = 30
    definition.save()
    again = (client.get_global_api_key_by_id(key.id_)).get_definition()
    assert (again.label, again.description, again.user_for_impersonation, again.lifetime) == (
        "renamed",
        "still a robot",
        "reader",
        30,
    )
    assert again.expires_on is not None and again.created_on is not None
    assert again.expires_on - again.created_on == datetime.timedelta(days=30)
    found = client.get_global_api_key(key.key)  # deprecated: by its secret
    assert found.id_ == key.id_
    raw = dict(again)
    raw["label"] = "set through set_definition"
    key.set_definition(raw)
    assert (key.get_definition()).label == "set through set_definition"


def test_a_key_cannot_change_its_secret_or_id(client: DSSClient) -> None:
    key = client.create_global_api_key("robot")
    definition = key.get_definition()
    definition["key"] = "chosen-by-me"
    with pytest.raises(BadRequestError):
        definition.save()
    definition = key.get_definition()
    definition["id"] = "other"
    with pytest.raises(BadRequestError):
        key.set_definition(definition)
    with pytest.raises(NotFoundError):
        client.get_global_api_key("not-a-secret")
    with pytest.raises(NotFoundError):
        client.get_global_api_key_by_id("nope")


def test_personal_keys_are_ones_own(client: DSSClient, reader_client: DSSClient) -> None:
    created = reader_client.create_personal_api_key("laptop", "My laptop")
    assert isinstance(created, dict) and created["user"] == "reader" and created["key"]
    as_object = reader_client.create_personal_api_key("phone", as_type="object")
    assert isinstance(as_object, DSSPersonalApiKey) and as_object.key
    items = reader_client.list_personal_api_keys()
    assert all(isinstance(i, DSSPersonalApiKeyListItem) and i.user == "reader" for i in items)
    assert sorted(i.label for i in items) == ["emulator key", "laptop", "phone"]
    laptop = next(i for i in items if i.label == "laptop")
    assert (laptop.description, laptop.created_by, laptop.key) == ("My laptop", "reader", created["key"])
    assert isinstance(laptop.created_on, datetime.datetime)
    assert laptop.to_personal_api_key().id_ == created["id"]
    handles = reader_client.list_personal_api_keys(as_type="objects")
    assert sorted(h.id_ for h in handles) == sorted(i.id for i in items)

    handle = reader_client.get_personal_api_key(created["id"])
    definition = handle.get_definition()
    definition["label"] = "old laptop"
    definition["user"] = "admin"  # not a field one may change
    handle.set_definition(definition)
    assert (handle.get_definition())["label"] == "old laptop"
    assert (handle.get_definition())["user"] == "reader"

    # Others' keys look unknown to a user; an administrator sees and manages them all.
    admins_key = client.create_personal_api_key("admin's", as_type="object")
    with pytest.raises(NotFoundError):
        reader_client.get_personal_api_key(admins_key.id_).get_definition()
    with pytest.raises(NotFoundError):
        reader_client.get_personal_api_key(admins_key.id_).delete()
    everyone = client.list_all_personal_api_keys()
    assert sorted((k.user, k.label) for k in everyone) == [
        ("admin", "admin's"),
        ("admin", "emulator administrator key"),
        ("reader", "emulator key"),
        ("reader", "old laptop"),
        ("reader", "phone"),
    ]
    assert len(client.list_all_personal_api_keys(as_type="objects")) == 5
    client.get_personal_api_key(created["id"]).delete()
    as_dict = client.create_personal_api_key_for_user("reader", "as dict", as_type="dict")
    assert isinstance(as_dict, dict) and as_dict["user"] == "reader"
    with pytest.raises(BadRequestError):
        client.create_personal_api_key_for_user("ghost")


def test_secure_api_keys_answer_secrets_at_creation_only(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(secure_api_keys=True)
    with DSSClient(emulator.url, admin_key(emulator)) as client:
        key = client.create_global_api_key("robot")
        assert key.key
        (item,) = client.list_global_api_keys()
        assert "key" not in item
        with pytest.raises(KeyError):
            client.list_global_api_keys(as_type="objects")
        assert "key" not in key.get_definition()
        assert all("key" not in k for k in client.list_all_personal_api_keys())
        # The secret still finds its key (DSS compares hashes).
        assert (client.get_global_api_key(key.key)).id_ == key.id_
        with DSSClient(emulator.url, key.key) as robot:
            assert (robot.get_auth_info())["authIdentifier"] == key.id_


def test_secrets_stay_out_of_reprs_errors_and_logs(
    client: DSSClient, dss_emulator: Any, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    key = client.create_global_api_key("robot")
    personal = client.create_personal_api_key("mine", as_type="object")
    item = (client.list_global_api_keys())[0]
    personal_item = next(i for i in client.list_personal_api_keys() if i.label == "mine")
    shown = [repr(key), repr(item), str(item), repr(key.get_definition()), repr(personal), repr(personal_item)]
    for text in shown:
        assert key.key not in text and personal.key not in text
    key.delete()
    with pytest.raises(NotFoundError) as missing:
        client.get_global_api_key(key.key)
    error = missing.value
    for text in (str(error), repr(error), error.url, str(error.body)):
        assert key.key not in text
    assert "<secret>" in error.url
    client_side = "\n".join(r.getMessage() for r in caplog.records if not r.name.startswith("dssclient.emulator"))
    assert key.key not in client_side and personal.key not in client_side
    assert "globalAPIKeys/<secret>" in client_side  # httpx's request log, masked
    for log in ("backend.log", "audit.log"):
        content = client.get_log(log)
        assert key.key not in content and personal.key not in content
        assert key.id_ in content or log == "audit.log"
