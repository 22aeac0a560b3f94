from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_project_body_settings_type_0_code_envs_type_0 import (
        CreateProjectBodySettingsType0CodeEnvsType0,
    )
    from ..models.project_container_settings_type_0 import ProjectContainerSettingsType0


T = TypeVar("T", bound="CreateProjectBodySettingsType0")


@_attrs_define
class CreateProjectBodySettingsType0:
    """Initial settings, as in `ProjectSettings.settings` (unverified beyond the keys below).

    Attributes:
        code_envs (CreateProjectBodySettingsType0CodeEnvsType0 | None | Unset): Code environments of the project's code,
            per language (`python`, `r`).
        container (None | ProjectContainerSettingsType0 | Unset): Where the project's code runs, locally or in
            containers.
    """

    code_envs: CreateProjectBodySettingsType0CodeEnvsType0 | None | Unset = UNSET
    container: None | ProjectContainerSettingsType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_project_body_settings_type_0_code_envs_type_0 import (
            CreateProjectBodySettingsType0CodeEnvsType0,
        )
        from ..models.project_container_settings_type_0 import (
            ProjectContainerSettingsType0,
        )

        code_envs: dict[str, Any] | None | Unset
        if isinstance(self.code_envs, Unset):
            code_envs = UNSET
        elif isinstance(self.code_envs, CreateProjectBodySettingsType0CodeEnvsType0):
            code_envs = self.code_envs.to_dict()
        else:
            code_envs = self.code_envs

        container: dict[str, Any] | None | Unset
        if isinstance(self.container, Unset):
            container = UNSET
        elif isinstance(self.container, ProjectContainerSettingsType0):
            container = self.container.to_dict()
        else:
            container = self.container

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code_envs is not UNSET:
            field_dict["codeEnvs"] = code_envs
        if container is not UNSET:
            field_dict["container"] = container

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_project_body_settings_type_0_code_envs_type_0 import (
            CreateProjectBodySettingsType0CodeEnvsType0,
        )
        from ..models.project_container_settings_type_0 import (
            ProjectContainerSettingsType0,
        )

        d = dict(src_dict)

        def _parse_code_envs(
            data: object,
        ) -> CreateProjectBodySettingsType0CodeEnvsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                code_envs_type_0 = (
                    CreateProjectBodySettingsType0CodeEnvsType0.from_dict(data)
                )

                return code_envs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                CreateProjectBodySettingsType0CodeEnvsType0 | None | Unset, data
            )

        code_envs = _parse_code_envs(d.pop("codeEnvs", UNSET))

        def _parse_container(
            data: object,
        ) -> None | ProjectContainerSettingsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                componentsschemas_project_container_settings_type_0 = (
                    ProjectContainerSettingsType0.from_dict(data)
                )

                return componentsschemas_project_container_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectContainerSettingsType0 | Unset, data)

        container = _parse_container(d.pop("container", UNSET))

        create_project_body_settings_type_0 = cls(
            code_envs=code_envs,
            container=container,
        )

        create_project_body_settings_type_0.additional_properties = d
        return create_project_body_settings_type_0

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
