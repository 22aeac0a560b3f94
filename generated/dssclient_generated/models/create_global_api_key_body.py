from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_permissions import GlobalPermissions


T = TypeVar("T", bound="CreateGlobalApiKeyBody")


@_attrs_define
class CreateGlobalApiKeyBody:
    """What `createGlobalApiKey` needs; give either `globalPermissions` or `groups`.

    Attributes:
        label (None | str | Unset): Label.
        description (None | str | Unset): Description.
        global_permissions (GlobalPermissions | None | Unset): Instance-wide permissions of the key.
        groups (list[str] | None | Unset): Groups whose permissions the key gets; each must exist.
    """

    label: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    global_permissions: GlobalPermissions | None | Unset = UNSET
    groups: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.global_permissions import GlobalPermissions

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        global_permissions: dict[str, Any] | None | Unset
        if isinstance(self.global_permissions, Unset):
            global_permissions = UNSET
        elif isinstance(self.global_permissions, GlobalPermissions):
            global_permissions = self.global_permissions.to_dict()
        else:
            global_permissions = self.global_permissions

        groups: list[str] | None | Unset
        if isinstance(self.groups, Unset):
            groups = UNSET
        elif isinstance(self.groups, list):
            groups = self.groups

        else:
            groups = self.groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if global_permissions is not UNSET:
            field_dict["globalPermissions"] = global_permissions
        if groups is not UNSET:
            field_dict["groups"] = groups

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.global_permissions import GlobalPermissions

        d = dict(src_dict)

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_global_permissions(data: object) -> GlobalPermissions | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                global_permissions_type_0 = GlobalPermissions.from_dict(data)

                return global_permissions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GlobalPermissions | None | Unset, data)

        global_permissions = _parse_global_permissions(
            d.pop("globalPermissions", UNSET)
        )

        def _parse_groups(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                groups_type_0 = cast(list[str], data)

                return groups_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        groups = _parse_groups(d.pop("groups", UNSET))

        create_global_api_key_body = cls(
            label=label,
            description=description,
            global_permissions=global_permissions,
            groups=groups,
        )

        create_global_api_key_body.additional_properties = d
        return create_global_api_key_body

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
