from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScenarioRunError")


@_attrs_define
class ScenarioRunError:
    """The error a failed step or job threw, as the official client documents it.

    Attributes:
        clazz (str | Unset): Class name of the exception.
        title (str | Unset): Short message of the exception.
        message (None | str | Unset): Message of the exception.
        stack (str | Unset): Stack trace, as a single string.
        code (str | Unset): Well-known error code, as DSS's troubleshooting documentation lists them.
        fixability (str | Unset): What kind of action remediates the error (`USER_CONFIG_DATASET`,
            `ADMIN_SETTINGS_SECURITY`, ...).
    """

    clazz: str | Unset = UNSET
    title: str | Unset = UNSET
    message: None | str | Unset = UNSET
    stack: str | Unset = UNSET
    code: str | Unset = UNSET
    fixability: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        clazz = self.clazz

        title = self.title

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        stack = self.stack

        code = self.code

        fixability = self.fixability

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if clazz is not UNSET:
            field_dict["clazz"] = clazz
        if title is not UNSET:
            field_dict["title"] = title
        if message is not UNSET:
            field_dict["message"] = message
        if stack is not UNSET:
            field_dict["stack"] = stack
        if code is not UNSET:
            field_dict["code"] = code
        if fixability is not UNSET:
            field_dict["fixability"] = fixability

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        clazz = d.pop("clazz", UNSET)

        title = d.pop("title", UNSET)

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        stack = d.pop("stack", UNSET)

        code = d.pop("code", UNSET)

        fixability = d.pop("fixability", UNSET)

        scenario_run_error = cls(
            clazz=clazz,
            title=title,
            message=message,
            stack=stack,
            code=code,
            fixability=fixability,
        )

        scenario_run_error.additional_properties = d
        return scenario_run_error

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
