"""Global and personal API keys. A key authenticates from its creation and is refused (401) from its
deletion: the pipeline looks keys up in the state on every request."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from dssclient._json import is_array

from ..context import RequestContext
from ..errors import bad_request, not_found
from ..identity import GROUP_PERMISSIONS
from ..state import GLOBAL, PERSONAL, ApiKey, DSSState
from ._admin import a_user, record
from ._common import refuse_rename
from ._registry import handles

DAY_MS = 24 * 3600 * 1000
# What a global key's definition keeps from the key itself, whatever a save sends.
_KEPT = ("id", "createdOn", "createdBy")


def _secure(ctx: RequestContext) -> bool:
    return ctx.services.config.secure_api_keys


@handles("listGlobalApiKeys")
def list_global_api_keys(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        keys = [k for k in ctx.services.state.api_keys.values() if k.kind == GLOBAL]
        return [k.shown(with_secret=not _secure(ctx)) for k in keys]


@handles("createGlobalApiKey")
def create_global_api_key(ctx: RequestContext) -> dict[str, Any]:
    fields = ctx.body_fields
    definition: dict[str, Any] = {}
    state = ctx.services.state
    with state.lock:
        if fields.get("groups") is not None:
            definition["groups"] = _existing_groups(state, fields["groups"])
        if fields.get("globalPermissions") is not None or "groups" not in definition:
            definition["globalPermissions"] = _permissions(fields.get("globalPermissions") or {})
        api_key = state.add_api_key(
            None,
            label=fields.get("label") or "",
            description=fields.get("description") or "",
            created_by=ctx.user.login,
            global_definition=definition,
        )
        answer = api_key.shown(with_secret=True)
    record(ctx, "global-api-key-create", f"Created global API key {api_key.id}", {"keyId": api_key.id}, "dku.keys")
    return answer


@handles("getGlobalApiKey")
def get_global_api_key(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return _global_key(ctx.services.state, ctx.path["keyId"]).shown(with_secret=not _secure(ctx))


@handles("saveGlobalApiKey")
def save_global_api_key(ctx: RequestContext) -> None:
    key_id = ctx.path["keyId"]
    refuse_rename("API key", "id", key_id, ctx.body_fields)
    state = ctx.services.state
    with state.lock:
        api_key = _global_key(state, key_id)
        sent_secret = ctx.body_fields.get("key")
        if sent_secret is not None and sent_secret != api_key.secret:
            raise bad_request("The secret of an API key cannot change: create a new key")
        definition = copy.deepcopy(ctx.body)
        definition.pop("key", None)
        for name in _KEPT:
            definition[name] = api_key.definition[name]
        fields = ctx.body_fields
        if fields.get("groups") is not None:
            definition["groups"] = _existing_groups(state, fields["groups"])
        if fields.get("globalPermissions") is not None:
            definition["globalPermissions"] = _permissions(fields["globalPermissions"])
        expiry = fields.get("expiry")
        if isinstance(expiry, int) and expiry > 0:
            definition["expiresOn"] = int(api_key.definition["createdOn"]) + expiry * DAY_MS
        else:
            definition.pop("expiresOn", None)
        api_key.definition = definition
    record(ctx, "global-api-key-edit", f"Saved global API key {key_id}", {"keyId": key_id}, "dku.keys")


@handles("deleteGlobalApiKey")
def delete_global_api_key(ctx: RequestContext) -> None:
    key_id = ctx.path["keyId"]
    state = ctx.services.state
    with state.lock:
        _global_key(state, key_id)
        state.delete_api_key(key_id)
    record(ctx, "global-api-key-delete", f"Deleted global API key {key_id}", {"keyId": key_id}, "dku.keys")


@handles("getGlobalApiKeyBySecret")
def get_global_api_key_by_secret(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        api_key = ctx.services.state.api_key_by_secret(ctx.path["apiKey"], GLOBAL)
        if api_key is None:
            # The message must not quote the secret it was given.
            raise not_found("No global API key has this secret")
        return api_key.shown(with_secret=not _secure(ctx))


@handles("listPersonalApiKeys")
def list_personal_api_keys(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        keys = ctx.services.state.api_keys.values()
        return [k.shown(with_secret=not _secure(ctx)) for k in keys if k.owner == ctx.user.login]


@handles("createPersonalApiKey")
def create_personal_api_key(ctx: RequestContext) -> dict[str, Any]:
    user = a_user(ctx)
    return _create_personal(ctx, user.login)


@handles("getPersonalApiKey")
def get_personal_api_key(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return _own_personal_key(ctx).shown(with_secret=not _secure(ctx))


@handles("savePersonalApiKey")
def save_personal_api_key(ctx: RequestContext) -> None:
    refuse_rename("API key", "id", ctx.path["keyId"], ctx.body_fields)
    with ctx.services.state.lock:
        api_key = _own_personal_key(ctx)
        for name in ("label", "description"):
            value = ctx.body_fields.get(name)
            if value is not None:
                if not isinstance(value, str):
                    raise bad_request(f"The {name} of an API key is text")
                api_key.definition[name] = value


@handles("deletePersonalApiKey")
def delete_personal_api_key(ctx: RequestContext) -> None:
    state = ctx.services.state
    with state.lock:
        api_key = _own_personal_key(ctx)
        state.delete_api_key(api_key.id)
    record(ctx, "personal-api-key-delete", f"Deleted personal API key {api_key.id}", {"keyId": api_key.id}, "dku.keys")


@handles("listAllPersonalApiKeys")
def list_all_personal_api_keys(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        keys = ctx.services.state.api_keys.values()
        return [k.shown(with_secret=not _secure(ctx)) for k in keys if k.kind == PERSONAL]


@handles("createPersonalApiKeyForUser")
def create_personal_api_key_for_user(ctx: RequestContext) -> dict[str, Any]:
    login = ctx.body_fields["user"]
    with ctx.services.state.lock:
        if login not in ctx.services.state.users:
            raise bad_request(f"User {login} does not exist")
    return _create_personal(ctx, login)


def _create_personal(ctx: RequestContext, owner: str) -> dict[str, Any]:
    fields = ctx.body_fields
    state = ctx.services.state
    with state.lock:
        api_key = state.add_api_key(
            owner,
            label=fields.get("label") or "",
            description=fields.get("description") or "",
            created_by=ctx.user.login,
        )
        answer = api_key.shown(with_secret=True)
    params = {"keyId": api_key.id, "user": owner}
    record(ctx, "personal-api-key-create", f"Created personal API key {api_key.id} of {owner}", params, "dku.keys")
    return answer


def _global_key(state: DSSState, key_id: str) -> ApiKey:
    api_key = state.api_keys.get(key_id)
    if api_key is None or api_key.kind != GLOBAL:
        raise not_found(f"Global API key {key_id} does not exist")
    return api_key


def _own_personal_key(ctx: RequestContext) -> ApiKey:
    """One of the caller's personal keys (any user's for an administrator); others' look unknown."""
    key_id = ctx.path["keyId"]
    api_key = ctx.services.state.api_keys.get(key_id)
    if api_key is None or api_key.kind != PERSONAL or not (ctx.user.admin or api_key.owner == ctx.user.login):
        raise not_found(f"Personal API key {key_id} does not exist")
    return api_key


def _existing_groups(state: DSSState, groups: Any) -> list[str]:
    names = [g for g in groups if isinstance(g, str)] if is_array(groups) else []
    unknown = [g for g in names if g not in state.groups]
    if unknown:
        raise bad_request(f"Group does not exist: {', '.join(unknown)}")
    return names


def _permissions(given: Mapping[str, Any]) -> dict[str, Any]:
    """Global permissions with every known flag present (false unless given true); unknown ones kept."""
    permissions: dict[str, Any] = dict.fromkeys(("admin", *GROUP_PERMISSIONS), False)
    permissions.update(copy.deepcopy(dict(given)))
    return permissions
