from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebAppParamsEnvSelection")


@_attrs_define
class WebAppParamsEnvSelection:
    """The code environment of the backend.

    Attributes:
        env_mode (str | Unset): `INHERIT` (the project's default), `USE_BUILTIN_MODE` or `EXPLICIT_ENV`.
        env_name (str | Unset): The code environment, with `EXPLICIT_ENV`.
    """

    env_mode: str | Unset = UNSET
    env_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        env_mode = self.env_mode

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
        env_mode = d.pop("envMode", UNSET)

        env_name = d.pop("envName", UNSET)

        web_app_params_env_selection = cls(
            env_mode=env_mode,
            env_name=env_name,
        )

        web_app_params_env_selection.additional_properties = d
        return web_app_params_env_selection

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
