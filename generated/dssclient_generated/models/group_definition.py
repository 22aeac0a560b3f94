from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GroupDefinition")


@_attrs_define
class GroupDefinition:
    """A group and the permissions it gives its members. Besides those below,
    DSS has more `may*` permissions (`mayCreateClusters`,
    `mayManageClusters`, `mayDevelopPlugins`, `mayCreateCodeStudioTemplates`,
    ...), each a boolean.

        Attributes:
            name (None | str | Unset): Name of the group, its identifier.
            description (None | str | Unset): Description of the group.
            source_type (None | str | Unset): Where the group comes from (`LOCAL`, `LDAP`, ...).
            admin (bool | None | Unset): Whether members are administrators of the instance.
            may_create_projects (bool | None | Unset): Whether members may create projects.
            may_write_safe_code (bool | None | Unset): Whether members may write code that runs isolated.
            may_write_unsafe_code (bool | None | Unset): Whether members may write code that runs as the DSS user.
            may_create_code_envs (bool | None | Unset): Whether members may create code envs (and manage the ones they own).
            may_manage_code_envs (bool | None | Unset): Whether members may manage every code env.
            may_create_clusters (bool | None | Unset): Whether members may create clusters (and manage the ones they own).
            may_manage_clusters (bool | None | Unset): Whether members may manage every cluster.
            may_create_authenticated_connections (bool | None | Unset): Whether members may create connections authenticated
                with their own credentials.
            can_obtain_api_ticket_from_cookies_for_groups_regex (None | str | Unset): Regular expression of the groups whose
                users' API tickets members may obtain from browser headers.
            ldap_group_names (None | str | Unset): LDAP groups mapped to this group, comma-separated.
            sso_group_names (None | str | Unset): SSO groups mapped to this group, comma-separated.
            azure_ad_group_names (None | str | Unset): Azure AD groups mapped to this group, comma-separated.
    """

    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    source_type: None | str | Unset = UNSET
    admin: bool | None | Unset = UNSET
    may_create_projects: bool | None | Unset = UNSET
    may_write_safe_code: bool | None | Unset = UNSET
    may_write_unsafe_code: bool | None | Unset = UNSET
    may_create_code_envs: bool | None | Unset = UNSET
    may_manage_code_envs: bool | None | Unset = UNSET
    may_create_clusters: bool | None | Unset = UNSET
    may_manage_clusters: bool | None | Unset = UNSET
    may_create_authenticated_connections: bool | None | Unset = UNSET
    can_obtain_api_ticket_from_cookies_for_groups_regex: None | str | Unset = UNSET
    ldap_group_names: None | str | Unset = UNSET
    sso_group_names: None | str | Unset = UNSET
    azure_ad_group_names: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        source_type: None | str | Unset
        if isinstance(self.source_type, Unset):
            source_type = UNSET
        else:
            source_type = self.source_type

        admin: bool | None | Unset
        if isinstance(self.admin, Unset):
            admin = UNSET
        else:
            admin = self.admin

        may_create_projects: bool | None | Unset
        if isinstance(self.may_create_projects, Unset):
            may_create_projects = UNSET
        else:
            may_create_projects = self.may_create_projects

        may_write_safe_code: bool | None | Unset
        if isinstance(self.may_write_safe_code, Unset):
            may_write_safe_code = UNSET
        else:
            may_write_safe_code = self.may_write_safe_code

        may_write_unsafe_code: bool | None | Unset
        if isinstance(self.may_write_unsafe_code, Unset):
            may_write_unsafe_code = UNSET
        else:
            may_write_unsafe_code = self.may_write_unsafe_code

        may_create_code_envs: bool | None | Unset
        if isinstance(self.may_create_code_envs, Unset):
            may_create_code_envs = UNSET
        else:
            may_create_code_envs = self.may_create_code_envs

        may_manage_code_envs: bool | None | Unset
        if isinstance(self.may_manage_code_envs, Unset):
            may_manage_code_envs = UNSET
        else:
            may_manage_code_envs = self.may_manage_code_envs

        may_create_clusters: bool | None | Unset
        if isinstance(self.may_create_clusters, Unset):
            may_create_clusters = UNSET
        else:
            may_create_clusters = self.may_create_clusters

        may_manage_clusters: bool | None | Unset
        if isinstance(self.may_manage_clusters, Unset):
            may_manage_clusters = UNSET
        else:
            may_manage_clusters = self.may_manage_clusters

        may_create_authenticated_connections: bool | None | Unset
        if isinstance(self.may_create_authenticated_connections, Unset):
            may_create_authenticated_connections = UNSET
        else:
            may_create_authenticated_connections = (
                self.may_create_authenticated_connections
            )

        can_obtain_api_ticket_from_cookies_for_groups_regex: None | str | Unset
        if isinstance(self.can_obtain_api_ticket_from_cookies_for_groups_regex, Unset):
            can_obtain_api_ticket_from_cookies_for_groups_regex = UNSET
        else:
            can_obtain_api_ticket_from_cookies_for_groups_regex = (
                self.can_obtain_api_ticket_from_cookies_for_groups_regex
            )

        ldap_group_names: None | str | Unset
        if isinstance(self.ldap_group_names, Unset):
            ldap_group_names = UNSET
        else:
            ldap_group_names = self.ldap_group_names

        sso_group_names: None | str | Unset
        if isinstance(self.sso_group_names, Unset):
            sso_group_names = UNSET
        else:
            sso_group_names = self.sso_group_names

        azure_ad_group_names: None | str | Unset
        if isinstance(self.azure_ad_group_names, Unset):
            azure_ad_group_names = UNSET
        else:
            azure_ad_group_names = self.azure_ad_group_names

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if source_type is not UNSET:
            field_dict["sourceType"] = source_type
        if admin is not UNSET:
            field_dict["admin"] = admin
        if may_create_projects is not UNSET:
            field_dict["mayCreateProjects"] = may_create_projects
        if may_write_safe_code is not UNSET:
            field_dict["mayWriteSafeCode"] = may_write_safe_code
        if may_write_unsafe_code is not UNSET:
            field_dict["mayWriteUnsafeCode"] = may_write_unsafe_code
        if may_create_code_envs is not UNSET:
            field_dict["mayCreateCodeEnvs"] = may_create_code_envs
        if may_manage_code_envs is not UNSET:
            field_dict["mayManageCodeEnvs"] = may_manage_code_envs
        if may_create_clusters is not UNSET:
            field_dict["mayCreateClusters"] = may_create_clusters
        if may_manage_clusters is not UNSET:
            field_dict["mayManageClusters"] = may_manage_clusters
        if may_create_authenticated_connections is not UNSET:
            field_dict["mayCreateAuthenticatedConnections"] = (
                may_create_authenticated_connections
            )
        if can_obtain_api_ticket_from_cookies_for_groups_regex is not UNSET:
            field_dict["canObtainAPITicketFromCookiesForGroupsRegex"] = (
                can_obtain_api_ticket_from_cookies_for_groups_regex
            )
        if ldap_group_names is not UNSET:
            field_dict["ldapGroupNames"] = ldap_group_names
        if sso_group_names is not UNSET:
            field_dict["ssoGroupNames"] = sso_group_names
        if azure_ad_group_names is not UNSET:
            field_dict["azureADGroupNames"] = azure_ad_group_names

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_source_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_type = _parse_source_type(d.pop("sourceType", UNSET))

        def _parse_admin(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        admin = _parse_admin(d.pop("admin", UNSET))

        def _parse_may_create_projects(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        may_create_projects = _parse_may_create_projects(
            d.pop("mayCreateProjects", UNSET)
        )

        def _parse_may_write_safe_code(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        may_write_safe_code = _parse_may_write_safe_code(
            d.pop("mayWriteSafeCode", UNSET)
        )

        def _parse_may_write_unsafe_code(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        may_write_unsafe_code = _parse_may_write_unsafe_code(
            d.pop("mayWriteUnsafeCode", UNSET)
        )

        def _parse_may_create_code_envs(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        may_create_code_envs = _parse_may_create_code_envs(
            d.pop("mayCreateCodeEnvs", UNSET)
        )

        def _parse_may_manage_code_envs(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        may_manage_code_envs = _parse_may_manage_code_envs(
            d.pop("mayManageCodeEnvs", UNSET)
        )

        def _parse_may_create_clusters(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        may_create_clusters = _parse_may_create_clusters(
            d.pop("mayCreateClusters", UNSET)
        )

        def _parse_may_manage_clusters(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        may_manage_clusters = _parse_may_manage_clusters(
            d.pop("mayManageClusters", UNSET)
        )

        def _parse_may_create_authenticated_connections(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        may_create_authenticated_connections = (
            _parse_may_create_authenticated_connections(
                d.pop("mayCreateAuthenticatedConnections", UNSET)
            )
        )

        def _parse_can_obtain_api_ticket_from_cookies_for_groups_regex(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        can_obtain_api_ticket_from_cookies_for_groups_regex = (
            _parse_can_obtain_api_ticket_from_cookies_for_groups_regex(
                d.pop("canObtainAPITicketFromCookiesForGroupsRegex", UNSET)
            )
        )

        def _parse_ldap_group_names(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ldap_group_names = _parse_ldap_group_names(d.pop("ldapGroupNames", UNSET))

        def _parse_sso_group_names(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sso_group_names = _parse_sso_group_names(d.pop("ssoGroupNames", UNSET))

        def _parse_azure_ad_group_names(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        azure_ad_group_names = _parse_azure_ad_group_names(
            d.pop("azureADGroupNames", UNSET)
        )

        group_definition = cls(
            name=name,
            description=description,
            source_type=source_type,
            admin=admin,
            may_create_projects=may_create_projects,
            may_write_safe_code=may_write_safe_code,
            may_write_unsafe_code=may_write_unsafe_code,
            may_create_code_envs=may_create_code_envs,
            may_manage_code_envs=may_manage_code_envs,
            may_create_clusters=may_create_clusters,
            may_manage_clusters=may_manage_clusters,
            may_create_authenticated_connections=may_create_authenticated_connections,
            can_obtain_api_ticket_from_cookies_for_groups_regex=can_obtain_api_ticket_from_cookies_for_groups_regex,
            ldap_group_names=ldap_group_names,
            sso_group_names=sso_group_names,
            azure_ad_group_names=azure_ad_group_names,
        )

        group_definition.additional_properties = d
        return group_definition

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
