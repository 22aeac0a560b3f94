from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.global_api_key_projects_type_0 import GlobalApiKeyProjectsType0
    from ..models.global_permissions import GlobalPermissions


T = TypeVar("T", bound="GlobalApiKey")


@_attrs_define
class GlobalApiKey:
    """A global API key's definition.

    Attributes:
        id (None | str | Unset): Identifier of the key.
        key (None | str | Unset): The secret; absent where secure API keys are enabled (except when just created).
        label (None | str | Unset): Label.
        description (None | str | Unset): Description.
        created_on (int | None | Unset): When the key was created, in milliseconds since the Unix epoch.
        created_by (None | str | Unset): Login of the user who created the key.
        expiry (int | None | Unset): Lifetime of the key, in days (absent or 0 when it does not expire).
        expires_on (int | None | Unset): When the key expires, in milliseconds since the Unix epoch (absent when it does
            not).
        dss_user_for_impersonation (None | str | Unset): Login of the user that code run with this key runs as.
        global_permissions (GlobalPermissions | None | Unset): The key's own instance-wide permissions (as on groups).
        groups (list[str] | None | Unset): Groups whose permissions the key gets (keys created with groups instead of
            global permissions).
        projects (GlobalApiKeyProjectsType0 | None | Unset): Grants on projects, by project key, as in project
            permissions.
    """

    id: None | str | Unset = UNSET
    key: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    created_on: int | None | Unset = UNSET
    created_by: None | str | Unset = UNSET
    expiry: int | None | Unset = UNSET
    expires_on: int | None | Unset = UNSET
    dss_user_for_impersonation: None | str | Unset = UNSET
    global_permissions: GlobalPermissions | None | Unset = UNSET
    groups: list[str] | None | Unset = UNSET
    projects: GlobalApiKeyProjectsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.global_api_key_projects_type_0 import GlobalApiKeyProjectsType0
        from ..models.global_permissions import GlobalPermissions

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        key: None | str | Unset
        if isinstance(self.key, Unset):
            key = UNSET
        else:
            key = self.key

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

        created_on: int | None | Unset
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        else:
            created_on = self.created_on

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        expiry: int | None | Unset
        if isinstance(self.expiry, Unset):
            expiry = UNSET
        else:
            expiry = self.expiry

        expires_on: int | None | Unset
        if isinstance(self.expires_on, Unset):
            expires_on = UNSET
        else:
            expires_on = self.expires_on

        dss_user_for_impersonation: None | str | Unset
        if isinstance(self.dss_user_for_impersonation, Unset):
            dss_user_for_impersonation = UNSET
        else:
            dss_user_for_impersonation = self.dss_user_for_impersonation

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

        projects: dict[str, Any] | None | Unset
        if isinstance(self.projects, Unset):
            projects = UNSET
        elif isinstance(self.projects, GlobalApiKeyProjectsType0):
            projects = self.projects.to_dict()
        else:
            projects = self.projects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if key is not UNSET:
            field_dict["key"] = key
        if label is not UNSET:
            field_dict["label"] = label
        if description is not UNSET:
            field_dict["description"] = description
        if created_on is not UNSET:
            field_dict["createdOn"] = created_on
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if expiry is not UNSET:
            field_dict["expiry"] = expiry
        if expires_on is not UNSET:
            field_dict["expiresOn"] = expires_on
        if dss_user_for_impersonation is not UNSET:
            field_dict["dssUserForImpersonation"] = dss_user_for_impersonation
        if global_permissions is not UNSET:
            field_dict["globalPermissions"] = global_permissions
        if groups is not UNSET:
            field_dict["groups"] = groups
        if projects is not UNSET:
            field_dict["projects"] = projects

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.global_api_key_projects_type_0 import GlobalApiKeyProjectsType0
        from ..models.global_permissions import GlobalPermissions

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        key = _parse_key(d.pop("key", UNSET))

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

        def _parse_created_on(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        created_on = _parse_created_on(d.pop("createdOn", UNSET))

        def _parse_created_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_by = _parse_created_by(d.pop("createdBy", UNSET))

        def _parse_expiry(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expiry = _parse_expiry(d.pop("expiry", UNSET))

        def _parse_expires_on(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        expires_on = _parse_expires_on(d.pop("expiresOn", UNSET))

        def _parse_dss_user_for_impersonation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        dss_user_for_impersonation = _parse_dss_user_for_impersonation(
            d.pop("dssUserForImpersonation", UNSET)
        )

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

        def _parse_projects(data: object) -> GlobalApiKeyProjectsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                projects_type_0 = GlobalApiKeyProjectsType0.from_dict(data)

                return projects_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GlobalApiKeyProjectsType0 | None | Unset, data)

        projects = _parse_projects(d.pop("projects", UNSET))

        global_api_key = cls(
            id=id,
            key=key,
            label=label,
            description=description,
            created_on=created_on,
            created_by=created_by,
            expiry=expiry,
            expires_on=expires_on,
            dss_user_for_impersonation=dss_user_for_impersonation,
            global_permissions=global_permissions,
            groups=groups,
            projects=projects,
        )

        global_api_key.additional_properties = d
        return global_api_key

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
