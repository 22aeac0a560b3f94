"""Groups and the permissions they give (administrators only, enforced by the pipeline).

Members' rights are recomputed on every change, so a saved group applies to the next request.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from ..context import RequestContext
from ..errors import bad_request
from ..identity import USER_SOURCE_TYPES
from ._admin import record
from ._common import refuse_rename
from ._registry import handles

_NAME = re.compile(r"^[^/\\\x00-\x1f]{1,200}$")


@handles("listGroups")
def list_groups(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        return [copy.deepcopy(group) for group in ctx.services.state.groups.values()]


@handles("createGroup")
def create_group(ctx: RequestContext) -> dict[str, Any]:
    name = ctx.body_fields["name"]
    if not _NAME.match(name) or name.strip() != name:
        raise bad_request(f"Invalid group name {name!r}")
    source_type = ctx.body_fields.get("sourceType") or "LOCAL"
    if source_type not in USER_SOURCE_TYPES:
        raise bad_request(f"Unknown group source type {source_type}: one of {', '.join(USER_SOURCE_TYPES)}")
    ctx.services.state.add_group(name, ctx.body_fields.get("description"), source_type)
    record(ctx, "group-create", f"Created group {name}", {"group": name}, "dku.groups")
    return {"msg": f"Created group {name}"}


@handles("getGroup")
def get_group(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return copy.deepcopy(ctx.services.state.existing_group(ctx.path["groupName"]))


@handles("saveGroup")
def save_group(ctx: RequestContext) -> dict[str, Any]:
    name = ctx.path["groupName"]
    refuse_rename("group", "name", name, ctx.body_fields)
    regex = ctx.body_fields.get("canObtainAPITicketFromCookiesForGroupsRegex")
    if isinstance(regex, str) and regex:
        try:
            re.compile(regex)
        except re.error as error:
            raise bad_request(f"Invalid canObtainAPITicketFromCookiesForGroupsRegex: {error}") from None
    state = ctx.services.state
    with state.lock:
        group = state.existing_group(name)
        if group.get("admin") is True and ctx.body_fields.get("admin") is not True:
            _keep_an_administrator(ctx, losing_group=name)
        state.save_group(name, copy.deepcopy(ctx.body))
    record(ctx, "group-edit", f"Saved group {name}", {"group": name}, "dku.groups")
    return {}


@handles("deleteGroup")
def delete_group(ctx: RequestContext) -> None:
    name = ctx.path["groupName"]
    state = ctx.services.state
    with state.lock:
        group = state.existing_group(name)
        if group.get("admin") is True:
            _keep_an_administrator(ctx, losing_group=name)
        state.delete_group(name)
    record(ctx, "group-delete", f"Deleted group {name}", {"group": name}, "dku.groups")


def _keep_an_administrator(ctx: RequestContext, losing_group: str) -> None:
    """Refuse a change to a group that would leave no enabled administrator on the instance."""
    state = ctx.services.state
    for user in state.users.values():
        if not user.enabled:
            continue
        if any(g != losing_group and state.groups.get(g, {}).get("admin") is True for g in user.groups):
            return
    raise bad_request(f"Group {losing_group} gives the last administrators their rights: it cannot lose them")
