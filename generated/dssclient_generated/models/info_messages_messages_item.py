from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InfoMessagesMessagesItem")


@_attrs_define
class InfoMessagesMessagesItem:
    """One message.

    Attributes:
        severity (str | Unset): `INFO`, `SUCCESS`, `WARNING` or `ERROR`.
        is_fatal (bool | Unset): Whether the error stopped what DSS was doing.
        code (str | Unset): A stable code for the kind of message.
        title (str | Unset): Short title.
        details (str | Unset): Details.
        message (str | Unset): The whole message.
    """

    severity: str | Unset = UNSET
    is_fatal: bool | Unset = UNSET
    code: str | Unset = UNSET
    title: str | Unset = UNSET
    details: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        severity = self.severity

        is_fatal = self.is_fatal

        code = self.code

        title = self.title

        details = self.details

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if severity is not UNSET:
            field_dict["severity"] = severity
        if is_fatal is not UNSET:
            field_dict["isFatal"] = is_fatal
        if code is not UNSET:
            field_dict["code"] = code
        if title is not UNSET:
            field_dict["title"] = title
        if details is not UNSET:
            field_dict["details"] = details
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        severity = d.pop("severity", UNSET)

        is_fatal = d.pop("isFatal", UNSET)

        code = d.pop("code", UNSET)

        title = d.pop("title", UNSET)

        details = d.pop("details", UNSET)

        message = d.pop("message", UNSET)

        info_messages_messages_item = cls(
            severity=severity,
            is_fatal=is_fatal,
            code=code,
            title=title,
            details=details,
            message=message,
        )

        info_messages_messages_item.additional_properties = d
        return info_messages_messages_item

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
