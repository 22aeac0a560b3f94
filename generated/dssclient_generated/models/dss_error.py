from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DSSError")


@_attrs_define
class DSSError:
    """The body of every error answer.

    Example:
        {'errorType': 'com.dataiku.dip.server.controllers.NotFoundException', 'message': 'Project does not exist:
            MISSING', 'detailedMessage': 'Project does not exist: MISSING'}

    Attributes:
        error_type (str): Name of the exception DSS raised, for example
            `com.dataiku.dip.server.controllers.NotFoundException`.
        message (str): Human-readable message.
        detailed_message (str | Unset): Longer message, with the causes of the error when there are any.
        code (str | Unset): A stable code for some errors.
    """

    error_type: str
    message: str
    detailed_message: str | Unset = UNSET
    code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_type = self.error_type

        message = self.message

        detailed_message = self.detailed_message

        code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "errorType": error_type,
                "message": message,
            }
        )
        if detailed_message is not UNSET:
            field_dict["detailedMessage"] = detailed_message
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        error_type = d.pop("errorType")

        message = d.pop("message")

        detailed_message = d.pop("detailedMessage", UNSET)

        code = d.pop("code", UNSET)

        dss_error = cls(
            error_type=error_type,
            message=message,
            detailed_message=detailed_message,
            code=code,
        )

        dss_error.additional_properties = d
        return dss_error

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
