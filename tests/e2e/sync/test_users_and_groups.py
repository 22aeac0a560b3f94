# Derived from tests/e2e/aio/test_users_and_groups.py by scripts/unasync.py: do not edit.
"""Users, groups and one's own profile, end to end against the emulator: groups decide what members may do."""

from __future__ import annotations

import datetime
from typing import Any

import pytest

from dssclient import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DSSClient,
    FutureFailedError,
    InvalidIdentifierError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.dss.admin import (
    DSSAuthorizationMatrix,
    DSSGroup,
    DSSOwnUserSettings,
    DSSUser,
    DSSUserActivity,
    DSSUserInfo,
    DSSUserPreferences,
    DSSUserSettings,
)
from dssclient.emulator.redaction import REDACTED
from tests.conftest import FAST_POLLING, admin_key, sent_bodies


def test_create_user_sends_the_official_body_and_lists_it(client: DSSClient, dss_emulator: Any) -> None:
    user = client.create_user("jdoe", "pa55", "Jane Doe", groups=["data_scientists"], email="j@example.com")
    assert isinstance(user, DSSUser) and user.login == "jdoe"
    (body,) = sent_bodies(dss_emulator, "createUser")
    # The request log redacts secrets: the password reached the emulator, which keeps its hash only.
    assert dss_emulator.state.users["jdoe"].password_hash
    assert body == {
        "login": "jdoe",
        "password": REDACTED,
        "displayName": "Jane Doe",
        "sourceType": "LOCAL",
        "groups": ["data_scientists"],
        "userProfile": "DATA_SCIENTIST",
        "email": "j@example.com",
    }
    listed = {u["login"]: u for u in client.list_users()}
    assert set(listed) == {"admin", "reader", "jdoe"}
    assert listed["jdoe"]["displayName"] == "Jane Doe" and listed["jdoe"]["groups"] == ["data_scientists"]
    assert "password" not in listed["jdoe"]
    handles = client.list_users(as_objects=True)
    assert all(isinstance(h, DSSUser) for h in handles)
    assert sorted(h.login for h in handles) == sorted(listed)
    full = {u["login"]: u for u in client.list_users(include_settings=True)}
    assert full["jdoe"]["userProperties"] == {} and "preferences" in full["jdoe"]


def test_user_settings_round_trip_and_hide_their_secrets(client: DSSClient) -> None:
    user = client.create_user("jdoe", "pa55", groups=["data_scientists"])
    settings = user.get_settings()
    assert isinstance(settings, DSSUserSettings) and repr(settings).endswith("properties)")
    settings.user_properties["team"] = "sales"
    settings.admin_properties["cost_center"] = "42"
    settings.add_secret("warehouse_token", "t0k3n-value")
    settings.set_basic_connection_credential("warehouse", "jane", "db-pa55")
    settings.set_basic_plugin_credential("plug", "set", "preset", "param", "pjane", "plugin-pa55")
    settings.set_oauth2_plugin_credential("plug", "set", "preset2", "token", "refresh-t0k3n")
    settings.preferences.ui_language = "ja"
    settings.preferences.daily_digests_emails = False
    settings.enabled = True
    settings.save()

    again = user.get_settings()
    raw = again.get_raw()
    assert again.user_properties == {"team": "sales"} and again.admin_properties == {"cost_center": "42"}
    assert raw["secrets"] == [{"name": "warehouse_token", "secret": True}]
    assert raw["credentials"]["warehouse"]["user"] == "jane" and "password" not in raw["credentials"]["warehouse"]
    plugin_key = '"PLUGIN", "plug", "set", "preset", "param"'
    assert raw["credentials"][plugin_key]["user"] == "pjane"
    assert "refreshToken" not in raw["credentials"]['"PLUGIN", "plug", "set", "preset2", "token"']
    for secret in ("t0k3n-value", "db-pa55", "plugin-pa55", "refresh-t0k3n", "pa55"):
        assert secret not in repr(raw)
    assert isinstance(again.preferences, DSSUserPreferences)
    assert again.preferences.ui_language == "ja" and again.preferences.daily_digests_emails is False
    assert isinstance(again.creation_date, datetime.datetime) and again.enabled is True

    # Saved back without the hidden values, DSS keeps them: the user's code still reads its secret.
    again.save()
    with user.get_client_as() as as_jane:
        secrets = (as_jane.get_auth_info(with_secrets=True))["secrets"]
    assert secrets == [{"key": "warehouse_token", "value": "t0k3n-value"}]

    again.remove_secret("warehouse_token")
    again.remove_connection_credential("warehouse")
    again.remove_plugin_credential("plug", "set", "preset", "param")
    again.save()
    final = (user.get_settings()).get_raw()
    assert final["secrets"] == [] and "warehouse" not in final["credentials"] and plugin_key not in final["credentials"]


