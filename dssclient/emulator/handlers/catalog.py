"""The data catalog's indexing of connections."""

from __future__ import annotations

from typing import Any

from ..context import RequestContext
from ..errors import bad_request, not_found
from ..futures import TaskControl
from ..models.sql import SqlEngine, sql_connection
from ._registry import handles

INDEXING_MODES = ("FULL", "INCREMENTAL")


def _all_connection_names(ctx: RequestContext) -> list[str]:
    state = ctx.services.state
    with state.lock:
        added = list(state.extension(SqlEngine).added_connections)
    return list(dict.fromkeys([*ctx.services.config.sql_connections, *added]))


@handles("indexCatalogConnections")
def index_catalog_connections(ctx: RequestContext) -> dict[str, Any]:
    fields = ctx.body_fields or {}
    mode = fields.get("indexingMode") or "FULL"
    if mode not in INDEXING_MODES:
        raise bad_request(f"Unknown indexing mode {mode!r}: use {' or '.join(INDEXING_MODES)}")
    if fields.get("indexAllConnections"):
        names = _all_connection_names(ctx)
    else:
        names = list(dict.fromkeys(fields.get("connectionNames") or []))
        unknown = [name for name in names if sql_connection(ctx.services, name) is None]
        if unknown:
            raise not_found(f"Connections do not exist: {', '.join(unknown)}")

    def work(control: TaskControl) -> dict[str, Any]:
        indexed = []
        for index, name in enumerate(names):
            control.check_abort()
            control.set_progress([{"name": f"Indexing {name}", "unit": "NONE", "cur": index, "target": len(names)}])
            indexed.append({"connection": name, "indexingMode": mode})
        return {"indexedConnections": indexed}

    plural = "" if len(names) == 1 else "s"
    future = ctx.services.futures.start(
        ctx.user.login, f"Index {len(names)} connection{plural} in the catalog", {"connectionNames": names}, work
    )
    return future.state_json(with_result=True)
