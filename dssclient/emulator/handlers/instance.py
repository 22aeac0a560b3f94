"""The instance: its identity, the caller's identity, downloadable resources."""

from __future__ import annotations

import copy
from typing import Any

from ..context import BinaryReply, RequestContext
from ..scoring import MEDIA_TYPE as JAR_MEDIA_TYPE
from ._registry import handles


@handles("getInstanceInfo")
def get_instance_info(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    return {
        "nodeId": state.node_id,
        "nodeName": state.node_name,
        "nodeType": ctx.services.config.node_type,
        "dssVersion": state.dss_version,
    }


@handles("getAuthInfo")
def get_auth_info(ctx: RequestContext) -> dict[str, Any]:
    user = ctx.user
    with ctx.services.state.lock:
        info: dict[str, Any] = {
            "authIdentifier": user.login,
            "authSource": ctx.caller.auth_source,
            "groups": list(user.groups),
            "userProfile": user.profile,
        }
        if ctx.query["withSecrets"]:
            info["secrets"] = copy.deepcopy(user.secrets)
    return info


@handles("getScoringLibsJar")
def get_scoring_libs_jar(ctx: RequestContext) -> BinaryReply:
    libs = ctx.services.scoring_libs
    return BinaryReply(media_type=JAR_MEDIA_TYPE, length=libs.size, chunks=libs.chunks)
