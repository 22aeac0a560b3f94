"""Users: their settings (hidden values never answered), activity, the authorization matrix, and
each user's own profile. Administrator-only operations are enforced by the pipeline."""

from __future__ import annotations

import copy
import re
from typing import Any

from ..context import RequestContext
from ..errors import CODED, DSSError, bad_request, forbidden
from ..futures import TaskControl
from ..identity import (
    ADMIN_ONLY_USER_FIELDS,
    EXTERNAL_SOURCE_TYPES,
    GROUP_PERMISSIONS,
    USER_SOURCE_TYPES,
    hash_password,
    merge_hidden_user_values,
    visible_user_settings,
)
from ..state import DSSState, Project, User
from ._admin import a_user, instance, messages, record, run_task
from ._common import refuse_rename
from ._registry import handles

_LOGIN = re.compile(r"^[\w.@+-]{1,200}$")
_PROJECT_RIGHTS = ("admin", "readProjectContent", "writeProjectContent", "runScenarios", "readDashboards")


@handles("listUsers")
def list_users(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        users = list(ctx.services.state.users.values())
        if ctx.query["includeSettings"]:
            return [visible_user_settings(user.settings) for user in users]
        return [_summary(user) for user in users]


@handles("createUser")
def create_user(ctx: RequestContext) -> dict[str, Any]:
    fields = ctx.body_fields
    login = fields["login"]
    if not _LOGIN.match(login):
        raise bad_request(f"Invalid login {login!r}: use letters, digits and . _ @ + -")
    source_type = fields.get("sourceType") or "LOCAL"
    if source_type not in USER_SOURCE_TYPES:
        raise bad_request(f"Unknown user source type {source_type}: one of {', '.join(USER_SOURCE_TYPES)}")
    password = fields.get("password")
    state = ctx.services.state
    with state.lock:
        state.add_user(
            login,
            groups=fields.get("groups") or [],
            profile=fields.get("userProfile") or "DATA_SCIENTIST",
            display_name=fields.get("displayName") or login,
            email=fields.get("email") or "",
            source_type=source_type,
            password_hash=hash_password(password) if isinstance(password, str) and password else None,
        )
    record(ctx, "user-create", f"Created user {login}", {"login": login}, "dku.users")
    return {"msg": f"Created user {login}"}


@handles("getUserSettings")
def get_user_settings(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return visible_user_settings(ctx.services.state.existing_user(ctx.path["login"]).settings)


@handles("saveUserSettings")
def save_user_settings(ctx: RequestContext) -> dict[str, Any]:
    login = ctx.path["login"]
    refuse_rename("user", "login", login, ctx.body_fields)
    state = ctx.services.state
    with state.lock:
        user = state.existing_user(login)
        _store_settings(state, user, ctx.body)
    record(ctx, "user-edit", f"Saved the settings of user {login}", {"login": login}, "dku.users")
    return {}


@handles("deleteUser")
def delete_user(ctx: RequestContext) -> None:
    login = ctx.path["login"]
    if login == ctx.user.login and not ctx.query["allowSelfDeletion"]:
        raise bad_request("You cannot delete your own user (unless allowSelfDeletion is set)")
    state = ctx.services.state
    with state.lock:
        user = state.existing_user(login)
        if user.admin and not [u for u in state.users.values() if u.admin and u.enabled and u.login != login]:
            raise bad_request(f"Cannot delete {login}: it is the last enabled administrator")
        state.delete_user(login)
    record(ctx, "user-delete", f"Deleted user {login}", {"login": login}, "dku.users")


@handles("getUserActivity")
def get_user_activity(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        user = state.existing_user(ctx.path["login"])
        return instance(ctx).user_activity(user.login, user.enabled)


@handles("resyncUserFromSupplier")
def resync_user_from_supplier(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        user = state.existing_user(ctx.path["login"])
        login, source = user.login, str(user.settings.get("sourceType") or "LOCAL")

    def work(control: TaskControl) -> dict[str, Any]:
        control.set_progress([{"name": f"Resynchronizing user {login}", "unit": "NONE", "cur": 0, "target": 1}])
        control.check_abort()
        if source not in EXTERNAL_SOURCE_TYPES:
            raise DSSError(500, CODED, f"User {login} is a {source} user: there is no external source to read it from")
        # The emulator has no directory to read from: the user stays as it is.
        return messages([("INFO", f"User {login} is up to date with its {source} source")])

    result: dict[str, Any] = run_task(ctx, f"Resync user {login}", {"login": login}, work, wait=False)
    return result


@handles("listUsersActivity")
def list_users_activity(ctx: RequestContext) -> list[dict[str, Any]]:
    state = ctx.services.state
    with state.lock:
        model = instance(ctx)
        return [
            model.user_activity(user.login, user.enabled)
            for user in state.users.values()
            if user.enabled or not ctx.query["enabledUsersOnly"]
        ]


@handles("getAuthorizationMatrix")
def get_authorization_matrix(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        users = [u for u in state.users.values() if u.enabled]
        groups = list(state.groups.values())
        return {
            "perUser": {
                "users": [u.login for u in users],
                "globalPermissions": {u.login: _global_permissions_of(u) for u in users},
                "projectsGrants": [
                    {"projectKey": p.key, "grants": {u.login: _grants(p, u) for u in users}}
                    for p in state.projects.values()
                ],
            },
            "perGroup": {
                "groups": [g["name"] for g in groups],
                "globalPermissions": {
                    g["name"]: {"admin": g.get("admin") is True} | {p: g.get(p) is True for p in GROUP_PERMISSIONS}
                    for g in groups
                },
                "projectsGrants": [
                    {"projectKey": p.key, "grants": _group_grants(p)} for p in state.projects.values() if p.permissions
                ],
            },
        }


@handles("getUserInfo")
def get_user_info(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        user = ctx.services.state.existing_user(ctx.path["login"])
        return {
            "login": user.login,
            "displayName": str(user.settings.get("displayName") or user.login),
            "email": str(user.settings.get("email") or ""),
            "groups": list(user.groups),
            "enabled": user.enabled,
        }


@handles("getOwnUserSettings")
def get_own_user_settings(ctx: RequestContext) -> dict[str, Any]:
    user = a_user(ctx)
    with ctx.services.state.lock:
        return visible_user_settings(user.settings, for_owner=True)


@handles("saveOwnUserSettings")
def save_own_user_settings(ctx: RequestContext) -> None:
    user = a_user(ctx)
    state = ctx.services.state
    with state.lock:
        changed = [
            name
            for name in ADMIN_ONLY_USER_FIELDS
            if name in ctx.body_fields and ctx.body_fields[name] != user.settings.get(name)
        ]
        if changed:
            raise forbidden(f"You may not change your own {', '.join(changed)}: ask an administrator")
        body = copy.deepcopy(ctx.body)
        for name in (*ADMIN_ONLY_USER_FIELDS, "adminProperties", "creationDate"):
            if name in user.settings:
                body[name] = copy.deepcopy(user.settings[name])
        _store_settings(state, user, body)
    record(ctx, "user-edit-self", f"User {user.login} saved its own settings", {"login": user.login}, "dku.users")


def _store_settings(state: DSSState, user: User, body: dict[str, Any]) -> None:
    """Save settings sent back by a client: hidden values merged, a new password hashed."""
    password = body.get("password")
    merged = merge_hidden_user_values(user.settings, body, state.clock())
    for name in ("creationDate", "sourceType"):
        if merged.get(name) is None and name in user.settings:
            merged[name] = user.settings[name]
    state.update_user_settings(user, merged)
    if isinstance(password, str) and password:
        user.password_hash = hash_password(password)


def _summary(user: User) -> dict[str, Any]:
    settings = user.settings
    return {
        "login": user.login,
        "displayName": settings.get("displayName") or user.login,
        "email": settings.get("email") or "",
        "groups": list(user.groups),
        "userProfile": user.profile,
        "sourceType": settings.get("sourceType") or "LOCAL",
        "enabled": user.enabled,
        "codeAllowed": user.may("mayWriteSafeCode") or user.may("mayWriteUnsafeCode"),
        "activeWebSocketSessions": 0,
    }


def _global_permissions_of(user: User) -> dict[str, bool]:
    return {"admin": user.admin} | {p: user.may(p) for p in GROUP_PERMISSIONS}


def _grants(project: Project, user: User) -> dict[str, bool]:
    writable = project.writable_by(user)
    return {
        "admin": user.admin or project.owner == user.login,
        "readProjectContent": project.readable_by(user),
        "writeProjectContent": writable,
        "runScenarios": writable,
        "readDashboards": project.readable_by(user),
    }


def _group_grants(project: Project) -> dict[str, dict[str, bool]]:
    grants: dict[str, dict[str, bool]] = {}
    for entry in project.permissions:
        group = entry.get("group")
        if isinstance(group, str):
            grants[group] = {right: entry.get(right) is True for right in _PROJECT_RIGHTS}
    return grants