def test_user_info_activity_and_the_authorization_matrix(client: DSSClient, reader_client: DSSClient) -> None:
    client.create_project("SALES", "Sales", "admin", permissions=[{"group": "readers", "readProjectContent": True}])
    info = reader_client.get_user("admin").get_info()  # any user may read this
    assert isinstance(info, DSSUserInfo)
    assert (info.login, info.groups, info.enabled) == ("admin", ["administrators"], True)
    activity = client.get_user("reader").get_activity()
    assert isinstance(activity, DSSUserActivity) and activity.login == "reader"
    assert activity.last_successful_login is None and activity.get_raw()["lastFailedLogin"] == 0
    activities = client.list_users_activity()
    assert sorted(a.login for a in activities) == ["admin", "reader"]

    matrix = client.get_authorization_matrix()
    assert isinstance(matrix, DSSAuthorizationMatrix)
    per_user = matrix.raw["perUser"]
    assert per_user["globalPermissions"]["admin"]["admin"] is True
    assert per_user["globalPermissions"]["reader"]["mayCreateProjects"] is False
    (sales,) = per_user["projectsGrants"]
    assert sales["grants"]["reader"]["readProjectContent"] is True
    assert sales["grants"]["reader"]["writeProjectContent"] is False
    assert matrix.raw["perGroup"]["projectsGrants"][0]["grants"]["readers"]["readProjectContent"] is True


def test_disabled_users_are_left_out_and_their_keys_refused(client: DSSClient, dss_emulator: Any) -> None:
    user = client.create_user("jdoe", "pw", groups=["readers"])
    key = client.create_personal_api_key_for_user("jdoe")
    with DSSClient(dss_emulator.url, key.key) as as_jdoe:
        assert (as_jdoe.get_auth_info())["authIdentifier"] == "jdoe"
        settings = user.get_settings()
        settings.enabled = False
        settings.save()
        assert [a.login for a in client.list_users_activity(enabled_users_only=True)] == ["admin", "reader"]
        with pytest.raises(AuthenticationError):
            as_jdoe.get_auth_info()


def test_groups_decide_what_their_members_may_do(client: DSSClient, dss_emulator: Any) -> None:
    group = client.create_group("analysts", "Business analysts")
    assert isinstance(group, DSSGroup)
    (body,) = sent_bodies(dss_emulator, "createGroup")
    assert body == {"name": "analysts", "description": "Business analysts", "sourceType": "LOCAL"}
    definition = group.get_definition()
    assert definition["name"] == "analysts" and definition["admin"] is False
    assert definition["mayCreateProjects"] is False
    client.create_user("jdoe", "pw", groups=["analysts"])
    with client.get_user("jdoe").get_client_as() as as_jdoe:
        with pytest.raises(PermissionDeniedError) as refused:
            as_jdoe.create_project("JANE", "Jane", "jdoe")
        assert refused.value.error_type == "java.lang.SecurityException"
        definition["mayCreateProjects"] = True
        group.set_definition(definition)
        as_jdoe.create_project("JANE", "Jane", "jdoe")  # the very next request sees the right
        assert as_jdoe.list_project_keys() == ["JANE"]

        definition["admin"] = True
        group.set_definition(definition)
        assert [u["login"] for u in as_jdoe.list_users()] == ["admin", "reader", "jdoe"]
        group.delete()  # members leave it, and lose what it gave
        with pytest.raises(PermissionDeniedError):
            as_jdoe.list_users()
    assert (client.get_user("jdoe").get_settings()).get_raw()["groups"] == []
    assert "analysts" not in [g["name"] for g in client.list_groups()]


def test_the_last_administrators_cannot_lose_their_rights(client: DSSClient) -> None:
    with pytest.raises(BadRequestError):
        client.get_group("administrators").delete()
    definition = client.get_group("administrators").get_definition()
    definition["admin"] = False
    with pytest.raises(BadRequestError):
        client.get_group("administrators").set_definition(definition)
    with pytest.raises(BadRequestError):
        client.get_user("admin").delete(allow_self_deletion=True)
    assert (client.get_group("administrators").get_definition())["admin"] is True


