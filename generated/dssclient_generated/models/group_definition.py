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
            may_create_projects_from_macros (bool | None | Unset): Whether members may create projects with macros.
            may_create_projects_from_templates (bool | None | Unset): Whether members may create projects from templates.
            may_create_projects_from_dataiku_apps (bool | None | Unset): Whether members may create projects from Dataiku
                applications.
            may_write_in_root_project_folder (bool | None | Unset): Whether members may create projects in the root project
                folder.
            may_create_active_web_content (bool | None | Unset): Whether members may create active web content (webapps,
                ...).
            may_create_code_studio_templates (bool | None | Unset): Whether members may create code studio templates.
            may_manage_code_studio_templates (bool | None | Unset): Whether members may manage every code studio template.
            may_view_indexed_hive_connections (bool | None | Unset): Whether members may see the indexed Hive connections.
            may_develop_plugins (bool | None | Unset): Whether members may develop plugins.
            may_edit_lib_folders (bool | None | Unset): Whether members may edit the instance's library folders.
            may_manage_udm (bool | None | Unset): Whether members may manage the user-defined meanings.
            may_create_published_api_services (bool | None | Unset): Whether members may create published API services on
                the deployer.
            may_create_published_projects (bool | None | Unset): Whether members may create published projects on the
                deployer.
            may_manage_feature_store (bool | None | Unset): Whether members may manage the feature store.
            may_create_workspaces (bool | None | Unset): Whether members may create workspaces.
            may_share_to_workspaces (bool | None | Unset): Whether members may share objects to workspaces.
            may_create_data_collections (bool | None | Unset): Whether members may create data collections.
            may_publish_to_data_collections (bool | None | Unset): Whether members may publish to data collections.
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
    may_create_projects_from_macros: bool | None | Unset = UNSET
    may_create_projects_from_templates: bool | None | Unset = UNSET
    may_create_projects_from_dataiku_apps: bool | None | Unset = UNSET
    may_write_in_root_project_folder: bool | None | Unset = UNSET
    may_create_active_web_content: bool | None | Unset = UNSET
    may_create_code_studio_templates: bool | None | Unset = UNSET
    may_manage_code_studio_templates: bool | None | Unset = UNSET
    may_view_indexed_hive_connections: bool | None | Unset = UNSET
    may_develop_plugins: bool | None | Unset = UNSET
    may_edit_lib_folders: bool | None | Unset = UNSET
    may_manage_udm: bool | None | Unset = UNSET
    may_create_published_api_services: bool | None | Unset = UNSET
    may_create_published_projects: bool | None | Unset = UNSET
    may_manage_feature_store: bool | None | Unset = UNSET
    may_create_workspaces: bool | None | Unset = UNSET
    may_share_to_workspaces: bool | None | Unset = UNSET
    may_create_data_collections: bool | None | Unset = UNSET
    may_publish_to_data_collections: bool | None | Unset = UNSET
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

        may_create_projects_from_macros: bool | None | Unset
        if isinstance(self.may_create_projects_from_macros, Unset):
            may_create_projects_from_macros = UNSET
        else:
            may_create_projects_from_macros = self.may_create_projects_from_macros

        may_create_projects_from_templates: bool | None | Unset
        if isinstance(self.may_create_projects_from_templates, Unset):
            may_create_projects_from_templates = UNSET
        else:
            may_create_projects_from_templates = self.may_create_projects_from_templates

        may_create_projects_from_dataiku_apps: bool | None | Unset
        if isinstance(self.may_create_projects_from_dataiku_apps, Unset):
            may_create_projects_from_dataiku_apps = UNSET
        else:
            may_create_projects_from_dataiku_apps = (
                self.may_create_projects_from_dataiku_apps
            )

        may_write_in_root_project_folder: bool | None | Unset
        if isinstance(self.may_write_in_root_project_folder, Unset):
            may_write_in_root_project_folder = UNSET
        else:
            may_write_in_root_project_folder = self.may_write_in_root_project_folder

        may_create_active_web_content: bool | None | Unset
        if isinstance(self.may_create_active_web_content, Unset):
            may_create_active_web_content = UNSET
        else:
            may_create_active_web_content = self.may_create_active_web_content

        may_create_code_studio_templates: bool | None | Unset
        if isinstance(self.may_create_code_studio_templates, Unset):
            may_create_code_studio_templates = UNSET
        else:
            may_create_code_studio_templates = self.may_create_code_studio_templates

        may_manage_code_studio_templates: bool | None | Unset
        if isinstance(self.may_manage_code_studio_templates, Unset):
            may_manage_code_studio_templates = UNSET
        else:
            may_manage_code_studio_templates = self.may_manage_code_studio_templates

        may_view_indexed_hive_connections: bool | None | Unset
        if isinstance(self.may_view_indexed_hive_connections, Unset):
            may_view_indexed_hive_connections = UNSET
        else:
            may_view_indexed_hive_connections = self.may_view_indexed_hive_connections

        may_develop_plugins: bool | None | Unset
        if isinstance(self.may_develop_plugins, Unset):
            may_develop_plugins = UNSET
        else:
            may_develop_plugins = self.may_develop_plugins

        may_edit_lib_folders: bool | None | Unset
        if isinstance(self.may_edit_lib_folders, Unset):
            may_edit_lib_folders = UNSET
        else:
            may_edit_lib_folders = self.may_edit_lib_folders

        may_manage_udm: bool | None | Unset
        if isinstance(self.may_manage_udm, Unset):
            may_manage_udm = UNSET
        else:
            may_manage_udm = self.may_manage_udm

        may_create_published_api_services: bool | None | Unset
        if isinstance(self.may_create_published_api_services, Unset):
            may_create_published_api_services = UNSET
        else:
            may_create_published_api_services = self.may_create_published_api_services

        may_create_published_projects: bool | None | Unset
        if isinstance(self.may_create_published_projects, Unset):
            may_create_published_projects = UNSET
        else:
            may_create_published_projects = self.may_create_published_projects

        may_manage_feature_store: bool | None | Unset
        if isinstance(self.may_manage_feature_store, Unset):
            may_manage_feature_store = UNSET
        else:
            may_manage_feature_store = self.may_manage_feature_store

        may_create_workspaces: bool | None | Unset
        if isinstance(self.may_create_workspaces, Unset):
            may_create_workspaces = UNSET
        else:
            may_create_workspaces = self.may_create_workspaces

        may_share_to_workspaces: bool | None | Unset
        if isinstance(self.may_share_to_workspaces, Unset):
            may_share_to_workspaces = UNSET
        else:
            may_share_to_workspaces = self.may_share_to_workspaces

        may_create_data_collections: bool | None | Unset
        if isinstance(self.may_create_data_collections, Unset):
            may_create_data_collections = UNSET
        else:
            may_create_data_collections = self.may_create_data_collections

        may_publish_to_data_collections: bool | None | Unset
        if isinstance(self.may_publish_to_data_collections, Unset):
            may_publish_to_data_collections = UNSET
        else:
            may_publish_to_data_collections = self.may_publish_to_data_collections

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
        if may_create_projects_from_macros is not UNSET:
            field_dict["mayCreateProjectsFromMacros"] = may_create_projects_from_macros
        if may_create_projects_from_templates is not UNSET:
            field_dict["mayCreateProjectsFromTemplates"] = (
                may_create_projects_from_templates
            )
        if may_create_projects_from_dataiku_apps is not UNSET:
            field_dict["mayCreateProjectsFromDataikuApps"] = (
                may_create_projects_from_dataiku_apps
            )
        if may_write_in_root_project_folder is not UNSET:
            field_dict["mayWriteInRootProjectFolder"] = may_write_in_root_project_folder
        if may_create_active_web_content is not UNSET:
            field_dict["mayCreateActiveWebContent"] = may_create_active_web_content
        if may_create_code_studio_templates is not UNSET:
            field_dict["mayCreateCodeStudioTemplates"] = (
                may_create_code_studio_templates
            )
        if may_manage_code_studio_templates is not UNSET:
            field_dict["mayManageCodeStudioTemplates"] = (
                may_manage_code_studio_templates
            )
        if may_view_indexed_hive_connections is not UNSET:
            field_dict["mayViewIndexedHiveConnections"] = (
                may_view_indexed_hive_connections
            )
        if may_develop_plugins is not UNSET:
            field_dict["mayDevelopPlugins"] = may_develop_plugins
        if may_edit_lib_folders is not UNSET:
            field_dict["mayEditLibFolders"] = may_edit_lib_folders
        if may_manage_udm is not UNSET:
            field_dict["mayManageUDM"] = may_manage_udm
        if may_create_published_api_services is not UNSET:
            field_dict["mayCreatePublishedAPIServices"] = (
                may_create_published_api_services
            )
        if may_create_published_projects is not UNSET:
            field_dict["mayCreatePublishedProjects"] = may_create_published_projects
        if may_manage_feature_store is not UNSET:
            field_dict["mayManageFeatureStore"] = may_manage_feature_store
        if may_create_workspaces is not UNSET:
            field_dict["mayCreateWorkspaces"] = may_create_workspaces
        if may_share_to_workspaces is not UNSET:
            field_dict["mayShareToWorkspaces"] = may_share_to_workspaces
        if may_create_data_collections is not UNSET:
            field_dict["mayCreateDataCollections"] = may_create_data_collections
        if may_publish_to_data_collections is not UNSET:
            field_dict["mayPublishToDataCollections"] = may_publish_to_data_collections

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

        def _parse_may_create_projects_from_macros(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        may_create_projects_from_macros = _parse_may_create_projects_from_macros(
            d.pop("mayCreateProjectsFromMacros", UNSET)
        )

        def _parse_may_create_projects_from_templates(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        may_create_projects_from_templates = _parse_may_create_projects_from_templates(
            d.pop("mayCreateProjectsFromTemplates", UNSET)
        )

        def _parse_may_create_projects_from_dataiku_apps(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        may_create_projects_from_dataiku_apps = (
            _parse_may_create_projects_from_dataiku_apps(
                d.pop("mayCreateProjectsFromDataikuApps", UNSET)
            )
        )

        def _parse_may_write_in_root_project_folder(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        may_write_in_root_project_folder = _parse_may_write_in_root_project_folder(
            d.pop("mayWriteInRootProjectFolder", UNSET)
        )

        def _parse_may_create_active_web_content(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        may_create_active_web_content = _parse_may_create_active_web_content(
            d.pop("mayCreateActiveWebContent", UNSET)
        )

        def _parse_may_create_code_studio_templates(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        may_create_code_studio_templates = _parse_may_create_code_studio_templates(
            d.pop("mayCreateCodeStudioTemplates", UNSET)
        )

        def _parse_may_manage_code_studio_templates(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        may_manage_code_studio_templates = _parse_may_manage_code_studio_templates(
            d.pop("mayManageCodeStudioTemplates", UNSET)
        )

        def _parse_may_view_indexed_hive_connections(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        may_view_indexed_hive_connections = _parse_may_view_indexed_hive_connections(
            d.pop("mayViewIndexedHiveConnections", UNSET)
        )

        def _parse_may_develop_plugins(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        may_develop_plugins = _parse_may_develop_plugins(
            d.pop("mayDevelopPlugins", UNSET)
        )

        def _parse_may_edit_lib_folders(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        may_edit_lib_folders = _parse_may_edit_lib_folders(
            d.pop("mayEditLibFolders", UNSET)
        )

        def _parse_may_manage_udm(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        may_manage_udm = _parse_may_manage_udm(d.pop("mayManageUDM", UNSET))

        def _parse_may_create_published_api_services(
            data: object,
        ) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        may_create_published_api_services = _parse_may_create_published_api_services(
            d.pop("mayCreatePublishedAPIServices", UNSET)
        )

        def _parse_may_create_published_projects(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        may_create_published_projects = _parse_may_create_published_projects(
            d.pop("mayCreatePublishedProjects", UNSET)
        )

        def _parse_may_manage_feature_store(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        may_manage_feature_store = _parse_may_manage_feature_store(
            d.pop("mayManageFeatureStore", UNSET)
        )

        def _parse_may_create_workspaces(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        may_create_workspaces = _parse_may_create_workspaces(
            d.pop("mayCreateWorkspaces", UNSET)
        )

        def _parse_may_share_to_workspaces(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        may_share_to_workspaces = _parse_may_share_to_workspaces(
            d.pop("mayShareToWorkspaces", UNSET)
        )

        def _parse_may_create_data_collections(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        may_create_data_collections = _parse_may_create_data_collections(
            d.pop("mayCreateDataCollections", UNSET)
        )

        def _parse_may_publish_to_data_collections(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        may_publish_to_data_collections = _parse_may_publish_to_data_collections(
            d.pop("mayPublishToDataCollections", UNSET)
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
            may_create_projects_from_macros=may_create_projects_from_macros,
            may_create_projects_from_templates=may_create_projects_from_templates,
            may_create_projects_from_dataiku_apps=may_create_projects_from_dataiku_apps,
            may_write_in_root_project_folder=may_write_in_root_project_folder,
            may_create_active_web_content=may_create_active_web_content,
            may_create_code_studio_templates=may_create_code_studio_templates,
            may_manage_code_studio_templates=may_manage_code_studio_templates,
            may_view_indexed_hive_connections=may_view_indexed_hive_connections,
            may_develop_plugins=may_develop_plugins,
            may_edit_lib_folders=may_edit_lib_folders,
            may_manage_udm=may_manage_udm,
            may_create_published_api_services=may_create_published_api_services,
            may_create_published_projects=may_create_published_projects,
            may_manage_feature_store=may_manage_feature_store,
            may_create_workspaces=may_create_workspaces,
            may_share_to_workspaces=may_share_to_workspaces,
            may_create_data_collections=may_create_data_collections,
            may_publish_to_data_collections=may_publish_to_data_collections,
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
