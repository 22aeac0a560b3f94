from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectCodeEnvSelectionType0")


@_attrs_define
class ProjectCodeEnvSelectionType0:
    """The code env the project's code of one language runs in, unless a recipe names its own
    (its `params.envSelection`). A new project inherits the instance's default.

        Attributes:
            mode (None | str | Unset): `INHERIT` (the instance's default: general settings `codeEnvs.defaultPythonEnv` or
                `defaultREnv`), `USE_BUILTIN_MODE` (DSS's built-in env) or `EXPLICIT_ENV` (`envName`).
            env_name (None | str | Unset): The code env, when `mode` is `EXPLICIT_ENV`.
            use_builtin_env (bool | None | Unset): Whether the built-in env is used (the setting that predates `mode`).
    """

    mode: None | str | Unset = UNSET
    env_name: None | str | Unset = UNSET
    use_builtin_env: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        else:
            mode = self.mode

        env_name: None | str | Unset
        if isinstance(self.env_name, Unset):
            env_name = UNSET
        else:
            env_name = self.env_name

        use_builtin_env: bool | None | Unset
        if isinstance(self.use_builtin_env, Unset):
            use_builtin_env = UNSET
        else:
            use_builtin_env = self.use_builtin_env

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if env_name is not UNSET:
            field_dict["envName"] = env_name
        if use_builtin_env is not UNSET:
            field_dict["useBuiltinEnv"] = use_builtin_env

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mode = _parse_mode(d.pop("mode", UNSET))

        def _parse_env_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        env_name = _parse_env_name(d.pop("envName", UNSET))

        def _parse_use_builtin_env(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_builtin_env = _parse_use_builtin_env(d.pop("useBuiltinEnv", UNSET))

        project_code_env_selection_type_0 = cls(
            mode=mode,
            env_name=env_name,
            use_builtin_env=use_builtin_env,
        )

        project_code_env_selection_type_0.additional_properties = d
        return project_code_env_selection_type_0

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
