from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentHeavyStatusHealthMessagesMessagesType0Item")


@_attrs_define
class DeploymentHeavyStatusHealthMessagesMessagesType0Item:
    """One message.

    Attributes:
        severity (None | str | Unset): `INFO`, `WARNING` or `ERROR`.
        is_fatal (bool | None | Unset): Whether it prevents the deployment from working.
        message (None | str | Unset): The message.
        title (None | str | Unset): Short title (unverified).
    """

    severity: None | str | Unset = UNSET
    is_fatal: bool | None | Unset = UNSET
    message: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        severity: None | str | Unset
        if isinstance(self.severity, Unset):
            severity = UNSET
        else:
            severity = self.severity

        is_fatal: bool | None | Unset
        if isinstance(self.is_fatal, Unset):
            is_fatal = UNSET
        else:
            is_fatal = self.is_fatal

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if severity is not UNSET:
            field_dict["severity"] = severity
        if is_fatal is not UNSET:
            field_dict["isFatal"] = is_fatal
        if message is not UNSET:
            field_dict["message"] = message
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_severity(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        severity = _parse_severity(d.pop("severity", UNSET))

        def _parse_is_fatal(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_fatal = _parse_is_fatal(d.pop("isFatal", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        deployment_heavy_status_health_messages_messages_type_0_item = cls(
            severity=severity,
            is_fatal=is_fatal,
            message=message,
            title=title,
        )

        deployment_heavy_status_health_messages_messages_type_0_item.additional_properties = d
        return deployment_heavy_status_health_messages_messages_type_0_item

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
