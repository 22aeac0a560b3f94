"""The tag definitions of projects (their colors), versioned: a save must carry the version it read.

Only definitions saved through ``setProjectTags`` are kept; tags that objects carry without a
definition are not listed (whether DSS lists them with a computed color is unverified).
Hold ``DSSState.lock`` while using the model.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any, cast

from ..errors import bad_request, conflict
from ..state import DSSState

# Bounds, as the other models have.
MAX_TAGS_PER_PROJECT = 10_000
MAX_TAG_LENGTH = 1000


@dataclass
class ProjectTags:
    version: int = 0
    tags: dict[str, Any] = field(default_factory=dict[str, Any])
    # What the definitions carry beyond the tags, kept as saved.
    extra: dict[str, Any] = field(default_factory=dict[str, Any])


class ProjectTagsModel:
    """Every project's tag definitions. Hold the state lock."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self._tags: dict[str, ProjectTags] = {}

    def forget_project(self, project_key: str) -> None:
        self._tags.pop(project_key, None)

    def answer(self, project_key: str) -> dict[str, Any]:
        stored = self._tags.get(project_key) or ProjectTags()
        return {**copy.deepcopy(stored.extra), "version": stored.version, "tags": copy.deepcopy(stored.tags)}

    def save(self, project_key: str, body: dict[str, Any]) -> None:
        stored = self._tags.setdefault(project_key, ProjectTags())
        version: Any = body.get("version")
        tags: Any = body.get("tags", {})
        if version is not None and version != stored.version:
            # A save built on an older read would drop what was defined since: refused.
            raise conflict(
                f"The tags of project {project_key} changed since they were read "
                f"(version {version}, now {stored.version}): read them again"
            )
        if not isinstance(tags, dict):
            raise bad_request("tags is an object of tag definitions by name")
        tags = cast("dict[str, Any]", tags)
        if len(tags) > MAX_TAGS_PER_PROJECT or any(not name or len(name) > MAX_TAG_LENGTH for name in tags):
            raise bad_request(f"At most {MAX_TAGS_PER_PROJECT} tags, each named by 1 to {MAX_TAG_LENGTH} characters")
        for name, definition in tags.items():
            if not isinstance(definition, dict):
                raise bad_request(f"The definition of tag {name} is not an object")
        stored.tags = copy.deepcopy(tags)
        stored.extra = {k: copy.deepcopy(v) for k, v in body.items() if k not in ("version", "tags")}
        stored.version += 1
