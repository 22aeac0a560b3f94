from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_project_body_settings_type_0 import (
        CreateProjectBodySettingsType0,
    )
    from ..models.project_permission_item import ProjectPermissionItem


T = TypeVar("T", bound="CreateProjectBody")


@_attrs_define
class CreateProjectBody:
    """What `createProject` needs to create a project.

    Attributes:
        project_key (str): Key of the new project: letters, digits and underscores, unique on
            the instance. DSS refuses any other key (400).
        name (str): Display name.
        owner (str): Login of an existing user, who will own the project.
        description (None | str | Unset): Long description, in Markdown.
        settings (CreateProjectBodySettingsType0 | None | Unset): Initial settings, as in `ProjectSettings.settings`
            (unverified beyond the keys below).
        permissions (list[ProjectPermissionItem] | None | Unset): Initial permissions, each naming a group or a user and
            what it may do.
        tags (list[str] | None | Unset): Tags of the project.
    """

    project_key: str
    name: str
    owner: str
    description: None | str | Unset = UNSET
    settings: CreateProjectBodySettingsType0 | None | Unset = UNSET
    permissions: list[ProjectPermissionItem] | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_project_body_settings_type_0 import (
            CreateProjectBodySettingsType0,
        )

        project_key = self.project_key

        name = self.name

        owner = self.owner

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        settings: dict[str, Any] | None | Unset
        if isinstance(self.settings, Unset):
            settings = UNSET
        elif isinstance(self.settings, CreateProjectBodySettingsType0):
            settings = self.settings.to_dict()
        else:
            settings = self.settings

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

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "projectKey": project_key,
                "name": name,
                "owner": owner,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if settings is not UNSET:
            field_dict["settings"] = settings
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_project_body_settings_type_0 import (
            CreateProjectBodySettingsType0,
        )
        from ..models.project_permission_item import ProjectPermissionItem

        d = dict(src_dict)
        project_key = d.pop("projectKey")

        name = d.pop("name")

        owner = d.pop("owner")

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_settings(
            data: object,
        ) -> CreateProjectBodySettingsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                settings_type_0 = CreateProjectBodySettingsType0.from_dict(data)

                return settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateProjectBodySettingsType0 | None | Unset, data)

        settings = _parse_settings(d.pop("settings", UNSET))

        def _parse_permissions(
            data: object,
        ) -> list[ProjectPermissionItem] | None | Unset:
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
                    permissions_type_0_item = ProjectPermissionItem.from_dict(
                        permissions_type_0_item_data
                    )

                    permissions_type_0.append(permissions_type_0_item)

                return permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProjectPermissionItem] | None | Unset, data)

        permissions = _parse_permissions(d.pop("permissions", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        create_project_body = cls(
            project_key=project_key,
            name=name,
            owner=owner,
            description=description,
            settings=settings,
            permissions=permissions,
            tags=tags,
        )

        create_project_body.additional_properties = d
        return create_project_body

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
