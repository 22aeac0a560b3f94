from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DiscussionRepliesType0Item")


@_attrs_define
class DiscussionRepliesType0Item:
    """A reply (`text`, `author`, `time`, `editedOn`).

    Attributes:
        text (None | str | Unset): The reply, in Markdown.
        author (None | str | Unset): Login of its author.
        time (int | None | Unset): When it was posted, in ms since the Unix epoch.
        edited_on (int | None | Unset): When it was last edited, in ms since the Unix epoch.
    """

    text: None | str | Unset = UNSET
    author: None | str | Unset = UNSET
    time: int | None | Unset = UNSET
    edited_on: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        author: None | str | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        else:
            author = self.author

        time: int | None | Unset
        if isinstance(self.time, Unset):
            time = UNSET
        else:
            time = self.time

        edited_on: int | None | Unset
        if isinstance(self.edited_on, Unset):
            edited_on = UNSET
        else:
            edited_on = self.edited_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if text is not UNSET:
            field_dict["text"] = text
        if author is not UNSET:
            field_dict["author"] = author
        if time is not UNSET:
            field_dict["time"] = time
        if edited_on is not UNSET:
            field_dict["editedOn"] = edited_on

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_author(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        author = _parse_author(d.pop("author", UNSET))

        def _parse_time(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        time = _parse_time(d.pop("time", UNSET))

        def _parse_edited_on(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        edited_on = _parse_edited_on(d.pop("editedOn", UNSET))

        discussion_replies_type_0_item = cls(
            text=text,
            author=author,
            time=time,
            edited_on=edited_on,
        )

        discussion_replies_type_0_item.additional_properties = d
        return discussion_replies_type_0_item

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
