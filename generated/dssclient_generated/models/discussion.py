from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.discussion_replies_type_0_item import DiscussionRepliesType0Item


T = TypeVar("T", bound="Discussion")


@_attrs_define
class Discussion:
    """A discussion about an object.

    Attributes:
        id (None | str | Unset): Identifier of the discussion.
        topic (None | str | Unset): Its topic.
        project_key (None | str | Unset): Project of the discussed object.
        object_type (None | str | Unset): Type of the discussed object.
        object_id (None | str | Unset): Identifier of the discussed object.
        closed_on (int | None | Unset): When it was closed, in milliseconds since the Unix epoch (absent while open).
        last_reply_time (int | None | Unset): When its last reply was made.
        replies (list[DiscussionRepliesType0Item] | None | Unset): Its replies, oldest first (absent from listings).
    """

    id: None | str | Unset = UNSET
    topic: None | str | Unset = UNSET
    project_key: None | str | Unset = UNSET
    object_type: None | str | Unset = UNSET
    object_id: None | str | Unset = UNSET
    closed_on: int | None | Unset = UNSET
    last_reply_time: int | None | Unset = UNSET
    replies: list[DiscussionRepliesType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        topic: None | str | Unset
        if isinstance(self.topic, Unset):
            topic = UNSET
        else:
            topic = self.topic

        project_key: None | str | Unset
        if isinstance(self.project_key, Unset):
            project_key = UNSET
        else:
            project_key = self.project_key

        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        else:
            object_type = self.object_type

        object_id: None | str | Unset
        if isinstance(self.object_id, Unset):
            object_id = UNSET
        else:
            object_id = self.object_id

        closed_on: int | None | Unset
        if isinstance(self.closed_on, Unset):
            closed_on = UNSET
        else:
            closed_on = self.closed_on

        last_reply_time: int | None | Unset
        if isinstance(self.last_reply_time, Unset):
            last_reply_time = UNSET
        else:
            last_reply_time = self.last_reply_time

        replies: list[dict[str, Any]] | None | Unset
        if isinstance(self.replies, Unset):
            replies = UNSET
        elif isinstance(self.replies, list):
            replies = []
            for replies_type_0_item_data in self.replies:
                replies_type_0_item = replies_type_0_item_data.to_dict()
                replies.append(replies_type_0_item)

        else:
            replies = self.replies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if topic is not UNSET:
            field_dict["topic"] = topic
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if object_type is not UNSET:
            field_dict["objectType"] = object_type
        if object_id is not UNSET:
            field_dict["objectId"] = object_id
        if closed_on is not UNSET:
            field_dict["closedOn"] = closed_on
        if last_reply_time is not UNSET:
            field_dict["lastReplyTime"] = last_reply_time
        if replies is not UNSET:
            field_dict["replies"] = replies

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.discussion_replies_type_0_item import DiscussionRepliesType0Item

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_topic(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        topic = _parse_topic(d.pop("topic", UNSET))

        def _parse_project_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        project_key = _parse_project_key(d.pop("projectKey", UNSET))

        def _parse_object_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_type = _parse_object_type(d.pop("objectType", UNSET))

        def _parse_object_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_id = _parse_object_id(d.pop("objectId", UNSET))

        def _parse_closed_on(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        closed_on = _parse_closed_on(d.pop("closedOn", UNSET))

        def _parse_last_reply_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_reply_time = _parse_last_reply_time(d.pop("lastReplyTime", UNSET))

        def _parse_replies(
            data: object,
        ) -> list[DiscussionRepliesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                replies_type_0 = []
                _replies_type_0 = data
                for replies_type_0_item_data in _replies_type_0:
                    replies_type_0_item = DiscussionRepliesType0Item.from_dict(
                        replies_type_0_item_data
                    )

                    replies_type_0.append(replies_type_0_item)

                return replies_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DiscussionRepliesType0Item] | None | Unset, data)

        replies = _parse_replies(d.pop("replies", UNSET))

        discussion = cls(
            id=id,
            topic=topic,
            project_key=project_key,
            object_type=object_type,
            object_id=object_id,
            closed_on=closed_on,
            last_reply_time=last_reply_time,
            replies=replies,
        )

        discussion.additional_properties = d
        return discussion

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
