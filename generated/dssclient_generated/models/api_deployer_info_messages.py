from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_deployer_info_messages_messages_item import (
        ApiDeployerInfoMessagesMessagesItem,
    )


T = TypeVar("T", bound="ApiDeployerInfoMessages")


@_attrs_define
class ApiDeployerInfoMessages:
    """DSS's list of messages about an object, with their worst severity.

    Attributes:
        messages (list[ApiDeployerInfoMessagesMessagesItem] | Unset): The messages.
        max_severity (str | Unset): The worst severity among the messages; absent when there is none.
        any_message (bool | Unset): Whether there is any message.
        success (bool | Unset): Whether the worst message is of severity `SUCCESS`.
        warning (bool | Unset): Whether the worst message is a warning.
        error (bool | Unset): Whether the worst message is an error.
    """

    messages: list[ApiDeployerInfoMessagesMessagesItem] | Unset = UNSET
    max_severity: str | Unset = UNSET
    any_message: bool | Unset = UNSET
    success: bool | Unset = UNSET
    warning: bool | Unset = UNSET
    error: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        max_severity = self.max_severity

        any_message = self.any_message

        success = self.success

        warning = self.warning

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if messages is not UNSET:
            field_dict["messages"] = messages
        if max_severity is not UNSET:
            field_dict["maxSeverity"] = max_severity
        if any_message is not UNSET:
            field_dict["anyMessage"] = any_message
        if success is not UNSET:
            field_dict["success"] = success
        if warning is not UNSET:
            field_dict["warning"] = warning
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.api_deployer_info_messages_messages_item import (
            ApiDeployerInfoMessagesMessagesItem,
        )

        d = dict(src_dict)
        _messages = d.pop("messages", UNSET)
        messages: list[ApiDeployerInfoMessagesMessagesItem] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = ApiDeployerInfoMessagesMessagesItem.from_dict(
                    messages_item_data
                )

                messages.append(messages_item)

        max_severity = d.pop("maxSeverity", UNSET)

        any_message = d.pop("anyMessage", UNSET)

        success = d.pop("success", UNSET)

        warning = d.pop("warning", UNSET)

        error = d.pop("error", UNSET)

        api_deployer_info_messages = cls(
            messages=messages,
            max_severity=max_severity,
            any_message=any_message,
            success=success,
            warning=warning,
            error=error,
        )

        api_deployer_info_messages.additional_properties = d
        return api_deployer_info_messages

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
