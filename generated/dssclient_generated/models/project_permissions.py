from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_permission_item import ProjectPermissionItem


T = TypeVar("T", bound="ProjectPermissions")


@_attrs_define
class ProjectPermissions:
    """A project's owner and the rights it grants.

    Attributes:
        owner (str | Unset): Login of the project's owner, who has every right on it.
        permissions (list[ProjectPermissionItem] | Unset): One entry per group (`group`) or user (`user`), with the
            rights it
            grants as booleans: `admin`, `readProjectContent`,
            `writeProjectContent`, `runScenarios`, `readDashboards`, ...
            Writing implies reading; administering implies everything.
    """

    owner: str | Unset = UNSET
    permissions: list[ProjectPermissionItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        owner = self.owner

        permissions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.permissions, Unset):
            permissions = []
            for permissions_item_data in self.permissions:
                permissions_item = permissions_item_data.to_dict()
                permissions.append(permissions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if owner is not UNSET:
            field_dict["owner"] = owner
        if permissions is not UNSET:
            field_dict["permissions"] = permissions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.project_permission_item import ProjectPermissionItem

        d = dict(src_dict)
        owner = d.pop("owner", UNSET)

        _permissions = d.pop("permissions", UNSET)
        permissions: list[ProjectPermissionItem] | Unset = UNSET
        if _permissions is not UNSET:
            permissions = []
            for permissions_item_data in _permissions:
                permissions_item = ProjectPermissionItem.from_dict(
                    permissions_item_data
                )

                permissions.append(permissions_item)

        project_permissions = cls(
            owner=owner,
            permissions=permissions,
        )

        project_permissions.additional_properties = d
        return project_permissions

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
