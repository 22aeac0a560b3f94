from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CodeEnvSummary")


@_attrs_define
class CodeEnvSummary:
    """A code env as listed.

    Attributes:
        env_lang (str | Unset): Language, `PYTHON` or `R`.
        env_name (str | Unset): Name.
        deployment_mode (str | Unset): How DSS manages it (`DESIGN_MANAGED`, `DESIGN_NON_MANAGED`,
            `AUTOMATION_VERSIONED`, ...).
        owner (str | Unset): Login of its owner.
        python_interpreter (str | Unset): Python interpreter (`PYTHON39`, `PYTHON310`, ...), for Python envs.
    """

    env_lang: str | Unset = UNSET
    env_name: str | Unset = UNSET
    deployment_mode: str | Unset = UNSET
    owner: str | Unset = UNSET
    python_interpreter: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        env_lang = self.env_lang

        env_name = self.env_name

        deployment_mode = self.deployment_mode

        owner = self.owner

        python_interpreter = self.python_interpreter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if env_lang is not UNSET:
            field_dict["envLang"] = env_lang
        if env_name is not UNSET:
            field_dict["envName"] = env_name
        if deployment_mode is not UNSET:
            field_dict["deploymentMode"] = deployment_mode
        if owner is not UNSET:
            field_dict["owner"] = owner
        if python_interpreter is not UNSET:
            field_dict["pythonInterpreter"] = python_interpreter

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        env_lang = d.pop("envLang", UNSET)

        env_name = d.pop("envName", UNSET)

        deployment_mode = d.pop("deploymentMode", UNSET)

        owner = d.pop("owner", UNSET)

        python_interpreter = d.pop("pythonInterpreter", UNSET)

        code_env_summary = cls(
            env_lang=env_lang,
            env_name=env_name,
            deployment_mode=deployment_mode,
            owner=owner,
            python_interpreter=python_interpreter,
        )

        code_env_summary.additional_properties = d
        return code_env_summary

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
