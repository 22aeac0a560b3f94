"""The instance: variables, general settings, container images, logs and audit, usage, licensing,
the sanity check, and the identity of webapp callers from their browser headers."""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Mapping
from typing import Any

from dssclient._json import is_mapping

from ..auth import authenticate_headers
from ..context import RequestContext
from ..errors import CODED, NOT_AUTHENTICATED, DSSError, bad_request, forbidden
from ..futures import TaskControl
from ..models.code_envs import CodeEnvsModel
from ..models.connections import ConnectionsModel
from ..state import User
from ._admin import codec, instance, messages, record, run_task
from ._common import readable_project
from ._registry import handles

# The checks of the sanity check: code -> (severity, title).
SANITY_CHECKS = {
    "INSTANCE_SANITY_CHECK_LICENSE_EXPIRED": ("ERROR", "Licence expired"),
    "INSTANCE_SANITY_CHECK_PROFILE_LIMIT_EXCEEDED": ("WARNING", "More users than licensed"),
    "INSTANCE_SANITY_CHECK_PROJECT_OWNER_MISSING": ("ERROR", "Project owned by a deleted user"),
    "INSTANCE_SANITY_CHECK_CONNECTION_UNKNOWN_GROUP": ("WARNING", "Connection names a deleted group"),
    "INSTANCE_SANITY_CHECK_CODE_ENV_NOT_BUILT": ("WARNING", "Code env not built"),
    "INSTANCE_SANITY_CHECK_NO_CONTAINER_CONFIG": ("INFO", "No containerized execution configuration"),
}


