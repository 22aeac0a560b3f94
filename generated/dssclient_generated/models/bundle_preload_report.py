from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.info_message import InfoMessage


T = TypeVar("T", bound="BundlePreloadReport")


@_attrs_define
class BundlePreloadReport:
    """The outcome of a bundle preload.

    Attributes:
        success (bool | Unset): Whether the bundle is ready to activate.
        bundle_id (str | Unset): The preloaded bundle.
        messages (list[InfoMessage] | Unset): What was found, per code environment.
        any_message (bool | Unset): Whether there is any message.
        warning (bool | Unset): Whether a message is a warning.
        error (bool | Unset): Whether a message is an error.
    """

    success: bool | Unset = UNSET
    bundle_id: str | Unset = UNSET
    messages: list[InfoMessage] | Unset = UNSET
    any_message: bool | Unset = UNSET
    warning: bool | Unset = UNSET
    error: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        bundle_id = self.bundle_id

        messages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.messages, Unset):
            messages = []
            for messages_item_data in self.messages:
                messages_item = messages_item_data.to_dict()
                messages.append(messages_item)

        any_message = self.any_message

        warning = self.warning

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if success is not UNSET:
            field_dict["success"] = success
        if bundle_id is not UNSET:
            field_dict["bundleId"] = bundle_id
        if messages is not UNSET:
            field_dict["messages"] = messages
        if any_message is not UNSET:
            field_dict["anyMessage"] = any_message
        if warning is not UNSET:
            field_dict["warning"] = warning
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.info_message import InfoMessage

        d = dict(src_dict)
        success = d.pop("success", UNSET)

        bundle_id = d.pop("bundleId", UNSET)

        _messages = d.pop("messages", UNSET)
        messages: list[InfoMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = InfoMessage.from_dict(messages_item_data)

                messages.append(messages_item)

        any_message = d.pop("anyMessage", UNSET)

        warning = d.pop("warning", UNSET)

        error = d.pop("error", UNSET)

        bundle_preload_report = cls(
            success=success,
            bundle_id=bundle_id,
            messages=messages,
            any_message=any_message,
            warning=warning,
            error=error,
        )

        bundle_preload_report.additional_properties = d
        return bundle_preload_report

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
