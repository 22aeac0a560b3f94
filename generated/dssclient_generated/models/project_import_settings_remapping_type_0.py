from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_import_settings_remapping_type_0_code_envs_type_0_item import (
        ProjectImportSettingsRemappingType0CodeEnvsType0Item,
    )
    from ..models.project_import_settings_remapping_type_0_connections_type_0_item import (
        ProjectImportSettingsRemappingType0ConnectionsType0Item,
    )
    from ..models.project_import_settings_remapping_type_0_container_execs_type_0_item import (
        ProjectImportSettingsRemappingType0ContainerExecsType0Item,
    )


T = TypeVar("T", bound="ProjectImportSettingsRemappingType0")


@_attrs_define
class ProjectImportSettingsRemappingType0:
    """Names to change on the way in.

    Attributes:
        connections (list[ProjectImportSettingsRemappingType0ConnectionsType0Item] | None | Unset): Connections to
            rename.
        code_envs (list[ProjectImportSettingsRemappingType0CodeEnvsType0Item] | None | Unset): Code envs to rename.
        container_execs (list[ProjectImportSettingsRemappingType0ContainerExecsType0Item] | None | Unset): Containerized
            execution configurations to rename.
        enable_container_exec_remapping (bool | None | Unset): Whether `containerExecs` applies.
    """

    connections: (
        list[ProjectImportSettingsRemappingType0ConnectionsType0Item] | None | Unset
    ) = UNSET
    code_envs: (
        list[ProjectImportSettingsRemappingType0CodeEnvsType0Item] | None | Unset
    ) = UNSET
    container_execs: (
        list[ProjectImportSettingsRemappingType0ContainerExecsType0Item] | None | Unset
    ) = UNSET
    enable_container_exec_remapping: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        connections: list[dict[str, Any]] | None | Unset
        if isinstance(self.connections, Unset):
            connections = UNSET
        elif isinstance(self.connections, list):
            connections = []
            for connections_type_0_item_data in self.connections:
                connections_type_0_item = connections_type_0_item_data.to_dict()
                connections.append(connections_type_0_item)

        else:
            connections = self.connections

        code_envs: list[dict[str, Any]] | None | Unset
        if isinstance(self.code_envs, Unset):
            code_envs = UNSET
        elif isinstance(self.code_envs, list):
            code_envs = []
            for code_envs_type_0_item_data in self.code_envs:
                code_envs_type_0_item = code_envs_type_0_item_data.to_dict()
                code_envs.append(code_envs_type_0_item)

        else:
            code_envs = self.code_envs

        container_execs: list[dict[str, Any]] | None | Unset
        if isinstance(self.container_execs, Unset):
            container_execs = UNSET
        elif isinstance(self.container_execs, list):
            container_execs = []
            for container_execs_type_0_item_data in self.container_execs:
                container_execs_type_0_item = container_execs_type_0_item_data.to_dict()
                container_execs.append(container_execs_type_0_item)

        else:
            container_execs = self.container_execs

        enable_container_exec_remapping: bool | None | Unset
        if isinstance(self.enable_container_exec_remapping, Unset):
            enable_container_exec_remapping = UNSET
        else:
            enable_container_exec_remapping = self.enable_container_exec_remapping

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connections is not UNSET:
            field_dict["connections"] = connections
        if code_envs is not UNSET:
            field_dict["codeEnvs"] = code_envs
        if container_execs is not UNSET:
            field_dict["containerExecs"] = container_execs
        if enable_container_exec_remapping is not UNSET:
            field_dict["enableContainerExecRemapping"] = enable_container_exec_remapping

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_import_settings_remapping_type_0_code_envs_type_0_item import (
            ProjectImportSettingsRemappingType0CodeEnvsType0Item,
        )
        from ..models.project_import_settings_remapping_type_0_connections_type_0_item import (
            ProjectImportSettingsRemappingType0ConnectionsType0Item,
        )
        from ..models.project_import_settings_remapping_type_0_container_execs_type_0_item import (
            ProjectImportSettingsRemappingType0ContainerExecsType0Item,
        )

        d = dict(src_dict)

        def _parse_connections(
            data: object,
        ) -> (
            list[ProjectImportSettingsRemappingType0ConnectionsType0Item] | None | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                connections_type_0 = []
                _connections_type_0 = data
                for connections_type_0_item_data in _connections_type_0:
                    connections_type_0_item = ProjectImportSettingsRemappingType0ConnectionsType0Item.from_dict(
                        connections_type_0_item_data
                    )

                    connections_type_0.append(connections_type_0_item)

                return connections_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ProjectImportSettingsRemappingType0ConnectionsType0Item]
                | None
                | Unset,
                data,
            )

        connections = _parse_connections(d.pop("connections", UNSET))

        def _parse_code_envs(
            data: object,
        ) -> list[ProjectImportSettingsRemappingType0CodeEnvsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                code_envs_type_0 = []
                _code_envs_type_0 = data
                for code_envs_type_0_item_data in _code_envs_type_0:
                    code_envs_type_0_item = (
                        ProjectImportSettingsRemappingType0CodeEnvsType0Item.from_dict(
                            code_envs_type_0_item_data
                        )
                    )

                    code_envs_type_0.append(code_envs_type_0_item)

                return code_envs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ProjectImportSettingsRemappingType0CodeEnvsType0Item]
                | None
                | Unset,
                data,
            )

        code_envs = _parse_code_envs(d.pop("codeEnvs", UNSET))

        def _parse_container_execs(
            data: object,
        ) -> (
            list[ProjectImportSettingsRemappingType0ContainerExecsType0Item]
            | None
            | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                container_execs_type_0 = []
                _container_execs_type_0 = data
                for container_execs_type_0_item_data in _container_execs_type_0:
                    container_execs_type_0_item = ProjectImportSettingsRemappingType0ContainerExecsType0Item.from_dict(
                        container_execs_type_0_item_data
                    )

                    container_execs_type_0.append(container_execs_type_0_item)

                return container_execs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ProjectImportSettingsRemappingType0ContainerExecsType0Item]
                | None
                | Unset,
                data,
            )

        container_execs = _parse_container_execs(d.pop("containerExecs", UNSET))

        def _parse_enable_container_exec_remapping(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_container_exec_remapping = _parse_enable_container_exec_remapping(
            d.pop("enableContainerExecRemapping", UNSET)
        )

        project_import_settings_remapping_type_0 = cls(
            connections=connections,
            code_envs=code_envs,
            container_execs=container_execs,
            enable_container_exec_remapping=enable_container_exec_remapping,
        )

        project_import_settings_remapping_type_0.additional_properties = d
        return project_import_settings_remapping_type_0

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
