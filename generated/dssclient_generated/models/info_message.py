from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InfoMessage")


@_attrs_define
class InfoMessage:
    """One message of a report.

    Attributes:
        severity (str | Unset): `INFO`, `WARNING` or `ERROR`.
        is_fatal (bool | Unset): Whether the message reports a failure.
        message (str | Unset): The message.
        details (str | Unset): More about it.
    """

    severity: str | Unset = UNSET
    is_fatal: bool | Unset = UNSET
    message: str | Unset = UNSET
    details: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        severity = self.severity

        is_fatal = self.is_fatal

        message = self.message

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if severity is not UNSET:
            field_dict["severity"] = severity
        if is_fatal is not UNSET:
            field_dict["isFatal"] = is_fatal
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        severity = d.pop("severity", UNSET)

        is_fatal = d.pop("isFatal", UNSET)

        message = d.pop("message", UNSET)

        details = d.pop("details", UNSET)

        info_message = cls(
            severity=severity,
            is_fatal=is_fatal,
            message=message,
            details=details,
        )

        info_message.additional_properties = d
        return info_message

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
