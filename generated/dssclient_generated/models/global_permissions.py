from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalPermissions")


@_attrs_define
class GlobalPermissions:
    """Instance-wide permissions, as a group grants them to its members and a global API key
    holds them: `admin` and the `may*` rights, each a boolean (absent is false).

        Attributes:
            admin (bool | None | Unset): Administrator of the instance (every right).
            may_create_projects (bool | None | Unset): May create projects.
            may_create_projects_from_macros (bool | None | Unset): May create projects with macros.
            may_create_projects_from_templates (bool | None | Unset): May create projects from templates.
            may_create_projects_from_dataiku_apps (bool | None | Unset): May create projects from Dataiku applications.
            may_write_safe_code (bool | None | Unset): May write code that runs isolated.
            may_write_unsafe_code (bool | None | Unset): May write code that runs as the DSS user.
            may_write_in_root_project_folder (bool | None | Unset): May create projects in the root project folder.
            may_create_active_web_content (bool | None | Unset): May create active web content (webapps, ...).
            may_create_code_envs (bool | None | Unset): May create code envs (and manage their own).
            may_manage_code_envs (bool | None | Unset): May manage every code env.
            may_create_clusters (bool | None | Unset): May create clusters (and manage their own).
            may_manage_clusters (bool | None | Unset): May manage every cluster.
            may_create_code_studio_templates (bool | None | Unset): May create code studio templates.
            may_manage_code_studio_templates (bool | None | Unset): May manage every code studio template.
            may_create_authenticated_connections (bool | None | Unset): May create connections authenticated with their own
                credentials.
            may_view_indexed_hive_connections (bool | None | Unset): May see the indexed Hive connections.
            may_develop_plugins (bool | None | Unset): May develop plugins.
            may_edit_lib_folders (bool | None | Unset): May edit the instance's library folders.
            may_manage_udm (bool | None | Unset): May manage the user-defined meanings.
            may_create_published_api_services (bool | None | Unset): May create published API services on the deployer.
            may_create_published_projects (bool | None | Unset): May create published projects on the deployer.
            may_manage_feature_store (bool | None | Unset): May manage the feature store.
            may_create_workspaces (bool | None | Unset): May create workspaces.
            may_share_to_workspaces (bool | None | Unset): May share objects to workspaces.
            may_create_data_collections (bool | None | Unset): May create data collections.
            may_publish_to_data_collections (bool | None | Unset): May publish to data collections.
    """

    admin: bool | None | Unset = UNSET
    may_create_projects: bool | None | Unset = UNSET
    may_create_projects_from_macros: bool | None | Unset = UNSET
    may_create_projects_from_templates: bool | None | Unset = UNSET
    may_create_projects_from_dataiku_apps: bool | None | Unset = UNSET
    may_write_safe_code: bool | None | Unset = UNSET
    may_write_unsafe_code: bool | None | Unset = UNSET
    may_write_in_root_project_folder: bool | None | Unset = UNSET
    may_create_active_web_content: bool | None | Unset = UNSET
    may_create_code_envs: bool | None | Unset = UNSET
    may_manage_code_envs: bool | None | Unset = UNSET
    may_create_clusters: bool | None | Unset = UNSET
    may_manage_clusters: bool | None | Unset = UNSET
    may_create_code_studio_templates: bool | None | Unset = UNSET
    may_manage_code_studio_templates: bool | None | Unset = UNSET
    may_create_authenticated_connections: bool | None | Unset = UNSET
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

        may_create_authenticated_connections: bool | None | Unset
        if isinstance(self.may_create_authenticated_connections, Unset):
            may_create_authenticated_connections = UNSET
        else:
            may_create_authenticated_connections = (
                self.may_create_authenticated_connections
            )

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
        if admin is not UNSET:
            field_dict["admin"] = admin
        if may_create_projects is not UNSET:
            field_dict["mayCreateProjects"] = may_create_projects
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
        if may_write_safe_code is not UNSET:
            field_dict["mayWriteSafeCode"] = may_write_safe_code
        if may_write_unsafe_code is not UNSET:
            field_dict["mayWriteUnsafeCode"] = may_write_unsafe_code
        if may_write_in_root_project_folder is not UNSET:
            field_dict["mayWriteInRootProjectFolder"] = may_write_in_root_project_folder
        if may_create_active_web_content is not UNSET:
            field_dict["mayCreateActiveWebContent"] = may_create_active_web_content
        if may_create_code_envs is not UNSET:
            field_dict["mayCreateCodeEnvs"] = may_create_code_envs
        if may_manage_code_envs is not UNSET:
            field_dict["mayManageCodeEnvs"] = may_manage_code_envs
        if may_create_clusters is not UNSET:
            field_dict["mayCreateClusters"] = may_create_clusters
        if may_manage_clusters is not UNSET:
            field_dict["mayManageClusters"] = may_manage_clusters
        if may_create_code_studio_templates is not UNSET:
            field_dict["mayCreateCodeStudioTemplates"] = (
                may_create_code_studio_templates
            )
        if may_manage_code_studio_templates is not UNSET:
            field_dict["mayManageCodeStudioTemplates"] = (
                may_manage_code_studio_templates
            )
        if may_create_authenticated_connections is not UNSET:
            field_dict["mayCreateAuthenticatedConnections"] = (
                may_create_authenticated_connections
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

        global_permissions = cls(
            admin=admin,
            may_create_projects=may_create_projects,
            may_create_projects_from_macros=may_create_projects_from_macros,
            may_create_projects_from_templates=may_create_projects_from_templates,
            may_create_projects_from_dataiku_apps=may_create_projects_from_dataiku_apps,
            may_write_safe_code=may_write_safe_code,
            may_write_unsafe_code=may_write_unsafe_code,
            may_write_in_root_project_folder=may_write_in_root_project_folder,
            may_create_active_web_content=may_create_active_web_content,
            may_create_code_envs=may_create_code_envs,
            may_manage_code_envs=may_manage_code_envs,
            may_create_clusters=may_create_clusters,
            may_manage_clusters=may_manage_clusters,
            may_create_code_studio_templates=may_create_code_studio_templates,
            may_manage_code_studio_templates=may_manage_code_studio_templates,
            may_create_authenticated_connections=may_create_authenticated_connections,
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

        global_permissions.additional_properties = d
        return global_permissions

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
