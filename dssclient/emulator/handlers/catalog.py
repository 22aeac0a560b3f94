"""The data catalog's indexing of connections."""

from __future__ import annotations

from typing import Any

from dssclient._json import array_or_empty, object_or_empty

from ..context import RequestContext
from ..errors import bad_request, not_found
from ..futures import TaskControl
from ..models.sql import known_connection_names
from ._registry import handles

INDEXING_MODES = ("FULL", "INCREMENTAL")


@handles("indexCatalogConnections")
def index_catalog_connections(ctx: RequestContext) -> dict[str, Any]:
    fields = object_or_empty(ctx.body_fields)
    mode = fields.get("indexingMode") or "FULL"
    if mode not in INDEXING_MODES:
        raise bad_request(f"Unknown indexing mode {mode!r}: use {' or '.join(INDEXING_MODES)}")
    if fields.get("indexAllConnections"):
        names = known_connection_names(ctx.services)
    else:
        names = list(dict.fromkeys(array_or_empty(fields.get("connectionNames"))))
        known = set(known_connection_names(ctx.services))
        unknown = [name for name in names if name not in known]
        if unknown:
            raise not_found(f"Connections do not exist: {', '.join(unknown)}")

    def work(control: TaskControl) -> dict[str, Any]:
        indexed: list[dict[str, Any]] = []
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
