"""Contains all the data models used in inputs/outputs"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .acknowledgement import Acknowledgement
    from .app_instance_summary import AppInstanceSummary
    from .app_manifest import AppManifest
    from .app_manifest_homepage_sections_type_0_item import (
        AppManifestHomepageSectionsType0Item,
    )
    from .app_manifest_use_as_recipe_settings_type_0 import (
        AppManifestUseAsRecipeSettingsType0,
    )
    from .app_summary import AppSummary
    from .auth_info import AuthInfo
    from .auth_info_secrets_item import AuthInfoSecretsItem
    from .bundle_activation_options import BundleActivationOptions
    from .bundle_activation_options_scenarios_active_on_activation_type_0 import (
        BundleActivationOptionsScenariosActiveOnActivationType0,
    )
    from .bundle_activation_report import BundleActivationReport
    from .bundle_list import BundleList
    from .bundle_manifest import BundleManifest
    from .bundle_publication import BundlePublication
    from .bundle_summary import BundleSummary
    from .code_studio_template_settings import CodeStudioTemplateSettings
    from .code_studio_template_settings_params_type_0 import (
        CodeStudioTemplateSettingsParamsType0,
    )
    from .code_studio_template_summary import CodeStudioTemplateSummary
    from .create_app_instance_body import CreateAppInstanceBody
    from .create_dataset_request import CreateDatasetRequest
    from .create_dataset_request_format_params_type_0 import (
        CreateDatasetRequestFormatParamsType0,
    )
    from .create_dataset_request_params_type_0 import CreateDatasetRequestParamsType0
    from .create_object_discussion_body import CreateObjectDiscussionBody
    from .create_plugin_code_env_body import CreatePluginCodeEnvBody
    from .create_project_from_bundle_body import CreateProjectFromBundleBody
    from .create_project_request import CreateProjectRequest
    from .create_project_request_permissions_type_0_item import (
        CreateProjectRequestPermissionsType0Item,
    )
    from .create_project_request_settings_type_0 import (
        CreateProjectRequestSettingsType0,
    )
    from .dataset import Dataset
    from .dataset_format_params_type_0 import DatasetFormatParamsType0
    from .dataset_params_type_0 import DatasetParamsType0
    from .dataset_partitioning_type_0 import DatasetPartitioningType0
    from .dataset_schema import DatasetSchema
    from .delete_plugin_body import DeletePluginBody
    from .deployer_infra_creation import DeployerInfraCreation
    from .deployer_infra_settings import DeployerInfraSettings
    from .deployer_infra_settings_permissions_type_0_item import (
        DeployerInfraSettingsPermissionsType0Item,
    )
    from .deployer_infra_status import DeployerInfraStatus
    from .deployer_infra_status_deployments_item import (
        DeployerInfraStatusDeploymentsItem,
    )
    from .deployer_infra_status_infra_basic_info import (
        DeployerInfraStatusInfraBasicInfo,
    )
    from .deployer_stage import DeployerStage
    from .deployment_creation import DeploymentCreation
    from .deployment_heavy_status import DeploymentHeavyStatus
    from .deployment_heavy_status_health_messages import (
        DeploymentHeavyStatusHealthMessages,
    )
    from .deployment_light_status import DeploymentLightStatus
    from .deployment_light_status_deployment_basic_info import (
        DeploymentLightStatusDeploymentBasicInfo,
    )
    from .deployment_light_status_infra_basic_info import (
        DeploymentLightStatusInfraBasicInfo,
    )
    from .deployment_light_status_project_basic_info import (
        DeploymentLightStatusProjectBasicInfo,
    )
    from .deployment_settings import DeploymentSettings
    from .deployment_update import DeploymentUpdate
    from .deployment_update_logs import DeploymentUpdateLogs
    from .discussion import Discussion
    from .discussion_replies_type_0_item import DiscussionRepliesType0Item
    from .dss_error import DSSError
    from .feature_group import FeatureGroup
    from .future_progress_state import FutureProgressState
    from .future_state import FutureState
    from .future_state_payload import FutureStatePayload
    from .future_state_progress import FutureStateProgress
    from .import_bundle_from_stream_body import ImportBundleFromStreamBody
    from .index_catalog_connections_body import IndexCatalogConnectionsBody
    from .info_message import InfoMessage
    from .install_plugin_from_store_body import InstallPluginFromStoreBody
    from .instance_info import InstanceInfo
    from .instance_info_node_type import InstanceInfoNodeType
    from .meaning_definition import MeaningDefinition
    from .meaning_definition_entries_type_0_item import (
        MeaningDefinitionEntriesType0Item,
    )
    from .meaning_definition_mappings_type_0_item import (
        MeaningDefinitionMappingsType0Item,
    )
    from .notebook_state import NotebookState
    from .notebook_state_active_sessions_item import NotebookStateActiveSessionsItem
    from .object_metadata import ObjectMetadata
    from .object_metadata_checklists_type_0 import ObjectMetadataChecklistsType0
    from .object_metadata_custom_type_0 import ObjectMetadataCustomType0
    from .plugin_archive_upload import PluginArchiveUpload
    from .plugin_git_source import PluginGitSource
    from .plugin_settings import PluginSettings
    from .plugin_settings_accessible_parameter_set_descs_type_0_item import (
        PluginSettingsAccessibleParameterSetDescsType0Item,
    )
    from .plugin_settings_parameter_sets_type_0_item import (
        PluginSettingsParameterSetsType0Item,
    )
    from .plugin_settings_presets_type_0_item import PluginSettingsPresetsType0Item
    from .plugin_summary import PluginSummary
    from .plugin_summary_meta import PluginSummaryMeta
    from .plugin_usages import PluginUsages
    from .plugin_usages_missing_types_item import PluginUsagesMissingTypesItem
    from .plugin_usages_usages_item import PluginUsagesUsagesItem
    from .prepared_import import PreparedImport
    from .project_export_options import ProjectExportOptions
    from .project_folder import ProjectFolder
    from .project_folder_settings import ProjectFolderSettings
    from .project_folder_settings_permissions_type_0_item import (
        ProjectFolderSettingsPermissionsType0Item,
    )
    from .project_from_bundle import ProjectFromBundle
    from .project_import_result import ProjectImportResult
    from .project_import_settings import ProjectImportSettings
    from .project_import_settings_remapping_type_0 import (
        ProjectImportSettingsRemappingType0,
    )
    from .project_settings import ProjectSettings
    from .project_settings_exposed_objects_type_0 import (
        ProjectSettingsExposedObjectsType0,
    )
    from .project_settings_settings_type_0 import ProjectSettingsSettingsType0
    from .project_settings_settings_type_0_code_envs_type_0 import (
        ProjectSettingsSettingsType0CodeEnvsType0,
    )
    from .project_settings_settings_type_0_container_type_0 import (
        ProjectSettingsSettingsType0ContainerType0,
    )
    from .project_summary import ProjectSummary
    from .project_variables import ProjectVariables
    from .project_variables_local import ProjectVariablesLocal
    from .project_variables_standard import ProjectVariablesStandard
    from .published_project_creation import PublishedProjectCreation
    from .published_project_settings import PublishedProjectSettings
    from .published_project_settings_permissions_type_0_item import (
        PublishedProjectSettingsPermissionsType0Item,
    )
    from .published_project_status import PublishedProjectStatus
    from .published_project_status_deployments_item import (
        PublishedProjectStatusDeploymentsItem,
    )
    from .published_project_status_infras_item import PublishedProjectStatusInfrasItem
    from .published_project_status_packages_item import (
        PublishedProjectStatusPackagesItem,
    )
    from .published_project_status_project_basic_info import (
        PublishedProjectStatusProjectBasicInfo,
    )
    from .reply_to_object_discussion_body import ReplyToObjectDiscussionBody
    from .schema_column import SchemaColumn
    from .sql_column import SqlColumn
    from .sql_query_request import SqlQueryRequest
    from .sql_query_request_extra_conf_type_0 import SqlQueryRequestExtraConfType0
    from .sql_query_start import SqlQueryStart
    from .upload_project_import_body import UploadProjectImportBody
    from .upload_published_project_bundle_body import UploadPublishedProjectBundleBody
    from .user_tag import UserTag
    from .user_tag_last_modified_by import UserTagLastModifiedBy
    from .workspace_object import WorkspaceObject
    from .workspace_object_html_link_type_0 import WorkspaceObjectHtmlLinkType0
    from .workspace_object_reference_type_0 import WorkspaceObjectReferenceType0
    from .workspace_settings import WorkspaceSettings
    from .workspace_settings_permissions_type_0_item import (
        WorkspaceSettingsPermissionsType0Item,
    )

_MODULE_OF: dict[str, str] = {
    "Acknowledgement": ".acknowledgement",
    "AppInstanceSummary": ".app_instance_summary",
    "AppManifest": ".app_manifest",
    "AppManifestHomepageSectionsType0Item": ".app_manifest_homepage_sections_type_0_item",
    "AppManifestUseAsRecipeSettingsType0": ".app_manifest_use_as_recipe_settings_type_0",
    "AppSummary": ".app_summary",
    "AuthInfo": ".auth_info",
    "AuthInfoSecretsItem": ".auth_info_secrets_item",
    "BundleActivationOptions": ".bundle_activation_options",
    "BundleActivationOptionsScenariosActiveOnActivationType0": ".bundle_activation_options_scenarios_active_on_activation_type_0",
    "BundleActivationReport": ".bundle_activation_report",
    "BundleList": ".bundle_list",
    "BundleManifest": ".bundle_manifest",
    "BundlePublication": ".bundle_publication",
    "BundleSummary": ".bundle_summary",
    "CodeStudioTemplateSettings": ".code_studio_template_settings",
    "CodeStudioTemplateSettingsParamsType0": ".code_studio_template_settings_params_type_0",
    "CodeStudioTemplateSummary": ".code_studio_template_summary",
    "CreateAppInstanceBody": ".create_app_instance_body",
    "CreateDatasetRequest": ".create_dataset_request",
    "CreateDatasetRequestFormatParamsType0": ".create_dataset_request_format_params_type_0",
    "CreateDatasetRequestParamsType0": ".create_dataset_request_params_type_0",
    "CreateObjectDiscussionBody": ".create_object_discussion_body",
    "CreatePluginCodeEnvBody": ".create_plugin_code_env_body",
    "CreateProjectFromBundleBody": ".create_project_from_bundle_body",
    "CreateProjectRequest": ".create_project_request",
    "CreateProjectRequestPermissionsType0Item": ".create_project_request_permissions_type_0_item",
    "CreateProjectRequestSettingsType0": ".create_project_request_settings_type_0",
    "Dataset": ".dataset",
    "DatasetFormatParamsType0": ".dataset_format_params_type_0",
    "DatasetParamsType0": ".dataset_params_type_0",
    "DatasetPartitioningType0": ".dataset_partitioning_type_0",
    "DatasetSchema": ".dataset_schema",
    "DeletePluginBody": ".delete_plugin_body",
    "DeployerInfraCreation": ".deployer_infra_creation",
    "DeployerInfraSettings": ".deployer_infra_settings",
    "DeployerInfraSettingsPermissionsType0Item": ".deployer_infra_settings_permissions_type_0_item",
    "DeployerInfraStatus": ".deployer_infra_status",
    "DeployerInfraStatusDeploymentsItem": ".deployer_infra_status_deployments_item",
    "DeployerInfraStatusInfraBasicInfo": ".deployer_infra_status_infra_basic_info",
    "DeployerStage": ".deployer_stage",
    "DeploymentCreation": ".deployment_creation",
    "DeploymentHeavyStatus": ".deployment_heavy_status",
    "DeploymentHeavyStatusHealthMessages": ".deployment_heavy_status_health_messages",
    "DeploymentLightStatus": ".deployment_light_status",
    "DeploymentLightStatusDeploymentBasicInfo": ".deployment_light_status_deployment_basic_info",
    "DeploymentLightStatusInfraBasicInfo": ".deployment_light_status_infra_basic_info",
    "DeploymentLightStatusProjectBasicInfo": ".deployment_light_status_project_basic_info",
    "DeploymentSettings": ".deployment_settings",
    "DeploymentUpdate": ".deployment_update",
    "DeploymentUpdateLogs": ".deployment_update_logs",
    "Discussion": ".discussion",
    "DiscussionRepliesType0Item": ".discussion_replies_type_0_item",
    "DSSError": ".dss_error",
    "FeatureGroup": ".feature_group",
    "FutureProgressState": ".future_progress_state",
    "FutureState": ".future_state",
    "FutureStatePayload": ".future_state_payload",
    "FutureStateProgress": ".future_state_progress",
    "ImportBundleFromStreamBody": ".import_bundle_from_stream_body",
    "IndexCatalogConnectionsBody": ".index_catalog_connections_body",
    "InfoMessage": ".info_message",
    "InstallPluginFromStoreBody": ".install_plugin_from_store_body",
    "InstanceInfo": ".instance_info",
    "InstanceInfoNodeType": ".instance_info_node_type",
    "MeaningDefinition": ".meaning_definition",
    "MeaningDefinitionEntriesType0Item": ".meaning_definition_entries_type_0_item",
    "MeaningDefinitionMappingsType0Item": ".meaning_definition_mappings_type_0_item",
    "NotebookState": ".notebook_state",
    "NotebookStateActiveSessionsItem": ".notebook_state_active_sessions_item",
    "ObjectMetadata": ".object_metadata",
    "ObjectMetadataChecklistsType0": ".object_metadata_checklists_type_0",
    "ObjectMetadataCustomType0": ".object_metadata_custom_type_0",
    "PluginArchiveUpload": ".plugin_archive_upload",
    "PluginGitSource": ".plugin_git_source",
    "PluginSettings": ".plugin_settings",
    "PluginSettingsAccessibleParameterSetDescsType0Item": ".plugin_settings_accessible_parameter_set_descs_type_0_item",
    "PluginSettingsParameterSetsType0Item": ".plugin_settings_parameter_sets_type_0_item",
    "PluginSettingsPresetsType0Item": ".plugin_settings_presets_type_0_item",
    "PluginSummary": ".plugin_summary",
    "PluginSummaryMeta": ".plugin_summary_meta",
    "PluginUsages": ".plugin_usages",
    "PluginUsagesMissingTypesItem": ".plugin_usages_missing_types_item",
    "PluginUsagesUsagesItem": ".plugin_usages_usages_item",
    "PreparedImport": ".prepared_import",
    "ProjectExportOptions": ".project_export_options",
    "ProjectFolder": ".project_folder",
    "ProjectFolderSettings": ".project_folder_settings",
    "ProjectFolderSettingsPermissionsType0Item": ".project_folder_settings_permissions_type_0_item",
    "ProjectFromBundle": ".project_from_bundle",
    "ProjectImportResult": ".project_import_result",
    "ProjectImportSettings": ".project_import_settings",
    "ProjectImportSettingsRemappingType0": ".project_import_settings_remapping_type_0",
    "ProjectSettings": ".project_settings",
    "ProjectSettingsExposedObjectsType0": ".project_settings_exposed_objects_type_0",
    "ProjectSettingsSettingsType0": ".project_settings_settings_type_0",
    "ProjectSettingsSettingsType0CodeEnvsType0": ".project_settings_settings_type_0_code_envs_type_0",
    "ProjectSettingsSettingsType0ContainerType0": ".project_settings_settings_type_0_container_type_0",
    "ProjectSummary": ".project_summary",
    "ProjectVariables": ".project_variables",
    "ProjectVariablesLocal": ".project_variables_local",
    "ProjectVariablesStandard": ".project_variables_standard",
    "PublishedProjectCreation": ".published_project_creation",
    "PublishedProjectSettings": ".published_project_settings",
    "PublishedProjectSettingsPermissionsType0Item": ".published_project_settings_permissions_type_0_item",
    "PublishedProjectStatus": ".published_project_status",
    "PublishedProjectStatusDeploymentsItem": ".published_project_status_deployments_item",
    "PublishedProjectStatusInfrasItem": ".published_project_status_infras_item",
    "PublishedProjectStatusPackagesItem": ".published_project_status_packages_item",
    "PublishedProjectStatusProjectBasicInfo": ".published_project_status_project_basic_info",
    "ReplyToObjectDiscussionBody": ".reply_to_object_discussion_body",
    "SchemaColumn": ".schema_column",
    "SqlColumn": ".sql_column",
    "SqlQueryRequest": ".sql_query_request",
    "SqlQueryRequestExtraConfType0": ".sql_query_request_extra_conf_type_0",
    "SqlQueryStart": ".sql_query_start",
    "UploadProjectImportBody": ".upload_project_import_body",
    "UploadPublishedProjectBundleBody": ".upload_published_project_bundle_body",
    "UserTag": ".user_tag",
    "UserTagLastModifiedBy": ".user_tag_last_modified_by",
    "WorkspaceObject": ".workspace_object",
    "WorkspaceObjectHtmlLinkType0": ".workspace_object_html_link_type_0",
    "WorkspaceObjectReferenceType0": ".workspace_object_reference_type_0",
    "WorkspaceSettings": ".workspace_settings",
    "WorkspaceSettingsPermissionsType0Item": ".workspace_settings_permissions_type_0_item",
}

__all__ = (
    "Acknowledgement",
    "AppInstanceSummary",
    "AppManifest",
    "AppManifestHomepageSectionsType0Item",
    "AppManifestUseAsRecipeSettingsType0",
    "AppSummary",
    "AuthInfo",
    "AuthInfoSecretsItem",
    "BundleActivationOptions",
    "BundleActivationOptionsScenariosActiveOnActivationType0",
    "BundleActivationReport",
    "BundleList",
    "BundleManifest",
    "BundlePublication",
    "BundleSummary",
    "CodeStudioTemplateSettings",
    "CodeStudioTemplateSettingsParamsType0",
    "CodeStudioTemplateSummary",
    "CreateAppInstanceBody",
    "CreateDatasetRequest",
    "CreateDatasetRequestFormatParamsType0",
    "CreateDatasetRequestParamsType0",
    "CreateObjectDiscussionBody",
    "CreatePluginCodeEnvBody",
    "CreateProjectFromBundleBody",
    "CreateProjectRequest",
    "CreateProjectRequestPermissionsType0Item",
    "CreateProjectRequestSettingsType0",
    "DSSError",
    "Dataset",
    "DatasetFormatParamsType0",
    "DatasetParamsType0",
    "DatasetPartitioningType0",
    "DatasetSchema",
    "DeletePluginBody",
    "DeployerInfraCreation",
    "DeployerInfraSettings",
    "DeployerInfraSettingsPermissionsType0Item",
    "DeployerInfraStatus",
    "DeployerInfraStatusDeploymentsItem",
    "DeployerInfraStatusInfraBasicInfo",
    "DeployerStage",
    "DeploymentCreation",
    "DeploymentHeavyStatus",
    "DeploymentHeavyStatusHealthMessages",
    "DeploymentLightStatus",
    "DeploymentLightStatusDeploymentBasicInfo",
    "DeploymentLightStatusInfraBasicInfo",
    "DeploymentLightStatusProjectBasicInfo",
    "DeploymentSettings",
    "DeploymentUpdate",
    "DeploymentUpdateLogs",
    "Discussion",
    "DiscussionRepliesType0Item",
    "FeatureGroup",
    "FutureProgressState",
    "FutureState",
    "FutureStatePayload",
    "FutureStateProgress",
    "ImportBundleFromStreamBody",
    "IndexCatalogConnectionsBody",
    "InfoMessage",
    "InstallPluginFromStoreBody",
    "InstanceInfo",
    "InstanceInfoNodeType",
    "MeaningDefinition",
    "MeaningDefinitionEntriesType0Item",
    "MeaningDefinitionMappingsType0Item",
    "NotebookState",
    "NotebookStateActiveSessionsItem",
    "ObjectMetadata",
    "ObjectMetadataChecklistsType0",
    "ObjectMetadataCustomType0",
    "PluginArchiveUpload",
    "PluginGitSource",
    "PluginSettings",
    "PluginSettingsAccessibleParameterSetDescsType0Item",
    "PluginSettingsParameterSetsType0Item",
    "PluginSettingsPresetsType0Item",
    "PluginSummary",
    "PluginSummaryMeta",
    "PluginUsages",
    "PluginUsagesMissingTypesItem",
    "PluginUsagesUsagesItem",
    "PreparedImport",
    "ProjectExportOptions",
    "ProjectFolder",
    "ProjectFolderSettings",
    "ProjectFolderSettingsPermissionsType0Item",
    "ProjectFromBundle",
    "ProjectImportResult",
    "ProjectImportSettings",
    "ProjectImportSettingsRemappingType0",
    "ProjectSettings",
    "ProjectSettingsExposedObjectsType0",
    "ProjectSettingsSettingsType0",
    "ProjectSettingsSettingsType0CodeEnvsType0",
    "ProjectSettingsSettingsType0ContainerType0",
    "ProjectSummary",
    "ProjectVariables",
    "ProjectVariablesLocal",
    "ProjectVariablesStandard",
    "PublishedProjectCreation",
    "PublishedProjectSettings",
    "PublishedProjectSettingsPermissionsType0Item",
    "PublishedProjectStatus",
    "PublishedProjectStatusDeploymentsItem",
    "PublishedProjectStatusInfrasItem",
    "PublishedProjectStatusPackagesItem",
    "PublishedProjectStatusProjectBasicInfo",
    "ReplyToObjectDiscussionBody",
    "SchemaColumn",
    "SqlColumn",
    "SqlQueryRequest",
    "SqlQueryRequestExtraConfType0",
    "SqlQueryStart",
    "UploadProjectImportBody",
    "UploadPublishedProjectBundleBody",
    "UserTag",
    "UserTagLastModifiedBy",
    "WorkspaceObject",
    "WorkspaceObjectHtmlLinkType0",
    "WorkspaceObjectReferenceType0",
    "WorkspaceSettings",
    "WorkspaceSettingsPermissionsType0Item",
)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from .. import import_submodule

    value = getattr(import_submodule(__name__, module.lstrip(".")), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
