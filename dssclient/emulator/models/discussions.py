"""Discussions about the objects of projects: topics and replies by their authors."""

from __future__ import annotations

import copy
import hashlib
from collections import OrderedDict
from typing import Any

from ..errors import not_found
from ..state import DSSState

# The object types DSS holds discussions on (those the official client's handles use).
OBJECT_TYPES = frozenset(
    {
        "PROJECT",
        "DATASET",
        "RECIPE",
        "MANAGED_FOLDER",
        "SAVED_MODEL",
        "SCENARIO",
        "JUPYTER_NOTEBOOK",
        "SQL_NOTEBOOK",
        "ARTICLE",
        "DASHBOARD",
        "WEB_APP",
        "STREAMING_ENDPOINT",
        "MODEL_COMPARISON",
        "MODEL_EVALUATION_STORE",
        "ANALYSIS",
        "INSIGHT",
        "LAMBDA_SERVICE",
    }
)
# What the server owns in a discussion; saving metadata cannot change these.
_OWNED = ("id", "projectKey", "objectType", "objectId", "replies", "lastReplyTime")

Key = tuple[str, str, str]


class Discussions:
    """Discussions by discussed object (a ``DSSState`` extension). Call its methods with ``state.lock`` held."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self.discussions: dict[Key, OrderedDict[str, dict[str, Any]]] = {}
        self._sequence = 0

    def _new_id(self, kind: str) -> str:
        # Opaque, but drawn from a sequence: two emulators given the same calls agree.
        self._sequence += 1
        return hashlib.sha256(f"{kind}-{self._sequence}".encode()).hexdigest()[:10]

    def of(self, key: Key) -> OrderedDict[str, dict[str, Any]]:
        return self.discussions.get(key, OrderedDict())

    def get(self, key: Key, discussion_id: str) -> dict[str, Any]:
        found = self.of(key).get(discussion_id)
        if found is None:
            raise not_found(f"Discussion does not exist: {discussion_id}")
        return found

    def create(self, key: Key, topic: str, text: str, author: str, when: int) -> dict[str, Any]:
        project_key, object_type, object_id = key
        discussion: dict[str, Any] = {
            "id": self._new_id("discussion"),
            "projectKey": project_key,
            "objectType": object_type,
            "objectId": object_id,
            "topic": topic,
            "replies": [],
        }
        self.discussions.setdefault(key, OrderedDict())[discussion["id"]] = discussion
        self.reply(discussion, text, author, when)
        return discussion

    def reply(self, discussion: dict[str, Any], text: str, author: str, when: int) -> None:
        reply = {"id": self._new_id("reply"), "text": text, "author": author, "time": when}
        discussion["replies"].append(reply)
        discussion["lastReplyTime"] = when

    @staticmethod
    def update_metadata(discussion: dict[str, Any], body: dict[str, Any]) -> None:
        for key in [k for k in discussion if k not in _OWNED]:
            del discussion[key]
        for key, value in body.items():
            if key not in _OWNED:
                discussion[key] = copy.deepcopy(value)

    @staticmethod
    def listed(discussion: dict[str, Any]) -> dict[str, Any]:
        """A discussion as listings show it: without its replies."""
        return {key: copy.deepcopy(value) for key, value in discussion.items() if key != "replies"}

    def forget_project(self, project_key: str) -> None:
        for key in [key for key in self.discussions if key[0] == project_key]:
            del self.discussions[key]
