# Derived from dssclient/aio/dss/discussion.py by scripts/unasync.py: do not edit.
"""Discussions about the objects of a project."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from dssclient_generated.api import discussions

from .._requester import json_body

if TYPE_CHECKING:
    from dssclient.payloads import Discussion, DiscussionRepliesItem

    from ..dssclient import DSSClient


class DSSObjectDiscussions:
    """The discussions about one object. Get them with :meth:`DSSClient.get_object_discussions`."""

    def __init__(self, client: DSSClient, project_key: str, object_type: str, object_id: str) -> None:
        self.client = client
        self.project_key = project_key
        self.object_type = object_type
        self.object_id = object_id

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.project_key!r}, {self.object_type!r}, {self.object_id!r})"

    def _discussion(self, data: dict[str, Any], has_replies: bool) -> DSSDiscussion:
        return DSSDiscussion(
            self.client, self.project_key, self.object_type, self.object_id, data["id"], data, has_replies
        )

    def list_discussions(self) -> list[DSSDiscussion]:
        """The discussions, without their replies (read on demand). (operation ``listObjectDiscussions``)"""
        listed: list[dict[str, Any]] = self.client._requester.json(
            discussions.list_object_discussions.request_kwargs, self.project_key, self.object_type, self.object_id
        )
        return [self._discussion(data, False) for data in listed]

    def create_discussion(self, topic: str, message: str) -> DSSDiscussion:
        """Start a discussion with a first message. (operation ``createObjectDiscussion``)"""
        data = self.client._requester.json(
            discussions.create_object_discussion.request_kwargs,
            self.project_key,
            self.object_type,
            self.object_id,
            body=json_body({"topic": topic, "reply": message}),
        )
        return self._discussion(data, True)

    def get_discussion(self, discussion_id: str) -> DSSDiscussion:
        """A discussion with its replies. (operation ``getObjectDiscussion``)"""
        data = self.client._requester.json(
            discussions.get_object_discussion.request_kwargs,
            self.project_key,
            self.object_type,
            self.object_id,
            discussion_id,
        )
        return self._discussion(data, True)


class DSSDiscussion:
    """A discussion: its metadata (topic, ...) and its replies."""

    def __init__(
        self,
        client: DSSClient,
        project_key: str,
        object_type: str,
        object_id: str,
        discussion_id: str,
        discussion_data: Discussion | dict[str, Any],
        discussion_data_has_replies: bool,
    ) -> None:
        self.client = client
        self.project_key = project_key
        self.object_type = object_type
        self.object_id = object_id
        self.discussion_id = discussion_id
        self.discussion_data: Discussion = cast("Discussion", discussion_data)
        self.discussion_data_has_replies = discussion_data_has_replies

    def __repr__(self) -> str:
        return f"{type(self).__name__}(discussion_id={self.discussion_id!r})"

    def _get_with_replies(self) -> None:
        self.discussion_data = self.client._requester.json(
            discussions.get_object_discussion.request_kwargs,
            self.project_key,
            self.object_type,
            self.object_id,
            self.discussion_id,
        )
        self.discussion_data_has_replies = True

    def get_metadata(self) -> Discussion:
        """The discussion's metadata (a copy, without its replies)."""
        return cast("Discussion", {key: value for key, value in self.discussion_data.items() if key != "replies"})

    def set_metadata(self, discussion_metadata: Mapping[str, Any]) -> None:
        """Replace the metadata with a modified copy of :meth:`get_metadata`'s. (operation ``saveObjectDiscussion``)"""
        if not self.discussion_data_has_replies:
            self._get_with_replies()
        edited = dict(discussion_metadata)
        edited["replies"] = self.discussion_data.get("replies", [])
        self.discussion_data = self.client._requester.json(
            discussions.save_object_discussion.request_kwargs,
            self.project_key,
            self.object_type,
            self.object_id,
            self.discussion_id,
            body=json_body(edited),
        )
        self.discussion_data_has_replies = True

    def get_replies(self) -> list[DSSDiscussionReply]:
        """The replies, oldest first. (operation ``getObjectDiscussion`` when they were not read yet)"""
        if not self.discussion_data_has_replies:
            self._get_with_replies()
        return [DSSDiscussionReply(reply) for reply in self.discussion_data.get("replies") or []]

    def add_reply(self, text: str) -> None:
        """Reply to the discussion. (operation ``replyToObjectDiscussion``)"""
        self.discussion_data = self.client._requester.json(
            discussions.reply_to_object_discussion.request_kwargs,
            self.project_key,
            self.object_type,
            self.object_id,
            self.discussion_id,
            body=json_body({"reply": text}),
        )
        self.discussion_data_has_replies = True


class DSSDiscussionReply:
    """A reply of a discussion: its text, author and times."""

    def __init__(self, reply_data: DiscussionRepliesItem) -> None:
        self.reply_data = reply_data

    def __repr__(self) -> str:
        return f"DSSDiscussionReply(author={self.get_author()!r})"

    def get_raw_data(self) -> DiscussionRepliesItem:
        """The reply as DSS sent it."""
        return self.reply_data

    def get_text(self) -> str:
        """The reply's text."""
        text: str = self.reply_data["text"]
        return text

    def get_author(self) -> str:
        """The login of the reply's author."""
        author: str = self.reply_data["author"]
        return author

    def get_timestamp(self) -> int:
        """When it was posted, in milliseconds since the Unix epoch."""
        when: int = self.reply_data["time"]
        return when

    def get_edited_timestamp(self) -> int | None:
        """When it was last edited, None if it never was."""
        when: int | None = self.reply_data.get("editedOn")
        return when
