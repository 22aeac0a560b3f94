from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CodeEnvUsage")


@_attrs_define
class CodeEnvUsage:
    """An object that uses a code env.

    Attributes:
        env_lang (str | Unset): Language of the code env (instance-wide listings).
        env_name (str | Unset): Name of the code env (instance-wide listings).
        env_usage (str | Unset): Kind of use (`PROJECT`, `RECIPE`, `NOTEBOOK`, `CODE_STUDIO_TEMPLATE`, ...).
        project_key (str | Unset): Project of the object.
        object_id (str | Unset): Identifier of the object within its project.
    """

    env_lang: str | Unset = UNSET
    env_name: str | Unset = UNSET
    env_usage: str | Unset = UNSET
    project_key: str | Unset = UNSET
    object_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        env_lang = self.env_lang

        env_name = self.env_name

        env_usage = self.env_usage

        project_key = self.project_key

        object_id = self.object_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if env_lang is not UNSET:
            field_dict["envLang"] = env_lang
        if env_name is not UNSET:
            field_dict["envName"] = env_name
        if env_usage is not UNSET:
            field_dict["envUsage"] = env_usage
        if project_key is not UNSET:
            field_dict["projectKey"] = project_key
        if object_id is not UNSET:
            field_dict["objectId"] = object_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        env_lang = d.pop("envLang", UNSET)

        env_name = d.pop("envName", UNSET)

        env_usage = d.pop("envUsage", UNSET)

        project_key = d.pop("projectKey", UNSET)

        object_id = d.pop("objectId", UNSET)

        code_env_usage = cls(
            env_lang=env_lang,
            env_name=env_name,
            env_usage=env_usage,
            project_key=project_key,
            object_id=object_id,
        )

        code_env_usage.additional_properties = d
        return code_env_usage

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
