"""Contains all the data models used in inputs/outputs"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .acknowledgement import Acknowledgement
    from .add_custom_evaluation_body import AddCustomEvaluationBody
    from .analysis_created import AnalysisCreated
    from .analysis_definition import AnalysisDefinition
    from .analysis_definition_charts_type_0_item import (
        AnalysisDefinitionChartsType0Item,
    )
    from .analysis_definition_charts_type_0_item_def_type_0 import (
        AnalysisDefinitionChartsType0ItemDefType0,
    )
    from .analysis_list_item import AnalysisListItem
    from .analysis_script import AnalysisScript
    from .analysis_script_exploration_filters_type_0_item import (
        AnalysisScriptExplorationFiltersType0Item,
    )
    from .analysis_script_exploration_sampling_type_0 import (
        AnalysisScriptExplorationSamplingType0,
    )
    from .analysis_script_step import AnalysisScriptStep
    from .analysis_script_step_params_type_0 import AnalysisScriptStepParamsType0
    from .analysis_script_step_steps_type_0_item import AnalysisScriptStepStepsType0Item
    from .analysis_script_step_steps_type_0_item_params_type_0 import (
        AnalysisScriptStepStepsType0ItemParamsType0,
    )
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
    from .api_deployer_query_results_responses_item_query_context_type_0 import (
        ApiDeployerQueryResultsResponsesItemQueryContextType0,
    )
    from .api_deployer_query_results_responses_item_query_features_type_0 import (
        ApiDeployerQueryResultsResponsesItemQueryFeaturesType0,
    )
    from .api_deployer_query_results_responses_item_query_params_type_0 import (
        ApiDeployerQueryResultsResponsesItemQueryParamsType0,
    )
    from .api_deployer_query_results_responses_item_response import (
        ApiDeployerQueryResultsResponsesItemResponse,
    )
    from .api_deployer_query_results_responses_item_response_api_context_type_0 import (
        ApiDeployerQueryResultsResponsesItemResponseApiContextType0,
    )
    from .api_deployer_query_results_responses_item_response_result_type_0 import (
        ApiDeployerQueryResultsResponsesItemResponseResultType0,
    )
    from .api_deployer_query_results_responses_item_response_result_type_0_probas_type_0 import (
        ApiDeployerQueryResultsResponsesItemResponseResultType0ProbasType0,
    )
    from .api_deployer_query_results_responses_item_response_timing_type_0 import (
        ApiDeployerQueryResultsResponsesItemResponseTimingType0,
    )
    from .api_deployer_service_settings import ApiDeployerServiceSettings
    from .api_deployer_service_status import ApiDeployerServiceStatus
    from .api_deployer_service_status_service_basic_info import (
        ApiDeployerServiceStatusServiceBasicInfo,
    )
    from .api_deployer_service_version import ApiDeployerServiceVersion
    from .api_deployer_service_version_design_node_info import (
        ApiDeployerServiceVersionDesignNodeInfo,
    )
    from .api_deployer_stage import ApiDeployerStage
    from .api_node_admin_key import ApiNodeAdminKey
    from .api_node_admin_key_body import ApiNodeAdminKeyBody
    from .api_node_answer import ApiNodeAnswer
    from .api_node_answer_deleted_generations import ApiNodeAnswerDeletedGenerations
    from .api_node_api_context import ApiNodeApiContext
    from .api_node_create_service_body import ApiNodeCreateServiceBody
    from .api_node_dispatch import ApiNodeDispatch
    from .api_node_explanations_request import ApiNodeExplanationsRequest
    from .api_node_forecast_body import ApiNodeForecastBody
    from .api_node_forecast_body_items_item import ApiNodeForecastBodyItemsItem
    from .api_node_function_body import ApiNodeFunctionBody
    from .api_node_function_result import ApiNodeFunctionResult
    from .api_node_function_result_timing import ApiNodeFunctionResultTiming
    from .api_node_generations import ApiNodeGenerations
    from .api_node_generations_mapping import ApiNodeGenerationsMapping
    from .api_node_lookup_body import ApiNodeLookupBody
    from .api_node_lookup_body_context import ApiNodeLookupBodyContext
    from .api_node_lookup_body_data import ApiNodeLookupBodyData
    from .api_node_lookup_item import ApiNodeLookupItem
    from .api_node_lookup_item_context import ApiNodeLookupItemContext
    from .api_node_lookup_item_data import ApiNodeLookupItemData
    from .api_node_lookup_multi_body import ApiNodeLookupMultiBody
    from .api_node_lookup_result import ApiNodeLookupResult
    from .api_node_lookup_result_data import ApiNodeLookupResultData
    from .api_node_lookup_results import ApiNodeLookupResults
    from .api_node_lookup_results_timing import ApiNodeLookupResultsTiming
    from .api_node_mapping_entry import ApiNodeMappingEntry
    from .api_node_metrics import ApiNodeMetrics
    from .api_node_metrics_services import ApiNodeMetricsServices
    from .api_node_metrics_services_additional_property import (
        ApiNodeMetricsServicesAdditionalProperty,
    )
    from .api_node_metrics_services_additional_property_endpoints import (
        ApiNodeMetricsServicesAdditionalPropertyEndpoints,
    )
    from .api_node_metrics_services_additional_property_endpoints_additional_property import (
        ApiNodeMetricsServicesAdditionalPropertyEndpointsAdditionalProperty,
    )
    from .api_node_predict_body import ApiNodePredictBody
    from .api_node_predict_body_context import ApiNodePredictBodyContext
    from .api_node_predict_body_features import ApiNodePredictBodyFeatures
    from .api_node_predict_multi_body import ApiNodePredictMultiBody
    from .api_node_prediction import ApiNodePrediction
    from .api_node_prediction_result import ApiNodePredictionResult
    from .api_node_prediction_result_explanations import (
        ApiNodePredictionResultExplanations,
    )
    from .api_node_prediction_result_probas import ApiNodePredictionResultProbas
    from .api_node_prediction_timing import ApiNodePredictionTiming
    from .api_node_predictions import ApiNodePredictions
    from .api_node_predictions_results_item import ApiNodePredictionsResultsItem
    from .api_node_predictions_results_item_explanations import (
        ApiNodePredictionsResultsItemExplanations,
    )
    from .api_node_predictions_results_item_probas import (
        ApiNodePredictionsResultsItemProbas,
    )
    from .api_node_predictions_timing import ApiNodePredictionsTiming
    from .api_node_record import ApiNodeRecord
    from .api_node_record_context import ApiNodeRecordContext
    from .api_node_record_features import ApiNodeRecordFeatures
    from .api_node_service_state import ApiNodeServiceState
    from .api_node_sql_query_body import ApiNodeSqlQueryBody
    from .api_node_sql_query_result import ApiNodeSqlQueryResult
    from .api_node_sql_query_result_timing import ApiNodeSqlQueryResultTiming
    from .api_node_switch_result import ApiNodeSwitchResult
    from .api_service_endpoint_summary import ApiServiceEndpointSummary
    from .api_service_list_item import ApiServiceListItem
    from .api_service_package import ApiServicePackage
    from .api_service_package_summary import ApiServicePackageSummary
    from .api_service_package_summary_published_to_item import (
        ApiServicePackageSummaryPublishedToItem,
    )
    from .api_service_settings import ApiServiceSettings
    from .api_service_settings_auth_realm_type_0 import ApiServiceSettingsAuthRealmType0
    from .api_service_settings_auth_realm_type_0_query_keys_type_0_item import (
        ApiServiceSettingsAuthRealmType0QueryKeysType0Item,
    )
    from .api_service_settings_endpoints_type_0_item import (
        ApiServiceSettingsEndpointsType0Item,
    )
    from .api_service_settings_endpoints_type_0_item_test_queries_item import (
        ApiServiceSettingsEndpointsType0ItemTestQueriesItem,
    )
    from .api_service_settings_endpoints_type_0_item_test_queries_item_q import (
        ApiServiceSettingsEndpointsType0ItemTestQueriesItemQ,
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
    from .app_manifest_use_as_recipe_settings_type_0_input_roles_type_0_item import (
        AppManifestUseAsRecipeSettingsType0InputRolesType0Item,
    )
    from .app_manifest_use_as_recipe_settings_type_0_output_roles_type_0_item import (
        AppManifestUseAsRecipeSettingsType0OutputRolesType0Item,
    )
    from .app_summary import AppSummary
    from .auth_info import AuthInfo
    from .auth_info_secrets_item import AuthInfoSecretsItem
    from .authorization_matrix import AuthorizationMatrix
    from .authorization_matrix_per_group import AuthorizationMatrixPerGroup
    from .authorization_matrix_per_group_global_permissions_type_0 import (
        AuthorizationMatrixPerGroupGlobalPermissionsType0,
    )
    from .authorization_matrix_per_user import AuthorizationMatrixPerUser
    from .authorization_matrix_per_user_global_permissions_type_0 import (
        AuthorizationMatrixPerUserGlobalPermissionsType0,
    )
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
    from .checks_report_results_item_value import ChecksReportResultsItemValue
    from .clear_sql_notebook_history_body import ClearSqlNotebookHistoryBody
    from .cluster_action_result import ClusterActionResult
    from .cluster_settings import ClusterSettings
    from .cluster_settings_data_type_0 import ClusterSettingsDataType0
    from .cluster_settings_params_type_0 import ClusterSettingsParamsType0
    from .cluster_settings_params_type_0_config_type_0 import (
        ClusterSettingsParamsType0ConfigType0,
    )
    from .cluster_status import ClusterStatus
    from .cluster_subsystem_settings import ClusterSubsystemSettings
    from .cluster_subsystem_settings_extra_conf_type_0_item import (
        ClusterSubsystemSettingsExtraConfType0Item,
    )
    from .cluster_summary import ClusterSummary
    from .code_env_container_runtime_addition import CodeEnvContainerRuntimeAddition
    from .code_env_desc import CodeEnvDesc
    from .code_env_desc_creation_tag_type_0 import CodeEnvDescCreationTagType0
    from .code_env_desc_creation_tag_type_0_last_modified_by_type_0 import (
        CodeEnvDescCreationTagType0LastModifiedByType0,
    )
    from .code_env_desc_env_settings_type_0 import CodeEnvDescEnvSettingsType0
    from .code_env_operation_outcome import CodeEnvOperationOutcome
    from .code_env_settings import CodeEnvSettings
    from .code_env_summary import CodeEnvSummary
    from .code_env_usage import CodeEnvUsage
    from .code_env_version_for_project import CodeEnvVersionForProject
    from .code_env_version_settings import CodeEnvVersionSettings
    from .code_studio import CodeStudio
    from .code_studio_conflicts import CodeStudioConflicts
    from .code_studio_list_item import CodeStudioListItem
    from .code_studio_list_item_desc import CodeStudioListItemDesc
    from .code_studio_pull_result import CodeStudioPullResult
    from .code_studio_pull_result_additional_property import (
        CodeStudioPullResultAdditionalProperty,
    )
    from .code_studio_push_result import CodeStudioPushResult
    from .code_studio_status import CodeStudioStatus
    from .code_studio_status_exposed_item import CodeStudioStatusExposedItem
    from .code_studio_template_settings import CodeStudioTemplateSettings
    from .code_studio_template_settings_params_type_0 import (
        CodeStudioTemplateSettingsParamsType0,
    )
    from .code_studio_template_settings_params_type_0_blocks_type_0_item import (
        CodeStudioTemplateSettingsParamsType0BlocksType0Item,
    )
    from .code_studio_template_settings_params_type_0_blocks_type_0_item_params_type_0 import (
        CodeStudioTemplateSettingsParamsType0BlocksType0ItemParamsType0,
    )
    from .code_studio_template_summary import CodeStudioTemplateSummary
    from .code_studio_zone import CodeStudioZone
    from .column_lineage_column import ColumnLineageColumn
    from .column_lineage_recipe import ColumnLineageRecipe
    from .column_lineage_relation import ColumnLineageRelation
    from .compared_item import ComparedItem
    from .compute_data_drift_body import ComputeDataDriftBody
    from .compute_drift_body import ComputeDriftBody
    from .computed_metric import ComputedMetric
    from .computed_metric_meta import ComputedMetricMeta
    from .computed_metric_value import ComputedMetricValue
    from .computed_metrics_values import ComputedMetricsValues
    from .connection_details_readability_type_0 import ConnectionDetailsReadabilityType0
    from .connection_info import ConnectionInfo
    from .connection_info_resolved_aws_credential import (
        ConnectionInfoResolvedAWSCredential,
    )
    from .connection_info_resolved_basic_credential import (
        ConnectionInfoResolvedBasicCredential,
    )
    from .connection_info_resolved_o_auth_2_credential import (
        ConnectionInfoResolvedOAuth2Credential,
    )
    from .connection_params import ConnectionParams
    from .connection_params_naming_rule_type_0 import ConnectionParamsNamingRuleType0
    from .connection_settings import ConnectionSettings
    from .connection_settings_creation_tag_type_0 import (
        ConnectionSettingsCreationTagType0,
    )
    from .connection_settings_creation_tag_type_0_last_modified_by_type_0 import (
        ConnectionSettingsCreationTagType0LastModifiedByType0,
    )
    from .connection_settings_indexing_settings_type_0 import (
        ConnectionSettingsIndexingSettingsType0,
    )
    from .connection_sync_request import ConnectionSyncRequest
    from .connection_test_result import ConnectionTestResult
    from .container_execution_config import ContainerExecutionConfig
    from .continuous_activity import ContinuousActivity
    from .continuous_activity_loop_params import ContinuousActivityLoopParams
    from .continuous_activity_main_loop_state import ContinuousActivityMainLoopState
    from .copy_dataset_request import CopyDatasetRequest
    from .copy_dataset_request_write_mode import CopyDatasetRequestWriteMode
    from .copy_managed_folder_body import CopyManagedFolderBody
    from .copy_managed_folder_body_write_mode import CopyManagedFolderBodyWriteMode
    from .create_analysis_body import CreateAnalysisBody
    from .create_analysis_ml_task_body import CreateAnalysisMLTaskBody
    from .create_analysis_ml_task_body_task_type import CreateAnalysisMLTaskBodyTaskType
    from .create_api_deployer_deployment_body import CreateApiDeployerDeploymentBody
    from .create_api_deployer_deployment_body_authorizations_to_query_through_deployer_type_0_item import (
        CreateApiDeployerDeploymentBodyAuthorizationsToQueryThroughDeployerType0Item,
    )
    from .create_api_deployer_infra_body import CreateApiDeployerInfraBody
    from .create_api_deployer_infra_body_govern_check_policy import (
        CreateApiDeployerInfraBodyGovernCheckPolicy,
    )
    from .create_api_deployer_infra_body_type import CreateApiDeployerInfraBodyType
    from .create_api_deployer_service_body import CreateApiDeployerServiceBody
    from .create_app_instance_body import CreateAppInstanceBody
    from .create_cluster_body import CreateClusterBody
    from .create_cluster_body_params_type_0 import CreateClusterBodyParamsType0
    from .create_cluster_body_params_type_0_config_type_0 import (
        CreateClusterBodyParamsType0ConfigType0,
    )
    from .create_code_env_body import CreateCodeEnvBody
    from .create_code_studio_body import CreateCodeStudioBody
    from .create_code_studio_response import CreateCodeStudioResponse
    from .create_connection_body import CreateConnectionBody
    from .create_dashboard_body import CreateDashboardBody
    from .create_dataset_body import CreateDatasetBody
    from .create_evaluation_comparison_body import CreateEvaluationComparisonBody
    from .create_evaluation_comparison_body_prediction_type import (
        CreateEvaluationComparisonBodyPredictionType,
    )
    from .create_evaluation_store_body import CreateEvaluationStoreBody
    from .create_flow_zone_body import CreateFlowZoneBody
    from .create_global_api_key_body import CreateGlobalApiKeyBody
    from .create_group_body import CreateGroupBody
    from .create_insight_body import CreateInsightBody
    from .create_insight_body_insight_prototype import CreateInsightBodyInsightPrototype
    from .create_insight_body_insight_prototype_params_type_0 import (
        CreateInsightBodyInsightPrototypeParamsType0,
    )
    from .create_managed_dataset_body import CreateManagedDatasetBody
    from .create_managed_folder_body import CreateManagedFolderBody
    from .create_managed_streaming_endpoint_body import (
        CreateManagedStreamingEndpointBody,
    )
    from .create_managed_streaming_endpoint_body_creation_settings import (
        CreateManagedStreamingEndpointBodyCreationSettings,
    )
    from .create_ml_task_body import CreateMLTaskBody
    from .create_ml_task_body_task_type import CreateMLTaskBodyTaskType
    from .create_object_discussion_body import CreateObjectDiscussionBody
    from .create_personal_api_key_body import CreatePersonalApiKeyBody
    from .create_personal_api_key_for_user_body import CreatePersonalApiKeyForUserBody
    from .create_plugin_code_env_body import CreatePluginCodeEnvBody
    from .create_project_body import CreateProjectBody
    from .create_project_body_settings_type_0 import CreateProjectBodySettingsType0
    from .create_project_body_settings_type_0_code_envs_type_0 import (
        CreateProjectBodySettingsType0CodeEnvsType0,
    )
    from .create_project_from_bundle_body import CreateProjectFromBundleBody
    from .create_recipe_body import CreateRecipeBody
    from .create_recipe_body_creation_settings_type_0 import (
        CreateRecipeBodyCreationSettingsType0,
    )
    from .create_recipe_body_creation_settings_type_0_output_datasets_creation_settings_by_role_type_0 import (
        CreateRecipeBodyCreationSettingsType0OutputDatasetsCreationSettingsByRoleType0,
    )
    from .create_recipe_body_creation_settings_type_0_output_datasets_creation_settings_by_role_type_0_additional_property import (
        CreateRecipeBodyCreationSettingsType0OutputDatasetsCreationSettingsByRoleType0AdditionalProperty,
    )
    from .create_saved_model_body import CreateSavedModelBody
    from .create_scenario_body import CreateScenarioBody
    from .create_scenario_body_type import CreateScenarioBodyType
    from .create_streaming_endpoint_body import CreateStreamingEndpointBody
    from .create_user_body import CreateUserBody
    from .create_web_app_body import CreateWebAppBody
    from .create_wiki_article_body import CreateWikiArticleBody
    from .custom_audit_params import CustomAuditParams
    from .custom_evaluation_metric import CustomEvaluationMetric
    from .dashboard import Dashboard
    from .dashboard_checklists_type_0 import DashboardChecklistsType0
    from .dashboard_checklists_type_0_checklists_type_0_item import (
        DashboardChecklistsType0ChecklistsType0Item,
    )
    from .dashboard_checklists_type_0_checklists_type_0_item_items_type_0_item import (
        DashboardChecklistsType0ChecklistsType0ItemItemsType0Item,
    )
    from .dashboard_custom_fields_type_0 import DashboardCustomFieldsType0
    from .dashboard_list_item import DashboardListItem
    from .dashboard_page import DashboardPage
    from .dashboard_page_grid_type_0 import DashboardPageGridType0
    from .dashboard_tile import DashboardTile
    from .dashboard_tile_box_type_0 import DashboardTileBoxType0
    from .dashboard_tile_tile_params_type_0 import DashboardTileTileParamsType0
    from .data_quality_dataset_summary import DataQualityDatasetSummary
    from .data_quality_partition_status import DataQualityPartitionStatus
    from .data_quality_project_summary import DataQualityProjectSummary
    from .data_quality_project_summary_outcome_counts_type_0 import (
        DataQualityProjectSummaryOutcomeCountsType0,
    )
    from .data_quality_rule import DataQualityRule
    from .data_quality_rule_body import DataQualityRuleBody
    from .data_quality_rule_result import DataQualityRuleResult
    from .data_quality_rule_set import DataQualityRuleSet
    from .data_quality_status_by_partition import DataQualityStatusByPartition
    from .data_quality_timeline_day import DataQualityTimelineDay
    from .data_quality_timeline_day_datasets_type_0 import (
        DataQualityTimelineDayDatasetsType0,
    )
    from .data_quality_timeline_day_datasets_type_0_additional_property import (
        DataQualityTimelineDayDatasetsType0AdditionalProperty,
    )
    from .data_selection import DataSelection
    from .data_selection_filter_type_0 import DataSelectionFilterType0
    from .data_selection_ordering_type_0 import DataSelectionOrderingType0
    from .data_selection_ordering_type_0_rules_type_0_item import (
        DataSelectionOrderingType0RulesType0Item,
    )
    from .dataset import Dataset
    from .dataset_checks_settings import DatasetChecksSettings
    from .dataset_checks_settings_displayed_state_type_0 import (
        DatasetChecksSettingsDisplayedStateType0,
    )
    from .dataset_counts import DatasetCounts
    from .dataset_counts_datasets_by_type_type_0 import DatasetCountsDatasetsByTypeType0
    from .dataset_custom_fields_type_0 import DatasetCustomFieldsType0
    from .dataset_custom_meta_type_0 import DatasetCustomMetaType0
    from .dataset_custom_meta_type_0_kv_type_0 import DatasetCustomMetaType0KvType0
    from .dataset_dku_properties_type_0_item import DatasetDkuPropertiesType0Item
    from .dataset_flow_options_type_0 import DatasetFlowOptionsType0
    from .dataset_format_params import DatasetFormatParams
    from .dataset_info import DatasetInfo
    from .dataset_info_last_build import DatasetInfoLastBuild
    from .dataset_metrics_settings import DatasetMetricsSettings
    from .dataset_metrics_settings_displayed_state_type_0 import (
        DatasetMetricsSettingsDisplayedStateType0,
    )
    from .dataset_metrics_settings_engine_config_type_0 import (
        DatasetMetricsSettingsEngineConfigType0,
    )
    from .dataset_metrics_settings_engine_config_type_0_dss_type_0 import (
        DatasetMetricsSettingsEngineConfigType0DssType0,
    )
    from .dataset_params import DatasetParams
    from .dataset_params_files_selection_rules_type_0 import (
        DatasetParamsFilesSelectionRulesType0,
    )
    from .dataset_params_files_selection_rules_type_0_exclude_rules_type_0_item import (
        DatasetParamsFilesSelectionRulesType0ExcludeRulesType0Item,
    )
    from .dataset_params_files_selection_rules_type_0_include_rules_type_0_item import (
        DatasetParamsFilesSelectionRulesType0IncludeRulesType0Item,
    )
    from .dataset_params_variables_expansion_loop_config_type_0 import (
        DatasetParamsVariablesExpansionLoopConfigType0,
    )
    from .dataset_partitioning import DatasetPartitioning
    from .dataset_partitioning_dimensions_type_0_item import (
        DatasetPartitioningDimensionsType0Item,
    )
    from .dataset_partitioning_dimensions_type_0_item_params_type_0 import (
        DatasetPartitioningDimensionsType0ItemParamsType0,
    )
    from .dataset_read_write_options_type_0 import DatasetReadWriteOptionsType0
    from .dataset_read_write_options_type_0_default_read_ordering_type_0 import (
        DatasetReadWriteOptionsType0DefaultReadOrderingType0,
    )
    from .dataset_read_write_options_type_0_default_read_ordering_type_0_rules_type_0_item import (
        DatasetReadWriteOptionsType0DefaultReadOrderingType0RulesType0Item,
    )
    from .dataset_schema import DatasetSchema
    from .dataset_usage import DatasetUsage
    from .delete_plugin_body import DeletePluginBody
    from .delete_saved_model_versions_body import DeleteSavedModelVersionsBody
    from .deploy_ml_task_model_to_flow_body import DeployMLTaskModelToFlowBody
    from .deployer_infra_creation import DeployerInfraCreation
    from .deployer_infra_settings import DeployerInfraSettings
    from .deployer_infra_status import DeployerInfraStatus
    from .deployer_permission_item import DeployerPermissionItem
    from .deployer_stage import DeployerStage
    from .deployment_creation import DeploymentCreation
    from .deployment_heavy_status import DeploymentHeavyStatus
    from .deployment_light_status import DeploymentLightStatus
    from .deployment_settings import DeploymentSettings
    from .deployment_update import DeploymentUpdate
    from .deployment_update_logs import DeploymentUpdateLogs
    from .discussion import Discussion
    from .discussion_replies_type_0_item import DiscussionRepliesType0Item
    from .do_flow_tool_action_body import DoFlowToolActionBody
    from .drift_column_params import DriftColumnParams
    from .drift_column_params_handling import DriftColumnParamsHandling
    from .drift_column_settings import DriftColumnSettings
    from .drift_future_state import DriftFutureState
    from .drift_future_state_payload import DriftFutureStatePayload
    from .drift_future_state_progress import DriftFutureStateProgress
    from .drift_model_accuracy import DriftModelAccuracy
    from .drift_model_result import DriftModelResult
    from .drift_model_result_drift_versus_importance import (
        DriftModelResultDriftVersusImportance,
    )
    from .drift_params import DriftParams
    from .drift_params_columns import DriftParamsColumns
    from .drift_result import DriftResult
    from .dss_error import DSSError
    from .duplicate_project_body import DuplicateProjectBody
    from .duplicate_project_body_duplication_mode import (
        DuplicateProjectBodyDuplicationMode,
    )
    from .duplicate_project_body_remapping_type_0 import (
        DuplicateProjectBodyRemappingType0,
    )
    from .duplicate_project_body_remapping_type_0_code_envs_type_0_item import (
        DuplicateProjectBodyRemappingType0CodeEnvsType0Item,
    )
    from .duplicate_project_body_remapping_type_0_connections_type_0_item import (
        DuplicateProjectBodyRemappingType0ConnectionsType0Item,
    )
    from .ensemble_ml_task_models_body import EnsembleMLTaskModelsBody
    from .ensemble_ml_task_models_body_method import EnsembleMLTaskModelsBodyMethod
    from .evaluate_external_model_version_body import EvaluateExternalModelVersionBody
    from .evaluate_external_model_version_body_sampling_param_type_0 import (
        EvaluateExternalModelVersionBodySamplingParamType0,
    )
    from .evaluation_comparison_settings import EvaluationComparisonSettings
    from .evaluation_full_info import EvaluationFullInfo
    from .evaluation_info import EvaluationInfo
    from .evaluation_info_model_ref import EvaluationInfoModelRef
    from .evaluation_label import EvaluationLabel
    from .evaluation_metrics import EvaluationMetrics
    from .evaluation_ref import EvaluationRef
    from .evaluation_sample_schema import EvaluationSampleSchema
    from .evaluation_sample_schema_columns_item import EvaluationSampleSchemaColumnsItem
    from .evaluation_store_list_item import EvaluationStoreListItem
    from .evaluation_store_settings import EvaluationStoreSettings
    from .evaluation_store_settings_metrics import EvaluationStoreSettingsMetrics
    from .evaluation_store_settings_metrics_checks import (
        EvaluationStoreSettingsMetricsChecks,
    )
    from .evaluation_store_usage import EvaluationStoreUsage
    from .evaluation_user_meta import EvaluationUserMeta
    from .external_model_version_metadata import ExternalModelVersionMetadata
    from .external_model_version_metadata_class_labels_item import (
        ExternalModelVersionMetadataClassLabelsItem,
    )
    from .external_model_version_metadata_features_item import (
        ExternalModelVersionMetadataFeaturesItem,
    )
    from .external_model_version_metadata_proxy_model_version_configuration import (
        ExternalModelVersionMetadataProxyModelVersionConfiguration,
    )
    from .feature_group import FeatureGroup
    from .flow_graph import FlowGraph
    from .flow_graph_node import FlowGraphNode
    from .flow_graph_nodes import FlowGraphNodes
    from .flow_tool_state import FlowToolState
    from .flow_zone import FlowZone
    from .flow_zone_item import FlowZoneItem
    from .format_detection_request import FormatDetectionRequest
    from .full_model_id import FullModelId
    from .future_progress_state import FutureProgressState
    from .future_state import FutureState
    from .future_state_payload import FutureStatePayload
    from .future_state_progress import FutureStateProgress
    from .general_settings import GeneralSettings
    from .general_settings_azure_ad_settings_type_0 import (
        GeneralSettingsAzureADSettingsType0,
    )
    from .general_settings_code_envs_type_0 import GeneralSettingsCodeEnvsType0
    from .general_settings_container_settings_type_0 import (
        GeneralSettingsContainerSettingsType0,
    )
    from .general_settings_default_dataset_creation_settings_type_0 import (
        GeneralSettingsDefaultDatasetCreationSettingsType0,
    )
    from .general_settings_impersonation_type_0 import GeneralSettingsImpersonationType0
    from .general_settings_ldap_settings_type_0 import GeneralSettingsLdapSettingsType0
    from .general_settings_ldap_settings_type_0_group_profiles_type_0_item import (
        GeneralSettingsLdapSettingsType0GroupProfilesType0Item,
    )
    from .general_settings_spark_settings_type_0 import (
        GeneralSettingsSparkSettingsType0,
    )
    from .general_settings_spark_settings_type_0_execution_configs_type_0_item import (
        GeneralSettingsSparkSettingsType0ExecutionConfigsType0Item,
    )
    from .general_settings_sso_settings_type_0 import GeneralSettingsSsoSettingsType0
    from .generate_flow_documentation_with_template_body import (
        GenerateFlowDocumentationWithTemplateBody,
    )
    from .get_instance_data_quality_status_response_200 import (
        GetInstanceDataQualityStatusResponse200,
    )
    from .get_ml_task_model_snippets_response_200 import (
        GetMlTaskModelSnippetsResponse200,
    )
    from .get_project_data_quality_status_response_200 import (
        GetProjectDataQualityStatusResponse200,
    )
    from .global_api_key import GlobalApiKey
    from .global_api_key_projects_type_0 import GlobalApiKeyProjectsType0
    from .global_permissions import GlobalPermissions
    from .global_usage_summary import GlobalUsageSummary
    from .global_usage_summary_project_summaries_item import (
        GlobalUsageSummaryProjectSummariesItem,
    )
    from .group_definition import GroupDefinition
    from .impersonation_rule import ImpersonationRule
    from .import_api_deployer_service_version_form import (
        ImportApiDeployerServiceVersionForm,
    )
    from .import_bundle_from_stream_body import ImportBundleFromStreamBody
    from .import_saved_model_version_body import ImportSavedModelVersionBody
    from .index_catalog_connections_body import IndexCatalogConnectionsBody
    from .info_message import InfoMessage
    from .info_messages import InfoMessages
    from .info_messages_messages_item import InfoMessagesMessagesItem
    from .insight import Insight
    from .insight_checklists_type_0 import InsightChecklistsType0
    from .insight_checklists_type_0_checklists_type_0_item import (
        InsightChecklistsType0ChecklistsType0Item,
    )
    from .insight_checklists_type_0_checklists_type_0_item_items_type_0_item import (
        InsightChecklistsType0ChecklistsType0ItemItemsType0Item,
    )
    from .insight_custom_fields_type_0 import InsightCustomFieldsType0
    from .insight_list_item import InsightListItem
    from .insight_params_type_0 import InsightParamsType0
    from .install_plugin_from_store_body import InstallPluginFromStoreBody
    from .instance_info import InstanceInfo
    from .instance_variables import InstanceVariables
    from .job_activity import JobActivity
    from .job_activity_first_failure_type_0 import JobActivityFirstFailureType0
    from .job_activity_targets_type_0_item import JobActivityTargetsType0Item
    from .job_definition import JobDefinition
    from .job_list_item import JobListItem
    from .job_output import JobOutput
    from .job_state import JobState
    from .job_state_outputs_type_0_item import JobStateOutputsType0Item
    from .job_status import JobStatus
    from .job_status_base_status import JobStatusBaseStatus
    from .job_status_base_status_activities_type_0 import (
        JobStatusBaseStatusActivitiesType0,
    )
    from .job_status_global_state import JobStatusGlobalState
    from .jupyter_kernel_spec import JupyterKernelSpec
    from .jupyter_notebook_cell import JupyterNotebookCell
    from .jupyter_notebook_cell_metadata import JupyterNotebookCellMetadata
    from .jupyter_notebook_cell_outputs_item import JupyterNotebookCellOutputsItem
    from .jupyter_notebook_cell_outputs_item_data import (
        JupyterNotebookCellOutputsItemData,
    )
    from .jupyter_notebook_content import JupyterNotebookContent
    from .jupyter_notebook_list_item import JupyterNotebookListItem
    from .jupyter_notebook_metadata import JupyterNotebookMetadata
    from .jupyter_notebook_metadata_language_info import (
        JupyterNotebookMetadataLanguageInfo,
    )
    from .jupyter_notebook_session import JupyterNotebookSession
    from .kubectl_command_result import KubectlCommandResult
    from .kubernetes_jobs_deletion import KubernetesJobsDeletion
    from .kubernetes_pods_deletion import KubernetesPodsDeletion
    from .library_file_content import LibraryFileContent
    from .library_move_body import LibraryMoveBody
    from .library_node import LibraryNode
    from .library_rename_body import LibraryRenameBody
    from .license_file import LicenseFile
    from .license_file_content_type_0 import LicenseFileContentType0
    from .license_file_content_type_0_profile_limits_type_0 import (
        LicenseFileContentType0ProfileLimitsType0,
    )
    from .licensing_status import LicensingStatus
    from .licensing_status_base import LicensingStatusBase
    from .licensing_status_base_license_content_type_0 import (
        LicensingStatusBaseLicenseContentType0,
    )
    from .licensing_status_base_license_content_type_0_licensee_type_0 import (
        LicensingStatusBaseLicenseContentType0LicenseeType0,
    )
    from .licensing_status_base_profile_limits_type_0 import (
        LicensingStatusBaseProfileLimitsType0,
    )
    from .licensing_status_base_profile_limits_type_0_additional_property import (
        LicensingStatusBaseProfileLimitsType0AdditionalProperty,
    )
    from .licensing_status_base_profile_limits_type_0_additional_property_licensed_type_0 import (
        LicensingStatusBaseProfileLimitsType0AdditionalPropertyLicensedType0,
    )
    from .licensing_status_user_profiles import LicensingStatusUserProfiles
    from .list_connections_response_200 import ListConnectionsResponse200
    from .log_file_list import LogFileList
    from .log_file_summary import LogFileSummary
    from .macro_definition import MacroDefinition
    from .macro_meta import MacroMeta
    from .macro_param import MacroParam
    from .macro_run import MacroRun
    from .managed_dataset_creation_settings import ManagedDatasetCreationSettings
    from .managed_dataset_creation_settings_specific_settings_type_0 import (
        ManagedDatasetCreationSettingsSpecificSettingsType0,
    )
    from .managed_folder import ManagedFolder
    from .managed_folder_checklists_type_0 import ManagedFolderChecklistsType0
    from .managed_folder_checklists_type_0_checklists_type_0_item import (
        ManagedFolderChecklistsType0ChecklistsType0Item,
    )
    from .managed_folder_checklists_type_0_checklists_type_0_item_items_type_0_item import (
        ManagedFolderChecklistsType0ChecklistsType0ItemItemsType0Item,
    )
    from .managed_folder_contents import ManagedFolderContents
    from .managed_folder_created import ManagedFolderCreated
    from .managed_folder_creation_tag_type_0 import ManagedFolderCreationTagType0
    from .managed_folder_creation_tag_type_0_last_modified_by_type_0 import (
        ManagedFolderCreationTagType0LastModifiedByType0,
    )
    from .managed_folder_custom_fields_type_0 import ManagedFolderCustomFieldsType0
    from .managed_folder_flow_options_type_0 import ManagedFolderFlowOptionsType0
    from .managed_folder_item import ManagedFolderItem
    from .managed_folder_params import ManagedFolderParams
    from .managed_folder_saved import ManagedFolderSaved
    from .managed_folder_usage import ManagedFolderUsage
    from .managed_folder_version_tag_type_0 import ManagedFolderVersionTagType0
    from .managed_folder_version_tag_type_0_last_modified_by_type_0 import (
        ManagedFolderVersionTagType0LastModifiedByType0,
    )
    from .meaning_definition import MeaningDefinition
    from .meaning_definition_entries_type_0_item import (
        MeaningDefinitionEntriesType0Item,
    )
    from .meaning_definition_mappings_type_0_item import (
        MeaningDefinitionMappingsType0Item,
    )
    from .meaning_definition_mappings_type_0_item_to_type_1 import (
        MeaningDefinitionMappingsType0ItemToType1,
    )
    from .metric_check import MetricCheck
    from .metric_check_meta_type_0 import MetricCheckMetaType0
    from .metric_definition import MetricDefinition
    from .metric_history import MetricHistory
    from .metric_ids_request import MetricIdsRequest
    from .metric_value import MetricValue
    from .metric_value_point import MetricValuePoint
    from .metrics_computation_report import MetricsComputationReport
    from .metrics_engine_toggle_type_0 import MetricsEngineToggleType0
    from .metrics_probe import MetricsProbe
    from .metrics_probe_configuration_type_0 import MetricsProbeConfigurationType0
    from .metrics_probe_configuration_type_0_aggregates_type_0_item import (
        MetricsProbeConfigurationType0AggregatesType0Item,
    )
    from .metrics_probe_meta_type_0 import MetricsProbeMetaType0
    from .metrics_probes import MetricsProbes
    from .ml_dataset_selection import MLDatasetSelection
    from .ml_explicit_extract import MLExplicitExtract
    from .ml_feature_preprocessing import MLFeaturePreprocessing
    from .ml_metrics_settings import MLMetricsSettings
    from .ml_metrics_settings_custom_metrics_item import (
        MLMetricsSettingsCustomMetricsItem,
    )
    from .ml_row_filter import MLRowFilter
    from .ml_split_params import MLSplitParams
    from .ml_target_remapping import MLTargetRemapping
    from .ml_task_assertion_condition import MLTaskAssertionCondition
    from .ml_task_assertion_params import MLTaskAssertionParams
    from .ml_task_assertions_params import MLTaskAssertionsParams
    from .ml_task_diagnostic_type import MLTaskDiagnosticType
    from .ml_task_diagnostics_settings import MLTaskDiagnosticsSettings
    from .ml_task_ensemble_started import MLTaskEnsembleStarted
    from .ml_task_grid_search_params import MLTaskGridSearchParams
    from .ml_task_list import MLTaskList
    from .ml_task_list_item import MLTaskListItem
    from .ml_task_model_deployed import MLTaskModelDeployed
    from .ml_task_model_redeployed import MLTaskModelRedeployed
    from .ml_task_model_snippets_body import MLTaskModelSnippetsBody
    from .ml_task_modeling import MLTaskModeling
    from .ml_task_preprocessing import MLTaskPreprocessing
    from .ml_task_preprocessing_per_feature import MLTaskPreprocessingPerFeature
    from .ml_task_propensity_modeling import MLTaskPropensityModeling
    from .ml_task_queue import MLTaskQueue
    from .ml_task_queue_queue_item import MLTaskQueueQueueItem
    from .ml_task_queue_train_started import MLTaskQueueTrainStarted
    from .ml_task_queues import MLTaskQueues
    from .ml_task_ref import MLTaskRef
    from .ml_task_settings import MLTaskSettings
    from .ml_task_settings_evaluation_params import MLTaskSettingsEvaluationParams
    from .ml_task_status import MLTaskStatus
    from .ml_task_timeseries_sampling import MLTaskTimeseriesSampling
    from .ml_task_train_started import MLTaskTrainStarted
    from .ml_timestep_params import MLTimestepParams
    from .mlflow_create_experiment_answer import MlflowCreateExperimentAnswer
    from .mlflow_create_experiment_body import MlflowCreateExperimentBody
    from .mlflow_create_run_body import MlflowCreateRunBody
    from .mlflow_experiment import MlflowExperiment
    from .mlflow_experiment_id_body import MlflowExperimentIdBody
    from .mlflow_experiment_list import MlflowExperimentList
    from .mlflow_experiments_dataset_body import MlflowExperimentsDatasetBody
    from .mlflow_inference_info_body import MlflowInferenceInfoBody
    from .mlflow_log_metric_body import MlflowLogMetricBody
    from .mlflow_log_parameter_body import MlflowLogParameterBody
    from .mlflow_metric import MlflowMetric
    from .mlflow_param import MlflowParam
    from .mlflow_rename_experiment_body import MlflowRenameExperimentBody
    from .mlflow_run import MlflowRun
    from .mlflow_run_answer import MlflowRunAnswer
    from .mlflow_run_data import MlflowRunData
    from .mlflow_run_id_body import MlflowRunIdBody
    from .mlflow_run_info import MlflowRunInfo
    from .mlflow_run_model import MlflowRunModel
    from .mlflow_search_experiments_body import MlflowSearchExperimentsBody
    from .mlflow_tag import MlflowTag
    from .model_details_coefficient_paths import ModelDetailsCoefficientPaths
    from .model_details_documentation_template_upload import (
        ModelDetailsDocumentationTemplateUpload,
    )
    from .model_details_global_explanations import ModelDetailsGlobalExplanations
    from .model_details_global_explanations_absolute_importance import (
        ModelDetailsGlobalExplanationsAbsoluteImportance,
    )
    from .model_details_global_explanations_computation_params import (
        ModelDetailsGlobalExplanationsComputationParams,
    )
    from .model_details_global_explanations_explanations import (
        ModelDetailsGlobalExplanationsExplanations,
    )
    from .model_details_global_explanations_facts import (
        ModelDetailsGlobalExplanationsFacts,
    )
    from .model_details_global_explanations_facts_per_class_facts import (
        ModelDetailsGlobalExplanationsFactsPerClassFacts,
    )
    from .model_details_global_explanations_observations import (
        ModelDetailsGlobalExplanationsObservations,
    )
    from .model_details_partial_dependence import ModelDetailsPartialDependence
    from .model_details_partial_dependencies import ModelDetailsPartialDependencies
    from .model_details_post_training_computation_body import (
        ModelDetailsPostTrainingComputationBody,
    )
    from .model_details_post_training_computation_body_computation_params import (
        ModelDetailsPostTrainingComputationBodyComputationParams,
    )
    from .model_details_scatter_plots import ModelDetailsScatterPlots
    from .model_details_scatter_plots_features import ModelDetailsScatterPlotsFeatures
    from .model_details_shapley_computation_body import (
        ModelDetailsShapleyComputationBody,
    )
    from .model_details_shapley_computation_body_computation_params import (
        ModelDetailsShapleyComputationBodyComputationParams,
    )
    from .model_details_subpopulation_analyses import ModelDetailsSubpopulationAnalyses
    from .model_details_subpopulation_analysis import ModelDetailsSubpopulationAnalysis
    from .model_details_subpopulation_modality import ModelDetailsSubpopulationModality
    from .model_details_subpopulation_modality_perf import (
        ModelDetailsSubpopulationModalityPerf,
    )
    from .model_details_subpopulation_modality_perf_global_metrics import (
        ModelDetailsSubpopulationModalityPerfGlobalMetrics,
    )
    from .model_details_subpopulation_modality_performance_metrics import (
        ModelDetailsSubpopulationModalityPerformanceMetrics,
    )
    from .model_details_subpopulation_performance import (
        ModelDetailsSubpopulationPerformance,
    )
    from .model_details_subpopulation_performance_perf import (
        ModelDetailsSubpopulationPerformancePerf,
    )
    from .model_details_subpopulation_performance_perf_global_metrics import (
        ModelDetailsSubpopulationPerformancePerfGlobalMetrics,
    )
    from .model_details_subpopulation_performance_performance_metrics import (
        ModelDetailsSubpopulationPerformancePerformanceMetrics,
    )
    from .model_details_timeseries_results import ModelDetailsTimeseriesResults
    from .model_details_timeseries_results_per_timeseries import (
        ModelDetailsTimeseriesResultsPerTimeseries,
    )
    from .model_details_tree import ModelDetailsTree
    from .model_details_tree_set import ModelDetailsTreeSet
    from .model_details_user_meta import ModelDetailsUserMeta
    from .model_details_user_meta_cluster_labels import (
        ModelDetailsUserMetaClusterLabels,
    )
    from .model_details_user_meta_labels_item import ModelDetailsUserMetaLabelsItem
    from .named_property import NamedProperty
    from .notebook_counts import NotebookCounts
    from .notebook_state import NotebookState
    from .notebook_state_active_sessions_item import NotebookStateActiveSessionsItem
    from .object_metadata import ObjectMetadata
    from .object_metadata_checklists_type_0 import ObjectMetadataChecklistsType0
    from .object_metadata_checklists_type_0_checklists_type_0_item import (
        ObjectMetadataChecklistsType0ChecklistsType0Item,
    )
    from .object_metadata_checklists_type_0_checklists_type_0_item_items_type_0_item import (
        ObjectMetadataChecklistsType0ChecklistsType0ItemItemsType0Item,
    )
    from .object_metadata_custom_type_0 import ObjectMetadataCustomType0
    from .object_metadata_custom_type_0_kv_type_0 import (
        ObjectMetadataCustomType0KvType0,
    )
    from .output_schema_update import OutputSchemaUpdate
    from .per_timeseries_metrics import PerTimeseriesMetrics
    from .per_timeseries_metrics_per_timeseries import PerTimeseriesMetricsPerTimeseries
    from .personal_api_key import PersonalApiKey
    from .plugin_archive_upload import PluginArchiveUpload
    from .plugin_file_move import PluginFileMove
    from .plugin_file_node import PluginFileNode
    from .plugin_file_rename import PluginFileRename
    from .plugin_git_source import PluginGitSource
    from .plugin_missing_type import PluginMissingType
    from .plugin_parameter_set_desc import PluginParameterSetDesc
    from .plugin_parameter_set_desc_desc import PluginParameterSetDescDesc
    from .plugin_parameter_set_desc_desc_meta_type_0 import (
        PluginParameterSetDescDescMetaType0,
    )
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
    from .prediction_drift_result import PredictionDriftResult
    from .prepare_tables_import_body import PrepareTablesImportBody
    from .prepared_import import PreparedImport
    from .project_code_env_selection_type_0 import ProjectCodeEnvSelectionType0
    from .project_container_settings_type_0 import ProjectContainerSettingsType0
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
    from .project_grants import ProjectGrants
    from .project_grants_grants_type_0 import ProjectGrantsGrantsType0
    from .project_import_result import ProjectImportResult
    from .project_import_settings import ProjectImportSettings
    from .project_import_settings_remapping_type_0 import (
        ProjectImportSettingsRemappingType0,
    )
    from .project_import_settings_remapping_type_0_code_envs_type_0_item import (
        ProjectImportSettingsRemappingType0CodeEnvsType0Item,
    )
    from .project_import_settings_remapping_type_0_connections_type_0_item import (
        ProjectImportSettingsRemappingType0ConnectionsType0Item,
    )
    from .project_import_settings_remapping_type_0_container_execs_type_0_item import (
        ProjectImportSettingsRemappingType0ContainerExecsType0Item,
    )
    from .project_permission_item import ProjectPermissionItem
    from .project_permissions import ProjectPermissions
    from .project_settings import ProjectSettings
    from .project_settings_bundle_exporter_settings_type_0 import (
        ProjectSettingsBundleExporterSettingsType0,
    )
    from .project_settings_bundle_exporter_settings_type_0_data_inclusion_rules_type_0_item import (
        ProjectSettingsBundleExporterSettingsType0DataInclusionRulesType0Item,
    )
    from .project_settings_bundle_exporter_settings_type_0_export_options_type_0 import (
        ProjectSettingsBundleExporterSettingsType0ExportOptionsType0,
    )
    from .project_settings_exposed_objects_type_0 import (
        ProjectSettingsExposedObjectsType0,
    )
    from .project_settings_exposed_objects_type_0_objects_type_0_item import (
        ProjectSettingsExposedObjectsType0ObjectsType0Item,
    )
    from .project_settings_exposed_objects_type_0_objects_type_0_item_rules_type_0_item import (
        ProjectSettingsExposedObjectsType0ObjectsType0ItemRulesType0Item,
    )
    from .project_settings_settings_type_0 import ProjectSettingsSettingsType0
    from .project_settings_settings_type_0_cluster_type_0 import (
        ProjectSettingsSettingsType0ClusterType0,
    )
    from .project_settings_settings_type_0_code_envs_type_0 import (
        ProjectSettingsSettingsType0CodeEnvsType0,
    )
    from .project_settings_settings_type_0_flow_build_settings_type_0 import (
        ProjectSettingsSettingsType0FlowBuildSettingsType0,
    )
    from .project_settings_settings_type_0_integrations_type_0 import (
        ProjectSettingsSettingsType0IntegrationsType0,
    )
    from .project_settings_settings_type_0_integrations_type_0_integrations_type_0_item import (
        ProjectSettingsSettingsType0IntegrationsType0IntegrationsType0Item,
    )
    from .project_settings_settings_type_0_integrations_type_0_integrations_type_0_item_hook_type_0 import (
        ProjectSettingsSettingsType0IntegrationsType0IntegrationsType0ItemHookType0,
    )
    from .project_settings_settings_type_0_limits_type_0 import (
        ProjectSettingsSettingsType0LimitsType0,
    )
    from .project_settings_settings_type_0_limits_type_0_mem_sample_bytes_type_0 import (
        ProjectSettingsSettingsType0LimitsType0MemSampleBytesType0,
    )
    from .project_summary import ProjectSummary
    from .project_tag_definition import ProjectTagDefinition
    from .project_tags import ProjectTags
    from .project_tags_tags import ProjectTagsTags
    from .project_variables import ProjectVariables
    from .project_variables_local import ProjectVariablesLocal
    from .project_variables_standard import ProjectVariablesStandard
    from .propagate_schema_body import PropagateSchemaBody
    from .propagate_schema_body_options import PropagateSchemaBodyOptions
    from .propagate_schema_body_options_default_partition_values_by_dimension import (
        PropagateSchemaBodyOptionsDefaultPartitionValuesByDimension,
    )
    from .propagate_schema_body_options_partitions_by_computable import (
        PropagateSchemaBodyOptionsPartitionsByComputable,
    )
    from .propagate_schema_body_options_recipe_update_options import (
        PropagateSchemaBodyOptionsRecipeUpdateOptions,
    )
    from .propagate_schema_body_options_recipe_update_options_by_name import (
        PropagateSchemaBodyOptionsRecipeUpdateOptionsByName,
    )
    from .propagate_schema_body_options_recipe_update_options_by_type import (
        PropagateSchemaBodyOptionsRecipeUpdateOptionsByType,
    )
    from .propagate_schema_body_sources_item import PropagateSchemaBodySourcesItem
    from .proxy_model_configuration import ProxyModelConfiguration
    from .published_project_basic_info import PublishedProjectBasicInfo
    from .published_project_bundle import PublishedProjectBundle
    from .published_project_bundle_export_manifest import (
        PublishedProjectBundleExportManifest,
    )
    from .published_project_bundle_export_manifest_export_options_type_0 import (
        PublishedProjectBundleExportManifestExportOptionsType0,
    )
    from .published_project_creation import PublishedProjectCreation
    from .published_project_settings import PublishedProjectSettings
    from .published_project_status import PublishedProjectStatus
    from .recipe_and_payload import RecipeAndPayload
    from .recipe_counts import RecipeCounts
    from .recipe_counts_recipes_by_type_type_0 import RecipeCountsRecipesByTypeType0
    from .recipe_created import RecipeCreated
    from .recipe_definition import RecipeDefinition
    from .recipe_definition_custom_fields_type_0 import (
        RecipeDefinitionCustomFieldsType0,
    )
    from .recipe_definition_params_type_0 import RecipeDefinitionParamsType0
    from .recipe_definition_params_type_0_container_selection_type_0 import (
        RecipeDefinitionParamsType0ContainerSelectionType0,
    )
    from .recipe_definition_params_type_0_engine_params_type_0 import (
        RecipeDefinitionParamsType0EngineParamsType0,
    )
    from .recipe_definition_params_type_0_engine_params_type_0_hive_type_0 import (
        RecipeDefinitionParamsType0EngineParamsType0HiveType0,
    )
    from .recipe_definition_params_type_0_engine_params_type_0_spark_type_0 import (
        RecipeDefinitionParamsType0EngineParamsType0SparkType0,
    )
    from .recipe_definition_params_type_0_engine_params_type_0_spark_type_0_spark_config_type_0 import (
        RecipeDefinitionParamsType0EngineParamsType0SparkType0SparkConfigType0,
    )
    from .recipe_definition_params_type_0_engine_params_type_0_sql_pipeline_params_type_0 import (
        RecipeDefinitionParamsType0EngineParamsType0SqlPipelineParamsType0,
    )
    from .recipe_definition_params_type_0_env_selection_type_0 import (
        RecipeDefinitionParamsType0EnvSelectionType0,
    )
    from .recipe_engine import RecipeEngine
    from .recipe_prototype import RecipePrototype
    from .recipe_role import RecipeRole
    from .recipe_role_item import RecipeRoleItem
    from .recipe_role_item_deps_item import RecipeRoleItemDepsItem
    from .recipe_roles import RecipeRoles
    from .recipe_schema_updates import RecipeSchemaUpdates
    from .recipe_schema_updates_computables_item import (
        RecipeSchemaUpdatesComputablesItem,
    )
    from .recipe_status import RecipeStatus
    from .redeploy_ml_task_model_to_flow_body import RedeployMLTaskModelToFlowBody
    from .reguess_with_forecasting_params_body import ReguessWithForecastingParamsBody
    from .rename_managed_folder_body import RenameManagedFolderBody
    from .rename_request import RenameRequest
    from .reply_to_object_discussion_body import ReplyToObjectDiscussionBody
    from .resource_permission_item import ResourcePermissionItem
    from .run_evaluation_checks_body_type_1 import RunEvaluationChecksBodyType1
    from .run_kubectl_request import RunKubectlRequest
    from .run_macro_body import RunMacroBody
    from .run_macro_body_admin_params import RunMacroBodyAdminParams
    from .run_macro_body_params import RunMacroBodyParams
    from .run_scenario_body import RunScenarioBody
    from .save_insight_body import SaveInsightBody
    from .saved_model import SavedModel
    from .saved_model_created import SavedModelCreated
    from .saved_model_custom_fields_type_0 import SavedModelCustomFieldsType0
    from .saved_model_flow_options import SavedModelFlowOptions
    from .saved_model_mini_task import SavedModelMiniTask
    from .saved_model_mini_task_modeling import SavedModelMiniTaskModeling
    from .saved_model_mini_task_modeling_metrics import (
        SavedModelMiniTaskModelingMetrics,
    )
    from .saved_model_usage import SavedModelUsage
    from .saved_model_version import SavedModelVersion
    from .scenario_counts import ScenarioCounts
    from .scenario_params import ScenarioParams
    from .scenario_params_env_selection_type_0 import ScenarioParamsEnvSelectionType0
    from .scenario_payload import ScenarioPayload
    from .scenario_reporter import ScenarioReporter
    from .scenario_reporter_messaging_type_0 import ScenarioReporterMessagingType0
    from .scenario_reporter_messaging_type_0_configuration_type_0 import (
        ScenarioReporterMessagingType0ConfigurationType0,
    )
    from .scenario_run import ScenarioRun
    from .scenario_run_details import ScenarioRunDetails
    from .scenario_run_error import ScenarioRunError
    from .scenario_run_for_trigger import ScenarioRunForTrigger
    from .scenario_run_result import ScenarioRunResult
    from .scenario_run_scenario import ScenarioRunScenario
    from .scenario_run_trigger import ScenarioRunTrigger
    from .scenario_run_trigger_params_type_0 import ScenarioRunTriggerParamsType0
    from .scenario_settings import ScenarioSettings
    from .scenario_settings_custom_fields_type_0 import (
        ScenarioSettingsCustomFieldsType0,
    )
    from .scenario_settings_delayed_triggers_behavior_type_0 import (
        ScenarioSettingsDelayedTriggersBehaviorType0,
    )
    from .scenario_step import ScenarioStep
    from .scenario_step_params import ScenarioStepParams
    from .scenario_step_params_builds_type_0_item import (
        ScenarioStepParamsBuildsType0Item,
    )
    from .scenario_step_params_checks_type_0_item import (
        ScenarioStepParamsChecksType0Item,
    )
    from .scenario_step_params_computes_type_0_item import (
        ScenarioStepParamsComputesType0Item,
    )
    from .scenario_step_params_env_selection_type_0 import (
        ScenarioStepParamsEnvSelectionType0,
    )
    from .scenario_step_params_variables_type_0 import ScenarioStepParamsVariablesType0
    from .scenario_step_run import ScenarioStepRun
    from .scenario_step_run_additional_report_items_item import (
        ScenarioStepRunAdditionalReportItemsItem,
    )
    from .scenario_step_run_result import ScenarioStepRunResult
    from .scenario_summary import ScenarioSummary
    from .scenario_trigger import ScenarioTrigger
    from .scenario_trigger_grace_delay_settings_type_0 import (
        ScenarioTriggerGraceDelaySettingsType0,
    )
    from .scenario_trigger_params import ScenarioTriggerParams
    from .scenario_trigger_params_objects_type_0_item import (
        ScenarioTriggerParamsObjectsType0Item,
    )
    from .schema_column import SchemaColumn
    from .schema_propagation_recipe_options import SchemaPropagationRecipeOptions
    from .schema_propagation_recipe_options_new_aggregates import (
        SchemaPropagationRecipeOptionsNewAggregates,
    )
    from .schema_propagation_recipe_options_new_selected_columns import (
        SchemaPropagationRecipeOptionsNewSelectedColumns,
    )
    from .sql_column import SqlColumn
    from .sql_notebook_cell import SqlNotebookCell
    from .sql_notebook_content import SqlNotebookContent
    from .sql_notebook_history import SqlNotebookHistory
    from .sql_notebook_list_item import SqlNotebookListItem
    from .sql_notebook_query_run import SqlNotebookQueryRun
    from .sql_query_request import SqlQueryRequest
    from .sql_query_request_extra_conf_type_0 import SqlQueryRequestExtraConfType0
    from .sql_query_request_extra_conf_type_0_hiveconf_type_0_item import (
        SqlQueryRequestExtraConfType0HiveconfType0Item,
    )
    from .sql_query_request_extra_conf_type_0_impalaconf_type_0_item import (
        SqlQueryRequestExtraConfType0ImpalaconfType0Item,
    )
    from .sql_query_start import SqlQueryStart
    from .start_flow_tool_body import StartFlowToolBody
    from .statistics_card import StatisticsCard
    from .statistics_card_cards_type_0_item import StatisticsCardCardsType0Item
    from .statistics_column import StatisticsColumn
    from .statistics_computation import StatisticsComputation
    from .statistics_computation_computations_type_0_item import (
        StatisticsComputationComputationsType0Item,
    )
    from .statistics_data_spec import StatisticsDataSpec
    from .statistics_worksheet import StatisticsWorksheet
    from .statistics_worksheet_body import StatisticsWorksheetBody
    from .streaming_endpoint import StreamingEndpoint
    from .streaming_endpoint_params import StreamingEndpointParams
    from .streaming_endpoint_usage import StreamingEndpointUsage
    from .table_import_candidate import TableImportCandidate
    from .table_import_candidate_schema import TableImportCandidateSchema
    from .table_import_candidate_schema_columns_item import (
        TableImportCandidateSchemaColumnsItem,
    )
    from .table_import_key import TableImportKey
    from .tables_import_candidates import TablesImportCandidates
    from .test_and_detect_streaming_endpoint_body import (
        TestAndDetectStreamingEndpointBody,
    )
    from .testing_status import TestingStatus
    from .testing_status_nb_scenarios_per_outcome import (
        TestingStatusNbScenariosPerOutcome,
    )
    from .ticket_answer import TicketAnswer
    from .train_ml_task_body import TrainMLTaskBody
    from .trained_model_details import TrainedModelDetails
    from .trained_model_details_actual_params import TrainedModelDetailsActualParams
    from .trained_model_details_actual_params_resolved import (
        TrainedModelDetailsActualParamsResolved,
    )
    from .trained_model_details_core_params import TrainedModelDetailsCoreParams
    from .trained_model_details_facts import TrainedModelDetailsFacts
    from .trained_model_details_facts_clusters_item import (
        TrainedModelDetailsFactsClustersItem,
    )
    from .trained_model_details_facts_clusters_item_facts_item import (
        TrainedModelDetailsFactsClustersItemFactsItem,
    )
    from .trained_model_details_iperf import TrainedModelDetailsIperf
    from .trained_model_details_iperf_grid_cells_item import (
        TrainedModelDetailsIperfGridCellsItem,
    )
    from .trained_model_details_iperf_lm_coefficients import (
        TrainedModelDetailsIperfLmCoefficients,
    )
    from .trained_model_details_iperf_raw_importance import (
        TrainedModelDetailsIperfRawImportance,
    )
    from .trained_model_details_modeling import TrainedModelDetailsModeling
    from .trained_model_details_perf import TrainedModelDetailsPerf
    from .trained_model_details_perf_per_cut_data import (
        TrainedModelDetailsPerfPerCutData,
    )
    from .trained_model_details_sm_origin import TrainedModelDetailsSmOrigin
    from .trained_model_details_split_desc import TrainedModelDetailsSplitDesc
    from .trained_model_id_item import TrainedModelIdItem
    from .trained_model_metrics import TrainedModelMetrics
    from .trained_model_snippet import TrainedModelSnippet
    from .trained_model_train_info import TrainedModelTrainInfo
    from .trained_model_train_info_failure import TrainedModelTrainInfoFailure
    from .trained_model_user_meta import TrainedModelUserMeta
    from .trained_model_user_meta_labels_item import TrainedModelUserMetaLabelsItem
    from .trigger_fire import TriggerFire
    from .trigger_fire_params import TriggerFireParams
    from .univariate_column_drift import UnivariateColumnDrift
    from .univariate_drift_result import UnivariateDriftResult
    from .univariate_drift_result_columns import UnivariateDriftResultColumns
    from .update_flow_tool_body import UpdateFlowToolBody
    from .upload_dataset_file_body import UploadDatasetFileBody
    from .upload_managed_folder_file_body import UploadManagedFolderFileBody
    from .upload_project_import_body import UploadProjectImportBody
    from .upload_published_project_bundle_body import UploadPublishedProjectBundleBody
    from .uploaded_file import UploadedFile
    from .user_activity import UserActivity
    from .user_credential import UserCredential
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
    from .web_app_backend_state import WebAppBackendState
    from .web_app_created import WebAppCreated
    from .web_app_list_item import WebAppListItem
    from .web_app_params import WebAppParams
    from .web_app_params_env_selection import WebAppParamsEnvSelection
    from .web_app_settings import WebAppSettings
    from .wiki_article import WikiArticle
    from .wiki_article_data import WikiArticleData
    from .wiki_attachment import WikiAttachment
    from .wiki_attachment_details_type_0 import WikiAttachmentDetailsType0
    from .wiki_attachment_upload import WikiAttachmentUpload
    from .wiki_export_body import WikiExportBody
    from .wiki_export_body_paper_size import WikiExportBodyPaperSize
    from .wiki_settings import WikiSettings
    from .wiki_taxonomy_node import WikiTaxonomyNode
    from .workspace_object import WorkspaceObject
    from .workspace_object_html_link_type_0 import WorkspaceObjectHtmlLinkType0
    from .workspace_object_reference_type_0 import WorkspaceObjectReferenceType0
    from .workspace_settings import WorkspaceSettings
    from .workspace_settings_permissions_type_0_item import (
        WorkspaceSettingsPermissionsType0Item,
    )

_MODULE_OF: dict[str, str] = {
    "Acknowledgement": ".acknowledgement",
    "AddCustomEvaluationBody": ".add_custom_evaluation_body",
    "AnalysisCreated": ".analysis_created",
    "AnalysisDefinition": ".analysis_definition",
    "AnalysisDefinitionChartsType0Item": ".analysis_definition_charts_type_0_item",
    "AnalysisDefinitionChartsType0ItemDefType0": ".analysis_definition_charts_type_0_item_def_type_0",
    "AnalysisListItem": ".analysis_list_item",
    "AnalysisScript": ".analysis_script",
    "AnalysisScriptExplorationFiltersType0Item": ".analysis_script_exploration_filters_type_0_item",
    "AnalysisScriptExplorationSamplingType0": ".analysis_script_exploration_sampling_type_0",
    "AnalysisScriptStep": ".analysis_script_step",
    "AnalysisScriptStepParamsType0": ".analysis_script_step_params_type_0",
    "AnalysisScriptStepStepsType0Item": ".analysis_script_step_steps_type_0_item",
    "AnalysisScriptStepStepsType0ItemParamsType0": ".analysis_script_step_steps_type_0_item_params_type_0",
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
    "ApiDeployerInfraStatus": ".api_deployer_infra_status",
    "ApiDeployerOpenApiDocument": ".api_deployer_open_api_document",
    "ApiDeployerOpenApiDocumentInfo": ".api_deployer_open_api_document_info",
    "ApiDeployerOpenApiDocumentPaths": ".api_deployer_open_api_document_paths",
    "ApiDeployerOpenApiDocumentServersItem": ".api_deployer_open_api_document_servers_item",
    "ApiDeployerQueryResults": ".api_deployer_query_results",
    "ApiDeployerQueryResultsResponsesItem": ".api_deployer_query_results_responses_item",
    "ApiDeployerQueryResultsResponsesItemQuery": ".api_deployer_query_results_responses_item_query",
    "ApiDeployerQueryResultsResponsesItemQueryContextType0": ".api_deployer_query_results_responses_item_query_context_type_0",
    "ApiDeployerQueryResultsResponsesItemQueryFeaturesType0": ".api_deployer_query_results_responses_item_query_features_type_0",
    "ApiDeployerQueryResultsResponsesItemQueryParamsType0": ".api_deployer_query_results_responses_item_query_params_type_0",
    "ApiDeployerQueryResultsResponsesItemResponse": ".api_deployer_query_results_responses_item_response",
    "ApiDeployerQueryResultsResponsesItemResponseApiContextType0": ".api_deployer_query_results_responses_item_response_api_context_type_0",
    "ApiDeployerQueryResultsResponsesItemResponseResultType0": ".api_deployer_query_results_responses_item_response_result_type_0",
    "ApiDeployerQueryResultsResponsesItemResponseResultType0ProbasType0": ".api_deployer_query_results_responses_item_response_result_type_0_probas_type_0",
    "ApiDeployerQueryResultsResponsesItemResponseTimingType0": ".api_deployer_query_results_responses_item_response_timing_type_0",
    "ApiDeployerServiceSettings": ".api_deployer_service_settings",
    "ApiDeployerServiceStatus": ".api_deployer_service_status",
    "ApiDeployerServiceStatusServiceBasicInfo": ".api_deployer_service_status_service_basic_info",
    "ApiDeployerServiceVersion": ".api_deployer_service_version",
    "ApiDeployerServiceVersionDesignNodeInfo": ".api_deployer_service_version_design_node_info",
    "ApiDeployerStage": ".api_deployer_stage",
    "ApiNodeAdminKey": ".api_node_admin_key",
    "ApiNodeAdminKeyBody": ".api_node_admin_key_body",
    "ApiNodeAnswer": ".api_node_answer",
    "ApiNodeAnswerDeletedGenerations": ".api_node_answer_deleted_generations",
    "ApiNodeApiContext": ".api_node_api_context",
    "ApiNodeCreateServiceBody": ".api_node_create_service_body",
    "ApiNodeDispatch": ".api_node_dispatch",
    "ApiNodeExplanationsRequest": ".api_node_explanations_request",
    "ApiNodeForecastBody": ".api_node_forecast_body",
    "ApiNodeForecastBodyItemsItem": ".api_node_forecast_body_items_item",
    "ApiNodeFunctionBody": ".api_node_function_body",
    "ApiNodeFunctionResult": ".api_node_function_result",
    "ApiNodeFunctionResultTiming": ".api_node_function_result_timing",
    "ApiNodeGenerations": ".api_node_generations",
    "ApiNodeGenerationsMapping": ".api_node_generations_mapping",
    "ApiNodeLookupBody": ".api_node_lookup_body",
    "ApiNodeLookupBodyContext": ".api_node_lookup_body_context",
    "ApiNodeLookupBodyData": ".api_node_lookup_body_data",
    "ApiNodeLookupItem": ".api_node_lookup_item",
    "ApiNodeLookupItemContext": ".api_node_lookup_item_context",
    "ApiNodeLookupItemData": ".api_node_lookup_item_data",
    "ApiNodeLookupMultiBody": ".api_node_lookup_multi_body",
    "ApiNodeLookupResult": ".api_node_lookup_result",
    "ApiNodeLookupResultData": ".api_node_lookup_result_data",
    "ApiNodeLookupResults": ".api_node_lookup_results",
    "ApiNodeLookupResultsTiming": ".api_node_lookup_results_timing",
    "ApiNodeMappingEntry": ".api_node_mapping_entry",
    "ApiNodeMetrics": ".api_node_metrics",
    "ApiNodeMetricsServices": ".api_node_metrics_services",
    "ApiNodeMetricsServicesAdditionalProperty": ".api_node_metrics_services_additional_property",
    "ApiNodeMetricsServicesAdditionalPropertyEndpoints": ".api_node_metrics_services_additional_property_endpoints",
    "ApiNodeMetricsServicesAdditionalPropertyEndpointsAdditionalProperty": ".api_node_metrics_services_additional_property_endpoints_additional_property",
    "ApiNodePredictBody": ".api_node_predict_body",
    "ApiNodePredictBodyContext": ".api_node_predict_body_context",
    "ApiNodePredictBodyFeatures": ".api_node_predict_body_features",
    "ApiNodePredictMultiBody": ".api_node_predict_multi_body",
    "ApiNodePrediction": ".api_node_prediction",
    "ApiNodePredictionResult": ".api_node_prediction_result",
    "ApiNodePredictionResultExplanations": ".api_node_prediction_result_explanations",
    "ApiNodePredictionResultProbas": ".api_node_prediction_result_probas",
    "ApiNodePredictionTiming": ".api_node_prediction_timing",
    "ApiNodePredictions": ".api_node_predictions",
    "ApiNodePredictionsResultsItem": ".api_node_predictions_results_item",
    "ApiNodePredictionsResultsItemExplanations": ".api_node_predictions_results_item_explanations",
    "ApiNodePredictionsResultsItemProbas": ".api_node_predictions_results_item_probas",
    "ApiNodePredictionsTiming": ".api_node_predictions_timing",
    "ApiNodeRecord": ".api_node_record",
    "ApiNodeRecordContext": ".api_node_record_context",
    "ApiNodeRecordFeatures": ".api_node_record_features",
    "ApiNodeServiceState": ".api_node_service_state",
    "ApiNodeSqlQueryBody": ".api_node_sql_query_body",
    "ApiNodeSqlQueryResult": ".api_node_sql_query_result",
    "ApiNodeSqlQueryResultTiming": ".api_node_sql_query_result_timing",
    "ApiNodeSwitchResult": ".api_node_switch_result",
    "ApiServiceEndpointSummary": ".api_service_endpoint_summary",
    "ApiServiceListItem": ".api_service_list_item",
    "ApiServicePackage": ".api_service_package",
    "ApiServicePackageSummary": ".api_service_package_summary",
    "ApiServicePackageSummaryPublishedToItem": ".api_service_package_summary_published_to_item",
    "ApiServiceSettings": ".api_service_settings",
    "ApiServiceSettingsAuthRealmType0": ".api_service_settings_auth_realm_type_0",
    "ApiServiceSettingsAuthRealmType0QueryKeysType0Item": ".api_service_settings_auth_realm_type_0_query_keys_type_0_item",
    "ApiServiceSettingsEndpointsType0Item": ".api_service_settings_endpoints_type_0_item",
    "ApiServiceSettingsEndpointsType0ItemTestQueriesItem": ".api_service_settings_endpoints_type_0_item_test_queries_item",
    "ApiServiceSettingsEndpointsType0ItemTestQueriesItemQ": ".api_service_settings_endpoints_type_0_item_test_queries_item_q",
    "AppInstanceSummary": ".app_instance_summary",
    "AppManifest": ".app_manifest",
    "AppManifestHomepageSectionsType0Item": ".app_manifest_homepage_sections_type_0_item",
    "AppManifestHomepageSectionsType0ItemTilesItem": ".app_manifest_homepage_sections_type_0_item_tiles_item",
    "AppManifestUseAsRecipeSettingsType0": ".app_manifest_use_as_recipe_settings_type_0",
    "AppManifestUseAsRecipeSettingsType0InputRolesType0Item": ".app_manifest_use_as_recipe_settings_type_0_input_roles_type_0_item",
    "AppManifestUseAsRecipeSettingsType0OutputRolesType0Item": ".app_manifest_use_as_recipe_settings_type_0_output_roles_type_0_item",
    "AppSummary": ".app_summary",
    "AuthInfo": ".auth_info",
    "AuthInfoSecretsItem": ".auth_info_secrets_item",
    "AuthorizationMatrix": ".authorization_matrix",
    "AuthorizationMatrixPerGroup": ".authorization_matrix_per_group",
    "AuthorizationMatrixPerGroupGlobalPermissionsType0": ".authorization_matrix_per_group_global_permissions_type_0",
    "AuthorizationMatrixPerUser": ".authorization_matrix_per_user",
    "AuthorizationMatrixPerUserGlobalPermissionsType0": ".authorization_matrix_per_user_global_permissions_type_0",
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
    "ChecksReportResultsItemValue": ".checks_report_results_item_value",
    "ClearSqlNotebookHistoryBody": ".clear_sql_notebook_history_body",
    "ClusterActionResult": ".cluster_action_result",
    "ClusterSettings": ".cluster_settings",
    "ClusterSettingsDataType0": ".cluster_settings_data_type_0",
    "ClusterSettingsParamsType0": ".cluster_settings_params_type_0",
    "ClusterSettingsParamsType0ConfigType0": ".cluster_settings_params_type_0_config_type_0",
    "ClusterStatus": ".cluster_status",
    "ClusterSubsystemSettings": ".cluster_subsystem_settings",
    "ClusterSubsystemSettingsExtraConfType0Item": ".cluster_subsystem_settings_extra_conf_type_0_item",
    "ClusterSummary": ".cluster_summary",
    "CodeEnvContainerRuntimeAddition": ".code_env_container_runtime_addition",
    "CodeEnvDesc": ".code_env_desc",
    "CodeEnvDescCreationTagType0": ".code_env_desc_creation_tag_type_0",
    "CodeEnvDescCreationTagType0LastModifiedByType0": ".code_env_desc_creation_tag_type_0_last_modified_by_type_0",
    "CodeEnvDescEnvSettingsType0": ".code_env_desc_env_settings_type_0",
    "CodeEnvOperationOutcome": ".code_env_operation_outcome",
    "CodeEnvSettings": ".code_env_settings",
    "CodeEnvSummary": ".code_env_summary",
    "CodeEnvUsage": ".code_env_usage",
    "CodeEnvVersionForProject": ".code_env_version_for_project",
    "CodeEnvVersionSettings": ".code_env_version_settings",
    "CodeStudio": ".code_studio",
    "CodeStudioConflicts": ".code_studio_conflicts",
    "CodeStudioListItem": ".code_studio_list_item",
    "CodeStudioListItemDesc": ".code_studio_list_item_desc",
    "CodeStudioPullResult": ".code_studio_pull_result",
    "CodeStudioPullResultAdditionalProperty": ".code_studio_pull_result_additional_property",
    "CodeStudioPushResult": ".code_studio_push_result",
    "CodeStudioStatus": ".code_studio_status",
    "CodeStudioStatusExposedItem": ".code_studio_status_exposed_item",
    "CodeStudioTemplateSettings": ".code_studio_template_settings",
    "CodeStudioTemplateSettingsParamsType0": ".code_studio_template_settings_params_type_0",
    "CodeStudioTemplateSettingsParamsType0BlocksType0Item": ".code_studio_template_settings_params_type_0_blocks_type_0_item",
    "CodeStudioTemplateSettingsParamsType0BlocksType0ItemParamsType0": ".code_studio_template_settings_params_type_0_blocks_type_0_item_params_type_0",
    "CodeStudioTemplateSummary": ".code_studio_template_summary",
    "CodeStudioZone": ".code_studio_zone",
    "ColumnLineageColumn": ".column_lineage_column",
    "ColumnLineageRecipe": ".column_lineage_recipe",
    "ColumnLineageRelation": ".column_lineage_relation",
    "ComparedItem": ".compared_item",
    "ComputeDataDriftBody": ".compute_data_drift_body",
    "ComputeDriftBody": ".compute_drift_body",
    "ComputedMetric": ".computed_metric",
    "ComputedMetricMeta": ".computed_metric_meta",
    "ComputedMetricValue": ".computed_metric_value",
    "ComputedMetricsValues": ".computed_metrics_values",
    "ConnectionDetailsReadabilityType0": ".connection_details_readability_type_0",
    "ConnectionInfo": ".connection_info",
    "ConnectionInfoResolvedAWSCredential": ".connection_info_resolved_aws_credential",
    "ConnectionInfoResolvedBasicCredential": ".connection_info_resolved_basic_credential",
    "ConnectionInfoResolvedOAuth2Credential": ".connection_info_resolved_o_auth_2_credential",
    "ConnectionParams": ".connection_params",
    "ConnectionParamsNamingRuleType0": ".connection_params_naming_rule_type_0",
    "ConnectionSettings": ".connection_settings",
    "ConnectionSettingsCreationTagType0": ".connection_settings_creation_tag_type_0",
    "ConnectionSettingsCreationTagType0LastModifiedByType0": ".connection_settings_creation_tag_type_0_last_modified_by_type_0",
    "ConnectionSettingsIndexingSettingsType0": ".connection_settings_indexing_settings_type_0",
    "ConnectionSyncRequest": ".connection_sync_request",
    "ConnectionTestResult": ".connection_test_result",
    "ContainerExecutionConfig": ".container_execution_config",
    "ContinuousActivity": ".continuous_activity",
    "ContinuousActivityLoopParams": ".continuous_activity_loop_params",
    "ContinuousActivityMainLoopState": ".continuous_activity_main_loop_state",
    "CopyDatasetRequest": ".copy_dataset_request",
    "CopyDatasetRequestWriteMode": ".copy_dataset_request_write_mode",
    "CopyManagedFolderBody": ".copy_managed_folder_body",
    "CopyManagedFolderBodyWriteMode": ".copy_managed_folder_body_write_mode",
    "CreateAnalysisBody": ".create_analysis_body",
    "CreateAnalysisMLTaskBody": ".create_analysis_ml_task_body",
    "CreateAnalysisMLTaskBodyTaskType": ".create_analysis_ml_task_body_task_type",
    "CreateApiDeployerDeploymentBody": ".create_api_deployer_deployment_body",
    "CreateApiDeployerDeploymentBodyAuthorizationsToQueryThroughDeployerType0Item": ".create_api_deployer_deployment_body_authorizations_to_query_through_deployer_type_0_item",
    "CreateApiDeployerInfraBody": ".create_api_deployer_infra_body",
    "CreateApiDeployerInfraBodyGovernCheckPolicy": ".create_api_deployer_infra_body_govern_check_policy",
    "CreateApiDeployerInfraBodyType": ".create_api_deployer_infra_body_type",
    "CreateApiDeployerServiceBody": ".create_api_deployer_service_body",
    "CreateAppInstanceBody": ".create_app_instance_body",
    "CreateClusterBody": ".create_cluster_body",
    "CreateClusterBodyParamsType0": ".create_cluster_body_params_type_0",
    "CreateClusterBodyParamsType0ConfigType0": ".create_cluster_body_params_type_0_config_type_0",
    "CreateCodeEnvBody": ".create_code_env_body",
    "CreateCodeStudioBody": ".create_code_studio_body",
    "CreateCodeStudioResponse": ".create_code_studio_response",
    "CreateConnectionBody": ".create_connection_body",
    "CreateDashboardBody": ".create_dashboard_body",
    "CreateDatasetBody": ".create_dataset_body",
    "CreateEvaluationComparisonBody": ".create_evaluation_comparison_body",
    "CreateEvaluationComparisonBodyPredictionType": ".create_evaluation_comparison_body_prediction_type",
    "CreateEvaluationStoreBody": ".create_evaluation_store_body",
    "CreateFlowZoneBody": ".create_flow_zone_body",
    "CreateGlobalApiKeyBody": ".create_global_api_key_body",
    "CreateGroupBody": ".create_group_body",
    "CreateInsightBody": ".create_insight_body",
    "CreateInsightBodyInsightPrototype": ".create_insight_body_insight_prototype",
    "CreateInsightBodyInsightPrototypeParamsType0": ".create_insight_body_insight_prototype_params_type_0",
    "CreateManagedDatasetBody": ".create_managed_dataset_body",
    "CreateManagedFolderBody": ".create_managed_folder_body",
    "CreateManagedStreamingEndpointBody": ".create_managed_streaming_endpoint_body",
    "CreateManagedStreamingEndpointBodyCreationSettings": ".create_managed_streaming_endpoint_body_creation_settings",
    "CreateMLTaskBody": ".create_ml_task_body",
    "CreateMLTaskBodyTaskType": ".create_ml_task_body_task_type",
    "CreateObjectDiscussionBody": ".create_object_discussion_body",
    "CreatePersonalApiKeyBody": ".create_personal_api_key_body",
    "CreatePersonalApiKeyForUserBody": ".create_personal_api_key_for_user_body",
    "CreatePluginCodeEnvBody": ".create_plugin_code_env_body",
    "CreateProjectBody": ".create_project_body",
    "CreateProjectBodySettingsType0": ".create_project_body_settings_type_0",
    "CreateProjectBodySettingsType0CodeEnvsType0": ".create_project_body_settings_type_0_code_envs_type_0",
    "CreateProjectFromBundleBody": ".create_project_from_bundle_body",
    "CreateRecipeBody": ".create_recipe_body",
    "CreateRecipeBodyCreationSettingsType0": ".create_recipe_body_creation_settings_type_0",
    "CreateRecipeBodyCreationSettingsType0OutputDatasetsCreationSettingsByRoleType0": ".create_recipe_body_creation_settings_type_0_output_datasets_creation_settings_by_role_type_0",
    "CreateRecipeBodyCreationSettingsType0OutputDatasetsCreationSettingsByRoleType0AdditionalProperty": ".create_recipe_body_creation_settings_type_0_output_datasets_creation_settings_by_role_type_0_additional_property",
    "CreateSavedModelBody": ".create_saved_model_body",
    "CreateScenarioBody": ".create_scenario_body",
    "CreateScenarioBodyType": ".create_scenario_body_type",
    "CreateStreamingEndpointBody": ".create_streaming_endpoint_body",
    "CreateUserBody": ".create_user_body",
    "CreateWebAppBody": ".create_web_app_body",
    "CreateWikiArticleBody": ".create_wiki_article_body",
    "CustomAuditParams": ".custom_audit_params",
    "CustomEvaluationMetric": ".custom_evaluation_metric",
    "Dashboard": ".dashboard",
    "DashboardChecklistsType0": ".dashboard_checklists_type_0",
    "DashboardChecklistsType0ChecklistsType0Item": ".dashboard_checklists_type_0_checklists_type_0_item",
    "DashboardChecklistsType0ChecklistsType0ItemItemsType0Item": ".dashboard_checklists_type_0_checklists_type_0_item_items_type_0_item",
    "DashboardCustomFieldsType0": ".dashboard_custom_fields_type_0",
    "DashboardListItem": ".dashboard_list_item",
    "DashboardPage": ".dashboard_page",
    "DashboardPageGridType0": ".dashboard_page_grid_type_0",
    "DashboardTile": ".dashboard_tile",
    "DashboardTileBoxType0": ".dashboard_tile_box_type_0",
    "DashboardTileTileParamsType0": ".dashboard_tile_tile_params_type_0",
    "DataQualityDatasetSummary": ".data_quality_dataset_summary",
    "DataQualityPartitionStatus": ".data_quality_partition_status",
    "DataQualityProjectSummary": ".data_quality_project_summary",
    "DataQualityProjectSummaryOutcomeCountsType0": ".data_quality_project_summary_outcome_counts_type_0",
    "DataQualityRule": ".data_quality_rule",
    "DataQualityRuleBody": ".data_quality_rule_body",
    "DataQualityRuleResult": ".data_quality_rule_result",
    "DataQualityRuleSet": ".data_quality_rule_set",
    "DataQualityStatusByPartition": ".data_quality_status_by_partition",
    "DataQualityTimelineDay": ".data_quality_timeline_day",
    "DataQualityTimelineDayDatasetsType0": ".data_quality_timeline_day_datasets_type_0",
    "DataQualityTimelineDayDatasetsType0AdditionalProperty": ".data_quality_timeline_day_datasets_type_0_additional_property",
    "DataSelection": ".data_selection",
    "DataSelectionFilterType0": ".data_selection_filter_type_0",
    "DataSelectionOrderingType0": ".data_selection_ordering_type_0",
    "DataSelectionOrderingType0RulesType0Item": ".data_selection_ordering_type_0_rules_type_0_item",
    "Dataset": ".dataset",
    "DatasetChecksSettings": ".dataset_checks_settings",
    "DatasetChecksSettingsDisplayedStateType0": ".dataset_checks_settings_displayed_state_type_0",
    "DatasetCounts": ".dataset_counts",
    "DatasetCountsDatasetsByTypeType0": ".dataset_counts_datasets_by_type_type_0",
    "DatasetCustomFieldsType0": ".dataset_custom_fields_type_0",
    "DatasetCustomMetaType0": ".dataset_custom_meta_type_0",
    "DatasetCustomMetaType0KvType0": ".dataset_custom_meta_type_0_kv_type_0",
    "DatasetDkuPropertiesType0Item": ".dataset_dku_properties_type_0_item",
    "DatasetFlowOptionsType0": ".dataset_flow_options_type_0",
    "DatasetFormatParams": ".dataset_format_params",
    "DatasetInfo": ".dataset_info",
    "DatasetInfoLastBuild": ".dataset_info_last_build",
    "DatasetMetricsSettings": ".dataset_metrics_settings",
    "DatasetMetricsSettingsDisplayedStateType0": ".dataset_metrics_settings_displayed_state_type_0",
    "DatasetMetricsSettingsEngineConfigType0": ".dataset_metrics_settings_engine_config_type_0",
    "DatasetMetricsSettingsEngineConfigType0DssType0": ".dataset_metrics_settings_engine_config_type_0_dss_type_0",
    "DatasetParams": ".dataset_params",
    "DatasetParamsFilesSelectionRulesType0": ".dataset_params_files_selection_rules_type_0",
    "DatasetParamsFilesSelectionRulesType0ExcludeRulesType0Item": ".dataset_params_files_selection_rules_type_0_exclude_rules_type_0_item",
    "DatasetParamsFilesSelectionRulesType0IncludeRulesType0Item": ".dataset_params_files_selection_rules_type_0_include_rules_type_0_item",
    "DatasetParamsVariablesExpansionLoopConfigType0": ".dataset_params_variables_expansion_loop_config_type_0",
    "DatasetPartitioning": ".dataset_partitioning",
    "DatasetPartitioningDimensionsType0Item": ".dataset_partitioning_dimensions_type_0_item",
    "DatasetPartitioningDimensionsType0ItemParamsType0": ".dataset_partitioning_dimensions_type_0_item_params_type_0",
    "DatasetReadWriteOptionsType0": ".dataset_read_write_options_type_0",
    "DatasetReadWriteOptionsType0DefaultReadOrderingType0": ".dataset_read_write_options_type_0_default_read_ordering_type_0",
    "DatasetReadWriteOptionsType0DefaultReadOrderingType0RulesType0Item": ".dataset_read_write_options_type_0_default_read_ordering_type_0_rules_type_0_item",
    "DatasetSchema": ".dataset_schema",
    "DatasetUsage": ".dataset_usage",
    "DeletePluginBody": ".delete_plugin_body",
    "DeleteSavedModelVersionsBody": ".delete_saved_model_versions_body",
    "DeployMLTaskModelToFlowBody": ".deploy_ml_task_model_to_flow_body",
    "DeployerInfraCreation": ".deployer_infra_creation",
    "DeployerInfraSettings": ".deployer_infra_settings",
    "DeployerInfraStatus": ".deployer_infra_status",
    "DeployerPermissionItem": ".deployer_permission_item",
    "DeployerStage": ".deployer_stage",
    "DeploymentCreation": ".deployment_creation",
    "DeploymentHeavyStatus": ".deployment_heavy_status",
    "DeploymentLightStatus": ".deployment_light_status",
    "DeploymentSettings": ".deployment_settings",
    "DeploymentUpdate": ".deployment_update",
    "DeploymentUpdateLogs": ".deployment_update_logs",
    "Discussion": ".discussion",
    "DiscussionRepliesType0Item": ".discussion_replies_type_0_item",
    "DoFlowToolActionBody": ".do_flow_tool_action_body",
    "DriftColumnParams": ".drift_column_params",
    "DriftColumnParamsHandling": ".drift_column_params_handling",
    "DriftColumnSettings": ".drift_column_settings",
    "DriftFutureState": ".drift_future_state",
    "DriftFutureStatePayload": ".drift_future_state_payload",
    "DriftFutureStateProgress": ".drift_future_state_progress",
    "DriftModelAccuracy": ".drift_model_accuracy",
    "DriftModelResult": ".drift_model_result",
    "DriftModelResultDriftVersusImportance": ".drift_model_result_drift_versus_importance",
    "DriftParams": ".drift_params",
    "DriftParamsColumns": ".drift_params_columns",
    "DriftResult": ".drift_result",
    "DSSError": ".dss_error",
    "DuplicateProjectBody": ".duplicate_project_body",
    "DuplicateProjectBodyDuplicationMode": ".duplicate_project_body_duplication_mode",
    "DuplicateProjectBodyRemappingType0": ".duplicate_project_body_remapping_type_0",
    "DuplicateProjectBodyRemappingType0CodeEnvsType0Item": ".duplicate_project_body_remapping_type_0_code_envs_type_0_item",
    "DuplicateProjectBodyRemappingType0ConnectionsType0Item": ".duplicate_project_body_remapping_type_0_connections_type_0_item",
    "EnsembleMLTaskModelsBody": ".ensemble_ml_task_models_body",
    "EnsembleMLTaskModelsBodyMethod": ".ensemble_ml_task_models_body_method",
    "EvaluateExternalModelVersionBody": ".evaluate_external_model_version_body",
    "EvaluateExternalModelVersionBodySamplingParamType0": ".evaluate_external_model_version_body_sampling_param_type_0",
    "EvaluationComparisonSettings": ".evaluation_comparison_settings",
    "EvaluationFullInfo": ".evaluation_full_info",
    "EvaluationInfo": ".evaluation_info",
    "EvaluationInfoModelRef": ".evaluation_info_model_ref",
    "EvaluationLabel": ".evaluation_label",
    "EvaluationMetrics": ".evaluation_metrics",
    "EvaluationRef": ".evaluation_ref",
    "EvaluationSampleSchema": ".evaluation_sample_schema",
    "EvaluationSampleSchemaColumnsItem": ".evaluation_sample_schema_columns_item",
    "EvaluationStoreListItem": ".evaluation_store_list_item",
    "EvaluationStoreSettings": ".evaluation_store_settings",
    "EvaluationStoreSettingsMetrics": ".evaluation_store_settings_metrics",
    "EvaluationStoreSettingsMetricsChecks": ".evaluation_store_settings_metrics_checks",
    "EvaluationStoreUsage": ".evaluation_store_usage",
    "EvaluationUserMeta": ".evaluation_user_meta",
    "ExternalModelVersionMetadata": ".external_model_version_metadata",
    "ExternalModelVersionMetadataClassLabelsItem": ".external_model_version_metadata_class_labels_item",
    "ExternalModelVersionMetadataFeaturesItem": ".external_model_version_metadata_features_item",
    "ExternalModelVersionMetadataProxyModelVersionConfiguration": ".external_model_version_metadata_proxy_model_version_configuration",
    "FeatureGroup": ".feature_group",
    "FlowGraph": ".flow_graph",
    "FlowGraphNode": ".flow_graph_node",
    "FlowGraphNodes": ".flow_graph_nodes",
    "FlowToolState": ".flow_tool_state",
    "FlowZone": ".flow_zone",
    "FlowZoneItem": ".flow_zone_item",
    "FormatDetectionRequest": ".format_detection_request",
    "FullModelId": ".full_model_id",
    "FutureProgressState": ".future_progress_state",
    "FutureState": ".future_state",
    "FutureStatePayload": ".future_state_payload",
    "FutureStateProgress": ".future_state_progress",
    "GeneralSettings": ".general_settings",
    "GeneralSettingsAzureADSettingsType0": ".general_settings_azure_ad_settings_type_0",
    "GeneralSettingsCodeEnvsType0": ".general_settings_code_envs_type_0",
    "GeneralSettingsContainerSettingsType0": ".general_settings_container_settings_type_0",
    "GeneralSettingsDefaultDatasetCreationSettingsType0": ".general_settings_default_dataset_creation_settings_type_0",
    "GeneralSettingsImpersonationType0": ".general_settings_impersonation_type_0",
    "GeneralSettingsLdapSettingsType0": ".general_settings_ldap_settings_type_0",
    "GeneralSettingsLdapSettingsType0GroupProfilesType0Item": ".general_settings_ldap_settings_type_0_group_profiles_type_0_item",
    "GeneralSettingsSparkSettingsType0": ".general_settings_spark_settings_type_0",
    "GeneralSettingsSparkSettingsType0ExecutionConfigsType0Item": ".general_settings_spark_settings_type_0_execution_configs_type_0_item",
    "GeneralSettingsSsoSettingsType0": ".general_settings_sso_settings_type_0",
    "GenerateFlowDocumentationWithTemplateBody": ".generate_flow_documentation_with_template_body",
    "GetInstanceDataQualityStatusResponse200": ".get_instance_data_quality_status_response_200",
    "GetMlTaskModelSnippetsResponse200": ".get_ml_task_model_snippets_response_200",
    "GetProjectDataQualityStatusResponse200": ".get_project_data_quality_status_response_200",
    "GlobalApiKey": ".global_api_key",
    "GlobalApiKeyProjectsType0": ".global_api_key_projects_type_0",
    "GlobalPermissions": ".global_permissions",
    "GlobalUsageSummary": ".global_usage_summary",
    "GlobalUsageSummaryProjectSummariesItem": ".global_usage_summary_project_summaries_item",
    "GroupDefinition": ".group_definition",
    "ImpersonationRule": ".impersonation_rule",
    "ImportApiDeployerServiceVersionForm": ".import_api_deployer_service_version_form",
    "ImportBundleFromStreamBody": ".import_bundle_from_stream_body",
    "ImportSavedModelVersionBody": ".import_saved_model_version_body",
    "IndexCatalogConnectionsBody": ".index_catalog_connections_body",
    "InfoMessage": ".info_message",
    "InfoMessages": ".info_messages",
    "InfoMessagesMessagesItem": ".info_messages_messages_item",
    "Insight": ".insight",
    "InsightChecklistsType0": ".insight_checklists_type_0",
    "InsightChecklistsType0ChecklistsType0Item": ".insight_checklists_type_0_checklists_type_0_item",
    "InsightChecklistsType0ChecklistsType0ItemItemsType0Item": ".insight_checklists_type_0_checklists_type_0_item_items_type_0_item",
    "InsightCustomFieldsType0": ".insight_custom_fields_type_0",
    "InsightListItem": ".insight_list_item",
    "InsightParamsType0": ".insight_params_type_0",
    "InstallPluginFromStoreBody": ".install_plugin_from_store_body",
    "InstanceInfo": ".instance_info",
    "InstanceVariables": ".instance_variables",
    "JobActivity": ".job_activity",
    "JobActivityFirstFailureType0": ".job_activity_first_failure_type_0",
    "JobActivityTargetsType0Item": ".job_activity_targets_type_0_item",
    "JobDefinition": ".job_definition",
    "JobListItem": ".job_list_item",
    "JobOutput": ".job_output",
    "JobState": ".job_state",
    "JobStateOutputsType0Item": ".job_state_outputs_type_0_item",
    "JobStatus": ".job_status",
    "JobStatusBaseStatus": ".job_status_base_status",
    "JobStatusBaseStatusActivitiesType0": ".job_status_base_status_activities_type_0",
    "JobStatusGlobalState": ".job_status_global_state",
    "JupyterKernelSpec": ".jupyter_kernel_spec",
    "JupyterNotebookCell": ".jupyter_notebook_cell",
    "JupyterNotebookCellMetadata": ".jupyter_notebook_cell_metadata",
    "JupyterNotebookCellOutputsItem": ".jupyter_notebook_cell_outputs_item",
    "JupyterNotebookCellOutputsItemData": ".jupyter_notebook_cell_outputs_item_data",
    "JupyterNotebookContent": ".jupyter_notebook_content",
    "JupyterNotebookListItem": ".jupyter_notebook_list_item",
    "JupyterNotebookMetadata": ".jupyter_notebook_metadata",
    "JupyterNotebookMetadataLanguageInfo": ".jupyter_notebook_metadata_language_info",
    "JupyterNotebookSession": ".jupyter_notebook_session",
    "KubectlCommandResult": ".kubectl_command_result",
    "KubernetesJobsDeletion": ".kubernetes_jobs_deletion",
    "KubernetesPodsDeletion": ".kubernetes_pods_deletion",
    "LibraryFileContent": ".library_file_content",
    "LibraryMoveBody": ".library_move_body",
    "LibraryNode": ".library_node",
    "LibraryRenameBody": ".library_rename_body",
    "LicenseFile": ".license_file",
    "LicenseFileContentType0": ".license_file_content_type_0",
    "LicenseFileContentType0ProfileLimitsType0": ".license_file_content_type_0_profile_limits_type_0",
    "LicensingStatus": ".licensing_status",
    "LicensingStatusBase": ".licensing_status_base",
    "LicensingStatusBaseLicenseContentType0": ".licensing_status_base_license_content_type_0",
    "LicensingStatusBaseLicenseContentType0LicenseeType0": ".licensing_status_base_license_content_type_0_licensee_type_0",
    "LicensingStatusBaseProfileLimitsType0": ".licensing_status_base_profile_limits_type_0",
    "LicensingStatusBaseProfileLimitsType0AdditionalProperty": ".licensing_status_base_profile_limits_type_0_additional_property",
    "LicensingStatusBaseProfileLimitsType0AdditionalPropertyLicensedType0": ".licensing_status_base_profile_limits_type_0_additional_property_licensed_type_0",
    "LicensingStatusUserProfiles": ".licensing_status_user_profiles",
    "ListConnectionsResponse200": ".list_connections_response_200",
    "LogFileList": ".log_file_list",
    "LogFileSummary": ".log_file_summary",
    "MacroDefinition": ".macro_definition",
    "MacroMeta": ".macro_meta",
    "MacroParam": ".macro_param",
    "MacroRun": ".macro_run",
    "ManagedDatasetCreationSettings": ".managed_dataset_creation_settings",
    "ManagedDatasetCreationSettingsSpecificSettingsType0": ".managed_dataset_creation_settings_specific_settings_type_0",
    "ManagedFolder": ".managed_folder",
    "ManagedFolderChecklistsType0": ".managed_folder_checklists_type_0",
    "ManagedFolderChecklistsType0ChecklistsType0Item": ".managed_folder_checklists_type_0_checklists_type_0_item",
    "ManagedFolderChecklistsType0ChecklistsType0ItemItemsType0Item": ".managed_folder_checklists_type_0_checklists_type_0_item_items_type_0_item",
    "ManagedFolderContents": ".managed_folder_contents",
    "ManagedFolderCreated": ".managed_folder_created",
    "ManagedFolderCreationTagType0": ".managed_folder_creation_tag_type_0",
    "ManagedFolderCreationTagType0LastModifiedByType0": ".managed_folder_creation_tag_type_0_last_modified_by_type_0",
    "ManagedFolderCustomFieldsType0": ".managed_folder_custom_fields_type_0",
    "ManagedFolderFlowOptionsType0": ".managed_folder_flow_options_type_0",
    "ManagedFolderItem": ".managed_folder_item",
    "ManagedFolderParams": ".managed_folder_params",
    "ManagedFolderSaved": ".managed_folder_saved",
    "ManagedFolderUsage": ".managed_folder_usage",
    "ManagedFolderVersionTagType0": ".managed_folder_version_tag_type_0",
    "ManagedFolderVersionTagType0LastModifiedByType0": ".managed_folder_version_tag_type_0_last_modified_by_type_0",
    "MeaningDefinition": ".meaning_definition",
    "MeaningDefinitionEntriesType0Item": ".meaning_definition_entries_type_0_item",
    "MeaningDefinitionMappingsType0Item": ".meaning_definition_mappings_type_0_item",
    "MeaningDefinitionMappingsType0ItemToType1": ".meaning_definition_mappings_type_0_item_to_type_1",
    "MetricCheck": ".metric_check",
    "MetricCheckMetaType0": ".metric_check_meta_type_0",
    "MetricDefinition": ".metric_definition",
    "MetricHistory": ".metric_history",
    "MetricIdsRequest": ".metric_ids_request",
    "MetricValue": ".metric_value",
    "MetricValuePoint": ".metric_value_point",
    "MetricsComputationReport": ".metrics_computation_report",
    "MetricsEngineToggleType0": ".metrics_engine_toggle_type_0",
    "MetricsProbe": ".metrics_probe",
    "MetricsProbeConfigurationType0": ".metrics_probe_configuration_type_0",
    "MetricsProbeConfigurationType0AggregatesType0Item": ".metrics_probe_configuration_type_0_aggregates_type_0_item",
    "MetricsProbeMetaType0": ".metrics_probe_meta_type_0",
    "MetricsProbes": ".metrics_probes",
    "MLDatasetSelection": ".ml_dataset_selection",
    "MLExplicitExtract": ".ml_explicit_extract",
    "MLFeaturePreprocessing": ".ml_feature_preprocessing",
    "MLMetricsSettings": ".ml_metrics_settings",
    "MLMetricsSettingsCustomMetricsItem": ".ml_metrics_settings_custom_metrics_item",
    "MLRowFilter": ".ml_row_filter",
    "MLSplitParams": ".ml_split_params",
    "MLTargetRemapping": ".ml_target_remapping",
    "MLTaskAssertionCondition": ".ml_task_assertion_condition",
    "MLTaskAssertionParams": ".ml_task_assertion_params",
    "MLTaskAssertionsParams": ".ml_task_assertions_params",
    "MLTaskDiagnosticType": ".ml_task_diagnostic_type",
    "MLTaskDiagnosticsSettings": ".ml_task_diagnostics_settings",
    "MLTaskEnsembleStarted": ".ml_task_ensemble_started",
    "MLTaskGridSearchParams": ".ml_task_grid_search_params",
    "MLTaskList": ".ml_task_list",
    "MLTaskListItem": ".ml_task_list_item",
    "MLTaskModelDeployed": ".ml_task_model_deployed",
    "MLTaskModelRedeployed": ".ml_task_model_redeployed",
    "MLTaskModelSnippetsBody": ".ml_task_model_snippets_body",
    "MLTaskModeling": ".ml_task_modeling",
    "MLTaskPreprocessing": ".ml_task_preprocessing",
    "MLTaskPreprocessingPerFeature": ".ml_task_preprocessing_per_feature",
    "MLTaskPropensityModeling": ".ml_task_propensity_modeling",
    "MLTaskQueue": ".ml_task_queue",
    "MLTaskQueueQueueItem": ".ml_task_queue_queue_item",
    "MLTaskQueueTrainStarted": ".ml_task_queue_train_started",
    "MLTaskQueues": ".ml_task_queues",
    "MLTaskRef": ".ml_task_ref",
    "MLTaskSettings": ".ml_task_settings",
    "MLTaskSettingsEvaluationParams": ".ml_task_settings_evaluation_params",
    "MLTaskStatus": ".ml_task_status",
    "MLTaskTimeseriesSampling": ".ml_task_timeseries_sampling",
    "MLTaskTrainStarted": ".ml_task_train_started",
    "MLTimestepParams": ".ml_timestep_params",
    "MlflowCreateExperimentAnswer": ".mlflow_create_experiment_answer",
    "MlflowCreateExperimentBody": ".mlflow_create_experiment_body",
    "MlflowCreateRunBody": ".mlflow_create_run_body",
    "MlflowExperiment": ".mlflow_experiment",
    "MlflowExperimentIdBody": ".mlflow_experiment_id_body",
    "MlflowExperimentList": ".mlflow_experiment_list",
    "MlflowExperimentsDatasetBody": ".mlflow_experiments_dataset_body",
    "MlflowInferenceInfoBody": ".mlflow_inference_info_body",
    "MlflowLogMetricBody": ".mlflow_log_metric_body",
    "MlflowLogParameterBody": ".mlflow_log_parameter_body",
    "MlflowMetric": ".mlflow_metric",
    "MlflowParam": ".mlflow_param",
    "MlflowRenameExperimentBody": ".mlflow_rename_experiment_body",
    "MlflowRun": ".mlflow_run",
    "MlflowRunAnswer": ".mlflow_run_answer",
    "MlflowRunData": ".mlflow_run_data",
    "MlflowRunIdBody": ".mlflow_run_id_body",
    "MlflowRunInfo": ".mlflow_run_info",
    "MlflowRunModel": ".mlflow_run_model",
    "MlflowSearchExperimentsBody": ".mlflow_search_experiments_body",
    "MlflowTag": ".mlflow_tag",
    "ModelDetailsCoefficientPaths": ".model_details_coefficient_paths",
    "ModelDetailsDocumentationTemplateUpload": ".model_details_documentation_template_upload",
    "ModelDetailsGlobalExplanations": ".model_details_global_explanations",
    "ModelDetailsGlobalExplanationsAbsoluteImportance": ".model_details_global_explanations_absolute_importance",
    "ModelDetailsGlobalExplanationsComputationParams": ".model_details_global_explanations_computation_params",
    "ModelDetailsGlobalExplanationsExplanations": ".model_details_global_explanations_explanations",
    "ModelDetailsGlobalExplanationsFacts": ".model_details_global_explanations_facts",
    "ModelDetailsGlobalExplanationsFactsPerClassFacts": ".model_details_global_explanations_facts_per_class_facts",
    "ModelDetailsGlobalExplanationsObservations": ".model_details_global_explanations_observations",
    "ModelDetailsPartialDependence": ".model_details_partial_dependence",
    "ModelDetailsPartialDependencies": ".model_details_partial_dependencies",
    "ModelDetailsPostTrainingComputationBody": ".model_details_post_training_computation_body",
    "ModelDetailsPostTrainingComputationBodyComputationParams": ".model_details_post_training_computation_body_computation_params",
    "ModelDetailsScatterPlots": ".model_details_scatter_plots",
    "ModelDetailsScatterPlotsFeatures": ".model_details_scatter_plots_features",
    "ModelDetailsShapleyComputationBody": ".model_details_shapley_computation_body",
    "ModelDetailsShapleyComputationBodyComputationParams": ".model_details_shapley_computation_body_computation_params",
    "ModelDetailsSubpopulationAnalyses": ".model_details_subpopulation_analyses",
    "ModelDetailsSubpopulationAnalysis": ".model_details_subpopulation_analysis",
    "ModelDetailsSubpopulationModality": ".model_details_subpopulation_modality",
    "ModelDetailsSubpopulationModalityPerf": ".model_details_subpopulation_modality_perf",
    "ModelDetailsSubpopulationModalityPerfGlobalMetrics": ".model_details_subpopulation_modality_perf_global_metrics",
    "ModelDetailsSubpopulationModalityPerformanceMetrics": ".model_details_subpopulation_modality_performance_metrics",
    "ModelDetailsSubpopulationPerformance": ".model_details_subpopulation_performance",
    "ModelDetailsSubpopulationPerformancePerf": ".model_details_subpopulation_performance_perf",
    "ModelDetailsSubpopulationPerformancePerfGlobalMetrics": ".model_details_subpopulation_performance_perf_global_metrics",
    "ModelDetailsSubpopulationPerformancePerformanceMetrics": ".model_details_subpopulation_performance_performance_metrics",
    "ModelDetailsTimeseriesResults": ".model_details_timeseries_results",
    "ModelDetailsTimeseriesResultsPerTimeseries": ".model_details_timeseries_results_per_timeseries",
    "ModelDetailsTree": ".model_details_tree",
    "ModelDetailsTreeSet": ".model_details_tree_set",
    "ModelDetailsUserMeta": ".model_details_user_meta",
    "ModelDetailsUserMetaClusterLabels": ".model_details_user_meta_cluster_labels",
    "ModelDetailsUserMetaLabelsItem": ".model_details_user_meta_labels_item",
    "NamedProperty": ".named_property",
    "NotebookCounts": ".notebook_counts",
    "NotebookState": ".notebook_state",
    "NotebookStateActiveSessionsItem": ".notebook_state_active_sessions_item",
    "ObjectMetadata": ".object_metadata",
    "ObjectMetadataChecklistsType0": ".object_metadata_checklists_type_0",
    "ObjectMetadataChecklistsType0ChecklistsType0Item": ".object_metadata_checklists_type_0_checklists_type_0_item",
    "ObjectMetadataChecklistsType0ChecklistsType0ItemItemsType0Item": ".object_metadata_checklists_type_0_checklists_type_0_item_items_type_0_item",
    "ObjectMetadataCustomType0": ".object_metadata_custom_type_0",
    "ObjectMetadataCustomType0KvType0": ".object_metadata_custom_type_0_kv_type_0",
    "OutputSchemaUpdate": ".output_schema_update",
    "PerTimeseriesMetrics": ".per_timeseries_metrics",
    "PerTimeseriesMetricsPerTimeseries": ".per_timeseries_metrics_per_timeseries",
    "PersonalApiKey": ".personal_api_key",
    "PluginArchiveUpload": ".plugin_archive_upload",
    "PluginFileMove": ".plugin_file_move",
    "PluginFileNode": ".plugin_file_node",
    "PluginFileRename": ".plugin_file_rename",
    "PluginGitSource": ".plugin_git_source",
    "PluginMissingType": ".plugin_missing_type",
    "PluginParameterSetDesc": ".plugin_parameter_set_desc",
    "PluginParameterSetDescDesc": ".plugin_parameter_set_desc_desc",
    "PluginParameterSetDescDescMetaType0": ".plugin_parameter_set_desc_desc_meta_type_0",
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
    "PredictionDriftResult": ".prediction_drift_result",
    "PrepareTablesImportBody": ".prepare_tables_import_body",
    "PreparedImport": ".prepared_import",
    "ProjectCodeEnvSelectionType0": ".project_code_env_selection_type_0",
    "ProjectContainerSettingsType0": ".project_container_settings_type_0",
    "ProjectDeployerDeploymentBasicInfo": ".project_deployer_deployment_basic_info",
    "ProjectDeployerInfraBasicInfo": ".project_deployer_infra_basic_info",
    "ProjectDuplicated": ".project_duplicated",
    "ProjectExportOptions": ".project_export_options",
    "ProjectFolder": ".project_folder",
    "ProjectFolderSettings": ".project_folder_settings",
    "ProjectFolderSettingsPermissionsType0Item": ".project_folder_settings_permissions_type_0_item",
    "ProjectFromBundle": ".project_from_bundle",
    "ProjectGrants": ".project_grants",
    "ProjectGrantsGrantsType0": ".project_grants_grants_type_0",
    "ProjectImportResult": ".project_import_result",
    "ProjectImportSettings": ".project_import_settings",
    "ProjectImportSettingsRemappingType0": ".project_import_settings_remapping_type_0",
    "ProjectImportSettingsRemappingType0CodeEnvsType0Item": ".project_import_settings_remapping_type_0_code_envs_type_0_item",
    "ProjectImportSettingsRemappingType0ConnectionsType0Item": ".project_import_settings_remapping_type_0_connections_type_0_item",
    "ProjectImportSettingsRemappingType0ContainerExecsType0Item": ".project_import_settings_remapping_type_0_container_execs_type_0_item",
    "ProjectPermissionItem": ".project_permission_item",
    "ProjectPermissions": ".project_permissions",
    "ProjectSettings": ".project_settings",
    "ProjectSettingsBundleExporterSettingsType0": ".project_settings_bundle_exporter_settings_type_0",
    "ProjectSettingsBundleExporterSettingsType0DataInclusionRulesType0Item": ".project_settings_bundle_exporter_settings_type_0_data_inclusion_rules_type_0_item",
    "ProjectSettingsBundleExporterSettingsType0ExportOptionsType0": ".project_settings_bundle_exporter_settings_type_0_export_options_type_0",
    "ProjectSettingsExposedObjectsType0": ".project_settings_exposed_objects_type_0",
    "ProjectSettingsExposedObjectsType0ObjectsType0Item": ".project_settings_exposed_objects_type_0_objects_type_0_item",
    "ProjectSettingsExposedObjectsType0ObjectsType0ItemRulesType0Item": ".project_settings_exposed_objects_type_0_objects_type_0_item_rules_type_0_item",
    "ProjectSettingsSettingsType0": ".project_settings_settings_type_0",
    "ProjectSettingsSettingsType0ClusterType0": ".project_settings_settings_type_0_cluster_type_0",
    "ProjectSettingsSettingsType0CodeEnvsType0": ".project_settings_settings_type_0_code_envs_type_0",
    "ProjectSettingsSettingsType0FlowBuildSettingsType0": ".project_settings_settings_type_0_flow_build_settings_type_0",
    "ProjectSettingsSettingsType0IntegrationsType0": ".project_settings_settings_type_0_integrations_type_0",
    "ProjectSettingsSettingsType0IntegrationsType0IntegrationsType0Item": ".project_settings_settings_type_0_integrations_type_0_integrations_type_0_item",
    "ProjectSettingsSettingsType0IntegrationsType0IntegrationsType0ItemHookType0": ".project_settings_settings_type_0_integrations_type_0_integrations_type_0_item_hook_type_0",
    "ProjectSettingsSettingsType0LimitsType0": ".project_settings_settings_type_0_limits_type_0",
    "ProjectSettingsSettingsType0LimitsType0MemSampleBytesType0": ".project_settings_settings_type_0_limits_type_0_mem_sample_bytes_type_0",
    "ProjectSummary": ".project_summary",
    "ProjectTagDefinition": ".project_tag_definition",
    "ProjectTags": ".project_tags",
    "ProjectTagsTags": ".project_tags_tags",
    "ProjectVariables": ".project_variables",
    "ProjectVariablesLocal": ".project_variables_local",
    "ProjectVariablesStandard": ".project_variables_standard",
    "PropagateSchemaBody": ".propagate_schema_body",
    "PropagateSchemaBodyOptions": ".propagate_schema_body_options",
    "PropagateSchemaBodyOptionsDefaultPartitionValuesByDimension": ".propagate_schema_body_options_default_partition_values_by_dimension",
    "PropagateSchemaBodyOptionsPartitionsByComputable": ".propagate_schema_body_options_partitions_by_computable",
    "PropagateSchemaBodyOptionsRecipeUpdateOptions": ".propagate_schema_body_options_recipe_update_options",
    "PropagateSchemaBodyOptionsRecipeUpdateOptionsByName": ".propagate_schema_body_options_recipe_update_options_by_name",
    "PropagateSchemaBodyOptionsRecipeUpdateOptionsByType": ".propagate_schema_body_options_recipe_update_options_by_type",
    "PropagateSchemaBodySourcesItem": ".propagate_schema_body_sources_item",
    "ProxyModelConfiguration": ".proxy_model_configuration",
    "PublishedProjectBasicInfo": ".published_project_basic_info",
    "PublishedProjectBundle": ".published_project_bundle",
    "PublishedProjectBundleExportManifest": ".published_project_bundle_export_manifest",
    "PublishedProjectBundleExportManifestExportOptionsType0": ".published_project_bundle_export_manifest_export_options_type_0",
    "PublishedProjectCreation": ".published_project_creation",
    "PublishedProjectSettings": ".published_project_settings",
    "PublishedProjectStatus": ".published_project_status",
    "RecipeAndPayload": ".recipe_and_payload",
    "RecipeCounts": ".recipe_counts",
    "RecipeCountsRecipesByTypeType0": ".recipe_counts_recipes_by_type_type_0",
    "RecipeCreated": ".recipe_created",
    "RecipeDefinition": ".recipe_definition",
    "RecipeDefinitionCustomFieldsType0": ".recipe_definition_custom_fields_type_0",
    "RecipeDefinitionParamsType0": ".recipe_definition_params_type_0",
    "RecipeDefinitionParamsType0ContainerSelectionType0": ".recipe_definition_params_type_0_container_selection_type_0",
    "RecipeDefinitionParamsType0EngineParamsType0": ".recipe_definition_params_type_0_engine_params_type_0",
    "RecipeDefinitionParamsType0EngineParamsType0HiveType0": ".recipe_definition_params_type_0_engine_params_type_0_hive_type_0",
    "RecipeDefinitionParamsType0EngineParamsType0SparkType0": ".recipe_definition_params_type_0_engine_params_type_0_spark_type_0",
    "RecipeDefinitionParamsType0EngineParamsType0SparkType0SparkConfigType0": ".recipe_definition_params_type_0_engine_params_type_0_spark_type_0_spark_config_type_0",
    "RecipeDefinitionParamsType0EngineParamsType0SqlPipelineParamsType0": ".recipe_definition_params_type_0_engine_params_type_0_sql_pipeline_params_type_0",
    "RecipeDefinitionParamsType0EnvSelectionType0": ".recipe_definition_params_type_0_env_selection_type_0",
    "RecipeEngine": ".recipe_engine",
    "RecipePrototype": ".recipe_prototype",
    "RecipeRole": ".recipe_role",
    "RecipeRoleItem": ".recipe_role_item",
    "RecipeRoleItemDepsItem": ".recipe_role_item_deps_item",
    "RecipeRoles": ".recipe_roles",
    "RecipeSchemaUpdates": ".recipe_schema_updates",
    "RecipeSchemaUpdatesComputablesItem": ".recipe_schema_updates_computables_item",
    "RecipeStatus": ".recipe_status",
    "RedeployMLTaskModelToFlowBody": ".redeploy_ml_task_model_to_flow_body",
    "ReguessWithForecastingParamsBody": ".reguess_with_forecasting_params_body",
    "RenameManagedFolderBody": ".rename_managed_folder_body",
    "RenameRequest": ".rename_request",
    "ReplyToObjectDiscussionBody": ".reply_to_object_discussion_body",
    "ResourcePermissionItem": ".resource_permission_item",
    "RunEvaluationChecksBodyType1": ".run_evaluation_checks_body_type_1",
    "RunKubectlRequest": ".run_kubectl_request",
    "RunMacroBody": ".run_macro_body",
    "RunMacroBodyAdminParams": ".run_macro_body_admin_params",
    "RunMacroBodyParams": ".run_macro_body_params",
    "RunScenarioBody": ".run_scenario_body",
    "SaveInsightBody": ".save_insight_body",
    "SavedModel": ".saved_model",
    "SavedModelCreated": ".saved_model_created",
    "SavedModelCustomFieldsType0": ".saved_model_custom_fields_type_0",
    "SavedModelFlowOptions": ".saved_model_flow_options",
    "SavedModelMiniTask": ".saved_model_mini_task",
    "SavedModelMiniTaskModeling": ".saved_model_mini_task_modeling",
    "SavedModelMiniTaskModelingMetrics": ".saved_model_mini_task_modeling_metrics",
    "SavedModelUsage": ".saved_model_usage",
    "SavedModelVersion": ".saved_model_version",
    "ScenarioCounts": ".scenario_counts",
    "ScenarioParams": ".scenario_params",
    "ScenarioParamsEnvSelectionType0": ".scenario_params_env_selection_type_0",
    "ScenarioPayload": ".scenario_payload",
    "ScenarioReporter": ".scenario_reporter",
    "ScenarioReporterMessagingType0": ".scenario_reporter_messaging_type_0",
    "ScenarioReporterMessagingType0ConfigurationType0": ".scenario_reporter_messaging_type_0_configuration_type_0",
    "ScenarioRun": ".scenario_run",
    "ScenarioRunDetails": ".scenario_run_details",
    "ScenarioRunError": ".scenario_run_error",
    "ScenarioRunForTrigger": ".scenario_run_for_trigger",
    "ScenarioRunResult": ".scenario_run_result",
    "ScenarioRunScenario": ".scenario_run_scenario",
    "ScenarioRunTrigger": ".scenario_run_trigger",
    "ScenarioRunTriggerParamsType0": ".scenario_run_trigger_params_type_0",
    "ScenarioSettings": ".scenario_settings",
    "ScenarioSettingsCustomFieldsType0": ".scenario_settings_custom_fields_type_0",
    "ScenarioSettingsDelayedTriggersBehaviorType0": ".scenario_settings_delayed_triggers_behavior_type_0",
    "ScenarioStep": ".scenario_step",
    "ScenarioStepParams": ".scenario_step_params",
    "ScenarioStepParamsBuildsType0Item": ".scenario_step_params_builds_type_0_item",
    "ScenarioStepParamsChecksType0Item": ".scenario_step_params_checks_type_0_item",
    "ScenarioStepParamsComputesType0Item": ".scenario_step_params_computes_type_0_item",
    "ScenarioStepParamsEnvSelectionType0": ".scenario_step_params_env_selection_type_0",
    "ScenarioStepParamsVariablesType0": ".scenario_step_params_variables_type_0",
    "ScenarioStepRun": ".scenario_step_run",
    "ScenarioStepRunAdditionalReportItemsItem": ".scenario_step_run_additional_report_items_item",
    "ScenarioStepRunResult": ".scenario_step_run_result",
    "ScenarioSummary": ".scenario_summary",
    "ScenarioTrigger": ".scenario_trigger",
    "ScenarioTriggerGraceDelaySettingsType0": ".scenario_trigger_grace_delay_settings_type_0",
    "ScenarioTriggerParams": ".scenario_trigger_params",
    "ScenarioTriggerParamsObjectsType0Item": ".scenario_trigger_params_objects_type_0_item",
    "SchemaColumn": ".schema_column",
    "SchemaPropagationRecipeOptions": ".schema_propagation_recipe_options",
    "SchemaPropagationRecipeOptionsNewAggregates": ".schema_propagation_recipe_options_new_aggregates",
    "SchemaPropagationRecipeOptionsNewSelectedColumns": ".schema_propagation_recipe_options_new_selected_columns",
    "SqlColumn": ".sql_column",
    "SqlNotebookCell": ".sql_notebook_cell",
    "SqlNotebookContent": ".sql_notebook_content",
    "SqlNotebookHistory": ".sql_notebook_history",
    "SqlNotebookListItem": ".sql_notebook_list_item",
    "SqlNotebookQueryRun": ".sql_notebook_query_run",
    "SqlQueryRequest": ".sql_query_request",
    "SqlQueryRequestExtraConfType0": ".sql_query_request_extra_conf_type_0",
    "SqlQueryRequestExtraConfType0HiveconfType0Item": ".sql_query_request_extra_conf_type_0_hiveconf_type_0_item",
    "SqlQueryRequestExtraConfType0ImpalaconfType0Item": ".sql_query_request_extra_conf_type_0_impalaconf_type_0_item",
    "SqlQueryStart": ".sql_query_start",
    "StartFlowToolBody": ".start_flow_tool_body",
    "StatisticsCard": ".statistics_card",
    "StatisticsCardCardsType0Item": ".statistics_card_cards_type_0_item",
    "StatisticsColumn": ".statistics_column",
    "StatisticsComputation": ".statistics_computation",
    "StatisticsComputationComputationsType0Item": ".statistics_computation_computations_type_0_item",
    "StatisticsDataSpec": ".statistics_data_spec",
    "StatisticsWorksheet": ".statistics_worksheet",
    "StatisticsWorksheetBody": ".statistics_worksheet_body",
    "StreamingEndpoint": ".streaming_endpoint",
    "StreamingEndpointParams": ".streaming_endpoint_params",
    "StreamingEndpointUsage": ".streaming_endpoint_usage",
    "TableImportCandidate": ".table_import_candidate",
    "TableImportCandidateSchema": ".table_import_candidate_schema",
    "TableImportCandidateSchemaColumnsItem": ".table_import_candidate_schema_columns_item",
    "TableImportKey": ".table_import_key",
    "TablesImportCandidates": ".tables_import_candidates",
    "TestAndDetectStreamingEndpointBody": ".test_and_detect_streaming_endpoint_body",
    "TestingStatus": ".testing_status",
    "TestingStatusNbScenariosPerOutcome": ".testing_status_nb_scenarios_per_outcome",
    "TicketAnswer": ".ticket_answer",
    "TrainMLTaskBody": ".train_ml_task_body",
    "TrainedModelDetails": ".trained_model_details",
    "TrainedModelDetailsActualParams": ".trained_model_details_actual_params",
    "TrainedModelDetailsActualParamsResolved": ".trained_model_details_actual_params_resolved",
    "TrainedModelDetailsCoreParams": ".trained_model_details_core_params",
    "TrainedModelDetailsFacts": ".trained_model_details_facts",
    "TrainedModelDetailsFactsClustersItem": ".trained_model_details_facts_clusters_item",
    "TrainedModelDetailsFactsClustersItemFactsItem": ".trained_model_details_facts_clusters_item_facts_item",
    "TrainedModelDetailsIperf": ".trained_model_details_iperf",
    "TrainedModelDetailsIperfGridCellsItem": ".trained_model_details_iperf_grid_cells_item",
    "TrainedModelDetailsIperfLmCoefficients": ".trained_model_details_iperf_lm_coefficients",
    "TrainedModelDetailsIperfRawImportance": ".trained_model_details_iperf_raw_importance",
    "TrainedModelDetailsModeling": ".trained_model_details_modeling",
    "TrainedModelDetailsPerf": ".trained_model_details_perf",
    "TrainedModelDetailsPerfPerCutData": ".trained_model_details_perf_per_cut_data",
    "TrainedModelDetailsSmOrigin": ".trained_model_details_sm_origin",
    "TrainedModelDetailsSplitDesc": ".trained_model_details_split_desc",
    "TrainedModelIdItem": ".trained_model_id_item",
    "TrainedModelMetrics": ".trained_model_metrics",
    "TrainedModelSnippet": ".trained_model_snippet",
    "TrainedModelTrainInfo": ".trained_model_train_info",
    "TrainedModelTrainInfoFailure": ".trained_model_train_info_failure",
    "TrainedModelUserMeta": ".trained_model_user_meta",
    "TrainedModelUserMetaLabelsItem": ".trained_model_user_meta_labels_item",
    "TriggerFire": ".trigger_fire",
    "TriggerFireParams": ".trigger_fire_params",
    "UnivariateColumnDrift": ".univariate_column_drift",
    "UnivariateDriftResult": ".univariate_drift_result",
    "UnivariateDriftResultColumns": ".univariate_drift_result_columns",
    "UpdateFlowToolBody": ".update_flow_tool_body",
    "UploadDatasetFileBody": ".upload_dataset_file_body",
    "UploadManagedFolderFileBody": ".upload_managed_folder_file_body",
    "UploadProjectImportBody": ".upload_project_import_body",
    "UploadPublishedProjectBundleBody": ".upload_published_project_bundle_body",
    "UploadedFile": ".uploaded_file",
    "UserActivity": ".user_activity",
    "UserCredential": ".user_credential",
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
    "WebAppBackendState": ".web_app_backend_state",
    "WebAppCreated": ".web_app_created",
    "WebAppListItem": ".web_app_list_item",
    "WebAppParams": ".web_app_params",
    "WebAppParamsEnvSelection": ".web_app_params_env_selection",
    "WebAppSettings": ".web_app_settings",
    "WikiArticle": ".wiki_article",
    "WikiArticleData": ".wiki_article_data",
    "WikiAttachment": ".wiki_attachment",
    "WikiAttachmentDetailsType0": ".wiki_attachment_details_type_0",
    "WikiAttachmentUpload": ".wiki_attachment_upload",
    "WikiExportBody": ".wiki_export_body",
    "WikiExportBodyPaperSize": ".wiki_export_body_paper_size",
    "WikiSettings": ".wiki_settings",
    "WikiTaxonomyNode": ".wiki_taxonomy_node",
    "WorkspaceObject": ".workspace_object",
    "WorkspaceObjectHtmlLinkType0": ".workspace_object_html_link_type_0",
    "WorkspaceObjectReferenceType0": ".workspace_object_reference_type_0",
    "WorkspaceSettings": ".workspace_settings",
    "WorkspaceSettingsPermissionsType0Item": ".workspace_settings_permissions_type_0_item",
}

__all__ = (
    "Acknowledgement",
    "AddCustomEvaluationBody",
    "AnalysisCreated",
    "AnalysisDefinition",
    "AnalysisDefinitionChartsType0Item",
    "AnalysisDefinitionChartsType0ItemDefType0",
    "AnalysisListItem",
    "AnalysisScript",
    "AnalysisScriptExplorationFiltersType0Item",
    "AnalysisScriptExplorationSamplingType0",
    "AnalysisScriptStep",
    "AnalysisScriptStepParamsType0",
    "AnalysisScriptStepStepsType0Item",
    "AnalysisScriptStepStepsType0ItemParamsType0",
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
    "ApiDeployerInfraStatus",
    "ApiDeployerOpenApiDocument",
    "ApiDeployerOpenApiDocumentInfo",
    "ApiDeployerOpenApiDocumentPaths",
    "ApiDeployerOpenApiDocumentServersItem",
    "ApiDeployerQueryResults",
    "ApiDeployerQueryResultsResponsesItem",
    "ApiDeployerQueryResultsResponsesItemQuery",
    "ApiDeployerQueryResultsResponsesItemQueryContextType0",
    "ApiDeployerQueryResultsResponsesItemQueryFeaturesType0",
    "ApiDeployerQueryResultsResponsesItemQueryParamsType0",
    "ApiDeployerQueryResultsResponsesItemResponse",
    "ApiDeployerQueryResultsResponsesItemResponseApiContextType0",
    "ApiDeployerQueryResultsResponsesItemResponseResultType0",
    "ApiDeployerQueryResultsResponsesItemResponseResultType0ProbasType0",
    "ApiDeployerQueryResultsResponsesItemResponseTimingType0",
    "ApiDeployerServiceSettings",
    "ApiDeployerServiceStatus",
    "ApiDeployerServiceStatusServiceBasicInfo",
    "ApiDeployerServiceVersion",
    "ApiDeployerServiceVersionDesignNodeInfo",
    "ApiDeployerStage",
    "ApiNodeAdminKey",
    "ApiNodeAdminKeyBody",
    "ApiNodeAnswer",
    "ApiNodeAnswerDeletedGenerations",
    "ApiNodeApiContext",
    "ApiNodeCreateServiceBody",
    "ApiNodeDispatch",
    "ApiNodeExplanationsRequest",
    "ApiNodeForecastBody",
    "ApiNodeForecastBodyItemsItem",
    "ApiNodeFunctionBody",
    "ApiNodeFunctionResult",
    "ApiNodeFunctionResultTiming",
    "ApiNodeGenerations",
    "ApiNodeGenerationsMapping",
    "ApiNodeLookupBody",
    "ApiNodeLookupBodyContext",
    "ApiNodeLookupBodyData",
    "ApiNodeLookupItem",
    "ApiNodeLookupItemContext",
    "ApiNodeLookupItemData",
    "ApiNodeLookupMultiBody",
    "ApiNodeLookupResult",
    "ApiNodeLookupResultData",
    "ApiNodeLookupResults",
    "ApiNodeLookupResultsTiming",
    "ApiNodeMappingEntry",
    "ApiNodeMetrics",
    "ApiNodeMetricsServices",
    "ApiNodeMetricsServicesAdditionalProperty",
    "ApiNodeMetricsServicesAdditionalPropertyEndpoints",
    "ApiNodeMetricsServicesAdditionalPropertyEndpointsAdditionalProperty",
    "ApiNodePredictBody",
    "ApiNodePredictBodyContext",
    "ApiNodePredictBodyFeatures",
    "ApiNodePredictMultiBody",
    "ApiNodePrediction",
    "ApiNodePredictionResult",
    "ApiNodePredictionResultExplanations",
    "ApiNodePredictionResultProbas",
    "ApiNodePredictionTiming",
    "ApiNodePredictions",
    "ApiNodePredictionsResultsItem",
    "ApiNodePredictionsResultsItemExplanations",
    "ApiNodePredictionsResultsItemProbas",
    "ApiNodePredictionsTiming",
    "ApiNodeRecord",
    "ApiNodeRecordContext",
    "ApiNodeRecordFeatures",
    "ApiNodeServiceState",
    "ApiNodeSqlQueryBody",
    "ApiNodeSqlQueryResult",
    "ApiNodeSqlQueryResultTiming",
    "ApiNodeSwitchResult",
    "ApiServiceEndpointSummary",
    "ApiServiceListItem",
    "ApiServicePackage",
    "ApiServicePackageSummary",
    "ApiServicePackageSummaryPublishedToItem",
    "ApiServiceSettings",
    "ApiServiceSettingsAuthRealmType0",
    "ApiServiceSettingsAuthRealmType0QueryKeysType0Item",
    "ApiServiceSettingsEndpointsType0Item",
    "ApiServiceSettingsEndpointsType0ItemTestQueriesItem",
    "ApiServiceSettingsEndpointsType0ItemTestQueriesItemQ",
    "AppInstanceSummary",
    "AppManifest",
    "AppManifestHomepageSectionsType0Item",
    "AppManifestHomepageSectionsType0ItemTilesItem",
    "AppManifestUseAsRecipeSettingsType0",
    "AppManifestUseAsRecipeSettingsType0InputRolesType0Item",
    "AppManifestUseAsRecipeSettingsType0OutputRolesType0Item",
    "AppSummary",
    "AuthInfo",
    "AuthInfoSecretsItem",
    "AuthorizationMatrix",
    "AuthorizationMatrixPerGroup",
    "AuthorizationMatrixPerGroupGlobalPermissionsType0",
    "AuthorizationMatrixPerUser",
    "AuthorizationMatrixPerUserGlobalPermissionsType0",
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
    "ChecksReportResultsItemValue",
    "ClearSqlNotebookHistoryBody",
    "ClusterActionResult",
    "ClusterSettings",
    "ClusterSettingsDataType0",
    "ClusterSettingsParamsType0",
    "ClusterSettingsParamsType0ConfigType0",
    "ClusterStatus",
    "ClusterSubsystemSettings",
    "ClusterSubsystemSettingsExtraConfType0Item",
    "ClusterSummary",
    "CodeEnvContainerRuntimeAddition",
    "CodeEnvDesc",
    "CodeEnvDescCreationTagType0",
    "CodeEnvDescCreationTagType0LastModifiedByType0",
    "CodeEnvDescEnvSettingsType0",
    "CodeEnvOperationOutcome",
    "CodeEnvSettings",
    "CodeEnvSummary",
    "CodeEnvUsage",
    "CodeEnvVersionForProject",
    "CodeEnvVersionSettings",
    "CodeStudio",
    "CodeStudioConflicts",
    "CodeStudioListItem",
    "CodeStudioListItemDesc",
    "CodeStudioPullResult",
    "CodeStudioPullResultAdditionalProperty",
    "CodeStudioPushResult",
    "CodeStudioStatus",
    "CodeStudioStatusExposedItem",
    "CodeStudioTemplateSettings",
    "CodeStudioTemplateSettingsParamsType0",
    "CodeStudioTemplateSettingsParamsType0BlocksType0Item",
    "CodeStudioTemplateSettingsParamsType0BlocksType0ItemParamsType0",
    "CodeStudioTemplateSummary",
    "CodeStudioZone",
    "ColumnLineageColumn",
    "ColumnLineageRecipe",
    "ColumnLineageRelation",
    "ComparedItem",
    "ComputeDataDriftBody",
    "ComputeDriftBody",
    "ComputedMetric",
    "ComputedMetricMeta",
    "ComputedMetricValue",
    "ComputedMetricsValues",
    "ConnectionDetailsReadabilityType0",
    "ConnectionInfo",
    "ConnectionInfoResolvedAWSCredential",
    "ConnectionInfoResolvedBasicCredential",
    "ConnectionInfoResolvedOAuth2Credential",
    "ConnectionParams",
    "ConnectionParamsNamingRuleType0",
    "ConnectionSettings",
    "ConnectionSettingsCreationTagType0",
    "ConnectionSettingsCreationTagType0LastModifiedByType0",
    "ConnectionSettingsIndexingSettingsType0",
    "ConnectionSyncRequest",
    "ConnectionTestResult",
    "ContainerExecutionConfig",
    "ContinuousActivity",
    "ContinuousActivityLoopParams",
    "ContinuousActivityMainLoopState",
    "CopyDatasetRequest",
    "CopyDatasetRequestWriteMode",
    "CopyManagedFolderBody",
    "CopyManagedFolderBodyWriteMode",
    "CreateAnalysisBody",
    "CreateAnalysisMLTaskBody",
    "CreateAnalysisMLTaskBodyTaskType",
    "CreateApiDeployerDeploymentBody",
    "CreateApiDeployerDeploymentBodyAuthorizationsToQueryThroughDeployerType0Item",
    "CreateApiDeployerInfraBody",
    "CreateApiDeployerInfraBodyGovernCheckPolicy",
    "CreateApiDeployerInfraBodyType",
    "CreateApiDeployerServiceBody",
    "CreateAppInstanceBody",
    "CreateClusterBody",
    "CreateClusterBodyParamsType0",
    "CreateClusterBodyParamsType0ConfigType0",
    "CreateCodeEnvBody",
    "CreateCodeStudioBody",
    "CreateCodeStudioResponse",
    "CreateConnectionBody",
    "CreateDashboardBody",
    "CreateDatasetBody",
    "CreateEvaluationComparisonBody",
    "CreateEvaluationComparisonBodyPredictionType",
    "CreateEvaluationStoreBody",
    "CreateFlowZoneBody",
    "CreateGlobalApiKeyBody",
    "CreateGroupBody",
    "CreateInsightBody",
    "CreateInsightBodyInsightPrototype",
    "CreateInsightBodyInsightPrototypeParamsType0",
    "CreateMLTaskBody",
    "CreateMLTaskBodyTaskType",
    "CreateManagedDatasetBody",
    "CreateManagedFolderBody",
    "CreateManagedStreamingEndpointBody",
    "CreateManagedStreamingEndpointBodyCreationSettings",
    "CreateObjectDiscussionBody",
    "CreatePersonalApiKeyBody",
    "CreatePersonalApiKeyForUserBody",
    "CreatePluginCodeEnvBody",
    "CreateProjectBody",
    "CreateProjectBodySettingsType0",
    "CreateProjectBodySettingsType0CodeEnvsType0",
    "CreateProjectFromBundleBody",
    "CreateRecipeBody",
    "CreateRecipeBodyCreationSettingsType0",
    "CreateRecipeBodyCreationSettingsType0OutputDatasetsCreationSettingsByRoleType0",
    "CreateRecipeBodyCreationSettingsType0OutputDatasetsCreationSettingsByRoleType0AdditionalProperty",
    "CreateSavedModelBody",
    "CreateScenarioBody",
    "CreateScenarioBodyType",
    "CreateStreamingEndpointBody",
    "CreateUserBody",
    "CreateWebAppBody",
    "CreateWikiArticleBody",
    "CustomAuditParams",
    "CustomEvaluationMetric",
    "DSSError",
    "Dashboard",
    "DashboardChecklistsType0",
    "DashboardChecklistsType0ChecklistsType0Item",
    "DashboardChecklistsType0ChecklistsType0ItemItemsType0Item",
    "DashboardCustomFieldsType0",
    "DashboardListItem",
    "DashboardPage",
    "DashboardPageGridType0",
    "DashboardTile",
    "DashboardTileBoxType0",
    "DashboardTileTileParamsType0",
    "DataQualityDatasetSummary",
    "DataQualityPartitionStatus",
    "DataQualityProjectSummary",
    "DataQualityProjectSummaryOutcomeCountsType0",
    "DataQualityRule",
    "DataQualityRuleBody",
    "DataQualityRuleResult",
    "DataQualityRuleSet",
    "DataQualityStatusByPartition",
    "DataQualityTimelineDay",
    "DataQualityTimelineDayDatasetsType0",
    "DataQualityTimelineDayDatasetsType0AdditionalProperty",
    "DataSelection",
    "DataSelectionFilterType0",
    "DataSelectionOrderingType0",
    "DataSelectionOrderingType0RulesType0Item",
    "Dataset",
    "DatasetChecksSettings",
    "DatasetChecksSettingsDisplayedStateType0",
    "DatasetCounts",
    "DatasetCountsDatasetsByTypeType0",
    "DatasetCustomFieldsType0",
    "DatasetCustomMetaType0",
    "DatasetCustomMetaType0KvType0",
    "DatasetDkuPropertiesType0Item",
    "DatasetFlowOptionsType0",
    "DatasetFormatParams",
    "DatasetInfo",
    "DatasetInfoLastBuild",
    "DatasetMetricsSettings",
    "DatasetMetricsSettingsDisplayedStateType0",
    "DatasetMetricsSettingsEngineConfigType0",
    "DatasetMetricsSettingsEngineConfigType0DssType0",
    "DatasetParams",
    "DatasetParamsFilesSelectionRulesType0",
    "DatasetParamsFilesSelectionRulesType0ExcludeRulesType0Item",
    "DatasetParamsFilesSelectionRulesType0IncludeRulesType0Item",
    "DatasetParamsVariablesExpansionLoopConfigType0",
    "DatasetPartitioning",
    "DatasetPartitioningDimensionsType0Item",
    "DatasetPartitioningDimensionsType0ItemParamsType0",
    "DatasetReadWriteOptionsType0",
    "DatasetReadWriteOptionsType0DefaultReadOrderingType0",
    "DatasetReadWriteOptionsType0DefaultReadOrderingType0RulesType0Item",
    "DatasetSchema",
    "DatasetUsage",
    "DeletePluginBody",
    "DeleteSavedModelVersionsBody",
    "DeployMLTaskModelToFlowBody",
    "DeployerInfraCreation",
    "DeployerInfraSettings",
    "DeployerInfraStatus",
    "DeployerPermissionItem",
    "DeployerStage",
    "DeploymentCreation",
    "DeploymentHeavyStatus",
    "DeploymentLightStatus",
    "DeploymentSettings",
    "DeploymentUpdate",
    "DeploymentUpdateLogs",
    "Discussion",
    "DiscussionRepliesType0Item",
    "DoFlowToolActionBody",
    "DriftColumnParams",
    "DriftColumnParamsHandling",
    "DriftColumnSettings",
    "DriftFutureState",
    "DriftFutureStatePayload",
    "DriftFutureStateProgress",
    "DriftModelAccuracy",
    "DriftModelResult",
    "DriftModelResultDriftVersusImportance",
    "DriftParams",
    "DriftParamsColumns",
    "DriftResult",
    "DuplicateProjectBody",
    "DuplicateProjectBodyDuplicationMode",
    "DuplicateProjectBodyRemappingType0",
    "DuplicateProjectBodyRemappingType0CodeEnvsType0Item",
    "DuplicateProjectBodyRemappingType0ConnectionsType0Item",
    "EnsembleMLTaskModelsBody",
    "EnsembleMLTaskModelsBodyMethod",
    "EvaluateExternalModelVersionBody",
    "EvaluateExternalModelVersionBodySamplingParamType0",
    "EvaluationComparisonSettings",
    "EvaluationFullInfo",
    "EvaluationInfo",
    "EvaluationInfoModelRef",
    "EvaluationLabel",
    "EvaluationMetrics",
    "EvaluationRef",
    "EvaluationSampleSchema",
    "EvaluationSampleSchemaColumnsItem",
    "EvaluationStoreListItem",
    "EvaluationStoreSettings",
    "EvaluationStoreSettingsMetrics",
    "EvaluationStoreSettingsMetricsChecks",
    "EvaluationStoreUsage",
    "EvaluationUserMeta",
    "ExternalModelVersionMetadata",
    "ExternalModelVersionMetadataClassLabelsItem",
    "ExternalModelVersionMetadataFeaturesItem",
    "ExternalModelVersionMetadataProxyModelVersionConfiguration",
    "FeatureGroup",
    "FlowGraph",
    "FlowGraphNode",
    "FlowGraphNodes",
    "FlowToolState",
    "FlowZone",
    "FlowZoneItem",
    "FormatDetectionRequest",
    "FullModelId",
    "FutureProgressState",
    "FutureState",
    "FutureStatePayload",
    "FutureStateProgress",
    "GeneralSettings",
    "GeneralSettingsAzureADSettingsType0",
    "GeneralSettingsCodeEnvsType0",
    "GeneralSettingsContainerSettingsType0",
    "GeneralSettingsDefaultDatasetCreationSettingsType0",
    "GeneralSettingsImpersonationType0",
    "GeneralSettingsLdapSettingsType0",
    "GeneralSettingsLdapSettingsType0GroupProfilesType0Item",
    "GeneralSettingsSparkSettingsType0",
    "GeneralSettingsSparkSettingsType0ExecutionConfigsType0Item",
    "GeneralSettingsSsoSettingsType0",
    "GenerateFlowDocumentationWithTemplateBody",
    "GetInstanceDataQualityStatusResponse200",
    "GetMlTaskModelSnippetsResponse200",
    "GetProjectDataQualityStatusResponse200",
    "GlobalApiKey",
    "GlobalApiKeyProjectsType0",
    "GlobalPermissions",
    "GlobalUsageSummary",
    "GlobalUsageSummaryProjectSummariesItem",
    "GroupDefinition",
    "ImpersonationRule",
    "ImportApiDeployerServiceVersionForm",
    "ImportBundleFromStreamBody",
    "ImportSavedModelVersionBody",
    "IndexCatalogConnectionsBody",
    "InfoMessage",
    "InfoMessages",
    "InfoMessagesMessagesItem",
    "Insight",
    "InsightChecklistsType0",
    "InsightChecklistsType0ChecklistsType0Item",
    "InsightChecklistsType0ChecklistsType0ItemItemsType0Item",
    "InsightCustomFieldsType0",
    "InsightListItem",
    "InsightParamsType0",
    "InstallPluginFromStoreBody",
    "InstanceInfo",
    "InstanceVariables",
    "JobActivity",
    "JobActivityFirstFailureType0",
    "JobActivityTargetsType0Item",
    "JobDefinition",
    "JobListItem",
    "JobOutput",
    "JobState",
    "JobStateOutputsType0Item",
    "JobStatus",
    "JobStatusBaseStatus",
    "JobStatusBaseStatusActivitiesType0",
    "JobStatusGlobalState",
    "JupyterKernelSpec",
    "JupyterNotebookCell",
    "JupyterNotebookCellMetadata",
    "JupyterNotebookCellOutputsItem",
    "JupyterNotebookCellOutputsItemData",
    "JupyterNotebookContent",
    "JupyterNotebookListItem",
    "JupyterNotebookMetadata",
    "JupyterNotebookMetadataLanguageInfo",
    "JupyterNotebookSession",
    "KubectlCommandResult",
    "KubernetesJobsDeletion",
    "KubernetesPodsDeletion",
    "LibraryFileContent",
    "LibraryMoveBody",
    "LibraryNode",
    "LibraryRenameBody",
    "LicenseFile",
    "LicenseFileContentType0",
    "LicenseFileContentType0ProfileLimitsType0",
    "LicensingStatus",
    "LicensingStatusBase",
    "LicensingStatusBaseLicenseContentType0",
    "LicensingStatusBaseLicenseContentType0LicenseeType0",
    "LicensingStatusBaseProfileLimitsType0",
    "LicensingStatusBaseProfileLimitsType0AdditionalProperty",
    "LicensingStatusBaseProfileLimitsType0AdditionalPropertyLicensedType0",
    "LicensingStatusUserProfiles",
    "ListConnectionsResponse200",
    "LogFileList",
    "LogFileSummary",
    "MLDatasetSelection",
    "MLExplicitExtract",
    "MLFeaturePreprocessing",
    "MLMetricsSettings",
    "MLMetricsSettingsCustomMetricsItem",
    "MLRowFilter",
    "MLSplitParams",
    "MLTargetRemapping",
    "MLTaskAssertionCondition",
    "MLTaskAssertionParams",
    "MLTaskAssertionsParams",
    "MLTaskDiagnosticType",
    "MLTaskDiagnosticsSettings",
    "MLTaskEnsembleStarted",
    "MLTaskGridSearchParams",
    "MLTaskList",
    "MLTaskListItem",
    "MLTaskModelDeployed",
    "MLTaskModelRedeployed",
    "MLTaskModelSnippetsBody",
    "MLTaskModeling",
    "MLTaskPreprocessing",
    "MLTaskPreprocessingPerFeature",
    "MLTaskPropensityModeling",
    "MLTaskQueue",
    "MLTaskQueueQueueItem",
    "MLTaskQueueTrainStarted",
    "MLTaskQueues",
    "MLTaskRef",
    "MLTaskSettings",
    "MLTaskSettingsEvaluationParams",
    "MLTaskStatus",
    "MLTaskTimeseriesSampling",
    "MLTaskTrainStarted",
    "MLTimestepParams",
    "MacroDefinition",
    "MacroMeta",
    "MacroParam",
    "MacroRun",
    "ManagedDatasetCreationSettings",
    "ManagedDatasetCreationSettingsSpecificSettingsType0",
    "ManagedFolder",
    "ManagedFolderChecklistsType0",
    "ManagedFolderChecklistsType0ChecklistsType0Item",
    "ManagedFolderChecklistsType0ChecklistsType0ItemItemsType0Item",
    "ManagedFolderContents",
    "ManagedFolderCreated",
    "ManagedFolderCreationTagType0",
    "ManagedFolderCreationTagType0LastModifiedByType0",
    "ManagedFolderCustomFieldsType0",
    "ManagedFolderFlowOptionsType0",
    "ManagedFolderItem",
    "ManagedFolderParams",
    "ManagedFolderSaved",
    "ManagedFolderUsage",
    "ManagedFolderVersionTagType0",
    "ManagedFolderVersionTagType0LastModifiedByType0",
    "MeaningDefinition",
    "MeaningDefinitionEntriesType0Item",
    "MeaningDefinitionMappingsType0Item",
    "MeaningDefinitionMappingsType0ItemToType1",
    "MetricCheck",
    "MetricCheckMetaType0",
    "MetricDefinition",
    "MetricHistory",
    "MetricIdsRequest",
    "MetricValue",
    "MetricValuePoint",
    "MetricsComputationReport",
    "MetricsEngineToggleType0",
    "MetricsProbe",
    "MetricsProbeConfigurationType0",
    "MetricsProbeConfigurationType0AggregatesType0Item",
    "MetricsProbeMetaType0",
    "MetricsProbes",
    "MlflowCreateExperimentAnswer",
    "MlflowCreateExperimentBody",
    "MlflowCreateRunBody",
    "MlflowExperiment",
    "MlflowExperimentIdBody",
    "MlflowExperimentList",
    "MlflowExperimentsDatasetBody",
    "MlflowInferenceInfoBody",
    "MlflowLogMetricBody",
    "MlflowLogParameterBody",
    "MlflowMetric",
    "MlflowParam",
    "MlflowRenameExperimentBody",
    "MlflowRun",
    "MlflowRunAnswer",
    "MlflowRunData",
    "MlflowRunIdBody",
    "MlflowRunInfo",
    "MlflowRunModel",
    "MlflowSearchExperimentsBody",
    "MlflowTag",
    "ModelDetailsCoefficientPaths",
    "ModelDetailsDocumentationTemplateUpload",
    "ModelDetailsGlobalExplanations",
    "ModelDetailsGlobalExplanationsAbsoluteImportance",
    "ModelDetailsGlobalExplanationsComputationParams",
    "ModelDetailsGlobalExplanationsExplanations",
    "ModelDetailsGlobalExplanationsFacts",
    "ModelDetailsGlobalExplanationsFactsPerClassFacts",
    "ModelDetailsGlobalExplanationsObservations",
    "ModelDetailsPartialDependence",
    "ModelDetailsPartialDependencies",
    "ModelDetailsPostTrainingComputationBody",
    "ModelDetailsPostTrainingComputationBodyComputationParams",
    "ModelDetailsScatterPlots",
    "ModelDetailsScatterPlotsFeatures",
    "ModelDetailsShapleyComputationBody",
    "ModelDetailsShapleyComputationBodyComputationParams",
    "ModelDetailsSubpopulationAnalyses",
    "ModelDetailsSubpopulationAnalysis",
    "ModelDetailsSubpopulationModality",
    "ModelDetailsSubpopulationModalityPerf",
    "ModelDetailsSubpopulationModalityPerfGlobalMetrics",
    "ModelDetailsSubpopulationModalityPerformanceMetrics",
    "ModelDetailsSubpopulationPerformance",
    "ModelDetailsSubpopulationPerformancePerf",
    "ModelDetailsSubpopulationPerformancePerfGlobalMetrics",
    "ModelDetailsSubpopulationPerformancePerformanceMetrics",
    "ModelDetailsTimeseriesResults",
    "ModelDetailsTimeseriesResultsPerTimeseries",
    "ModelDetailsTree",
    "ModelDetailsTreeSet",
    "ModelDetailsUserMeta",
    "ModelDetailsUserMetaClusterLabels",
    "ModelDetailsUserMetaLabelsItem",
    "NamedProperty",
    "NotebookCounts",
    "NotebookState",
    "NotebookStateActiveSessionsItem",
    "ObjectMetadata",
    "ObjectMetadataChecklistsType0",
    "ObjectMetadataChecklistsType0ChecklistsType0Item",
    "ObjectMetadataChecklistsType0ChecklistsType0ItemItemsType0Item",
    "ObjectMetadataCustomType0",
    "ObjectMetadataCustomType0KvType0",
    "OutputSchemaUpdate",
    "PerTimeseriesMetrics",
    "PerTimeseriesMetricsPerTimeseries",
    "PersonalApiKey",
    "PluginArchiveUpload",
    "PluginFileMove",
    "PluginFileNode",
    "PluginFileRename",
    "PluginGitSource",
    "PluginMissingType",
    "PluginParameterSetDesc",
    "PluginParameterSetDescDesc",
    "PluginParameterSetDescDescMetaType0",
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
    "PredictionDriftResult",
    "PrepareTablesImportBody",
    "PreparedImport",
    "ProjectCodeEnvSelectionType0",
    "ProjectContainerSettingsType0",
    "ProjectDeployerDeploymentBasicInfo",
    "ProjectDeployerInfraBasicInfo",
    "ProjectDuplicated",
    "ProjectExportOptions",
    "ProjectFolder",
    "ProjectFolderSettings",
    "ProjectFolderSettingsPermissionsType0Item",
    "ProjectFromBundle",
    "ProjectGrants",
    "ProjectGrantsGrantsType0",
    "ProjectImportResult",
    "ProjectImportSettings",
    "ProjectImportSettingsRemappingType0",
    "ProjectImportSettingsRemappingType0CodeEnvsType0Item",
    "ProjectImportSettingsRemappingType0ConnectionsType0Item",
    "ProjectImportSettingsRemappingType0ContainerExecsType0Item",
    "ProjectPermissionItem",
    "ProjectPermissions",
    "ProjectSettings",
    "ProjectSettingsBundleExporterSettingsType0",
    "ProjectSettingsBundleExporterSettingsType0DataInclusionRulesType0Item",
    "ProjectSettingsBundleExporterSettingsType0ExportOptionsType0",
    "ProjectSettingsExposedObjectsType0",
    "ProjectSettingsExposedObjectsType0ObjectsType0Item",
    "ProjectSettingsExposedObjectsType0ObjectsType0ItemRulesType0Item",
    "ProjectSettingsSettingsType0",
    "ProjectSettingsSettingsType0ClusterType0",
    "ProjectSettingsSettingsType0CodeEnvsType0",
    "ProjectSettingsSettingsType0FlowBuildSettingsType0",
    "ProjectSettingsSettingsType0IntegrationsType0",
    "ProjectSettingsSettingsType0IntegrationsType0IntegrationsType0Item",
    "ProjectSettingsSettingsType0IntegrationsType0IntegrationsType0ItemHookType0",
    "ProjectSettingsSettingsType0LimitsType0",
    "ProjectSettingsSettingsType0LimitsType0MemSampleBytesType0",
    "ProjectSummary",
    "ProjectTagDefinition",
    "ProjectTags",
    "ProjectTagsTags",
    "ProjectVariables",
    "ProjectVariablesLocal",
    "ProjectVariablesStandard",
    "PropagateSchemaBody",
    "PropagateSchemaBodyOptions",
    "PropagateSchemaBodyOptionsDefaultPartitionValuesByDimension",
    "PropagateSchemaBodyOptionsPartitionsByComputable",
    "PropagateSchemaBodyOptionsRecipeUpdateOptions",
    "PropagateSchemaBodyOptionsRecipeUpdateOptionsByName",
    "PropagateSchemaBodyOptionsRecipeUpdateOptionsByType",
    "PropagateSchemaBodySourcesItem",
    "ProxyModelConfiguration",
    "PublishedProjectBasicInfo",
    "PublishedProjectBundle",
    "PublishedProjectBundleExportManifest",
    "PublishedProjectBundleExportManifestExportOptionsType0",
    "PublishedProjectCreation",
    "PublishedProjectSettings",
    "PublishedProjectStatus",
    "RecipeAndPayload",
    "RecipeCounts",
    "RecipeCountsRecipesByTypeType0",
    "RecipeCreated",
    "RecipeDefinition",
    "RecipeDefinitionCustomFieldsType0",
    "RecipeDefinitionParamsType0",
    "RecipeDefinitionParamsType0ContainerSelectionType0",
    "RecipeDefinitionParamsType0EngineParamsType0",
    "RecipeDefinitionParamsType0EngineParamsType0HiveType0",
    "RecipeDefinitionParamsType0EngineParamsType0SparkType0",
    "RecipeDefinitionParamsType0EngineParamsType0SparkType0SparkConfigType0",
    "RecipeDefinitionParamsType0EngineParamsType0SqlPipelineParamsType0",
    "RecipeDefinitionParamsType0EnvSelectionType0",
    "RecipeEngine",
    "RecipePrototype",
    "RecipeRole",
    "RecipeRoleItem",
    "RecipeRoleItemDepsItem",
    "RecipeRoles",
    "RecipeSchemaUpdates",
    "RecipeSchemaUpdatesComputablesItem",
    "RecipeStatus",
    "RedeployMLTaskModelToFlowBody",
    "ReguessWithForecastingParamsBody",
    "RenameManagedFolderBody",
    "RenameRequest",
    "ReplyToObjectDiscussionBody",
    "ResourcePermissionItem",
    "RunEvaluationChecksBodyType1",
    "RunKubectlRequest",
    "RunMacroBody",
    "RunMacroBodyAdminParams",
    "RunMacroBodyParams",
    "RunScenarioBody",
    "SaveInsightBody",
    "SavedModel",
    "SavedModelCreated",
    "SavedModelCustomFieldsType0",
    "SavedModelFlowOptions",
    "SavedModelMiniTask",
    "SavedModelMiniTaskModeling",
    "SavedModelMiniTaskModelingMetrics",
    "SavedModelUsage",
    "SavedModelVersion",
    "ScenarioCounts",
    "ScenarioParams",
    "ScenarioParamsEnvSelectionType0",
    "ScenarioPayload",
    "ScenarioReporter",
    "ScenarioReporterMessagingType0",
    "ScenarioReporterMessagingType0ConfigurationType0",
    "ScenarioRun",
    "ScenarioRunDetails",
    "ScenarioRunError",
    "ScenarioRunForTrigger",
    "ScenarioRunResult",
    "ScenarioRunScenario",
    "ScenarioRunTrigger",
    "ScenarioRunTriggerParamsType0",
    "ScenarioSettings",
    "ScenarioSettingsCustomFieldsType0",
    "ScenarioSettingsDelayedTriggersBehaviorType0",
    "ScenarioStep",
    "ScenarioStepParams",
    "ScenarioStepParamsBuildsType0Item",
    "ScenarioStepParamsChecksType0Item",
    "ScenarioStepParamsComputesType0Item",
    "ScenarioStepParamsEnvSelectionType0",
    "ScenarioStepParamsVariablesType0",
    "ScenarioStepRun",
    "ScenarioStepRunAdditionalReportItemsItem",
    "ScenarioStepRunResult",
    "ScenarioSummary",
    "ScenarioTrigger",
    "ScenarioTriggerGraceDelaySettingsType0",
    "ScenarioTriggerParams",
    "ScenarioTriggerParamsObjectsType0Item",
    "SchemaColumn",
    "SchemaPropagationRecipeOptions",
    "SchemaPropagationRecipeOptionsNewAggregates",
    "SchemaPropagationRecipeOptionsNewSelectedColumns",
    "SqlColumn",
    "SqlNotebookCell",
    "SqlNotebookContent",
    "SqlNotebookHistory",
    "SqlNotebookListItem",
    "SqlNotebookQueryRun",
    "SqlQueryRequest",
    "SqlQueryRequestExtraConfType0",
    "SqlQueryRequestExtraConfType0HiveconfType0Item",
    "SqlQueryRequestExtraConfType0ImpalaconfType0Item",
    "SqlQueryStart",
    "StartFlowToolBody",
    "StatisticsCard",
    "StatisticsCardCardsType0Item",
    "StatisticsColumn",
    "StatisticsComputation",
    "StatisticsComputationComputationsType0Item",
    "StatisticsDataSpec",
    "StatisticsWorksheet",
    "StatisticsWorksheetBody",
    "StreamingEndpoint",
    "StreamingEndpointParams",
    "StreamingEndpointUsage",
    "TableImportCandidate",
    "TableImportCandidateSchema",
    "TableImportCandidateSchemaColumnsItem",
    "TableImportKey",
    "TablesImportCandidates",
    "TestAndDetectStreamingEndpointBody",
    "TestingStatus",
    "TestingStatusNbScenariosPerOutcome",
    "TicketAnswer",
    "TrainMLTaskBody",
    "TrainedModelDetails",
    "TrainedModelDetailsActualParams",
    "TrainedModelDetailsActualParamsResolved",
    "TrainedModelDetailsCoreParams",
    "TrainedModelDetailsFacts",
    "TrainedModelDetailsFactsClustersItem",
    "TrainedModelDetailsFactsClustersItemFactsItem",
    "TrainedModelDetailsIperf",
    "TrainedModelDetailsIperfGridCellsItem",
    "TrainedModelDetailsIperfLmCoefficients",
    "TrainedModelDetailsIperfRawImportance",
    "TrainedModelDetailsModeling",
    "TrainedModelDetailsPerf",
    "TrainedModelDetailsPerfPerCutData",
    "TrainedModelDetailsSmOrigin",
    "TrainedModelDetailsSplitDesc",
    "TrainedModelIdItem",
    "TrainedModelMetrics",
    "TrainedModelSnippet",
    "TrainedModelTrainInfo",
    "TrainedModelTrainInfoFailure",
    "TrainedModelUserMeta",
    "TrainedModelUserMetaLabelsItem",
    "TriggerFire",
    "TriggerFireParams",
    "UnivariateColumnDrift",
    "UnivariateDriftResult",
    "UnivariateDriftResultColumns",
    "UpdateFlowToolBody",
    "UploadDatasetFileBody",
    "UploadManagedFolderFileBody",
    "UploadProjectImportBody",
    "UploadPublishedProjectBundleBody",
    "UploadedFile",
    "UserActivity",
    "UserCredential",
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
    "WebAppBackendState",
    "WebAppCreated",
    "WebAppListItem",
    "WebAppParams",
    "WebAppParamsEnvSelection",
    "WebAppSettings",
    "WikiArticle",
    "WikiArticleData",
    "WikiAttachment",
    "WikiAttachmentDetailsType0",
    "WikiAttachmentUpload",
    "WikiExportBody",
    "WikiExportBodyPaperSize",
    "WikiSettings",
    "WikiTaxonomyNode",
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
