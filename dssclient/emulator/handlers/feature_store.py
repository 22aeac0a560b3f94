"""The feature store: datasets defined as feature groups."""

from __future__ import annotations

from typing import Any

from dssclient._json import is_array

from ..context import RequestContext
from ._registry import handles


@handles("listFeatureGroups")
def list_feature_groups(ctx: RequestContext) -> list[dict[str, Any]]:
    state = ctx.services.state
    groups: list[dict[str, Any]] = []
    with state.lock:
        for project in state.projects.values():
            if not project.readable_by(ctx.user):
                continue
            for name, dataset in project.datasets.items():
                definition = dataset.definition
                if definition.get("featureGroup") is not True:
                    continue
                group: dict[str, Any] = {"projectKey": project.key, "name": name}
                for key in ("type", "description"):
                    if isinstance(definition.get(key), str):
                        group[key] = definition[key]
                tags = definition.get("tags")
                group["tags"] = [t for t in tags if isinstance(t, str)] if is_array(tags) else []
                groups.append(group)
    return groups
