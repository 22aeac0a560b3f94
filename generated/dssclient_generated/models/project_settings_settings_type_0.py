from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_settings_settings_type_0_code_envs_type_0 import (
        ProjectSettingsSettingsType0CodeEnvsType0,
    )
    from ..models.project_settings_settings_type_0_container_type_0 import (
        ProjectSettingsSettingsType0ContainerType0,
    )


T = TypeVar("T", bound="ProjectSettingsSettingsType0")


@_attrs_define
class ProjectSettingsSettingsType0:
    """Execution settings (code environments, containers, clusters, flow build, ...).

    Attributes:
        code_envs (None | ProjectSettingsSettingsType0CodeEnvsType0 | Unset): Code environments used by the project's
            code, per language (`python`, `r`).
        container (None | ProjectSettingsSettingsType0ContainerType0 | Unset): Containerized execution configuration
            (`containerMode`, `containerConf`).
    """

    code_envs: None | ProjectSettingsSettingsType0CodeEnvsType0 | Unset = UNSET
    container: None | ProjectSettingsSettingsType0ContainerType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.project_settings_settings_type_0_code_envs_type_0 import (
            ProjectSettingsSettingsType0CodeEnvsType0,
        )
        from ..models.project_settings_settings_type_0_container_type_0 import (
            ProjectSettingsSettingsType0ContainerType0,
        )

        code_envs: dict[str, Any] | None | Unset
        if isinstance(self.code_envs, Unset):
            code_envs = UNSET
        elif isinstance(self.code_envs, ProjectSettingsSettingsType0CodeEnvsType0):
            code_envs = self.code_envs.to_dict()
        else:
            code_envs = self.code_envs

        container: dict[str, Any] | None | Unset
        if isinstance(self.container, Unset):
            container = UNSET
        elif isinstance(self.container, ProjectSettingsSettingsType0ContainerType0):
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
        from ..models.project_settings_settings_type_0_code_envs_type_0 import (
            ProjectSettingsSettingsType0CodeEnvsType0,
        )
        from ..models.project_settings_settings_type_0_container_type_0 import (
            ProjectSettingsSettingsType0ContainerType0,
        )

        d = dict(src_dict)

        def _parse_code_envs(
            data: object,
        ) -> None | ProjectSettingsSettingsType0CodeEnvsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                code_envs_type_0 = ProjectSettingsSettingsType0CodeEnvsType0.from_dict(
                    data
                )

                return code_envs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectSettingsSettingsType0CodeEnvsType0 | Unset, data)

        code_envs = _parse_code_envs(d.pop("codeEnvs", UNSET))

        def _parse_container(
            data: object,
        ) -> None | ProjectSettingsSettingsType0ContainerType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                container_type_0 = ProjectSettingsSettingsType0ContainerType0.from_dict(
                    data
                )

                return container_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectSettingsSettingsType0ContainerType0 | Unset, data)

        container = _parse_container(d.pop("container", UNSET))

        project_settings_settings_type_0 = cls(
            code_envs=code_envs,
            container=container,
        )

        project_settings_settings_type_0.additional_properties = d
        return project_settings_settings_type_0

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
