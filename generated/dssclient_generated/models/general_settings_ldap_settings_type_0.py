from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.general_settings_ldap_settings_type_0_group_profiles_type_0_item import (
        GeneralSettingsLdapSettingsType0GroupProfilesType0Item,
    )


T = TypeVar("T", bound="GeneralSettingsLdapSettingsType0")


@_attrs_define
class GeneralSettingsLdapSettingsType0:
    """LDAP authentication and user import.

    Attributes:
        enabled (bool | None | Unset): Whether users may log in through LDAP.
        url (None | str | Unset): URL of the LDAP server (`ldap://host:389/dc=example,dc=com`).
        bind_dn (None | str | Unset): The DN DSS binds as to search.
        bind_password (None | str | Unset): The password of `bindDN`; encrypted in answers.
        use_tls (bool | None | Unset): Whether to use StartTLS.
        auto_import_users (bool | None | Unset): Whether LDAP users are created in DSS at their first login.
        user_filter (None | str | Unset): The filter finding a user (`{USERNAME}` stands for the login).
        default_user_profile (None | str | Unset): Licence profile of imported users.
        display_name_attribute (None | str | Unset): Attribute holding the display name.
        email_attribute (None | str | Unset): Attribute holding the email address.
        enable_groups (bool | None | Unset): Whether LDAP groups map to DSS groups.
        group_filter (None | str | Unset): The filter finding a user's groups.
        group_name_attribute (None | str | Unset): Attribute holding a group's name.
        group_profiles (list[GeneralSettingsLdapSettingsType0GroupProfilesType0Item] | None | Unset): Licence profiles
            by LDAP group (unverified).
        authorized_groups (None | str | Unset): LDAP groups whose members may log in, comma-separated; empty for all.
    """

    enabled: bool | None | Unset = UNSET
    url: None | str | Unset = UNSET
    bind_dn: None | str | Unset = UNSET
    bind_password: None | str | Unset = UNSET
    use_tls: bool | None | Unset = UNSET
    auto_import_users: bool | None | Unset = UNSET
    user_filter: None | str | Unset = UNSET
    default_user_profile: None | str | Unset = UNSET
    display_name_attribute: None | str | Unset = UNSET
    email_attribute: None | str | Unset = UNSET
    enable_groups: bool | None | Unset = UNSET
    group_filter: None | str | Unset = UNSET
    group_name_attribute: None | str | Unset = UNSET
    group_profiles: (
        list[GeneralSettingsLdapSettingsType0GroupProfilesType0Item] | None | Unset
    ) = UNSET
    authorized_groups: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        bind_dn: None | str | Unset
        if isinstance(self.bind_dn, Unset):
            bind_dn = UNSET
        else:
            bind_dn = self.bind_dn

        bind_password: None | str | Unset
        if isinstance(self.bind_password, Unset):
            bind_password = UNSET
        else:
            bind_password = self.bind_password

        use_tls: bool | None | Unset
        if isinstance(self.use_tls, Unset):
            use_tls = UNSET
        else:
            use_tls = self.use_tls

        auto_import_users: bool | None | Unset
        if isinstance(self.auto_import_users, Unset):
            auto_import_users = UNSET
        else:
            auto_import_users = self.auto_import_users

        user_filter: None | str | Unset
        if isinstance(self.user_filter, Unset):
            user_filter = UNSET
        else:
            user_filter = self.user_filter

        default_user_profile: None | str | Unset
        if isinstance(self.default_user_profile, Unset):
            default_user_profile = UNSET
        else:
            default_user_profile = self.default_user_profile

        display_name_attribute: None | str | Unset
        if isinstance(self.display_name_attribute, Unset):
            display_name_attribute = UNSET
        else:
            display_name_attribute = self.display_name_attribute

        email_attribute: None | str | Unset
        if isinstance(self.email_attribute, Unset):
            email_attribute = UNSET
        else:
            email_attribute = self.email_attribute

        enable_groups: bool | None | Unset
        if isinstance(self.enable_groups, Unset):
            enable_groups = UNSET
        else:
            enable_groups = self.enable_groups

        group_filter: None | str | Unset
        if isinstance(self.group_filter, Unset):
            group_filter = UNSET
        else:
            group_filter = self.group_filter

        group_name_attribute: None | str | Unset
        if isinstance(self.group_name_attribute, Unset):
            group_name_attribute = UNSET
        else:
            group_name_attribute = self.group_name_attribute

        group_profiles: list[dict[str, Any]] | None | Unset
        if isinstance(self.group_profiles, Unset):
            group_profiles = UNSET
        elif isinstance(self.group_profiles, list):
            group_profiles = []
            for group_profiles_type_0_item_data in self.group_profiles:
                group_profiles_type_0_item = group_profiles_type_0_item_data.to_dict()
                group_profiles.append(group_profiles_type_0_item)

        else:
            group_profiles = self.group_profiles

        authorized_groups: None | str | Unset
        if isinstance(self.authorized_groups, Unset):
            authorized_groups = UNSET
        else:
            authorized_groups = self.authorized_groups

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if url is not UNSET:
            field_dict["url"] = url
        if bind_dn is not UNSET:
            field_dict["bindDN"] = bind_dn
        if bind_password is not UNSET:
            field_dict["bindPassword"] = bind_password
        if use_tls is not UNSET:
            field_dict["useTls"] = use_tls
        if auto_import_users is not UNSET:
            field_dict["autoImportUsers"] = auto_import_users
        if user_filter is not UNSET:
            field_dict["userFilter"] = user_filter
        if default_user_profile is not UNSET:
            field_dict["defaultUserProfile"] = default_user_profile
        if display_name_attribute is not UNSET:
            field_dict["displayNameAttribute"] = display_name_attribute
        if email_attribute is not UNSET:
            field_dict["emailAttribute"] = email_attribute
        if enable_groups is not UNSET:
            field_dict["enableGroups"] = enable_groups
        if group_filter is not UNSET:
            field_dict["groupFilter"] = group_filter
        if group_name_attribute is not UNSET:
            field_dict["groupNameAttribute"] = group_name_attribute
        if group_profiles is not UNSET:
            field_dict["groupProfiles"] = group_profiles
        if authorized_groups is not UNSET:
            field_dict["authorizedGroups"] = authorized_groups

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.general_settings_ldap_settings_type_0_group_profiles_type_0_item import (
            GeneralSettingsLdapSettingsType0GroupProfilesType0Item,
        )

        d = dict(src_dict)

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_bind_dn(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bind_dn = _parse_bind_dn(d.pop("bindDN", UNSET))

        def _parse_bind_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bind_password = _parse_bind_password(d.pop("bindPassword", UNSET))

        def _parse_use_tls(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_tls = _parse_use_tls(d.pop("useTls", UNSET))

        def _parse_auto_import_users(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_import_users = _parse_auto_import_users(d.pop("autoImportUsers", UNSET))

        def _parse_user_filter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_filter = _parse_user_filter(d.pop("userFilter", UNSET))

        def _parse_default_user_profile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_user_profile = _parse_default_user_profile(
            d.pop("defaultUserProfile", UNSET)
        )

        def _parse_display_name_attribute(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name_attribute = _parse_display_name_attribute(
            d.pop("displayNameAttribute", UNSET)
        )

        def _parse_email_attribute(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_attribute = _parse_email_attribute(d.pop("emailAttribute", UNSET))

        def _parse_enable_groups(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enable_groups = _parse_enable_groups(d.pop("enableGroups", UNSET))

        def _parse_group_filter(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_filter = _parse_group_filter(d.pop("groupFilter", UNSET))

        def _parse_group_name_attribute(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        group_name_attribute = _parse_group_name_attribute(
            d.pop("groupNameAttribute", UNSET)
        )

        def _parse_group_profiles(
            data: object,
        ) -> (
            list[GeneralSettingsLdapSettingsType0GroupProfilesType0Item] | None | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                group_profiles_type_0 = []
                _group_profiles_type_0 = data
                for group_profiles_type_0_item_data in _group_profiles_type_0:
                    group_profiles_type_0_item = GeneralSettingsLdapSettingsType0GroupProfilesType0Item.from_dict(
                        group_profiles_type_0_item_data
                    )

                    group_profiles_type_0.append(group_profiles_type_0_item)

                return group_profiles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[GeneralSettingsLdapSettingsType0GroupProfilesType0Item]
                | None
                | Unset,
                data,
            )

        group_profiles = _parse_group_profiles(d.pop("groupProfiles", UNSET))

        def _parse_authorized_groups(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        authorized_groups = _parse_authorized_groups(d.pop("authorizedGroups", UNSET))

        general_settings_ldap_settings_type_0 = cls(
            enabled=enabled,
            url=url,
            bind_dn=bind_dn,
            bind_password=bind_password,
            use_tls=use_tls,
            auto_import_users=auto_import_users,
            user_filter=user_filter,
            default_user_profile=default_user_profile,
            display_name_attribute=display_name_attribute,
            email_attribute=email_attribute,
            enable_groups=enable_groups,
            group_filter=group_filter,
            group_name_attribute=group_name_attribute,
            group_profiles=group_profiles,
            authorized_groups=authorized_groups,
        )

        general_settings_ldap_settings_type_0.additional_properties = d
        return general_settings_ldap_settings_type_0

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
