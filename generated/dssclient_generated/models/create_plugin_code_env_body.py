from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePluginCodeEnvBody")


@_attrs_define
class CreatePluginCodeEnvBody:
    """How to build the environment.

    Attributes:
        deployment_mode (str | Unset): `PLUGIN_MANAGED`.
        conda (bool | None | Unset): Build it with Conda.
        python_interpreter (None | str | Unset): Python interpreter to build it with (`PYTHON39`, ...).
    """

    deployment_mode: str | Unset = UNSET
    conda: bool | None | Unset = UNSET
    python_interpreter: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deployment_mode = self.deployment_mode

        conda: bool | None | Unset
        if isinstance(self.conda, Unset):
            conda = UNSET
        else:
            conda = self.conda

        python_interpreter: None | str | Unset
        if isinstance(self.python_interpreter, Unset):
            python_interpreter = UNSET
        else:
            python_interpreter = self.python_interpreter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deployment_mode is not UNSET:
            field_dict["deploymentMode"] = deployment_mode
        if conda is not UNSET:
            field_dict["conda"] = conda
        if python_interpreter is not UNSET:
            field_dict["pythonInterpreter"] = python_interpreter

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        deployment_mode = d.pop("deploymentMode", UNSET)

        def _parse_conda(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        conda = _parse_conda(d.pop("conda", UNSET))

        def _parse_python_interpreter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        python_interpreter = _parse_python_interpreter(
            d.pop("pythonInterpreter", UNSET)
        )

        create_plugin_code_env_body = cls(
            deployment_mode=deployment_mode,
            conda=conda,
            python_interpreter=python_interpreter,
        )

        create_plugin_code_env_body.additional_properties = d
        return create_plugin_code_env_body

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
