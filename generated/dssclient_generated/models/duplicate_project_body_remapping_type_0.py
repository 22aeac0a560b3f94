from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.duplicate_project_body_remapping_type_0_code_envs_type_0_item import (
        DuplicateProjectBodyRemappingType0CodeEnvsType0Item,
    )
    from ..models.duplicate_project_body_remapping_type_0_connections_type_0_item import (
        DuplicateProjectBodyRemappingType0ConnectionsType0Item,
    )


T = TypeVar("T", bound="DuplicateProjectBodyRemappingType0")


@_attrs_define
class DuplicateProjectBodyRemappingType0:
    """Connections and code environments to replace in the copy.

    Attributes:
        connections (list[DuplicateProjectBodyRemappingType0ConnectionsType0Item] | None | Unset): Connections to
            replace.
        code_envs (list[DuplicateProjectBodyRemappingType0CodeEnvsType0Item] | None | Unset): Code environments to
            replace.
    """

    connections: (
        list[DuplicateProjectBodyRemappingType0ConnectionsType0Item] | None | Unset
    ) = UNSET
    code_envs: (
        list[DuplicateProjectBodyRemappingType0CodeEnvsType0Item] | None | Unset
    ) = UNSET
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if connections is not UNSET:
            field_dict["connections"] = connections
        if code_envs is not UNSET:
            field_dict["codeEnvs"] = code_envs

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.duplicate_project_body_remapping_type_0_code_envs_type_0_item import (
            DuplicateProjectBodyRemappingType0CodeEnvsType0Item,
        )
        from ..models.duplicate_project_body_remapping_type_0_connections_type_0_item import (
            DuplicateProjectBodyRemappingType0ConnectionsType0Item,
        )

        d = dict(src_dict)

        def _parse_connections(
            data: object,
        ) -> (
            list[DuplicateProjectBodyRemappingType0ConnectionsType0Item] | None | Unset
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
                    connections_type_0_item = DuplicateProjectBodyRemappingType0ConnectionsType0Item.from_dict(
                        connections_type_0_item_data
                    )

                    connections_type_0.append(connections_type_0_item)

                return connections_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[DuplicateProjectBodyRemappingType0ConnectionsType0Item]
                | None
                | Unset,
                data,
            )

        connections = _parse_connections(d.pop("connections", UNSET))

        def _parse_code_envs(
            data: object,
        ) -> list[DuplicateProjectBodyRemappingType0CodeEnvsType0Item] | None | Unset:
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
                        DuplicateProjectBodyRemappingType0CodeEnvsType0Item.from_dict(
                            code_envs_type_0_item_data
                        )
                    )

                    code_envs_type_0.append(code_envs_type_0_item)

                return code_envs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[DuplicateProjectBodyRemappingType0CodeEnvsType0Item]
                | None
                | Unset,
                data,
            )

        code_envs = _parse_code_envs(d.pop("codeEnvs", UNSET))

        duplicate_project_body_remapping_type_0 = cls(
            connections=connections,
            code_envs=code_envs,
        )

        duplicate_project_body_remapping_type_0.additional_properties = d
        return duplicate_project_body_remapping_type_0

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
