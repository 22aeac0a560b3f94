"""What a kind of DSS node offers: operations DSS refuses on the other kinds are refused alike."""

from __future__ import annotations

from ..context import RequestContext
from ..errors import bad_request

DESIGN, AUTOMATION, DEPLOYER = "DESIGN", "AUTOMATION", "DEPLOYER"


def require_node(ctx: RequestContext, what: str, *node_types: str) -> None:
    """Refuse ``what`` unless this node is of one of ``node_types``."""
    node_type = ctx.services.config.node_type
    if node_type not in node_types:
        kinds = " or ".join(kind.lower() for kind in node_types)
        raise bad_request(f"{what} is only available on {kinds} nodes; this is a {node_type.lower()} node")
