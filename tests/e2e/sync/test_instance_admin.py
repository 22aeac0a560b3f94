# Derived from tests/e2e/aio/test_instance_admin.py by scripts/unasync.py: do not edit.
"""The instance end to end: variables, general settings and their impersonation rules, container images,
logs and the audit trail, usage, licensing, the sanity check, webapp authentication."""

from __future__ import annotations

import json
from typing import Any

import pytest

from dssclient import (
    AuthenticationError,
    BadRequestError,
    DSSClient,
    DSSFuture,
    FutureFailedError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.dss.admin import (
    DSSGeneralSettings,
    DSSGlobalUsageSummary,
    DSSGroupImpersonationRule,
    DSSInstanceVariables,
    DSSUserImpersonationRule,
)
from dssclient.dss.utils import DSSInfoMessage, DSSInfoMessages
from tests.conftest import FAST_POLLING, admin_key, sent_bodies


def test_instance_variables(client: DSSClient, dss_emulator: Any) -> None:
    variables = client.get_global_variables()
    assert isinstance(variables, DSSInstanceVariables) and dict(variables) == {}
    variables["env"] = "prod"
    variables["limits"] = {"rows": 10, "ratio": 0.5, "none": None}
    variables.save()
    assert dict(client.get_global_variables()) == {"env": "prod", "limits": {"rows": 10, "ratio": 0.5}}
    with pytest.warns(DeprecationWarning):
        client.set_variables({"env": "dev"})  # replaces them all
    with pytest.warns(DeprecationWarning):
        assert dict(client.get_variables()) == {"env": "dev"}
    assert sent_bodies(dss_emulator, "setGlobalVariables")[-1] == {"env": "dev"}


def test_resolved_variables_layer_instance_project_and_local(
    client: DSSClient, reader_client: DSSClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    variables = client.get_global_variables()
    variables.update({"env": "prod", "rows": 10, "shared": True})
    variables.save()
    project = client.create_project("P", "P", "admin")
    project.set_variables({"standard": {"rows": 20, "owner": "team"}, "local": {"env": "dev"}})
    typed = client.get_resolved_variables("P", typed=True)
    assert typed == {"env": "dev", "rows": 20, "shared": True, "owner": "team"}
    assert client.get_resolved_variables("P") == {"env": "dev", "rows": "20", "shared": "true", "owner": "team"}
    monkeypatch.setenv("DKU_CURRENT_PROJECT_KEY", "P")
    assert client.get_resolved_variables(typed=True) == typed
    monkeypatch.delenv("DKU_CURRENT_PROJECT_KEY")
    with pytest.raises(ValueError):
        client.get_resolved_variables()
    with pytest.raises(PermissionDeniedError):
        reader_client.get_resolved_variables("P")  # a project the reader cannot read


def test_general_settings_and_impersonation_rules(client: DSSClient) -> None:
    settings = client.get_general_settings()
    assert isinstance(settings, DSSGeneralSettings)
    assert settings.get_impersonation_rules() == []
    settings.add_impersonation_rule(DSSUserImpersonationRule().scope_project("ML").user_single("jdoe", "u_jdoe"))
    settings.add_impersonation_rule(DSSUserImpersonationRule().user_regexp("(.*)@corp", "$1", "h_$1"))
    settings.add_impersonation_rule(DSSGroupImpersonationRule().group_single("analysts", "u_analysts"))
    settings.add_impersonation_rule({"type": "IDENTITY"}, is_user_rule=False)
    settings.add_impersonation_rule(DSSUserImpersonationRule().scope_global().user_identity())
    settings.save()

    again = client.get_general_settings()
    rules = again.get_impersonation_rules()
    assert [type(r).__name__ for r in rules] == [
        "DSSUserImpersonationRule",
        "DSSUserImpersonationRule",
        "DSSUserImpersonationRule",
        "DSSGroupImpersonationRule",
        "DSSGroupImpersonationRule",
    ]
    # As in the official client, a user filter does not filter group rules: ask for user rules.
    assert len(again.get_impersonation_rules(dss_user="jdoe")) == 3
    (jdoe,) = again.get_impersonation_rules(dss_user="jdoe", is_user=True)
    assert jdoe.raw == {
        "scope": "PROJECT",
        "type": "SINGLE_MAPPING",
        "projectKey": "ML",
        "dssUser": "jdoe",
        "targetUnix": "u_jdoe",
    }  # targetHadoop None: dropped like every null
    assert [r.raw["ruleFrom"] for r in again.get_impersonation_rules(rule_type="REGEXP_RULE")] == ["(.*)@corp"]
    assert len(again.get_impersonation_rules(is_user=False)) == 2
    assert len(again.get_impersonation_rules(unix_user="u_analysts")) == 1
    assert again.get_impersonation_rules(scope="PROJECT", project_key="ML", is_user=True)[0].raw["dssUser"] == "jdoe"
    again.get_impersonation_rules(dss_group="analysts", is_user=False)[0].raw["targetUnix"] = (
        "u_team"  # the stored dict itself
    )
    again.remove_impersonation_rules(dss_user="jdoe", is_user=True)
    again.remove_impersonation_rules(rule_type="IDENTITY", is_user=False)
    again.save()
    final = client.get_general_settings()
    assert [
        r.raw.get("dssUser") or r.raw.get("ruleFrom") or r.raw.get("dssGroup") for r in final.get_impersonation_rules()
    ] == [
        "(.*)@corp",
        None,
        "analysts",
    ]
    assert final.get_impersonation_rules(dss_group="analysts", is_user=False)[0].raw["targetUnix"] == "u_team"


def test_general_settings_keep_secrets_encrypted_and_define_the_container_confs(client: DSSClient) -> None:
    settings = client.get_general_settings()
    settings.get_raw()["ldapSettings"]["bindPassword"] = "ld4p-pw"
    settings.get_raw()["customSection"] = {"unknown": [1, None, "é"]}
    settings.get_raw()["containerSettings"]["executionConfigs"] = [{"name": "gpu", "type": "KUBERNETES"}]
    settings.save()
    again = client.get_general_settings()
    encrypted = again.get_raw()["ldapSettings"]["bindPassword"]
    assert encrypted.startswith("e:AES:") and "ld4p-pw" not in json.dumps(again.get_raw())
    assert again.get_raw()["customSection"] == {"unknown": [1, None, "é"]}
    again.save()  # saved back encrypted: kept
    assert (client.get_general_settings()).get_raw()["ldapSettings"]["bindPassword"] == encrypted
    # Code studio templates are built for the configurations the settings define.
    template = client.get_code_studio_template("vscode")
    template_settings = template.get_settings()
    template_settings.set_built_container_confs(all=True)
    template_settings.save()
    item = next(t for t in client.list_code_studio_templates() if t.id == "vscode")
    assert item.build_for_configs == ["gpu"]


def test_container_images_and_namespace_policies(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(build_seconds=0.02)
    with DSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        future = client.push_base_images()
        assert isinstance(future, DSSFuture)
        pushed = future.wait_for_result(timeout=10)
        assert [m["message"] for m in pushed["messages"]] == [
            "Pushed the base image for k8s-small",
            "Pushed the base image for k8s-large",
        ]
        applied = (client.apply_kubernetes_namespaces_policies()).wait_for_result(timeout=10)
        assert applied["success"] is True and len(applied["messages"]) == 2
        settings = client.get_general_settings()
        state = settings.push_container_exec_base_images()
        assert state["jobId"]
        settings.get_raw()["containerSettings"]["executionConfigs"] = []
        settings.save()
        with pytest.raises(FutureFailedError):
            (client.push_base_images()).wait_for_result(timeout=10)
        with pytest.raises(FutureFailedError):
            (client.apply_kubernetes_namespaces_policies()).wait_for_result(timeout=10)


def test_logs_and_the_audit_trail(client: DSSClient, reader_client: DSSClient) -> None:
    client.create_user("jdoe", "Pa55-w0rd-xyz")
    client.log_custom_audit("deployment", {"version": "1.2", "ok": True})
    reader_client.log_custom_audit("reader-event")
    listed = client.list_logs()
    assert [log["name"] for log in listed["logs"]] == ["backend.log", "audit.log"]
    assert all(log["totalSize"] > 0 and log["lastModified"] > 0 for log in listed["logs"])
    backend = client.get_log("backend.log")
    assert "Created user jdoe (by admin)" in backend
    entries = [json.loads(line)["message"] for line in (client.get_log("audit.log")).splitlines()]
    assert [(e["msgType"], e.get("login")) for e in entries if e["msgType"] == "user-create"] == [
        ("user-create", "jdoe")
    ]
    custom = [e for e in entries if e["msgType"] == "application-custom"]
    assert [(e["customMsgType"], e["customMsgParams"], e["authUser"]) for e in custom] == [
        ("deployment", {"version": "1.2", "ok": True}, "admin"),
        ("reader-event", {}, "reader"),
    ]
    with pytest.raises(NotFoundError):
        client.get_log("nope.log")
    assert "Pa55-w0rd-xyz" not in backend + client.get_log("audit.log")  # nor does a password


def test_usage_summary_counts_what_exists(client: DSSClient) -> None:
    empty = client.get_global_usage_summary()
    assert (
        isinstance(empty, DSSGlobalUsageSummary) and empty.projects_count == 0 and "projectSummaries" not in empty.raw
    )
    project = client.create_project("P", "P", "admin")
    project.create_dataset("a", "Inline")
    project.create_dataset("b", "Filesystem", params={"connection": "filesystem_managed", "path": "x"})
    client.create_project("Q", "Q", "admin")
    summary = client.get_global_usage_summary(with_per_project=True)
    assert (summary.projects_count, summary.total_datasets_count) == (2, 2)
    assert summary.raw["datasets"]["datasetsByType"] == {"Inline": 1, "Filesystem": 1}
    assert (summary.total_recipes_count, summary.total_scenarios_count) == (0, 0)
    assert (summary.total_jupyter_notebooks_count, summary.total_sql_notebooks_count) == (0, 0)
    assert summary.total_active_with_trigger_scenarios_count == 0
    assert [(p["projectKey"], p["datasets"]["all"]) for p in summary.raw["projectSummaries"]] == [("P", 2), ("Q", 0)]


def test_licensing(client: DSSClient, dss_emulator: Any) -> None:
    status = client.get_licensing_status()
    assert (status["valid"], status["expired"]) == (True, False)
    assert status["userProfiles"] == {"DESIGNER": 1, "READER": 1}
    licence = {
        "content": {"licensee": {"company": "ACME"}, "expiresOn": "2000-01-01", "profileLimits": {"READER": 5}},
        "signature": "c2ln",
    }
    client.set_license(json.dumps(licence))
    assert sent_bodies(dss_emulator, "setLicense") == [licence]
    status = client.get_licensing_status()
    assert (status["valid"], status["expired"]) == (False, True)
    assert status["base"]["licenseContent"]["licensee"] == {"company": "ACME"}
    assert status["base"]["profileLimits"] == {"READER": {"licensed": {"profile": "READER", "licensedLimit": 5}}}
    with pytest.raises(ValueError):
        client.set_license("not json")
    with pytest.raises(BadRequestError):
        client.set_license(json.dumps({"content": {"expiresOn": "someday"}}))
    assert (client.get_licensing_status())["base"]["licenseContent"]["licensee"] == {"company": "ACME"}


def test_sanity_check_reports_real_problems(client: DSSClient) -> None:
    codes = client.get_sanity_check_codes()
    assert "INSTANCE_SANITY_CHECK_PROJECT_OWNER_MISSING" in codes
    clean = client.perform_instance_sanity_check()
    assert isinstance(clean, DSSInfoMessages) and clean.messages == [] and clean.has_messages is False

    client.create_user("owner", "pw")
    client.create_project("ORPHAN", "Orphan", "owner")
    client.get_user("owner").delete()
    client.create_group("temp")
    client.create_connection("c", "PostgreSQL", usable_by="ALLOWED", allowed_groups=["temp"])
    client.get_group("temp").delete()
    client.set_license(json.dumps({"content": {"expiresOn": "2000-01-01"}}))
    check = client.perform_instance_sanity_check()
    found = {m.code: m for m in check.messages}
    assert set(found) == {
        "INSTANCE_SANITY_CHECK_PROJECT_OWNER_MISSING",
        "INSTANCE_SANITY_CHECK_CONNECTION_UNKNOWN_GROUP",
        "INSTANCE_SANITY_CHECK_LICENSE_EXPIRED",
    }
    orphan = found["INSTANCE_SANITY_CHECK_PROJECT_OWNER_MISSING"]
    assert isinstance(orphan, DSSInfoMessage) and orphan.severity == "ERROR" and "ORPHAN" in (orphan.details or "")
    assert str(orphan).startswith("ERROR - Project owned by a deleted user - ")
    assert (check.has_error, check.has_warning, check.max_severity, check.has_messages) == (True, True, "ERROR", True)
    future = client.perform_instance_sanity_check(
        ["INSTANCE_SANITY_CHECK_LICENSE_EXPIRED", "INSTANCE_SANITY_CHECK_PROJECT_OWNER_MISSING"], wait=False
    )
    assert isinstance(future, DSSFuture)
    partial = future.wait_for_result(timeout=10)
    assert [m.code for m in partial.messages] == ["INSTANCE_SANITY_CHECK_CONNECTION_UNKNOWN_GROUP"]
    assert partial.has_error is False and partial.max_severity == "WARNING"


def test_webapp_backends_identify_browsers_and_get_tickets(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(tickets={"session-of-reader": "reader", "session-of-admin": "admin"})
    reader_headers = {"X-DKU-APITicket": "session-of-reader", "Accept": "text/html"}
    with DSSClient(emulator.url, admin_key(emulator)) as client:
        assert (client.get_user("reader").get_activity()).last_successful_login is None
        info = client.get_auth_info_from_browser_headers(reader_headers)
        assert (info["authIdentifier"], info["groups"]) == ("reader", ["readers"]) and "secrets" not in info
        own = client.get_user("reader").get_settings()
        own.add_secret("token", "t0k")
        own.save()
        with_secrets = client.get_auth_info_from_browser_headers(reader_headers, with_secrets=True)
        assert with_secrets["secrets"] == [{"key": "token", "value": "t0k"}]
        by_key = client.get_auth_info_from_browser_headers({"authorization": "Bearer " + admin_key(emulator)})
        assert by_key["authIdentifier"] == "admin"

        ticket = client.get_ticket_from_browser_headers(reader_headers)
        with DSSClient(emulator.url, internal_ticket=ticket) as as_reader:
            assert (as_reader.get_auth_info())["authIdentifier"] == "reader"
        assert (client.get_user("reader").get_activity()).last_successful_login is not None
        with pytest.raises(AuthenticationError):
            client.get_auth_info_from_browser_headers({"Accept": "text/html"})
        with pytest.raises(AuthenticationError):
            client.get_ticket_from_browser_headers({"X-DKU-APITicket": "forged"})

        # A webapp's group may be allowed to obtain tickets for some groups' users.
        client.create_group("webapps")
        client.create_user("webapp", "pw", groups=["webapps"])
        with client.get_user("webapp").get_client_as() as webapp:
            with pytest.raises(PermissionDeniedError):
                webapp.get_ticket_from_browser_headers(reader_headers)
            group = client.get_group("webapps").get_definition()
            group["canObtainAPITicketFromCookiesForGroupsRegex"] = "read.*"
            client.get_group("webapps").set_definition(group)
            assert webapp.get_ticket_from_browser_headers(reader_headers)
            with pytest.raises(PermissionDeniedError):
                webapp.get_ticket_from_browser_headers({"X-DKU-APITicket": "session-of-admin"})
