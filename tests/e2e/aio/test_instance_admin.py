"""The instance end to end: variables, general settings and their impersonation rules, container images,
logs and the audit trail, usage, licensing, the sanity check, webapp authentication."""

from __future__ import annotations

import json
from typing import Any

import pytest

from dssclient import (
    AsyncDSSClient,
    AsyncDSSFuture,
    AuthenticationError,
    BadRequestError,
    FutureFailedError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.aio.dss.admin import (
    AsyncDSSGeneralSettings,
    AsyncDSSInstanceVariables,
    DSSGlobalUsageSummary,
    DSSGroupImpersonationRule,
    DSSUserImpersonationRule,
)
from dssclient.dss.utils import DSSInfoMessage, DSSInfoMessages
from tests.conftest import FAST_POLLING, admin_key, sent_bodies

pytestmark = pytest.mark.anyio  # unasync: remove


async def test_instance_variables(client: AsyncDSSClient, dss_emulator: Any) -> None:
    variables = await client.get_global_variables()
    assert isinstance(variables, AsyncDSSInstanceVariables) and dict(variables) == {}
    variables["env"] = "prod"
    variables["limits"] = {"rows": 10, "ratio": 0.5, "none": None}
    await variables.save()
    assert dict(await client.get_global_variables()) == {"env": "prod", "limits": {"rows": 10, "ratio": 0.5}}
    with pytest.warns(DeprecationWarning):
        await client.set_variables({"env": "dev"})  # replaces them all
    with pytest.warns(DeprecationWarning):
        assert dict(await client.get_variables()) == {"env": "dev"}
    assert sent_bodies(dss_emulator, "setGlobalVariables")[-1] == {"env": "dev"}


async def test_resolved_variables_layer_instance_project_and_local(
    client: AsyncDSSClient, reader_client: AsyncDSSClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    variables = await client.get_global_variables()
    variables.update({"env": "prod", "rows": 10, "shared": True})
    await variables.save()
    project = await client.create_project("P", "P", "admin")
    await project.set_variables({"standard": {"rows": 20, "owner": "team"}, "local": {"env": "dev"}})
    typed = await client.get_resolved_variables("P", typed=True)
    assert typed == {"env": "dev", "rows": 20, "shared": True, "owner": "team"}
    assert await client.get_resolved_variables("P") == {"env": "dev", "rows": "20", "shared": "true", "owner": "team"}
    monkeypatch.setenv("DKU_CURRENT_PROJECT_KEY", "P")
    assert await client.get_resolved_variables(typed=True) == typed
    monkeypatch.delenv("DKU_CURRENT_PROJECT_KEY")
    with pytest.raises(ValueError):
        await client.get_resolved_variables()
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_resolved_variables("P")  # a project the reader cannot read


async def test_general_settings_and_impersonation_rules(client: AsyncDSSClient) -> None:
    settings = await client.get_general_settings()
    assert isinstance(settings, AsyncDSSGeneralSettings)
    assert settings.get_impersonation_rules() == []
    settings.add_impersonation_rule(DSSUserImpersonationRule().scope_project("ML").user_single("jdoe", "u_jdoe"))
    settings.add_impersonation_rule(DSSUserImpersonationRule().user_regexp("(.*)@corp", "$1", "h_$1"))
    settings.add_impersonation_rule(DSSGroupImpersonationRule().group_single("analysts", "u_analysts"))
    settings.add_impersonation_rule({"type": "IDENTITY"}, is_user_rule=False)
    settings.add_impersonation_rule(DSSUserImpersonationRule().scope_global().user_identity())
    await settings.save()

    again = await client.get_general_settings()
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
    await again.save()
    final = await client.get_general_settings()
    assert [
        r.raw.get("dssUser") or r.raw.get("ruleFrom") or r.raw.get("dssGroup") for r in final.get_impersonation_rules()
    ] == [
        "(.*)@corp",
        None,
        "analysts",
    ]
    assert final.get_impersonation_rules(dss_group="analysts", is_user=False)[0].raw["targetUnix"] == "u_team"


async def test_general_settings_keep_secrets_encrypted_and_define_the_container_confs(client: AsyncDSSClient) -> None:
    settings = await client.get_general_settings()
    settings.get_raw()["ldapSettings"]["bindPassword"] = "ld4p-pw"
    settings.get_raw()["customSection"] = {"unknown": [1, None, "é"]}
    settings.get_raw()["containerSettings"]["executionConfigs"] = [{"name": "gpu", "type": "KUBERNETES"}]
    await settings.save()
    again = await client.get_general_settings()
    encrypted = again.get_raw()["ldapSettings"]["bindPassword"]
    assert encrypted.startswith("e:AES:") and "ld4p-pw" not in json.dumps(again.get_raw())
    assert again.get_raw()["customSection"] == {"unknown": [1, None, "é"]}
    await again.save()  # saved back encrypted: kept
    assert (await client.get_general_settings()).get_raw()["ldapSettings"]["bindPassword"] == encrypted
    # Code studio templates are built for the configurations the settings define.
    template = client.get_code_studio_template("vscode")
    template_settings = await template.get_settings()
    template_settings.set_built_container_confs(all=True)
    await template_settings.save()
    item = next(t for t in await client.list_code_studio_templates() if t.id == "vscode")
    assert item.build_for_configs == ["gpu"]


async def test_container_images_and_namespace_policies(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(build_seconds=0.02)
    async with AsyncDSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        future = await client.push_base_images()
        assert isinstance(future, AsyncDSSFuture)
        pushed = await future.wait_for_result(timeout=10)
        assert [m["message"] for m in pushed["messages"]] == [
            "Pushed the base image for k8s-small",
            "Pushed the base image for k8s-large",
        ]
        applied = await (await client.apply_kubernetes_namespaces_policies()).wait_for_result(timeout=10)
        assert applied["success"] is True and len(applied["messages"]) == 2
        settings = await client.get_general_settings()
        state = await settings.push_container_exec_base_images()
        assert state["jobId"]
        settings.get_raw()["containerSettings"]["executionConfigs"] = []
        await settings.save()
        with pytest.raises(FutureFailedError):
            await (await client.push_base_images()).wait_for_result(timeout=10)
        with pytest.raises(FutureFailedError):
            await (await client.apply_kubernetes_namespaces_policies()).wait_for_result(timeout=10)


async def test_logs_and_the_audit_trail(client: AsyncDSSClient, reader_client: AsyncDSSClient) -> None:
    await client.create_user("jdoe", "Pa55-w0rd-xyz")
    await client.log_custom_audit("deployment", {"version": "1.2", "ok": True})
    await reader_client.log_custom_audit("reader-event")
    listed = await client.list_logs()
    assert [log["name"] for log in listed["logs"]] == ["backend.log", "audit.log"]
    assert all(log["totalSize"] > 0 and log["lastModified"] > 0 for log in listed["logs"])
    backend = await client.get_log("backend.log")
    assert "Created user jdoe (by admin)" in backend
    entries = [json.loads(line)["message"] for line in (await client.get_log("audit.log")).splitlines()]
    assert [(e["msgType"], e.get("login")) for e in entries if e["msgType"] == "user-create"] == [
        ("user-create", "jdoe")
    ]
    custom = [e for e in entries if e["msgType"] == "application-custom"]
    assert [(e["customMsgType"], e["customMsgParams"], e["authUser"]) for e in custom] == [
        ("deployment", {"version": "1.2", "ok": True}, "admin"),
        ("reader-event", {}, "reader"),
    ]
    with pytest.raises(NotFoundError):
        await client.get_log("nope.log")
    assert "Pa55-w0rd-xyz" not in backend + await client.get_log("audit.log")  # nor does a password


async def test_usage_summary_counts_what_exists(client: AsyncDSSClient) -> None:
    empty = await client.get_global_usage_summary()
    assert (
        isinstance(empty, DSSGlobalUsageSummary) and empty.projects_count == 0 and "projectSummaries" not in empty.raw
    )
    project = await client.create_project("P", "P", "admin")
    await project.create_dataset("a", "Inline")
    await project.create_dataset("b", "Filesystem", params={"connection": "filesystem_managed", "path": "x"})
    await client.create_project("Q", "Q", "admin")
    summary = await client.get_global_usage_summary(with_per_project=True)
    assert (summary.projects_count, summary.total_datasets_count) == (2, 2)
    assert summary.raw["datasets"]["datasetsByType"] == {"Inline": 1, "Filesystem": 1}
    assert (summary.total_recipes_count, summary.total_scenarios_count) == (0, 0)
    assert (summary.total_jupyter_notebooks_count, summary.total_sql_notebooks_count) == (0, 0)
    assert summary.total_active_with_trigger_scenarios_count == 0
    assert [(p["projectKey"], p["datasets"]["all"]) for p in summary.raw["projectSummaries"]] == [("P", 2), ("Q", 0)]


async def test_licensing(client: AsyncDSSClient, dss_emulator: Any) -> None:
    status = await client.get_licensing_status()
    assert (status["valid"], status["expired"]) == (True, False)
    assert status["userProfiles"] == {"DESIGNER": 1, "READER": 1}
    licence = {
        "content": {"licensee": {"company": "ACME"}, "expiresOn": "2000-01-01", "profileLimits": {"READER": 5}},
        "signature": "c2ln",
    }
    await client.set_license(json.dumps(licence))
    assert sent_bodies(dss_emulator, "setLicense") == [licence]
    status = await client.get_licensing_status()
    assert (status["valid"], status["expired"]) == (False, True)
    assert status["base"]["licenseContent"]["licensee"] == {"company": "ACME"}
    assert status["base"]["profileLimits"] == {"READER": {"licensed": {"profile": "READER", "licensedLimit": 5}}}
    with pytest.raises(ValueError):
        await client.set_license("not json")
    with pytest.raises(BadRequestError):
        await client.set_license(json.dumps({"content": {"expiresOn": "someday"}}))
    assert (await client.get_licensing_status())["base"]["licenseContent"]["licensee"] == {"company": "ACME"}


async def test_sanity_check_reports_real_problems(client: AsyncDSSClient) -> None:
    codes = await client.get_sanity_check_codes()
    assert "INSTANCE_SANITY_CHECK_PROJECT_OWNER_MISSING" in codes
    clean = await client.perform_instance_sanity_check()
    assert isinstance(clean, DSSInfoMessages) and clean.messages == [] and clean.has_messages is False

    await client.create_user("owner", "pw")
    await client.create_project("ORPHAN", "Orphan", "owner")
    await client.get_user("owner").delete()
    await client.create_group("temp")
    await client.create_connection("c", "PostgreSQL", usable_by="ALLOWED", allowed_groups=["temp"])
    await client.get_group("temp").delete()
    await client.set_license(json.dumps({"content": {"expiresOn": "2000-01-01"}}))
    check = await client.perform_instance_sanity_check()
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
    future = await client.perform_instance_sanity_check(
        ["INSTANCE_SANITY_CHECK_LICENSE_EXPIRED", "INSTANCE_SANITY_CHECK_PROJECT_OWNER_MISSING"], wait=False
    )
    assert isinstance(future, AsyncDSSFuture)
    partial = await future.wait_for_result(timeout=10)
    assert [m.code for m in partial.messages] == ["INSTANCE_SANITY_CHECK_CONNECTION_UNKNOWN_GROUP"]
    assert partial.has_error is False and partial.max_severity == "WARNING"


async def test_webapp_backends_identify_browsers_and_get_tickets(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(tickets={"session-of-reader": "reader", "session-of-admin": "admin"})
    reader_headers = {"X-DKU-APITicket": "session-of-reader", "Accept": "text/html"}
    async with AsyncDSSClient(emulator.url, admin_key(emulator)) as client:
        assert (await client.get_user("reader").get_activity()).last_successful_login is None
        info = await client.get_auth_info_from_browser_headers(reader_headers)
        assert (info["authIdentifier"], info["groups"]) == ("reader", ["readers"]) and "secrets" not in info
        own = await client.get_user("reader").get_settings()
        own.add_secret("token", "t0k")
        await own.save()
        with_secrets = await client.get_auth_info_from_browser_headers(reader_headers, with_secrets=True)
        assert with_secrets["secrets"] == [{"key": "token", "value": "t0k"}]
        by_key = await client.get_auth_info_from_browser_headers({"authorization": "Bearer " + admin_key(emulator)})
        assert by_key["authIdentifier"] == "admin"

        ticket = await client.get_ticket_from_browser_headers(reader_headers)
        async with AsyncDSSClient(emulator.url, internal_ticket=ticket) as as_reader:
            assert (await as_reader.get_auth_info())["authIdentifier"] == "reader"
        assert (await client.get_user("reader").get_activity()).last_successful_login is not None
        with pytest.raises(AuthenticationError):
            await client.get_auth_info_from_browser_headers({"Accept": "text/html"})
        with pytest.raises(AuthenticationError):
            await client.get_ticket_from_browser_headers({"X-DKU-APITicket": "forged"})

        # A webapp's group may be allowed to obtain tickets for some groups' users.
        await client.create_group("webapps")
        await client.create_user("webapp", "pw", groups=["webapps"])
        async with client.get_user("webapp").get_client_as() as webapp:
            with pytest.raises(PermissionDeniedError):
                await webapp.get_ticket_from_browser_headers(reader_headers)
            group = await client.get_group("webapps").get_definition()
            group["canObtainAPITicketFromCookiesForGroupsRegex"] = "read.*"
            await client.get_group("webapps").set_definition(group)
            assert await webapp.get_ticket_from_browser_headers(reader_headers)
            with pytest.raises(PermissionDeniedError):
                await webapp.get_ticket_from_browser_headers({"X-DKU-APITicket": "session-of-admin"})