@handles("getGlobalVariables")
def get_global_variables(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return copy.deepcopy(instance(ctx).variables)


@handles("setGlobalVariables")
def set_global_variables(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        instance(ctx).variables = copy.deepcopy(ctx.body)
    record(ctx, "instance-variables-edit", "Saved the instance variables", {}, "dku.variables")


@handles("getResolvedVariables")
def get_resolved_variables(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project = readable_project(ctx, ctx.path["projectKey"])
        resolved = copy.deepcopy(instance(ctx).variables)
        for part in ("standard", "local"):
            values = project.variables.get(part)
            if is_mapping(values):
                resolved.update(copy.deepcopy(dict(values)))
    if ctx.query["typed"]:
        return resolved
    return {name: value if isinstance(value, str) else json.dumps(value) for name, value in resolved.items()}


@handles("getGeneralSettings")
def get_general_settings(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        hidden: dict[str, Any] = codec(ctx).hidden(instance(ctx).general_settings)
        return hidden


@handles("saveGeneralSettings")
def save_general_settings(ctx: RequestContext) -> None:
    state = ctx.services.state
    with state.lock:
        settings = codec(ctx).decrypted(ctx.body)
        model = instance(ctx)
        model.general_settings = settings
        # The containerized execution configurations are the ones these settings define.
        state.container_confs = [c["name"] for c in model.container_exec_configs()]
    record(ctx, "general-settings-edit", "Saved the general settings", {}, "dku.settings")


@handles("pushBaseImages")
def push_base_images(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        model = instance(ctx)
        targets = [c["name"] for c in model.container_exec_configs()]
        targets += [f"spark:{c.get('name')}" for c in model.spark_exec_configs() if isinstance(c.get("name"), str)]
    seconds = ctx.services.config.build_seconds

    def work(control: TaskControl) -> dict[str, Any]:
        if not targets:
            raise DSSError(500, CODED, "No containerized execution configuration is defined: nothing to push to")
        for done, target in enumerate(targets):
            control.set_progress(
                [{"name": f"Pushing base image for {target}", "unit": "NONE", "cur": done, "target": len(targets)}]
            )
            control.sleep(seconds / len(targets))
        return messages([("SUCCESS", f"Pushed the base image for {target}") for target in targets])

    record(ctx, "container-push-base-images", "Pushing the base images", {"configs": targets}, "dku.containers")
    result: dict[str, Any] = run_task(ctx, "Push base images", {"configs": targets}, work, wait=False)
    return result


@handles("applyKubernetesPolicies")
def apply_kubernetes_policies(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        configs = [
            (c["name"], str(c.get("kubernetesNamespace") or "default"))
            for c in instance(ctx).container_exec_configs("KUBERNETES")
        ]

    def work(control: TaskControl) -> dict[str, Any]:
        control.check_abort()
        if not configs:
            raise DSSError(500, CODED, "No Kubernetes execution configuration is defined: no namespace to apply to")
        return messages([("SUCCESS", f"Applied the policies of namespace {ns} ({name})") for name, ns in configs])

    result: dict[str, Any] = run_task(ctx, "Apply Kubernetes namespaces policies", {}, work, wait=False)
    return result


@handles("listLogs")
def list_logs(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return {"logs": instance(ctx).log_summaries()}


@handles("getLog")
def get_log(ctx: RequestContext) -> str:
    with ctx.services.state.lock:
        return instance(ctx).log_text(ctx.path["logName"])


@handles("logCustomAudit")
def log_custom_audit(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        params = {"customMsgType": ctx.path["customType"], "customMsgParams": copy.deepcopy(ctx.body)}
        instance(ctx).audit(ctx.user.login, ctx.caller.auth_source, "application-custom", params)


@handles("getGlobalUsageSummary")
def get_global_usage_summary(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        per_project = [
            _project_counts(p.key, [d.definition for d in p.datasets.values()]) for p in state.projects.values()
        ]
    summary: dict[str, Any] = {
        "projects": len(per_project),
        "datasets": _merged([p["datasets"] for p in per_project], "datasetsByType"),
        "recipes": {"all": 0, "recipesByType": {}},
        "notebooks": {"nbJupyterNotebooks": 0, "nbSqlNotebooks": 0},
        "scenarios": {"all": 0, "activeWithTriggers": 0},
    }
    if ctx.query["withPerProject"]:
        summary["projectSummaries"] = per_project
    return summary


@handles("getLicensingStatus")
def get_licensing_status(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return instance(ctx).licensing_status()


@handles("setLicense")
def set_license(ctx: RequestContext) -> None:
    with ctx.services.state.lock:
        instance(ctx).set_license(ctx.body_fields)
    record(ctx, "license-set", "Installed a new licence", {}, "dku.licensing")


@handles("runSanityCheck")
def run_sanity_check(ctx: RequestContext) -> dict[str, Any]:
    excluded = {code for code in ctx.body_fields if isinstance(code, str)}
    with ctx.services.state.lock:
        found = [finding for finding in _sanity_findings(ctx) if finding[0] not in excluded]

    def work(control: TaskControl) -> dict[str, Any]:
        control.check_abort()
        return _findings_as_messages(found)

    payload = {"exclusions": sorted(excluded)}
    result: dict[str, Any] = run_task(ctx, "Instance sanity check", payload, work, wait=False)
    return result


@handles("getSanityCheckCodes")
def get_sanity_check_codes(ctx: RequestContext) -> list[str]:
    return list(SANITY_CHECKS)


@handles("getAuthInfoFromBrowserHeaders")
def get_auth_info_from_browser_headers(ctx: RequestContext) -> dict[str, Any]:
    user, source = _identity_from_headers(ctx)
    with ctx.services.state.lock:
        info: dict[str, Any] = {
            "authIdentifier": user.login,
            "authSource": source,
            "groups": list(user.groups),
            "userProfile": user.profile,
        }
        if ctx.query["withSecrets"] and user.global_key_id is None:
            info["secrets"] = copy.deepcopy(user.secrets)
        if user.global_key_id is None:
            instance(ctx).saw_session(user.login, logged_in=False)
    return info


@handles("getTicketFromBrowserHeaders")
def get_ticket_from_browser_headers(ctx: RequestContext) -> dict[str, Any]:
    user, _ = _identity_from_headers(ctx)
    if user.global_key_id is not None:
        raise bad_request("These headers authenticate a global API key, not a user: there is no ticket to give")
    state = ctx.services.state
    with state.lock:
        if not _may_obtain_ticket_for(ctx, user):
            raise forbidden(f"You may not obtain API tickets for user {user.login}")
        ticket = state.issue_ticket(user.login)
        instance(ctx).saw_session(user.login, logged_in=True)
    record(ctx, "auth-ticket-from-headers", f"Gave an API ticket for {user.login}", {"login": user.login}, "dku.auth")
    return {"msg": ticket}


class _HeaderView:
    """The headers of a browser's request, looked up case-insensitively."""

    def __init__(self, headers: Mapping[str, Any]) -> None:
        self._headers = {str(k).lower(): v for k, v in headers.items() if isinstance(v, str)}

    def get(self, name: str, default: None = None) -> str | None:
        return self._headers.get(name.lower(), default)


def _identity_from_headers(ctx: RequestContext) -> tuple[User, str]:
    caller = authenticate_headers(ctx.services.state, _HeaderView(ctx.body_fields))
    if caller is None:
        raise DSSError(401, NOT_AUTHENTICATED, "The given headers authenticate no DSS user")
    return caller.user, caller.auth_source


def _may_obtain_ticket_for(ctx: RequestContext, user: User) -> bool:
    caller = ctx.user
    if caller.admin or caller.login == user.login:
        return True
    state = ctx.services.state
    for group_name in caller.groups:
        pattern = state.groups.get(group_name, {}).get("canObtainAPITicketFromCookiesForGroupsRegex")
        if isinstance(pattern, str) and pattern:
            if any(re.fullmatch(pattern, target) for target in user.groups):
                return True
    return False


def _sanity_findings(ctx: RequestContext) -> list[tuple[str, str]]:
    """(code, details) of each problem found on the instance. Call with the state lock held."""
    state = ctx.services.state
    model = instance(ctx)
    found: list[tuple[str, str]] = []
    if model.license_expired():
        found.append(("INSTANCE_SANITY_CHECK_LICENSE_EXPIRED", "The licence has expired"))
    in_use: dict[str, int] = {}
    for user in state.users.values():
        if user.enabled:
            in_use[user.profile] = in_use.get(user.profile, 0) + 1
    for profile, limit in model.profile_limits().items():
        if in_use.get(profile, 0) > limit:
            # A licence may name a profile no user has (and a negative limit): count it as 0.
            details = f"{in_use.get(profile, 0)} enabled {profile} users for {limit} licensed"
            found.append(("INSTANCE_SANITY_CHECK_PROFILE_LIMIT_EXCEEDED", details))
    for project in state.projects.values():
        if project.owner not in state.users:
            details = f"Project {project.key} is owned by {project.owner}, who does not exist"
            found.append(("INSTANCE_SANITY_CHECK_PROJECT_OWNER_MISSING", details))
    for name, connection in state.extension(ConnectionsModel).connections.items():
        for group in connection.groups_named():
            if group not in state.groups:
                details = f"Connection {name} names group {group}, which does not exist"
                found.append(("INSTANCE_SANITY_CHECK_CONNECTION_UNKNOWN_GROUP", details))
    for env in state.extension(CodeEnvsModel).envs.values():
        if not env.up_to_date():
            details = f"The code env {env.lang}/{env.name} has requested packages that are not installed"
            found.append(("INSTANCE_SANITY_CHECK_CODE_ENV_NOT_BUILT", details))
    if not model.container_exec_configs():
        found.append(("INSTANCE_SANITY_CHECK_NO_CONTAINER_CONFIG", "No containerized execution configuration"))
    return found


def _findings_as_messages(found: list[tuple[str, str]]) -> dict[str, Any]:
    items: list[dict[str, Any]] = []
    for code, details in found:
        severity, title = SANITY_CHECKS[code]
        items.append(
            {
                "severity": severity,
                "isFatal": False,
                "code": code,
                "title": title,
                "details": details,
                "message": f"{title}: {details}",
            }
        )
    answer = messages([])
    order = ["INFO", "SUCCESS", "WARNING", "ERROR"]
    severities = [item["severity"] for item in items]
    answer.update(
        {
            "messages": items,
            "anyMessage": bool(items),
            "warning": "WARNING" in severities,
            "error": "ERROR" in severities,
            "success": not items,
        }
    )
    if severities:
        answer["maxSeverity"] = max(severities, key=lambda severity: order.index(severity))
    return answer


def _project_counts(project_key: str, datasets: list[dict[str, Any]]) -> dict[str, Any]:
    by_type: dict[str, int] = {}
    for definition in datasets:
        kind = str(definition.get("type") or "")
        by_type[kind] = by_type.get(kind, 0) + 1
    return {
        "projectKey": project_key,
        "datasets": {"all": len(datasets), "datasetsByType": by_type},
        "recipes": {"all": 0, "recipesByType": {}},
        "scenarios": {"all": 0, "activeWithTriggers": 0},
    }


def _merged(blocks: list[dict[str, Any]], by_type_key: str) -> dict[str, Any]:
    by_type: dict[str, int] = {}
    for block in blocks:
        for kind, count in block[by_type_key].items():
            by_type[kind] = by_type.get(kind, 0) + count
    return {"all": sum(block["all"] for block in blocks), by_type_key: by_type}
