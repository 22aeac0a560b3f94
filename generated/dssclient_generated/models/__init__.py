"""Contains all the data models used in inputs/outputs"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .acknowledgement import Acknowledgement
    from .api_deployer_deployment_heavy_status import ApiDeployerDeploymentHeavyStatus
    from .api_deployer_deployment_heavy_status_api_nodes_item import (
        ApiDeployerDeploymentHeavyStatusApiNodesItem,
    )
    from .api_deployer_deployment_light_status import ApiDeployerDeploymentLightStatus
    from .api_deployer_deployment_light_status_deployment_basic_info import (
        ApiDeployerDeploymentLightStatusDeploymentBasicInfo,
    )
    from .api_deployer_deployment_light_status_service_basic_info import (
        ApiDeployerDeploymentLightStatusServiceBasicInfo,
    )
    from .api_deployer_deployment_ref import ApiDeployerDeploymentRef
    from .api_deployer_deployment_settings import ApiDeployerDeploymentSettings
    from .api_deployer_deployment_settings_authorizations_to_query_through_deployer_type_0_item import (
        ApiDeployerDeploymentSettingsAuthorizationsToQueryThroughDeployerType0Item,
    )
    from .api_deployer_deployment_update import ApiDeployerDeploymentUpdate
    from .api_deployer_deployment_update_list_item import (
        ApiDeployerDeploymentUpdateListItem,
    )
    from .api_deployer_deployment_update_logs import ApiDeployerDeploymentUpdateLogs
    from .api_deployer_generations_mapping import ApiDeployerGenerationsMapping
    from .api_deployer_generations_mapping_entries_item import (
        ApiDeployerGenerationsMappingEntriesItem,
    )
    from .api_deployer_info_messages import ApiDeployerInfoMessages
    from .api_deployer_info_messages_messages_item import (
        ApiDeployerInfoMessagesMessagesItem,
    )
    from .api_deployer_infra_basic_info import ApiDeployerInfraBasicInfo
    from .api_deployer_infra_settings import ApiDeployerInfraSettings
    from .api_deployer_infra_settings_api_nodes_type_0_item import (
        ApiDeployerInfraSettingsApiNodesType0Item,
    )
    from .api_deployer_infra_settings_permissions_type_0_item import (
        ApiDeployerInfraSettingsPermissionsType0Item,
    )
    from .api_deployer_infra_status import ApiDeployerInfraStatus
    from .api_deployer_open_api_document import ApiDeployerOpenApiDocument
    from .api_deployer_open_api_document_info import ApiDeployerOpenApiDocumentInfo
    from .api_deployer_open_api_document_paths import ApiDeployerOpenApiDocumentPaths
    from .api_deployer_open_api_document_servers_item import (
        ApiDeployerOpenApiDocumentServersItem,
    )
    from .api_deployer_query_results import ApiDeployerQueryResults
    from .api_deployer_query_results_responses_item import (
        ApiDeployerQueryResultsResponsesItem,
    )
    from .api_deployer_query_results_responses_item_query import (
        ApiDeployerQueryResultsResponsesItemQuery,
    )
    from .api_deployer_query_results_responses_item_response import (
        ApiDeployerQueryResultsResponsesItemResponse,
    )
    from .api_deployer_service_settings import ApiDeployerServiceSettings
    from .api_deployer_service_settings_permissions_type_0_item import (
        ApiDeployerServiceSettingsPermissionsType0Item,
    )
    from .api_deployer_service_status import ApiDeployerServiceStatus
    from .api_deployer_service_status_service_basic_info import (
        ApiDeployerServiceStatusServiceBasicInfo,
    )
    from .api_deployer_service_version import ApiDeployerServiceVersion
    from .api_deployer_service_version_design_node_info import (
        ApiDeployerServiceVersionDesignNodeInfo,
    )
    from .api_deployer_stage import ApiDeployerStage
    from .api_service_endpoint_summary import ApiServiceEndpointSummary
    from .api_service_list_item import ApiServiceListItem
    from .api_service_package import ApiServicePackage
    from .api_service_package_summary import ApiServicePackageSummary
    from .api_service_package_summary_published_to_item import (
        ApiServicePackageSummaryPublishedToItem,
    )
    from .api_service_settings import ApiServiceSettings
    from .api_service_settings_auth_realm_type_0 import ApiServiceSettingsAuthRealmType0
    from .api_service_settings_endpoints_type_0_item import (
        ApiServiceSettingsEndpointsType0Item,
    )
    from .api_service_settings_endpoints_type_0_item_test_queries_item import (
        ApiServiceSettingsEndpointsType0ItemTestQueriesItem,
    )
    from .app_instance_summary import AppInstanceSummary
    from .app_manifest import AppManifest
    from .app_manifest_homepage_sections_type_0_item import (
        AppManifestHomepageSectionsType0Item,
    )
    from .app_manifest_homepage_sections_type_0_item_tiles_item import (
        AppManifestHomepageSectionsType0ItemTilesItem,
    )
    from .app_manifest_use_as_recipe_settings_type_0 import (
        AppManifestUseAsRecipeSettingsType0,
    )
    from .app_summary import AppSummary
    from .auth_info import AuthInfo
    from .auth_info_secrets_item import AuthInfoSecretsItem
    from .authorization_matrix import AuthorizationMatrix
    from .authorization_matrix_per_group import AuthorizationMatrixPerGroup
    from .authorization_matrix_per_user import AuthorizationMatrixPerUser
    from .browser_headers import BrowserHeaders
    from .bundle_activation_options import BundleActivationOptions
    from .bundle_activation_options_scenarios_active_on_activation_type_0 import (
        BundleActivationOptionsScenariosActiveOnActivationType0,
    )
    from .bundle_activation_report import BundleActivationReport
    from .bundle_list import BundleList
    from .bundle_manifest import BundleManifest
    from .bundle_preload_report import BundlePreloadReport
    from .bundle_publication import BundlePublication
    from .bundle_summary import BundleSummary
    from .checks_report import ChecksReport
    from .checks_report_results_item import ChecksReportResultsItem
    from .cluster_action_result import ClusterActionResult
    from .cluster_settings import ClusterSettings
    from .cluster_settings_data_type_0 import ClusterSettingsDataType0
    from .cluster_settings_params_type_0 import ClusterSettingsParamsType0
    from .cluster_settings_permissions_type_0_item import (
        ClusterSettingsPermissionsType0Item,
    )
    from .cluster_status import ClusterStatus
    from .cluster_summary import ClusterSummary
    from .code_env_container_runtime_addition import CodeEnvContainerRuntimeAddition
    from .code_env_operation_outcome import CodeEnvOperationOutcome
    from .code_env_settings import CodeEnvSettings
    from .code_env_settings_desc_type_0 import CodeEnvSettingsDescType0
    from .code_env_settings_permissions_type_0_item import (
        CodeEnvSettingsPermissionsType0Item,
    )
    from .code_env_summary import CodeEnvSummary
    from .code_env_usage import CodeEnvUsage
    from .code_env_version_for_project import CodeEnvVersionForProject
    from .code_env_version_settings import CodeEnvVersionSettings
    from .code_env_version_settings_desc_type_0 import CodeEnvVersionSettingsDescType0
    from .code_studio import CodeStudio
    from .code_studio_conflicts import CodeStudioConflicts
    from .code_studio_list_item import CodeStudioListItem
    from .code_studio_list_item_desc import CodeStudioListItemDesc
    from .code_studio_pull_result import CodeStudioPullResult
    from .code_studio_push_result import CodeStudioPushResult
    from .code_studio_status import CodeStudioStatus
    from .code_studio_status_exposed_item import CodeStudioStatusExposedItem
    from .code_studio_status_state import CodeStudioStatusState
    from .code_studio_template_settings import CodeStudioTemplateSettings
    from .code_studio_template_settings_params_type_0 import (
        CodeStudioTemplateSettingsParamsType0,
    )
    from .code_studio_template_summary import CodeStudioTemplateSummary
    from .code_studio_zone import CodeStudioZone
    from .computed_metric import ComputedMetric
    from .computed_metric_meta import ComputedMetricMeta
    from .computed_metric_metric import ComputedMetricMetric
    from .computed_metric_value import ComputedMetricValue
    from .computed_metrics_values import ComputedMetricsValues
    from .connection_details_readability_type_0 import ConnectionDetailsReadabilityType0
    from .connection_info import ConnectionInfo
    from .connection_info_params import ConnectionInfoParams
    from .connection_info_resolved_aws_credential import (
        ConnectionInfoResolvedAWSCredential,
    )
    from .connection_info_resolved_basic_credential import (
        ConnectionInfoResolvedBasicCredential,
    )
    from .connection_info_resolved_o_auth_2_credential import (
        ConnectionInfoResolvedOAuth2Credential,
    )
    from .connection_info_resolved_params_type_0 import (
        ConnectionInfoResolvedParamsType0,
    )
    from .connection_settings import ConnectionSettings
    from .connection_settings_creation_tag_type_0 import (
        ConnectionSettingsCreationTagType0,
    )
    from .connection_settings_params_type_0 import ConnectionSettingsParamsType0
    from .connection_sync_request import ConnectionSyncRequest
    from .connection_test_result import ConnectionTestResult
    from .copy_dataset_request import CopyDatasetRequest
    from .copy_dataset_request_write_mode import CopyDatasetRequestWriteMode
    from .create_api_deployer_deployment_request import (
        CreateApiDeployerDeploymentRequest,
    )
    from .create_api_deployer_deployment_request_authorizations_to_query_through_deployer_type_0_item import (
        CreateApiDeployerDeploymentRequestAuthorizationsToQueryThroughDeployerType0Item,
    )
    from .create_api_deployer_infra_request import CreateApiDeployerInfraRequest
    from .create_api_deployer_infra_request_govern_check_policy import (
        CreateApiDeployerInfraRequestGovernCheckPolicy,
    )
    from .create_api_deployer_infra_request_type import (
        CreateApiDeployerInfraRequestType,
    )
    from .create_api_deployer_service_request import CreateApiDeployerServiceRequest
    from .create_app_instance_body import CreateAppInstanceBody
    from .create_cluster_request import CreateClusterRequest
    from .create_cluster_request_params_type_0 import CreateClusterRequestParamsType0
    from .create_code_env_request import CreateCodeEnvRequest
    from .create_code_env_request_desc_type_0 import CreateCodeEnvRequestDescType0
    from .create_code_studio_request import CreateCodeStudioRequest
    from .create_code_studio_response import CreateCodeStudioResponse
    from .create_connection_request import CreateConnectionRequest
    from .create_connection_request_params_type_0 import (
        CreateConnectionRequestParamsType0,
    )
    from .create_dataset_request import CreateDatasetRequest
    from .create_dataset_request_format_params_type_0 import (
        CreateDatasetRequestFormatParamsType0,
    )
    from .create_dataset_request_params_type_0 import CreateDatasetRequestParamsType0
    from .create_global_api_key_request import CreateGlobalApiKeyRequest
    from .create_global_api_key_request_global_permissions_type_0 import (
        CreateGlobalApiKeyRequestGlobalPermissionsType0,
    )
    from .create_group_request import CreateGroupRequest
    from .create_managed_dataset_request import CreateManagedDatasetRequest
    from .create_object_discussion_body import CreateObjectDiscussionBody
    from .create_personal_api_key_for_user_request import (
        CreatePersonalApiKeyForUserRequest,
    )
    from .create_personal_api_key_request import CreatePersonalApiKeyRequest
    from .create_plugin_code_env_body import CreatePluginCodeEnvBody
    from .create_project_from_bundle_body import CreateProjectFromBundleBody
    from .create_project_request import CreateProjectRequest
    from .create_project_request_permissions_type_0_item import (
        CreateProjectRequestPermissionsType0Item,
    )
    from .create_project_request_settings_type_0 import (
        CreateProjectRequestSettingsType0,
    )
    from .create_recipe_request import CreateRecipeRequest
    from .create_recipe_request_creation_settings_type_0 import (
        CreateRecipeRequestCreationSettingsType0,
    )
    from .create_scenario_request import CreateScenarioRequest
    from .create_scenario_request_params_type_0 import CreateScenarioRequestParamsType0
    from .create_scenario_request_type import CreateScenarioRequestType
    from .create_user_request import CreateUserRequest
    from .custom_audit_params import CustomAuditParams
    from .dataset import Dataset
    from .dataset_checks_settings import DatasetChecksSettings
    from .dataset_checks_settings_checks_type_0_item import (
        DatasetChecksSettingsChecksType0Item,
    )
    from .dataset_checks_settings_displayed_state_type_0 import (
        DatasetChecksSettingsDisplayedStateType0,
    )
    from .dataset_format_params_type_0 import DatasetFormatParamsType0
    from .dataset_info import DatasetInfo
    from .dataset_info_last_build import DatasetInfoLastBuild
    from .dataset_metrics_settings import DatasetMetricsSettings
    from .dataset_metrics_settings_displayed_state_type_0 import (
        DatasetMetricsSettingsDisplayedStateType0,
    )
    from .dataset_metrics_settings_engine_config_type_0 import (
        DatasetMetricsSettingsEngineConfigType0,
    )
    from .dataset_params import DatasetParams
    from .dataset_partitioning_type_0 import DatasetPartitioningType0
    from .dataset_schema import DatasetSchema
    from .dataset_usage import DatasetUsage
    from .delete_plugin_body import DeletePluginBody
    from .deployer_infra_creation import DeployerInfraCreation
    from .deployer_infra_settings import DeployerInfraSettings
    from .deployer_infra_settings_permissions_type_0_item import (
        DeployerInfraSettingsPermissionsType0Item,
    )
    from .deployer_infra_status import DeployerInfraStatus
    from .deployer_stage import DeployerStage
    from .deployment_creation import DeploymentCreation
    from .deployment_heavy_status import DeploymentHeavyStatus
    from .deployment_light_status import DeploymentLightStatus
    from .deployment_settings import DeploymentSettings
    from .deployment_update import DeploymentUpdate
    from .deployment_update_logs import DeploymentUpdateLogs
    from .discussion import Discussion
    from .discussion_replies_type_0_item import DiscussionRepliesType0Item
    from .dss_error import DSSError
    from .duplicate_project_request import DuplicateProjectRequest
    from .duplicate_project_request_duplication_mode import (
        DuplicateProjectRequestDuplicationMode,
    )
    from .duplicate_project_request_remapping_type_0 import (
        DuplicateProjectRequestRemappingType0,
    )
    from .feature_group import FeatureGroup
    from .flow_graph import FlowGraph
    from .flow_graph_node import FlowGraphNode
    from .flow_graph_nodes import FlowGraphNodes
    from .format_detection_request import FormatDetectionRequest
    from .future_progress_state import FutureProgressState
    from .future_state import FutureState
    from .future_state_payload import FutureStatePayload
    from .future_state_progress import FutureStateProgress
    from .general_settings import GeneralSettings
    from .general_settings_code_envs_type_0 import GeneralSettingsCodeEnvsType0
    from .general_settings_container_settings_type_0 import (
        GeneralSettingsContainerSettingsType0,
    )
    from .general_settings_impersonation_type_0 import GeneralSettingsImpersonationType0
    from .general_settings_ldap_settings_type_0 import GeneralSettingsLdapSettingsType0
    from .general_settings_spark_settings_type_0 import (
        GeneralSettingsSparkSettingsType0,
    )
    from .global_api_key import GlobalApiKey
    from .global_api_key_global_permissions_type_0 import (
        GlobalApiKeyGlobalPermissionsType0,
    )
    from .global_api_key_projects_type_0 import GlobalApiKeyProjectsType0
    from .global_usage_summary import GlobalUsageSummary
    from .global_usage_summary_datasets import GlobalUsageSummaryDatasets
    from .global_usage_summary_notebooks import GlobalUsageSummaryNotebooks
    from .global_usage_summary_project_summaries_item import (
        GlobalUsageSummaryProjectSummariesItem,
    )
    from .global_usage_summary_recipes import GlobalUsageSummaryRecipes
    from .global_usage_summary_scenarios import GlobalUsageSummaryScenarios
    from .group_definition import GroupDefinition
    from .import_api_deployer_service_version_form import (
        ImportApiDeployerServiceVersionForm,
    )
    from .import_bundle_from_stream_body import ImportBundleFromStreamBody
    from .index_catalog_connections_body import IndexCatalogConnectionsBody
    from .info_message import InfoMessage
    from .info_messages import InfoMessages
    from .info_messages_messages_item import InfoMessagesMessagesItem
    from .install_plugin_from_store_body import InstallPluginFromStoreBody
    from .instance_info import InstanceInfo
    from .instance_info_node_type import InstanceInfoNodeType
    from .instance_variables import InstanceVariables
    from .job_definition import JobDefinition
    from .job_list_item import JobListItem
    from .job_list_item_def import JobListItemDef
    from .job_output import JobOutput
    from .job_status import JobStatus
    from .job_status_base_status import JobStatusBaseStatus
    from .job_status_global_state import JobStatusGlobalState
    from .kubectl_command_result import KubectlCommandResult
    from .kubernetes_jobs_deletion import KubernetesJobsDeletion
    from .kubernetes_pods_deletion import KubernetesPodsDeletion
    from .license_file import LicenseFile
    from .licensing_status import LicensingStatus
    from .licensing_status_base import LicensingStatusBase
    from .licensing_status_user_profiles import LicensingStatusUserProfiles
    from .list_connections_response_200 import ListConnectionsResponse200
    from .log_file_list import LogFileList
    from .log_file_summary import LogFileSummary
    from .managed_dataset_creation_settings import ManagedDatasetCreationSettings
    from .managed_dataset_creation_settings_specific_settings_type_0 import (
        ManagedDatasetCreationSettingsSpecificSettingsType0,
    )
    from .meaning_definition import MeaningDefinition
    from .meaning_definition_entries_type_0_item import (
        MeaningDefinitionEntriesType0Item,
    )
    from .meaning_definition_mappings_type_0_item import (
        MeaningDefinitionMappingsType0Item,
    )
    from .metric_history import MetricHistory
    from .metric_history_last_value import MetricHistoryLastValue
    from .metric_history_metric import MetricHistoryMetric
    from .metric_history_values_item import MetricHistoryValuesItem
    from .metric_ids_request import MetricIdsRequest
    from .metric_value_point import MetricValuePoint
    from .metrics_computation_report import MetricsComputationReport
    from .metrics_probe import MetricsProbe
    from .metrics_probe_configuration_type_0 import MetricsProbeConfigurationType0
    from .metrics_probe_meta_type_0 import MetricsProbeMetaType0
    from .metrics_probes import MetricsProbes
    from .metrics_probes_probes_item import MetricsProbesProbesItem
    from .notebook_state import NotebookState
    from .notebook_state_active_sessions_item import NotebookStateActiveSessionsItem
    from .object_metadata import ObjectMetadata
    from .object_metadata_checklists_type_0 import ObjectMetadataChecklistsType0
    from .object_metadata_custom_type_0 import ObjectMetadataCustomType0
    from .output_schema_update import OutputSchemaUpdate
    from .personal_api_key import PersonalApiKey
    from .plugin_archive_upload import PluginArchiveUpload
    from .plugin_file_move import PluginFileMove
    from .plugin_file_node import PluginFileNode
    from .plugin_file_rename import PluginFileRename
    from .plugin_git_source import PluginGitSource
    from .plugin_missing_type import PluginMissingType
    from .plugin_parameter_set_desc import PluginParameterSetDesc
    from .plugin_parameter_set_desc_desc import PluginParameterSetDescDesc
    from .plugin_parameter_set_desc_desc_params_item import (
        PluginParameterSetDescDescParamsItem,
    )
    from .plugin_parameter_set_desc_desc_plugin_params_item import (
        PluginParameterSetDescDescPluginParamsItem,
    )
    from .plugin_parameter_set_settings import PluginParameterSetSettings
    from .plugin_parameter_set_settings_default_permission import (
        PluginParameterSetSettingsDefaultPermission,
    )
    from .plugin_preset import PluginPreset
    from .plugin_preset_config import PluginPresetConfig
    from .plugin_preset_permission import PluginPresetPermission
    from .plugin_preset_plugin_config import PluginPresetPluginConfig
    from .plugin_settings import PluginSettings
    from .plugin_summary import PluginSummary
    from .plugin_summary_meta import PluginSummaryMeta
    from .plugin_usage import PluginUsage
    from .plugin_usages import PluginUsages
    from .prepared_import import PreparedImport
    from .project_code_env_selection_type_0 import ProjectCodeEnvSelectionType0
    from .project_deployer_deployment_basic_info import (
        ProjectDeployerDeploymentBasicInfo,
    )
    from .project_deployer_infra_basic_info import ProjectDeployerInfraBasicInfo
    from .project_duplicated import ProjectDuplicated
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
    from .project_permissions import ProjectPermissions
    from .project_permissions_permissions_item import ProjectPermissionsPermissionsItem
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
    from .published_project_basic_info import PublishedProjectBasicInfo
    from .published_project_bundle import PublishedProjectBundle
    from .published_project_bundle_export_manifest import (
        PublishedProjectBundleExportManifest,
    )
    from .published_project_creation import PublishedProjectCreation
    from .published_project_settings import PublishedProjectSettings
    from .published_project_settings_permissions_type_0_item import (
        PublishedProjectSettingsPermissionsType0Item,
    )
    from .published_project_status import PublishedProjectStatus
    from .recipe_and_payload import RecipeAndPayload
    from .recipe_created import RecipeCreated
    from .recipe_definition import RecipeDefinition
    from .recipe_definition_params_type_0 import RecipeDefinitionParamsType0
    from .recipe_definition_params_type_0_env_selection_type_0 import (
        RecipeDefinitionParamsType0EnvSelectionType0,
    )
    from .recipe_engine import RecipeEngine
    from .recipe_prototype import RecipePrototype
    from .recipe_role import RecipeRole
    from .recipe_role_items_item import RecipeRoleItemsItem
    from .recipe_role_items_item_deps_item import RecipeRoleItemsItemDepsItem
    from .recipe_roles import RecipeRoles
    from .recipe_schema_updates import RecipeSchemaUpdates
    from .recipe_schema_updates_computables_item import (
        RecipeSchemaUpdatesComputablesItem,
    )
    from .recipe_status import RecipeStatus
    from .rename_request import RenameRequest
    from .reply_to_object_discussion_body import ReplyToObjectDiscussionBody
    from .run_kubectl_request import RunKubectlRequest
    from .run_scenario_body import RunScenarioBody
    from .scenario_payload import ScenarioPayload
    from .scenario_reporter import ScenarioReporter
    from .scenario_reporter_messaging_type_0 import ScenarioReporterMessagingType0
    from .scenario_run import ScenarioRun
    from .scenario_run_details import ScenarioRunDetails
    from .scenario_run_error import ScenarioRunError
    from .scenario_run_for_trigger import ScenarioRunForTrigger
    from .scenario_run_result import ScenarioRunResult
    from .scenario_run_scenario import ScenarioRunScenario
    from .scenario_run_trigger import ScenarioRunTrigger
    from .scenario_run_trigger_params_type_0 import ScenarioRunTriggerParamsType0
    from .scenario_settings import ScenarioSettings
    from .scenario_settings_params_type_0 import ScenarioSettingsParamsType0
    from .scenario_step import ScenarioStep
    from .scenario_step_params_type_0 import ScenarioStepParamsType0
    from .scenario_step_run import ScenarioStepRun
    from .scenario_step_run_additional_report_items_item import (
        ScenarioStepRunAdditionalReportItemsItem,
    )
    from .scenario_step_run_result import ScenarioStepRunResult
    from .scenario_summary import ScenarioSummary
    from .scenario_trigger import ScenarioTrigger
    from .scenario_trigger_params_type_0 import ScenarioTriggerParamsType0
    from .schema_column import SchemaColumn
    from .sql_column import SqlColumn
    from .sql_query_request import SqlQueryRequest
    from .sql_query_request_extra_conf_type_0 import SqlQueryRequestExtraConfType0
    from .sql_query_start import SqlQueryStart
    from .ticket_answer import TicketAnswer
    from .trigger_fire import TriggerFire
    from .trigger_fire_params import TriggerFireParams
    from .upload_dataset_file_body import UploadDatasetFileBody
    from .upload_project_import_body import UploadProjectImportBody
    from .upload_published_project_bundle_body import UploadPublishedProjectBundleBody
    from .uploaded_file import UploadedFile
    from .user_activity import UserActivity
    from .user_info import UserInfo
    from .user_secret import UserSecret
    from .user_settings import UserSettings
    from .user_settings_admin_properties_type_0 import UserSettingsAdminPropertiesType0
    from .user_settings_credentials_type_0 import UserSettingsCredentialsType0
    from .user_settings_preferences_type_0 import UserSettingsPreferencesType0
    from .user_settings_trial_status_type_0 import UserSettingsTrialStatusType0
    from .user_settings_user_properties_type_0 import UserSettingsUserPropertiesType0
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
    "ApiDeployerDeploymentHeavyStatus": ".api_deployer_deployment_heavy_status",
    "ApiDeployerDeploymentHeavyStatusApiNodesItem": ".api_deployer_deployment_heavy_status_api_nodes_item",
    "ApiDeployerDeploymentLightStatus": ".api_deployer_deployment_light_status",
    "ApiDeployerDeploymentLightStatusDeploymentBasicInfo": ".api_deployer_deployment_light_status_deployment_basic_info",
    "ApiDeployerDeploymentLightStatusServiceBasicInfo": ".api_deployer_deployment_light_status_service_basic_info",
    "ApiDeployerDeploymentRef": ".api_deployer_deployment_ref",
    "ApiDeployerDeploymentSettings": ".api_deployer_deployment_settings",
    "ApiDeployerDeploymentSettingsAuthorizationsToQueryThroughDeployerType0Item": ".api_deployer_deployment_settings_authorizations_to_query_through_deployer_type_0_item",
    "ApiDeployerDeploymentUpdate": ".api_deployer_deployment_update",
    "ApiDeployerDeploymentUpdateListItem": ".api_deployer_deployment_update_list_item",
    "ApiDeployerDeploymentUpdateLogs": ".api_deployer_deployment_update_logs",
    "ApiDeployerGenerationsMapping": ".api_deployer_generations_mapping",
    "ApiDeployerGenerationsMappingEntriesItem": ".api_deployer_generations_mapping_entries_item",
    "ApiDeployerInfoMessages": ".api_deployer_info_messages",
    "ApiDeployerInfoMessagesMessagesItem": ".api_deployer_info_messages_messages_item",
    "ApiDeployerInfraBasicInfo": ".api_deployer_infra_basic_info",
    "ApiDeployerInfraSettings": ".api_deployer_infra_settings",
    "ApiDeployerInfraSettingsApiNodesType0Item": ".api_deployer_infra_settings_api_nodes_type_0_item",
    "ApiDeployerInfraSettingsPermissionsType0Item": ".api_deployer_infra_settings_permissions_type_0_item",
    "ApiDeployerInfraStatus": ".api_deployer_infra_status",
    "ApiDeployerOpenApiDocument": ".api_deployer_open_api_document",
    "ApiDeployerOpenApiDocumentInfo": ".api_deployer_open_api_document_info",
    "ApiDeployerOpenApiDocumentPaths": ".api_deployer_open_api_document_paths",
    "ApiDeployerOpenApiDocumentServersItem": ".api_deployer_open_api_document_servers_item",
    "ApiDeployerQueryResults": ".api_deployer_query_results",
    "ApiDeployerQueryResultsResponsesItem": ".api_deployer_query_results_responses_item",
    "ApiDeployerQueryResultsResponsesItemQuery": ".api_deployer_query_results_responses_item_query",
    "ApiDeployerQueryResultsResponsesItemResponse": ".api_deployer_query_results_responses_item_response",
    "ApiDeployerServiceSettings": ".api_deployer_service_settings",
    "ApiDeployerServiceSettingsPermissionsType0Item": ".api_deployer_service_settings_permissions_type_0_item",
    "ApiDeployerServiceStatus": ".api_deployer_service_status",
    "ApiDeployerServiceStatusServiceBasicInfo": ".api_deployer_service_status_service_basic_info",
    "ApiDeployerServiceVersion": ".api_deployer_service_version",
    "ApiDeployerServiceVersionDesignNodeInfo": ".api_deployer_service_version_design_node_info",
    "ApiDeployerStage": ".api_deployer_stage",
    "ApiServiceEndpointSummary": ".api_service_endpoint_summary",
    "ApiServiceListItem": ".api_service_list_item",
    "ApiServicePackage": ".api_service_package",
    "ApiServicePackageSummary": ".api_service_package_summary",
    "ApiServicePackageSummaryPublishedToItem": ".api_service_package_summary_published_to_item",
    "ApiServiceSettings": ".api_service_settings",
    "ApiServiceSettingsAuthRealmType0": ".api_service_settings_auth_realm_type_0",
    "ApiServiceSettingsEndpointsType0Item": ".api_service_settings_endpoints_type_0_item",
    "ApiServiceSettingsEndpointsType0ItemTestQueriesItem": ".api_service_settings_endpoints_type_0_item_test_queries_item",
    "AppInstanceSummary": ".app_instance_summary",
    "AppManifest": ".app_manifest",
    "AppManifestHomepageSectionsType0Item": ".app_manifest_homepage_sections_type_0_item",
    "AppManifestHomepageSectionsType0ItemTilesItem": ".app_manifest_homepage_sections_type_0_item_tiles_item",
    "AppManifestUseAsRecipeSettingsType0": ".app_manifest_use_as_recipe_settings_type_0",
    "AppSummary": ".app_summary",
    "AuthInfo": ".auth_info",
    "AuthInfoSecretsItem": ".auth_info_secrets_item",
    "AuthorizationMatrix": ".authorization_matrix",
    "AuthorizationMatrixPerGroup": ".authorization_matrix_per_group",
    "AuthorizationMatrixPerUser": ".authorization_matrix_per_user",
    "BrowserHeaders": ".browser_headers",
    "BundleActivationOptions": ".bundle_activation_options",
    "BundleActivationOptionsScenariosActiveOnActivationType0": ".bundle_activation_options_scenarios_active_on_activation_type_0",
    "BundleActivationReport": ".bundle_activation_report",
    "BundleList": ".bundle_list",
    "BundleManifest": ".bundle_manifest",
    "BundlePreloadReport": ".bundle_preload_report",
    "BundlePublication": ".bundle_publication",
    "BundleSummary": ".bundle_summary",
    "ChecksReport": ".checks_report",
    "ChecksReportResultsItem": ".checks_report_results_item",
    "ClusterActionResult": ".cluster_action_result",
    "ClusterSettings": ".cluster_settings",
    "ClusterSettingsDataType0": ".cluster_settings_data_type_0",
    "ClusterSettingsParamsType0": ".cluster_settings_params_type_0",
    "ClusterSettingsPermissionsType0Item": ".cluster_settings_permissions_type_0_item",
    "ClusterStatus": ".cluster_status",
    "ClusterSummary": ".cluster_summary",
    "CodeEnvContainerRuntimeAddition": ".code_env_container_runtime_addition",
    "CodeEnvOperationOutcome": ".code_env_operation_outcome",
    "CodeEnvSettings": ".code_env_settings",
    "CodeEnvSettingsDescType0": ".code_env_settings_desc_type_0",
    "CodeEnvSettingsPermissionsType0Item": ".code_env_settings_permissions_type_0_item",
    "CodeEnvSummary": ".code_env_summary",
    "CodeEnvUsage": ".code_env_usage",
    "CodeEnvVersionForProject": ".code_env_version_for_project",
    "CodeEnvVersionSettings": ".code_env_version_settings",
    "CodeEnvVersionSettingsDescType0": ".code_env_version_settings_desc_type_0",
    "CodeStudio": ".code_studio",
    "CodeStudioConflicts": ".code_studio_conflicts",
    "CodeStudioListItem": ".code_studio_list_item",
    "CodeStudioListItemDesc": ".code_studio_list_item_desc",
    "CodeStudioPullResult": ".code_studio_pull_result",
    "CodeStudioPushResult": ".code_studio_push_result",
    "CodeStudioStatus": ".code_studio_status",
    "CodeStudioStatusExposedItem": ".code_studio_status_exposed_item",
    "CodeStudioStatusState": ".code_studio_status_state",
    "CodeStudioTemplateSettings": ".code_studio_template_settings",
    "CodeStudioTemplateSettingsParamsType0": ".code_studio_template_settings_params_type_0",
    "CodeStudioTemplateSummary": ".code_studio_template_summary",
    "CodeStudioZone": ".code_studio_zone",
    "ComputedMetric": ".computed_metric",
    "ComputedMetricMeta": ".computed_metric_meta",
    "ComputedMetricMetric": ".computed_metric_metric",
    "ComputedMetricValue": ".computed_metric_value",
    "ComputedMetricsValues": ".computed_metrics_values",
    "ConnectionDetailsReadabilityType0": ".connection_details_readability_type_0",
    "ConnectionInfo": ".connection_info",
    "ConnectionInfoParams": ".connection_info_params",
    "ConnectionInfoResolvedAWSCredential": ".connection_info_resolved_aws_credential",
    "ConnectionInfoResolvedBasicCredential": ".connection_info_resolved_basic_credential",
    "ConnectionInfoResolvedOAuth2Credential": ".connection_info_resolved_o_auth_2_credential",
    "ConnectionInfoResolvedParamsType0": ".connection_info_resolved_params_type_0",
    "ConnectionSettings": ".connection_settings",
    "ConnectionSettingsCreationTagType0": ".connection_settings_creation_tag_type_0",
    "ConnectionSettingsParamsType0": ".connection_settings_params_type_0",
    "ConnectionSyncRequest": ".connection_sync_request",
    "ConnectionTestResult": ".connection_test_result",
    "CopyDatasetRequest": ".copy_dataset_request",
    "CopyDatasetRequestWriteMode": ".copy_dataset_request_write_mode",
    "CreateApiDeployerDeploymentRequest": ".create_api_deployer_deployment_request",
    "CreateApiDeployerDeploymentRequestAuthorizationsToQueryThroughDeployerType0Item": ".create_api_deployer_deployment_request_authorizations_to_query_through_deployer_type_0_item",
    "CreateApiDeployerInfraRequest": ".create_api_deployer_infra_request",
    "CreateApiDeployerInfraRequestGovernCheckPolicy": ".create_api_deployer_infra_request_govern_check_policy",
    "CreateApiDeployerInfraRequestType": ".create_api_deployer_infra_request_type",
    "CreateApiDeployerServiceRequest": ".create_api_deployer_service_request",
    "CreateAppInstanceBody": ".create_app_instance_body",
    "CreateClusterRequest": ".create_cluster_request",
    "CreateClusterRequestParamsType0": ".create_cluster_request_params_type_0",
    "CreateCodeEnvRequest": ".create_code_env_request",
    "CreateCodeEnvRequestDescType0": ".create_code_env_request_desc_type_0",
    "CreateCodeStudioRequest": ".create_code_studio_request",
    "CreateCodeStudioResponse": ".create_code_studio_response",
    "CreateConnectionRequest": ".create_connection_request",
    "CreateConnectionRequestParamsType0": ".create_connection_request_params_type_0",
    "CreateDatasetRequest": ".create_dataset_request",
    "CreateDatasetRequestFormatParamsType0": ".create_dataset_request_format_params_type_0",
    "CreateDatasetRequestParamsType0": ".create_dataset_request_params_type_0",
    "CreateGlobalApiKeyRequest": ".create_global_api_key_request",
    "CreateGlobalApiKeyRequestGlobalPermissionsType0": ".create_global_api_key_request_global_permissions_type_0",
    "CreateGroupRequest": ".create_group_request",
    "CreateManagedDatasetRequest": ".create_managed_dataset_request",
    "CreateObjectDiscussionBody": ".create_object_discussion_body",
    "CreatePersonalApiKeyForUserRequest": ".create_personal_api_key_for_user_request",
    "CreatePersonalApiKeyRequest": ".create_personal_api_key_request",
    "CreatePluginCodeEnvBody": ".create_plugin_code_env_body",
    "CreateProjectFromBundleBody": ".create_project_from_bundle_body",
    "CreateProjectRequest": ".create_project_request",
    "CreateProjectRequestPermissionsType0Item": ".create_project_request_permissions_type_0_item",
    "CreateProjectRequestSettingsType0": ".create_project_request_settings_type_0",
    "CreateRecipeRequest": ".create_recipe_request",
    "CreateRecipeRequestCreationSettingsType0": ".create_recipe_request_creation_settings_type_0",
    "CreateScenarioRequest": ".create_scenario_request",
    "CreateScenarioRequestParamsType0": ".create_scenario_request_params_type_0",
    "CreateScenarioRequestType": ".create_scenario_request_type",
    "CreateUserRequest": ".create_user_request",
    "CustomAuditParams": ".custom_audit_params",
    "Dataset": ".dataset",
    "DatasetChecksSettings": ".dataset_checks_settings",
    "DatasetChecksSettingsChecksType0Item": ".dataset_checks_settings_checks_type_0_item",
    "DatasetChecksSettingsDisplayedStateType0": ".dataset_checks_settings_displayed_state_type_0",
    "DatasetFormatParamsType0": ".dataset_format_params_type_0",
    "DatasetInfo": ".dataset_info",
    "DatasetInfoLastBuild": ".dataset_info_last_build",
    "DatasetMetricsSettings": ".dataset_metrics_settings",
    "DatasetMetricsSettingsDisplayedStateType0": ".dataset_metrics_settings_displayed_state_type_0",
    "DatasetMetricsSettingsEngineConfigType0": ".dataset_metrics_settings_engine_config_type_0",
    "DatasetParams": ".dataset_params",
    "DatasetPartitioningType0": ".dataset_partitioning_type_0",
    "DatasetSchema": ".dataset_schema",
    "DatasetUsage": ".dataset_usage",
    "DeletePluginBody": ".delete_plugin_body",
    "DeployerInfraCreation": ".deployer_infra_creation",
    "DeployerInfraSettings": ".deployer_infra_settings",
    "DeployerInfraSettingsPermissionsType0Item": ".deployer_infra_settings_permissions_type_0_item",
    "DeployerInfraStatus": ".deployer_infra_status",
    "DeployerStage": ".deployer_stage",
    "DeploymentCreation": ".deployment_creation",
    "DeploymentHeavyStatus": ".deployment_heavy_status",
    "DeploymentLightStatus": ".deployment_light_status",
    "DeploymentSettings": ".deployment_settings",
    "DeploymentUpdate": ".deployment_update",
    "DeploymentUpdateLogs": ".deployment_update_logs",
    "Discussion": ".discussion",
    "DiscussionRepliesType0Item": ".discussion_replies_type_0_item",
    "DSSError": ".dss_error",
    "DuplicateProjectRequest": ".duplicate_project_request",
    "DuplicateProjectRequestDuplicationMode": ".duplicate_project_request_duplication_mode",
    "DuplicateProjectRequestRemappingType0": ".duplicate_project_request_remapping_type_0",
    "FeatureGroup": ".feature_group",
    "FlowGraph": ".flow_graph",
    "FlowGraphNode": ".flow_graph_node",
    "FlowGraphNodes": ".flow_graph_nodes",
    "FormatDetectionRequest": ".format_detection_request",
    "FutureProgressState": ".future_progress_state",
    "FutureState": ".future_state",
    "FutureStatePayload": ".future_state_payload",
    "FutureStateProgress": ".future_state_progress",
    "GeneralSettings": ".general_settings",
    "GeneralSettingsCodeEnvsType0": ".general_settings_code_envs_type_0",
    "GeneralSettingsContainerSettingsType0": ".general_settings_container_settings_type_0",
    "GeneralSettingsImpersonationType0": ".general_settings_impersonation_type_0",
    "GeneralSettingsLdapSettingsType0": ".general_settings_ldap_settings_type_0",
    "GeneralSettingsSparkSettingsType0": ".general_settings_spark_settings_type_0",
    "GlobalApiKey": ".global_api_key",
    "GlobalApiKeyGlobalPermissionsType0": ".global_api_key_global_permissions_type_0",
    "GlobalApiKeyProjectsType0": ".global_api_key_projects_type_0",
    "GlobalUsageSummary": ".global_usage_summary",
    "GlobalUsageSummaryDatasets": ".global_usage_summary_datasets",
    "GlobalUsageSummaryNotebooks": ".global_usage_summary_notebooks",
    "GlobalUsageSummaryProjectSummariesItem": ".global_usage_summary_project_summaries_item",
    "GlobalUsageSummaryRecipes": ".global_usage_summary_recipes",
    "GlobalUsageSummaryScenarios": ".global_usage_summary_scenarios",
    "GroupDefinition": ".group_definition",
    "ImportApiDeployerServiceVersionForm": ".import_api_deployer_service_version_form",
    "ImportBundleFromStreamBody": ".import_bundle_from_stream_body",
    "IndexCatalogConnectionsBody": ".index_catalog_connections_body",
    "InfoMessage": ".info_message",
    "InfoMessages": ".info_messages",
    "InfoMessagesMessagesItem": ".info_messages_messages_item",
    "InstallPluginFromStoreBody": ".install_plugin_from_store_body",
    "InstanceInfo": ".instance_info",
    "InstanceInfoNodeType": ".instance_info_node_type",
    "InstanceVariables": ".instance_variables",
    "JobDefinition": ".job_definition",
    "JobListItem": ".job_list_item",
    "JobListItemDef": ".job_list_item_def",
    "JobOutput": ".job_output",
    "JobStatus": ".job_status",
    "JobStatusBaseStatus": ".job_status_base_status",
    "JobStatusGlobalState": ".job_status_global_state",
    "KubectlCommandResult": ".kubectl_command_result",
    "KubernetesJobsDeletion": ".kubernetes_jobs_deletion",
    "KubernetesPodsDeletion": ".kubernetes_pods_deletion",
    "LicenseFile": ".license_file",
    "LicensingStatus": ".licensing_status",
    "LicensingStatusBase": ".licensing_status_base",
    "LicensingStatusUserProfiles": ".licensing_status_user_profiles",
    "ListConnectionsResponse200": ".list_connections_response_200",
    "LogFileList": ".log_file_list",
    "LogFileSummary": ".log_file_summary",
    "ManagedDatasetCreationSettings": ".managed_dataset_creation_settings",
    "ManagedDatasetCreationSettingsSpecificSettingsType0": ".managed_dataset_creation_settings_specific_settings_type_0",
    "MeaningDefinition": ".meaning_definition",
    "MeaningDefinitionEntriesType0Item": ".meaning_definition_entries_type_0_item",
    "MeaningDefinitionMappingsType0Item": ".meaning_definition_mappings_type_0_item",
    "MetricHistory": ".metric_history",
    "MetricHistoryLastValue": ".metric_history_last_value",
    "MetricHistoryMetric": ".metric_history_metric",
    "MetricHistoryValuesItem": ".metric_history_values_item",
    "MetricIdsRequest": ".metric_ids_request",
    "MetricValuePoint": ".metric_value_point",
    "MetricsComputationReport": ".metrics_computation_report",
    "MetricsProbe": ".metrics_probe",
    "MetricsProbeConfigurationType0": ".metrics_probe_configuration_type_0",
    "MetricsProbeMetaType0": ".metrics_probe_meta_type_0",
    "MetricsProbes": ".metrics_probes",
    "MetricsProbesProbesItem": ".metrics_probes_probes_item",
    "NotebookState": ".notebook_state",
    "NotebookStateActiveSessionsItem": ".notebook_state_active_sessions_item",
    "ObjectMetadata": ".object_metadata",
    "ObjectMetadataChecklistsType0": ".object_metadata_checklists_type_0",
    "ObjectMetadataCustomType0": ".object_metadata_custom_type_0",
    "OutputSchemaUpdate": ".output_schema_update",
    "PersonalApiKey": ".personal_api_key",
    "PluginArchiveUpload": ".plugin_archive_upload",
    "PluginFileMove": ".plugin_file_move",
    "PluginFileNode": ".plugin_file_node",
    "PluginFileRename": ".plugin_file_rename",
    "PluginGitSource": ".plugin_git_source",
    "PluginMissingType": ".plugin_missing_type",
    "PluginParameterSetDesc": ".plugin_parameter_set_desc",
    "PluginParameterSetDescDesc": ".plugin_parameter_set_desc_desc",
    "PluginParameterSetDescDescParamsItem": ".plugin_parameter_set_desc_desc_params_item",
    "PluginParameterSetDescDescPluginParamsItem": ".plugin_parameter_set_desc_desc_plugin_params_item",
    "PluginParameterSetSettings": ".plugin_parameter_set_settings",
    "PluginParameterSetSettingsDefaultPermission": ".plugin_parameter_set_settings_default_permission",
    "PluginPreset": ".plugin_preset",
    "PluginPresetConfig": ".plugin_preset_config",
    "PluginPresetPermission": ".plugin_preset_permission",
    "PluginPresetPluginConfig": ".plugin_preset_plugin_config",
    "PluginSettings": ".plugin_settings",
    "PluginSummary": ".plugin_summary",
    "PluginSummaryMeta": ".plugin_summary_meta",
    "PluginUsage": ".plugin_usage",
    "PluginUsages": ".plugin_usages",
    "PreparedImport": ".prepared_import",
    "ProjectCodeEnvSelectionType0": ".project_code_env_selection_type_0",
    "ProjectDeployerDeploymentBasicInfo": ".project_deployer_deployment_basic_info",
    "ProjectDeployerInfraBasicInfo": ".project_deployer_infra_basic_info",
    "ProjectDuplicated": ".project_duplicated",
    "ProjectExportOptions": ".project_export_options",
    "ProjectFolder": ".project_folder",
    "ProjectFolderSettings": ".project_folder_settings",
    "ProjectFolderSettingsPermissionsType0Item": ".project_folder_settings_permissions_type_0_item",
    "ProjectFromBundle": ".project_from_bundle",
    "ProjectImportResult": ".project_import_result",
    "ProjectImportSettings": ".project_import_settings",
    "ProjectImportSettingsRemappingType0": ".project_import_settings_remapping_type_0",
    "ProjectPermissions": ".project_permissions",
    "ProjectPermissionsPermissionsItem": ".project_permissions_permissions_item",
    "ProjectSettings": ".project_settings",
    "ProjectSettingsExposedObjectsType0": ".project_settings_exposed_objects_type_0",
    "ProjectSettingsSettingsType0": ".project_settings_settings_type_0",
    "ProjectSettingsSettingsType0CodeEnvsType0": ".project_settings_settings_type_0_code_envs_type_0",
    "ProjectSettingsSettingsType0ContainerType0": ".project_settings_settings_type_0_container_type_0",
    "ProjectSummary": ".project_summary",
    "ProjectVariables": ".project_variables",
    "ProjectVariablesLocal": ".project_variables_local",
    "ProjectVariablesStandard": ".project_variables_standard",
    "PublishedProjectBasicInfo": ".published_project_basic_info",
    "PublishedProjectBundle": ".published_project_bundle",
    "PublishedProjectBundleExportManifest": ".published_project_bundle_export_manifest",
    "PublishedProjectCreation": ".published_project_creation",
    "PublishedProjectSettings": ".published_project_settings",
    "PublishedProjectSettingsPermissionsType0Item": ".published_project_settings_permissions_type_0_item",
    "PublishedProjectStatus": ".published_project_status",
    "RecipeAndPayload": ".recipe_and_payload",
    "RecipeCreated": ".recipe_created",
    "RecipeDefinition": ".recipe_definition",
    "RecipeDefinitionParamsType0": ".recipe_definition_params_type_0",
    "RecipeDefinitionParamsType0EnvSelectionType0": ".recipe_definition_params_type_0_env_selection_type_0",
    "RecipeEngine": ".recipe_engine",
    "RecipePrototype": ".recipe_prototype",
    "RecipeRole": ".recipe_role",
    "RecipeRoleItemsItem": ".recipe_role_items_item",
    "RecipeRoleItemsItemDepsItem": ".recipe_role_items_item_deps_item",
    "RecipeRoles": ".recipe_roles",
    "RecipeSchemaUpdates": ".recipe_schema_updates",
    "RecipeSchemaUpdatesComputablesItem": ".recipe_schema_updates_computables_item",
    "RecipeStatus": ".recipe_status",
    "RenameRequest": ".rename_request",
    "ReplyToObjectDiscussionBody": ".reply_to_object_discussion_body",
    "RunKubectlRequest": ".run_kubectl_request",
    "RunScenarioBody": ".run_scenario_body",
    "ScenarioPayload": ".scenario_payload",
    "ScenarioReporter": ".scenario_reporter",
    "ScenarioReporterMessagingType0": ".scenario_reporter_messaging_type_0",
    "ScenarioRun": ".scenario_run",
    "ScenarioRunDetails": ".scenario_run_details",
    "ScenarioRunError": ".scenario_run_error",
    "ScenarioRunForTrigger": ".scenario_run_for_trigger",
    "ScenarioRunResult": ".scenario_run_result",
    "ScenarioRunScenario": ".scenario_run_scenario",
    "ScenarioRunTrigger": ".scenario_run_trigger",
    "ScenarioRunTriggerParamsType0": ".scenario_run_trigger_params_type_0",
    "ScenarioSettings": ".scenario_settings",
    "ScenarioSettingsParamsType0": ".scenario_settings_params_type_0",
    "ScenarioStep": ".scenario_step",
    "ScenarioStepParamsType0": ".scenario_step_params_type_0",
    "ScenarioStepRun": ".scenario_step_run",
    "ScenarioStepRunAdditionalReportItemsItem": ".scenario_step_run_additional_report_items_item",
    "ScenarioStepRunResult": ".scenario_step_run_result",
    "ScenarioSummary": ".scenario_summary",
    "ScenarioTrigger": ".scenario_trigger",
    "ScenarioTriggerParamsType0": ".scenario_trigger_params_type_0",
    "SchemaColumn": ".schema_column",
    "SqlColumn": ".sql_column",
    "SqlQueryRequest": ".sql_query_request",
    "SqlQueryRequestExtraConfType0": ".sql_query_request_extra_conf_type_0",
    "SqlQueryStart": ".sql_query_start",
    "TicketAnswer": ".ticket_answer",
    "TriggerFire": ".trigger_fire",
    "TriggerFireParams": ".trigger_fire_params",
    "UploadDatasetFileBody": ".upload_dataset_file_body",
    "UploadProjectImportBody": ".upload_project_import_body",
    "UploadPublishedProjectBundleBody": ".upload_published_project_bundle_body",
    "UploadedFile": ".uploaded_file",
    "UserActivity": ".user_activity",
    "UserInfo": ".user_info",
    "UserSecret": ".user_secret",
    "UserSettings": ".user_settings",
    "UserSettingsAdminPropertiesType0": ".user_settings_admin_properties_type_0",
    "UserSettingsCredentialsType0": ".user_settings_credentials_type_0",
    "UserSettingsPreferencesType0": ".user_settings_preferences_type_0",
    "UserSettingsTrialStatusType0": ".user_settings_trial_status_type_0",
    "UserSettingsUserPropertiesType0": ".user_settings_user_properties_type_0",
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
    "ApiDeployerDeploymentHeavyStatus",
    "ApiDeployerDeploymentHeavyStatusApiNodesItem",
    "ApiDeployerDeploymentLightStatus",
    "ApiDeployerDeploymentLightStatusDeploymentBasicInfo",
    "ApiDeployerDeploymentLightStatusServiceBasicInfo",
    "ApiDeployerDeploymentRef",
    "ApiDeployerDeploymentSettings",
    "ApiDeployerDeploymentSettingsAuthorizationsToQueryThroughDeployerType0Item",
    "ApiDeployerDeploymentUpdate",
    "ApiDeployerDeploymentUpdateListItem",
    "ApiDeployerDeploymentUpdateLogs",
    "ApiDeployerGenerationsMapping",
    "ApiDeployerGenerationsMappingEntriesItem",
    "ApiDeployerInfoMessages",
    "ApiDeployerInfoMessagesMessagesItem",
    "ApiDeployerInfraBasicInfo",
    "ApiDeployerInfraSettings",
    "ApiDeployerInfraSettingsApiNodesType0Item",
    "ApiDeployerInfraSettingsPermissionsType0Item",
    "ApiDeployerInfraStatus",
    "ApiDeployerOpenApiDocument",
    "ApiDeployerOpenApiDocumentInfo",
    "ApiDeployerOpenApiDocumentPaths",
    "ApiDeployerOpenApiDocumentServersItem",
    "ApiDeployerQueryResults",
    "ApiDeployerQueryResultsResponsesItem",
    "ApiDeployerQueryResultsResponsesItemQuery",
    "ApiDeployerQueryResultsResponsesItemResponse",
    "ApiDeployerServiceSettings",
    "ApiDeployerServiceSettingsPermissionsType0Item",
    "ApiDeployerServiceStatus",
    "ApiDeployerServiceStatusServiceBasicInfo",
    "ApiDeployerServiceVersion",
    "ApiDeployerServiceVersionDesignNodeInfo",
    "ApiDeployerStage",
    "ApiServiceEndpointSummary",
    "ApiServiceListItem",
    "ApiServicePackage",
    "ApiServicePackageSummary",
    "ApiServicePackageSummaryPublishedToItem",
    "ApiServiceSettings",
    "ApiServiceSettingsAuthRealmType0",
    "ApiServiceSettingsEndpointsType0Item",
    "ApiServiceSettingsEndpointsType0ItemTestQueriesItem",
    "AppInstanceSummary",
    "AppManifest",
    "AppManifestHomepageSectionsType0Item",
    "AppManifestHomepageSectionsType0ItemTilesItem",
    "AppManifestUseAsRecipeSettingsType0",
    "AppSummary",
    "AuthInfo",
    "AuthInfoSecretsItem",
    "AuthorizationMatrix",
    "AuthorizationMatrixPerGroup",
    "AuthorizationMatrixPerUser",
    "BrowserHeaders",
    "BundleActivationOptions",
    "BundleActivationOptionsScenariosActiveOnActivationType0",
    "BundleActivationReport",
    "BundleList",
    "BundleManifest",
    "BundlePreloadReport",
    "BundlePublication",
    "BundleSummary",
    "ChecksReport",
    "ChecksReportResultsItem",
    "ClusterActionResult",
    "ClusterSettings",
    "ClusterSettingsDataType0",
    "ClusterSettingsParamsType0",
    "ClusterSettingsPermissionsType0Item",
    "ClusterStatus",
    "ClusterSummary",
    "CodeEnvContainerRuntimeAddition",
    "CodeEnvOperationOutcome",
    "CodeEnvSettings",
    "CodeEnvSettingsDescType0",
    "CodeEnvSettingsPermissionsType0Item",
    "CodeEnvSummary",
    "CodeEnvUsage",
    "CodeEnvVersionForProject",
    "CodeEnvVersionSettings",
    "CodeEnvVersionSettingsDescType0",
    "CodeStudio",
    "CodeStudioConflicts",
    "CodeStudioListItem",
    "CodeStudioListItemDesc",
    "CodeStudioPullResult",
    "CodeStudioPushResult",
    "CodeStudioStatus",
    "CodeStudioStatusExposedItem",
    "CodeStudioStatusState",
    "CodeStudioTemplateSettings",
    "CodeStudioTemplateSettingsParamsType0",
    "CodeStudioTemplateSummary",
    "CodeStudioZone",
    "ComputedMetric",
    "ComputedMetricMeta",
    "ComputedMetricMetric",
    "ComputedMetricValue",
    "ComputedMetricsValues",
    "ConnectionDetailsReadabilityType0",
    "ConnectionInfo",
    "ConnectionInfoParams",
    "ConnectionInfoResolvedAWSCredential",
    "ConnectionInfoResolvedBasicCredential",
    "ConnectionInfoResolvedOAuth2Credential",
    "ConnectionInfoResolvedParamsType0",
    "ConnectionSettings",
    "ConnectionSettingsCreationTagType0",
    "ConnectionSettingsParamsType0",
    "ConnectionSyncRequest",
    "ConnectionTestResult",
    "CopyDatasetRequest",
    "CopyDatasetRequestWriteMode",
    "CreateApiDeployerDeploymentRequest",
    "CreateApiDeployerDeploymentRequestAuthorizationsToQueryThroughDeployerType0Item",
    "CreateApiDeployerInfraRequest",
    "CreateApiDeployerInfraRequestGovernCheckPolicy",
    "CreateApiDeployerInfraRequestType",
    "CreateApiDeployerServiceRequest",
    "CreateAppInstanceBody",
    "CreateClusterRequest",
    "CreateClusterRequestParamsType0",
    "CreateCodeEnvRequest",
    "CreateCodeEnvRequestDescType0",
    "CreateCodeStudioRequest",
    "CreateCodeStudioResponse",
    "CreateConnectionRequest",
    "CreateConnectionRequestParamsType0",
    "CreateDatasetRequest",
    "CreateDatasetRequestFormatParamsType0",
    "CreateDatasetRequestParamsType0",
    "CreateGlobalApiKeyRequest",
    "CreateGlobalApiKeyRequestGlobalPermissionsType0",
    "CreateGroupRequest",
    "CreateManagedDatasetRequest",
    "CreateObjectDiscussionBody",
    "CreatePersonalApiKeyForUserRequest",
    "CreatePersonalApiKeyRequest",
    "CreatePluginCodeEnvBody",
    "CreateProjectFromBundleBody",
    "CreateProjectRequest",
    "CreateProjectRequestPermissionsType0Item",
    "CreateProjectRequestSettingsType0",
    "CreateRecipeRequest",
    "CreateRecipeRequestCreationSettingsType0",
    "CreateScenarioRequest",
    "CreateScenarioRequestParamsType0",
    "CreateScenarioRequestType",
    "CreateUserRequest",
    "CustomAuditParams",
    "DSSError",
    "Dataset",
    "DatasetChecksSettings",
    "DatasetChecksSettingsChecksType0Item",
    "DatasetChecksSettingsDisplayedStateType0",
    "DatasetFormatParamsType0",
    "DatasetInfo",
    "DatasetInfoLastBuild",
    "DatasetMetricsSettings",
    "DatasetMetricsSettingsDisplayedStateType0",
    "DatasetMetricsSettingsEngineConfigType0",
    "DatasetParams",
    "DatasetPartitioningType0",
    "DatasetSchema",
    "DatasetUsage",
    "DeletePluginBody",
    "DeployerInfraCreation",
    "DeployerInfraSettings",
    "DeployerInfraSettingsPermissionsType0Item",
    "DeployerInfraStatus",
    "DeployerStage",
    "DeploymentCreation",
    "DeploymentHeavyStatus",
    "DeploymentLightStatus",
    "DeploymentSettings",
    "DeploymentUpdate",
    "DeploymentUpdateLogs",
    "Discussion",
    "DiscussionRepliesType0Item",
    "DuplicateProjectRequest",
    "DuplicateProjectRequestDuplicationMode",
    "DuplicateProjectRequestRemappingType0",
    "FeatureGroup",
    "FlowGraph",
    "FlowGraphNode",
    "FlowGraphNodes",
    "FormatDetectionRequest",
    "FutureProgressState",
    "FutureState",
    "FutureStatePayload",
    "FutureStateProgress",
    "GeneralSettings",
    "GeneralSettingsCodeEnvsType0",
    "GeneralSettingsContainerSettingsType0",
    "GeneralSettingsImpersonationType0",
    "GeneralSettingsLdapSettingsType0",
    "GeneralSettingsSparkSettingsType0",
    "GlobalApiKey",
    "GlobalApiKeyGlobalPermissionsType0",
    "GlobalApiKeyProjectsType0",
    "GlobalUsageSummary",
    "GlobalUsageSummaryDatasets",
    "GlobalUsageSummaryNotebooks",
    "GlobalUsageSummaryProjectSummariesItem",
    "GlobalUsageSummaryRecipes",
    "GlobalUsageSummaryScenarios",
    "GroupDefinition",
    "ImportApiDeployerServiceVersionForm",
    "ImportBundleFromStreamBody",
    "IndexCatalogConnectionsBody",
    "InfoMessage",
    "InfoMessages",
    "InfoMessagesMessagesItem",
    "InstallPluginFromStoreBody",
    "InstanceInfo",
    "InstanceInfoNodeType",
    "InstanceVariables",
    "JobDefinition",
    "JobListItem",
    "JobListItemDef",
    "JobOutput",
    "JobStatus",
    "JobStatusBaseStatus",
    "JobStatusGlobalState",
    "KubectlCommandResult",
    "KubernetesJobsDeletion",
    "KubernetesPodsDeletion",
    "LicenseFile",
    "LicensingStatus",
    "LicensingStatusBase",
    "LicensingStatusUserProfiles",
    "ListConnectionsResponse200",
    "LogFileList",
    "LogFileSummary",
    "ManagedDatasetCreationSettings",
    "ManagedDatasetCreationSettingsSpecificSettingsType0",
    "MeaningDefinition",
    "MeaningDefinitionEntriesType0Item",
    "MeaningDefinitionMappingsType0Item",
    "MetricHistory",
    "MetricHistoryLastValue",
    "MetricHistoryMetric",
    "MetricHistoryValuesItem",
    "MetricIdsRequest",
    "MetricValuePoint",
    "MetricsComputationReport",
    "MetricsProbe",
    "MetricsProbeConfigurationType0",
    "MetricsProbeMetaType0",
    "MetricsProbes",
    "MetricsProbesProbesItem",
    "NotebookState",
    "NotebookStateActiveSessionsItem",
    "ObjectMetadata",
    "ObjectMetadataChecklistsType0",
    "ObjectMetadataCustomType0",
    "OutputSchemaUpdate",
    "PersonalApiKey",
    "PluginArchiveUpload",
    "PluginFileMove",
    "PluginFileNode",
    "PluginFileRename",
    "PluginGitSource",
    "PluginMissingType",
    "PluginParameterSetDesc",
    "PluginParameterSetDescDesc",
    "PluginParameterSetDescDescParamsItem",
    "PluginParameterSetDescDescPluginParamsItem",
    "PluginParameterSetSettings",
    "PluginParameterSetSettingsDefaultPermission",
    "PluginPreset",
    "PluginPresetConfig",
    "PluginPresetPermission",
    "PluginPresetPluginConfig",
    "PluginSettings",
    "PluginSummary",
    "PluginSummaryMeta",
    "PluginUsage",
    "PluginUsages",
    "PreparedImport",
    "ProjectCodeEnvSelectionType0",
    "ProjectDeployerDeploymentBasicInfo",
    "ProjectDeployerInfraBasicInfo",
    "ProjectDuplicated",
    "ProjectExportOptions",
    "ProjectFolder",
    "ProjectFolderSettings",
    "ProjectFolderSettingsPermissionsType0Item",
    "ProjectFromBundle",
    "ProjectImportResult",
    "ProjectImportSettings",
    "ProjectImportSettingsRemappingType0",
    "ProjectPermissions",
    "ProjectPermissionsPermissionsItem",
    "ProjectSettings",
    "ProjectSettingsExposedObjectsType0",
    "ProjectSettingsSettingsType0",
    "ProjectSettingsSettingsType0CodeEnvsType0",
    "ProjectSettingsSettingsType0ContainerType0",
    "ProjectSummary",
    "ProjectVariables",
    "ProjectVariablesLocal",
    "ProjectVariablesStandard",
    "PublishedProjectBasicInfo",
    "PublishedProjectBundle",
    "PublishedProjectBundleExportManifest",
    "PublishedProjectCreation",
    "PublishedProjectSettings",
    "PublishedProjectSettingsPermissionsType0Item",
    "PublishedProjectStatus",
    "RecipeAndPayload",
    "RecipeCreated",
    "RecipeDefinition",
    "RecipeDefinitionParamsType0",
    "RecipeDefinitionParamsType0EnvSelectionType0",
    "RecipeEngine",
    "RecipePrototype",
    "RecipeRole",
    "RecipeRoleItemsItem",
    "RecipeRoleItemsItemDepsItem",
    "RecipeRoles",
    "RecipeSchemaUpdates",
    "RecipeSchemaUpdatesComputablesItem",
    "RecipeStatus",
    "RenameRequest",
    "ReplyToObjectDiscussionBody",
    "RunKubectlRequest",
    "RunScenarioBody",
    "ScenarioPayload",
    "ScenarioReporter",
    "ScenarioReporterMessagingType0",
    "ScenarioRun",
    "ScenarioRunDetails",
    "ScenarioRunError",
    "ScenarioRunForTrigger",
    "ScenarioRunResult",
    "ScenarioRunScenario",
    "ScenarioRunTrigger",
    "ScenarioRunTriggerParamsType0",
    "ScenarioSettings",
    "ScenarioSettingsParamsType0",
    "ScenarioStep",
    "ScenarioStepParamsType0",
    "ScenarioStepRun",
    "ScenarioStepRunAdditionalReportItemsItem",
    "ScenarioStepRunResult",
    "ScenarioSummary",
    "ScenarioTrigger",
    "ScenarioTriggerParamsType0",
    "SchemaColumn",
    "SqlColumn",
    "SqlQueryRequest",
    "SqlQueryRequestExtraConfType0",
    "SqlQueryStart",
    "TicketAnswer",
    "TriggerFire",
    "TriggerFireParams",
    "UploadDatasetFileBody",
    "UploadProjectImportBody",
    "UploadPublishedProjectBundleBody",
    "UploadedFile",
    "UserActivity",
    "UserInfo",
    "UserSecret",
    "UserSettings",
    "UserSettingsAdminPropertiesType0",
    "UserSettingsCredentialsType0",
    "UserSettingsPreferencesType0",
    "UserSettingsTrialStatusType0",
    "UserSettingsUserPropertiesType0",
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
