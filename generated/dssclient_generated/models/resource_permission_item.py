from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ResourcePermissionItem")


@_attrs_define
class ResourcePermissionItem:
    """The rights one group (or user) has on a shared resource: a code env or a cluster.
    Absent rights are false.

        Attributes:
            group (None | str | Unset): Name of the group these rights are granted to.
            user (None | str | Unset): Login of the user these rights are granted to (unverified for clusters).
            use (bool | None | Unset): Use the resource (run code in the env, on the cluster).
            update (bool | None | Unset): Update the resource (its packages, its start and stop).
            manage_users (bool | None | Unset): Change who may use the resource.
    """

    group: None | str | Unset = UNSET
    user: None | str | Unset = UNSET
    use: bool | None | Unset = UNSET
    update: bool | None | Unset = UNSET
    manage_users: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group: None | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        use: bool | None | Unset
        if isinstance(self.use, Unset):
            use = UNSET
        else:
            use = self.use

        update: bool | None | Unset
        if isinstance(self.update, Unset):
            update = UNSET
        else:
            update = self.update

        manage_users: bool | None | Unset
        if isinstance(self.manage_users, Unset):
            manage_users = UNSET
        else:
            manage_users = self.manage_users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if group is not UNSET:
            field_dict["group"] = group
        if user is not UNSET:
            field_dict["user"] = user
        if use is not UNSET:
            field_dict["use"] = use
        if update is not UNSET:
            field_dict["update"] = update
        if manage_users is not UNSET:
            field_dict["manageUsers"] = manage_users

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group = _parse_group(d.pop("group", UNSET))

        def _parse_user(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        def _parse_use(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use = _parse_use(d.pop("use", UNSET))

        def _parse_update(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        update = _parse_update(d.pop("update", UNSET))

        def _parse_manage_users(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        manage_users = _parse_manage_users(d.pop("manageUsers", UNSET))

        resource_permission_item = cls(
            group=group,
            user=user,
            use=use,
            update=update,
            manage_users=manage_users,
        )

        resource_permission_item.additional_properties = d
        return resource_permission_item

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
