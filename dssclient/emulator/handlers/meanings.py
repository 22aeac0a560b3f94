"""User-defined meanings."""

from __future__ import annotations

import copy
from typing import Any

from ..context import RequestContext
from ..models.meanings import Meanings
from ._registry import handles


@handles("listMeanings")
def list_meanings(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        return copy.deepcopy(list(ctx.services.state.extension(Meanings).meanings.values()))


@handles("createMeaning")
def create_meaning(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        created = ctx.services.state.extension(Meanings).create(ctx.body, ctx.body_fields)
    return {"msg": f"Created meaning {created['id']}"}


@handles("getMeaning")
def get_meaning(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return copy.deepcopy(ctx.services.state.extension(Meanings).get(ctx.path["meaningId"]))


@handles("setMeaning")
def set_meaning(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        meanings = ctx.services.state.extension(Meanings)
        return copy.deepcopy(meanings.replace(ctx.path["meaningId"], ctx.body, ctx.body_fields))
