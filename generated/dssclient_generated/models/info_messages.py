from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.info_messages_messages_item import InfoMessagesMessagesItem


T = TypeVar("T", bound="InfoMessages")


@_attrs_define
class InfoMessages:
    """Messages collected while DSS did something, and flags summarising them.

    Attributes:
        any_message (bool | Unset): Whether there is at least one message.
        success (bool | Unset): Whether there is at least one success message.
        warning (bool | Unset): Whether there is at least one warning.
        error (bool | Unset): Whether there is at least one error.
        fatal (bool | Unset): Whether there is at least one fatal error.
        max_severity (str | Unset): Highest severity among the messages (`INFO`, `SUCCESS`, `WARNING`, `ERROR`).
        messages (list[InfoMessagesMessagesItem] | Unset): The messages.
    """

    any_message: bool | Unset = UNSET
    success: bool | Unset = UNSET
    warning: bool | Unset = UNSET
    error: bool | Unset = UNSET
    fatal: bool | Unset = UNSET
    max_severity: str | Unset = UNSET
    messages: list[InfoMessagesMessagesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        any_message = self.any_message

        success = self.success

        warning = self.warning

        error = self.error

        fatal = self.fatal

        max_severity = self.max_severity

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if any_message is not UNSET:
            field_dict["anyMessage"] = any_message
        if success is not UNSET:
            field_dict["success"] = success
        if warning is not UNSET:
            field_dict["warning"] = warning
        if error is not UNSET:
            field_dict["error"] = error
        if fatal is not UNSET:
            field_dict["fatal"] = fatal
        if max_severity is not UNSET:
            field_dict["maxSeverity"] = max_severity
        if messages is not UNSET:
            field_dict["messages"] = messages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.info_messages_messages_item import InfoMessagesMessagesItem

        d = dict(src_dict)
        any_message = d.pop("anyMessage", UNSET)

        success = d.pop("success", UNSET)

        warning = d.pop("warning", UNSET)

        error = d.pop("error", UNSET)

        fatal = d.pop("fatal", UNSET)

        max_severity = d.pop("maxSeverity", UNSET)

        _messages = d.pop("messages", UNSET)
        messages: list[InfoMessagesMessagesItem] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = InfoMessagesMessagesItem.from_dict(messages_item_data)

                messages.append(messages_item)

        info_messages = cls(
            any_message=any_message,
            success=success,
            warning=warning,
            error=error,
            fatal=fatal,
            max_severity=max_severity,
            messages=messages,
        )

        info_messages.additional_properties = d
        return info_messages

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
