from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConnectionTestResult")


@_attrs_define
class ConnectionTestResult:
    """The outcome of testing a connection.

    Attributes:
        connection_ok (bool | Unset): Whether the connection could be reached.
        message (str | Unset): What happened.
    """

    connection_ok: bool | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connection_ok = self.connection_ok

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connection_ok is not UNSET:
            field_dict["connectionOK"] = connection_ok
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        connection_ok = d.pop("connectionOK", UNSET)

        message = d.pop("message", UNSET)

        connection_test_result = cls(
            connection_ok=connection_ok,
            message=message,
        )

        connection_test_result.additional_properties = d
        return connection_test_result

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
