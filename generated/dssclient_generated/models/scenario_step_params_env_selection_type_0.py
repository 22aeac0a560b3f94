from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ScenarioStepParamsEnvSelectionType0")


@_attrs_define
class ScenarioStepParamsEnvSelectionType0:
    """The code env of a `custom_python` step (`envMode`, `envName`).

    Attributes:
        env_mode (None | str | Unset): `INHERIT`, `USE_BUILTIN_MODE` or `EXPLICIT_ENV`.
        env_name (None | str | Unset): The code env, when `envMode` is `EXPLICIT_ENV`.
    """

    env_mode: None | str | Unset = UNSET
    env_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        env_mode: None | str | Unset
        if isinstance(self.env_mode, Unset):
            env_mode = UNSET
        else:
            env_mode = self.env_mode

        env_name: None | str | Unset
        if isinstance(self.env_name, Unset):
            env_name = UNSET
        else:
            env_name = self.env_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if env_mode is not UNSET:
            field_dict["envMode"] = env_mode
        if env_name is not UNSET:
            field_dict["envName"] = env_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_env_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        env_mode = _parse_env_mode(d.pop("envMode", UNSET))

        def _parse_env_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        env_name = _parse_env_name(d.pop("envName", UNSET))

        scenario_step_params_env_selection_type_0 = cls(
            env_mode=env_mode,
            env_name=env_name,
        )

        scenario_step_params_env_selection_type_0.additional_properties = d
        return scenario_step_params_env_selection_type_0

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
