from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiDeployerInfoMessagesMessagesItem")


@_attrs_define
class ApiDeployerInfoMessagesMessagesItem:
    """One message.

    Attributes:
        severity (str | Unset): `INFO`, `WARNING` or `ERROR`.
        code (str | Unset): A stable code for the kind of message.
        is_fatal (bool | Unset): Whether the problem prevents the deployment from working.
        title (str | Unset): Short text.
        message (str | Unset): Full text.
    """

    severity: str | Unset = UNSET
    code: str | Unset = UNSET
    is_fatal: bool | Unset = UNSET
    title: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        severity = self.severity

        code = self.code

        is_fatal = self.is_fatal

        title = self.title

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if severity is not UNSET:
            field_dict["severity"] = severity
        if code is not UNSET:
            field_dict["code"] = code
        if is_fatal is not UNSET:
            field_dict["isFatal"] = is_fatal
        if title is not UNSET:
            field_dict["title"] = title
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        severity = d.pop("severity", UNSET)

        code = d.pop("code", UNSET)

        is_fatal = d.pop("isFatal", UNSET)

        title = d.pop("title", UNSET)

        message = d.pop("message", UNSET)

        api_deployer_info_messages_messages_item = cls(
            severity=severity,
            code=code,
            is_fatal=is_fatal,
            title=title,
            message=message,
        )

        api_deployer_info_messages_messages_item.additional_properties = d
        return api_deployer_info_messages_messages_item

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
