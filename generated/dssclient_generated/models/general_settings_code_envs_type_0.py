from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GeneralSettingsCodeEnvsType0")


@_attrs_define
class GeneralSettingsCodeEnvsType0:
    """The code envs that projects inheriting theirs (`codeEnvs.python.mode` `INHERIT` in
    their settings) run in: `defaultPythonEnv` and `defaultREnv`, each a code env's
    name, or empty for DSS's built-in env.

        Attributes:
            default_python_env (None | str | Unset): Name of the default Python code env; empty for the built-in one.
            default_r_env (None | str | Unset): Name of the default R code env; empty for the built-in one.
    """

    default_python_env: None | str | Unset = UNSET
    default_r_env: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default_python_env: None | str | Unset
        if isinstance(self.default_python_env, Unset):
            default_python_env = UNSET
        else:
            default_python_env = self.default_python_env

        default_r_env: None | str | Unset
        if isinstance(self.default_r_env, Unset):
            default_r_env = UNSET
        else:
            default_r_env = self.default_r_env

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default_python_env is not UNSET:
            field_dict["defaultPythonEnv"] = default_python_env
        if default_r_env is not UNSET:
            field_dict["defaultREnv"] = default_r_env

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_default_python_env(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_python_env = _parse_default_python_env(d.pop("defaultPythonEnv", UNSET))

        def _parse_default_r_env(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_r_env = _parse_default_r_env(d.pop("defaultREnv", UNSET))

        general_settings_code_envs_type_0 = cls(
            default_python_env=default_python_env,
            default_r_env=default_r_env,
        )

        general_settings_code_envs_type_0.additional_properties = d
        return general_settings_code_envs_type_0

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
