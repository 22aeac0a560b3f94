from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.authorization_matrix_per_group_global_permissions_type_0 import (
        AuthorizationMatrixPerGroupGlobalPermissionsType0,
    )
    from ..models.project_grants import ProjectGrants


T = TypeVar("T", bound="AuthorizationMatrixPerGroup")


@_attrs_define
class AuthorizationMatrixPerGroup:
    """What each group grants.

    Attributes:
        groups (list[str] | Unset): Names of the groups.
        global_permissions (AuthorizationMatrixPerGroupGlobalPermissionsType0 | None | Unset): Instance-wide
            permissions, by group.
        projects_grants (list[ProjectGrants] | None | Unset): Per project, the rights of each group.
    """

    groups: list[str] | Unset = UNSET
    global_permissions: (
        AuthorizationMatrixPerGroupGlobalPermissionsType0 | None | Unset
    ) = UNSET
    projects_grants: list[ProjectGrants] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.authorization_matrix_per_group_global_permissions_type_0 import (
            AuthorizationMatrixPerGroupGlobalPermissionsType0,
        )

        groups: list[str] | Unset = UNSET
        if not isinstance(self.groups, Unset):
            groups = self.groups

        global_permissions: dict[str, Any] | None | Unset
        if isinstance(self.global_permissions, Unset):
            global_permissions = UNSET
        elif isinstance(
            self.global_permissions, AuthorizationMatrixPerGroupGlobalPermissionsType0
        ):
            global_permissions = self.global_permissions.to_dict()
        else:
            global_permissions = self.global_permissions

        projects_grants: list[dict[str, Any]] | None | Unset
        if isinstance(self.projects_grants, Unset):
            projects_grants = UNSET
        elif isinstance(self.projects_grants, list):
            projects_grants = []
            for projects_grants_type_0_item_data in self.projects_grants:
                projects_grants_type_0_item = projects_grants_type_0_item_data.to_dict()
                projects_grants.append(projects_grants_type_0_item)

        else:
            projects_grants = self.projects_grants

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if groups is not UNSET:
            field_dict["groups"] = groups
        if global_permissions is not UNSET:
            field_dict["globalPermissions"] = global_permissions
        if projects_grants is not UNSET:
            field_dict["projectsGrants"] = projects_grants

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.authorization_matrix_per_group_global_permissions_type_0 import (
            AuthorizationMatrixPerGroupGlobalPermissionsType0,
        )
        from ..models.project_grants import ProjectGrants

        d = dict(src_dict)
        groups = cast(list[str], d.pop("groups", UNSET))

        def _parse_global_permissions(
            data: object,
        ) -> AuthorizationMatrixPerGroupGlobalPermissionsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                global_permissions_type_0 = (
                    AuthorizationMatrixPerGroupGlobalPermissionsType0.from_dict(data)
                )

                return global_permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                AuthorizationMatrixPerGroupGlobalPermissionsType0 | None | Unset, data
            )

        global_permissions = _parse_global_permissions(
            d.pop("globalPermissions", UNSET)
        )

        def _parse_projects_grants(data: object) -> list[ProjectGrants] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                projects_grants_type_0 = []
                _projects_grants_type_0 = data
                for projects_grants_type_0_item_data in _projects_grants_type_0:
                    projects_grants_type_0_item = ProjectGrants.from_dict(
                        projects_grants_type_0_item_data
                    )

                    projects_grants_type_0.append(projects_grants_type_0_item)

                return projects_grants_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProjectGrants] | None | Unset, data)

        projects_grants = _parse_projects_grants(d.pop("projectsGrants", UNSET))

        authorization_matrix_per_group = cls(
            groups=groups,
            global_permissions=global_permissions,
            projects_grants=projects_grants,
        )

        authorization_matrix_per_group.additional_properties = d
        return authorization_matrix_per_group

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