def test_refusals_are_typed_and_change_nothing(client: DSSClient) -> None:
    client.create_user("jdoe", "pw")
    with pytest.raises(ConflictError):
        client.create_user("jdoe", "other")
    with pytest.raises(BadRequestError):
        client.create_user("ghost", "pw", groups=["no_such_group"])
    with pytest.raises(BadRequestError):
        client.create_user("bad login", "pw")
    with pytest.raises(InvalidIdentifierError):
        client.create_user("..", "pw")
    with pytest.raises(ConflictError):
        client.create_group("readers")
    with pytest.raises(NotFoundError):
        client.get_user("ghost").get_settings()
    with pytest.raises(NotFoundError):
        client.get_group("ghost").get_definition()
    with pytest.raises(BadRequestError):
        client.get_user("admin").delete()  # oneself, without allow_self_deletion
    settings = client.get_user("jdoe").get_settings()
    settings.get_raw()["login"] = "renamed"
    with pytest.raises(BadRequestError):
        settings.save()
    assert sorted(u["login"] for u in client.list_users()) == ["admin", "jdoe", "reader"]


def test_delete_user_removes_it_and_its_keys(client: DSSClient) -> None:
    user = client.create_user("jdoe", "pw")
    client.create_personal_api_key_for_user("jdoe", "ci")
    user.delete()
    with pytest.raises(NotFoundError):
        user.get_info()
    assert [k.user for k in client.list_all_personal_api_keys()] == ["admin", "reader"]


def test_one_edits_ones_own_profile_but_not_ones_rights(reader_client: DSSClient) -> None:
    own = reader_client.get_own_user()
    settings = own.get_settings()
    assert isinstance(settings, DSSOwnUserSettings)
    assert settings.get_raw()["login"] == "reader" and "adminProperties" not in settings.get_raw()
    settings.user_properties["likes"] = "tea"
    settings.add_secret("api_token", "my-t0k3n")
    settings.set_basic_connection_credential("warehouse", "reader", "r-pa55")
    settings.get_raw()["displayName"] = "Rita Reader"
    settings.save()
    again = (own.get_settings()).get_raw()
    assert again["userProperties"] == {"likes": "tea"} and again["displayName"] == "Rita Reader"
    assert again["secrets"] == [{"name": "api_token", "secret": True}]
    assert (reader_client.get_auth_info(with_secrets=True))["secrets"] == [{"key": "api_token", "value": "my-t0k3n"}]

    for field, value in (("groups", ["administrators"]), ("userProfile", "DESIGNER"), ("enabled", False)):
        attempt = own.get_settings()
        attempt.get_raw()[field] = value
        with pytest.raises(PermissionDeniedError):
            attempt.save()
    assert (reader_client.get_auth_info())["groups"] == ["readers"]


def test_a_global_key_has_no_own_profile(client: DSSClient, dss_emulator: Any) -> None:
    key = client.create_global_api_key("robot")
    with DSSClient(dss_emulator.url, key.key) as robot:
        with pytest.raises(PermissionDeniedError):
            robot.get_own_user().get_settings()


def test_resync_is_a_future_failing_for_local_users(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory()
    with DSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        client.create_user("ldap_user", None, source_type="LDAP")
        future = client.get_user("ldap_user").start_resync_from_supplier()
        result = future.wait_for_result(timeout=10)
        assert result["error"] is False and "up to date" in result["messages"][0]["message"]
        local = client.get_user("reader").start_resync_from_supplier()
        with pytest.raises(FutureFailedError) as failed:
            local.wait_for_result(timeout=10)
        assert "LOCAL" in str(failed.value)


def test_deprecated_definitions_still_work_and_warn(client: DSSClient) -> None:
    user = client.create_user("jdoe", "pw")
    with pytest.warns(DeprecationWarning):
        definition = user.get_definition()
    definition["displayName"] = "Jane"
    with pytest.warns(DeprecationWarning):
        user.set_definition(definition)
    assert (user.get_info()).display_name == "Jane"


def test_get_client_as_acts_as_the_user_and_only_for_administrators(
    client: DSSClient, reader_client: DSSClient
) -> None:
    with client.get_user("reader").get_client_as() as as_reader:
        info = as_reader.get_auth_info()
        assert info["authIdentifier"] == "reader"
        with pytest.raises(PermissionDeniedError):
            as_reader.list_users()
    with reader_client.get_user("admin").get_client_as() as escalation:
        with pytest.raises(PermissionDeniedError):
            escalation.get_auth_info()
