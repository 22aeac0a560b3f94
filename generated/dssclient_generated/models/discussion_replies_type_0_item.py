from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DiscussionRepliesType0Item")


@_attrs_define
class DiscussionRepliesType0Item:
    """A reply (`text`, `author`, `time`, `editedOn`).

    Attributes:
        id (str | Unset): Identifier of the reply (sent by the emulator; unverified on DSS).
        text (str | Unset): The reply's text (Markdown).
        author (str | Unset): Login of its author.
        time (int | Unset): When it was posted, in milliseconds since the Unix epoch.
        edited_on (int | Unset): When it was last edited, in milliseconds since the Unix epoch (absent if never).
    """

    id: str | Unset = UNSET
    text: str | Unset = UNSET
    author: str | Unset = UNSET
    time: int | Unset = UNSET
    edited_on: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        text = self.text

        author = self.author

        time = self.time

        edited_on = self.edited_on

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
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
        id = d.pop("id", UNSET)

        text = d.pop("text", UNSET)

        author = d.pop("author", UNSET)

        time = d.pop("time", UNSET)

        edited_on = d.pop("editedOn", UNSET)

        discussion_replies_type_0_item = cls(
            id=id,
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
