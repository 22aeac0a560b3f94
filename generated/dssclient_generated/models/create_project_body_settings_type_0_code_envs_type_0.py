from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_code_env_selection_type_0 import ProjectCodeEnvSelectionType0


T = TypeVar("T", bound="CreateProjectBodySettingsType0CodeEnvsType0")


@_attrs_define
class CreateProjectBodySettingsType0CodeEnvsType0:
    """Code environments of the project's code, per language (`python`, `r`).

    Attributes:
        python (None | ProjectCodeEnvSelectionType0 | Unset): The code env the project's code of one language runs in,
            unless a recipe names its own
            (its `params.envSelection`). A new project inherits the instance's default.
        r (None | ProjectCodeEnvSelectionType0 | Unset): The code env the project's code of one language runs in, unless
            a recipe names its own
            (its `params.envSelection`). A new project inherits the instance's default.
    """

    python: None | ProjectCodeEnvSelectionType0 | Unset = UNSET
    r: None | ProjectCodeEnvSelectionType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.project_code_env_selection_type_0 import (
            ProjectCodeEnvSelectionType0,
        )

        python: dict[str, Any] | None | Unset
        if isinstance(self.python, Unset):
            python = UNSET
        elif isinstance(self.python, ProjectCodeEnvSelectionType0):
            python = self.python.to_dict()
        else:
            python = self.python

        r: dict[str, Any] | None | Unset
        if isinstance(self.r, Unset):
            r = UNSET
        elif isinstance(self.r, ProjectCodeEnvSelectionType0):
            r = self.r.to_dict()
        else:
            r = self.r

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if python is not UNSET:
            field_dict["python"] = python
        if r is not UNSET:
            field_dict["r"] = r

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_code_env_selection_type_0 import (
            ProjectCodeEnvSelectionType0,
        )

        d = dict(src_dict)

        def _parse_python(data: object) -> None | ProjectCodeEnvSelectionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_project_code_env_selection_type_0 = (
                    ProjectCodeEnvSelectionType0.from_dict(data)
                )

                return componentsschemas_project_code_env_selection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectCodeEnvSelectionType0 | Unset, data)

        python = _parse_python(d.pop("python", UNSET))

        def _parse_r(data: object) -> None | ProjectCodeEnvSelectionType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_project_code_env_selection_type_0 = (
                    ProjectCodeEnvSelectionType0.from_dict(data)
                )

                return componentsschemas_project_code_env_selection_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectCodeEnvSelectionType0 | Unset, data)

        r = _parse_r(d.pop("r", UNSET))

        create_project_body_settings_type_0_code_envs_type_0 = cls(
            python=python,
            r=r,
        )

        create_project_body_settings_type_0_code_envs_type_0.additional_properties = d
        return create_project_body_settings_type_0_code_envs_type_0

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
