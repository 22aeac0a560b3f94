"""Discussions about the objects of a project."""

from __future__ import annotations

import copy
from typing import Any

from ..context import RequestContext
from ..errors import bad_request
from ..models.discussions import OBJECT_TYPES, Discussions, Key
from ..models.streaming import StreamingModel
from ._common import existing_dataset, readable_project
from ._registry import handles


def _discussed(ctx: RequestContext) -> Key:
    """The discussed object, checked: the project readable, a project or dataset existing."""
    project_key, object_type, object_id = ctx.path["projectKey"], ctx.path["objectType"], ctx.path["objectId"]
    if object_type not in OBJECT_TYPES:
        raise bad_request(f"Unknown object type {object_type!r}: use one of {', '.join(sorted(OBJECT_TYPES))}")
    project = readable_project(ctx, project_key)
    if object_type == "PROJECT" and object_id != project_key:
        raise bad_request(f"A PROJECT discussion is about the project itself ({project_key}), not {object_id!r}")
    if object_type == "DATASET":
        existing_dataset(project, object_id)
    if object_type == "STREAMING_ENDPOINT":
        ctx.services.state.extension(StreamingModel).get(project_key, object_id)
    return project_key, object_type, object_id


def _discussions(ctx: RequestContext) -> Discussions:
    return ctx.services.state.extension(Discussions)


@handles("listObjectDiscussions")
def list_object_discussions(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        key = _discussed(ctx)
        return [Discussions.listed(d) for d in _discussions(ctx).of(key).values()]


@handles("createObjectDiscussion")
def create_object_discussion(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    topic, text = ctx.body_fields["topic"], ctx.body_fields["reply"]
    if not topic.strip():
        raise bad_request("A discussion needs a topic")
    with state.lock:
        key = _discussed(ctx)
        return copy.deepcopy(_discussions(ctx).create(key, topic, text, ctx.user.login, state.clock()))


@handles("getObjectDiscussion")
def get_object_discussion(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return copy.deepcopy(_discussions(ctx).get(_discussed(ctx), ctx.path["discussionId"]))


@handles("saveObjectDiscussion")
def save_object_discussion(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        discussion = _discussions(ctx).get(_discussed(ctx), ctx.path["discussionId"])
        Discussions.update_metadata(discussion, ctx.body)
        return copy.deepcopy(discussion)


@handles("replyToObjectDiscussion")
def reply_to_object_discussion(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        discussion = _discussions(ctx).get(_discussed(ctx), ctx.path["discussionId"])
        _discussions(ctx).reply(discussion, ctx.body_fields["reply"], ctx.user.login, state.clock())
        return copy.deepcopy(discussion)
