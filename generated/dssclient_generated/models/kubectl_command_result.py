from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KubectlCommandResult")


@_attrs_define
class KubectlCommandResult:
    """The outcome of a kubectl command. (Field names chosen by dssclient:
    the official client documents the content, not the names.)

        Attributes:
            command (None | str | Unset): The command line that ran.
            return_value (int | Unset): The command's exit code (0 on success).
            stdout (str | Unset): What the command wrote on its standard output.
            stderr (str | Unset): What the command wrote on its standard error.
    """

    command: None | str | Unset = UNSET
    return_value: int | Unset = UNSET
    stdout: str | Unset = UNSET
    stderr: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command: None | str | Unset
        if isinstance(self.command, Unset):
            command = UNSET
        else:
            command = self.command

        return_value = self.return_value

        stdout = self.stdout

        stderr = self.stderr

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if command is not UNSET:
            field_dict["command"] = command
        if return_value is not UNSET:
            field_dict["returnValue"] = return_value
        if stdout is not UNSET:
            field_dict["stdout"] = stdout
        if stderr is not UNSET:
            field_dict["stderr"] = stderr

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_command(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        command = _parse_command(d.pop("command", UNSET))

        return_value = d.pop("returnValue", UNSET)

        stdout = d.pop("stdout", UNSET)

        stderr = d.pop("stderr", UNSET)

        kubectl_command_result = cls(
            command=command,
            return_value=return_value,
            stdout=stdout,
            stderr=stderr,
        )

        kubectl_command_result.additional_properties = d
        return kubectl_command_result

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
