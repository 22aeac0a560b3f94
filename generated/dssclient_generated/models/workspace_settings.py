from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.workspace_settings_permissions_type_0_item import (
        WorkspaceSettingsPermissionsType0Item,
    )


T = TypeVar("T", bound="WorkspaceSettings")


@_attrs_define
class WorkspaceSettings:
    """A workspace's settings.

    Attributes:
        workspace_key (None | str | Unset): Key of the workspace (letters, digits, underscores).
        display_name (None | str | Unset): Display name.
        color (None | str | Unset): Color, as `#RRGGBB`.
        description (None | str | Unset): Description.
        permissions (list[WorkspaceSettingsPermissionsType0Item] | None | Unset): Who may do what, each `{user or group,
            admin, write, read}` (shown to the workspace's administrators).
    """

    workspace_key: None | str | Unset = UNSET
    display_name: None | str | Unset = UNSET
    color: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    permissions: list[WorkspaceSettingsPermissionsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_key: None | str | Unset
        if isinstance(self.workspace_key, Unset):
            workspace_key = UNSET
        else:
            workspace_key = self.workspace_key

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        permissions: list[dict[str, Any]] | None | Unset
        if isinstance(self.permissions, Unset):
            permissions = UNSET
        elif isinstance(self.permissions, list):
            permissions = []
            for permissions_type_0_item_data in self.permissions:
                permissions_type_0_item = permissions_type_0_item_data.to_dict()
                permissions.append(permissions_type_0_item)

        else:
            permissions = self.permissions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workspace_key is not UNSET:
            field_dict["workspaceKey"] = workspace_key
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if color is not UNSET:
            field_dict["color"] = color
        if description is not UNSET:
            field_dict["description"] = description
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.workspace_settings_permissions_type_0_item import (
            WorkspaceSettingsPermissionsType0Item,
        )

        d = dict(src_dict)

        def _parse_workspace_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        workspace_key = _parse_workspace_key(d.pop("workspaceKey", UNSET))

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("displayName", UNSET))

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_permissions(
            data: object,
        ) -> list[WorkspaceSettingsPermissionsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                permissions_type_0 = []
                _permissions_type_0 = data
                for permissions_type_0_item_data in _permissions_type_0:
                    permissions_type_0_item = (
                        WorkspaceSettingsPermissionsType0Item.from_dict(
                            permissions_type_0_item_data
                        )
                    )

                    permissions_type_0.append(permissions_type_0_item)

                return permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[WorkspaceSettingsPermissionsType0Item] | None | Unset, data
            )

        permissions = _parse_permissions(d.pop("permissions", UNSET))

        workspace_settings = cls(
            workspace_key=workspace_key,
            display_name=display_name,
            color=color,
            description=description,
            permissions=permissions,
        )

        workspace_settings.additional_properties = d
        return workspace_settings

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
