"""Contains all the data models used in inputs/outputs"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .acknowledgement import Acknowledgement
    from .auth_info import AuthInfo
    from .auth_info_secrets_item import AuthInfoSecretsItem
    from .checks_report import ChecksReport
    from .checks_report_results_item import ChecksReportResultsItem
    from .code_studio_template_settings import CodeStudioTemplateSettings
    from .code_studio_template_settings_params_type_0 import (
        CodeStudioTemplateSettingsParamsType0,
    )
    from .code_studio_template_summary import CodeStudioTemplateSummary
    from .computed_metric_value import ComputedMetricValue
    from .computed_metrics_values import ComputedMetricsValues
    from .computed_metrics_values_metrics_item import ComputedMetricsValuesMetricsItem
    from .copy_dataset_request import CopyDatasetRequest
    from .copy_dataset_request_write_mode import CopyDatasetRequestWriteMode
    from .create_dataset_request import CreateDatasetRequest
    from .create_dataset_request_format_params_type_0 import (
        CreateDatasetRequestFormatParamsType0,
    )
    from .create_dataset_request_params_type_0 import CreateDatasetRequestParamsType0
    from .create_managed_dataset_request import CreateManagedDatasetRequest
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
    from .dataset import Dataset
    from .dataset_format_params_type_0 import DatasetFormatParamsType0
    from .dataset_info import DatasetInfo
    from .dataset_info_last_build import DatasetInfoLastBuild
    from .dataset_params_type_0 import DatasetParamsType0
    from .dataset_partitioning_type_0 import DatasetPartitioningType0
    from .dataset_schema import DatasetSchema
    from .dataset_usage import DatasetUsage
    from .dss_error import DSSError
    from .duplicate_project_request import DuplicateProjectRequest
    from .duplicate_project_request_duplication_mode import (
        DuplicateProjectRequestDuplicationMode,
    )
    from .duplicate_project_request_remapping_type_0 import (
        DuplicateProjectRequestRemappingType0,
    )
    from .flow_graph import FlowGraph
    from .flow_graph_nodes import FlowGraphNodes
    from .format_detection_request import FormatDetectionRequest
    from .future_progress_state import FutureProgressState
    from .future_state import FutureState
    from .future_state_payload import FutureStatePayload
    from .future_state_progress import FutureStateProgress
    from .instance_info import InstanceInfo
    from .instance_info_node_type import InstanceInfoNodeType
    from .job_definition import JobDefinition
    from .job_list_item import JobListItem
    from .job_list_item_def import JobListItemDef
    from .job_output import JobOutput
    from .job_status import JobStatus
    from .job_status_base_status import JobStatusBaseStatus
    from .job_status_global_state import JobStatusGlobalState
    from .managed_dataset_creation_settings import ManagedDatasetCreationSettings
    from .managed_dataset_creation_settings_specific_settings_type_0 import (
        ManagedDatasetCreationSettingsSpecificSettingsType0,
    )
    from .metric_history import MetricHistory
    from .metric_history_last_value import MetricHistoryLastValue
    from .metric_history_metric import MetricHistoryMetric
    from .metric_history_values_item import MetricHistoryValuesItem
    from .metric_ids_request import MetricIdsRequest
    from .metrics_computation_report import MetricsComputationReport
    from .metrics_probes import MetricsProbes
    from .metrics_probes_probes_item import MetricsProbesProbesItem
    from .object_metadata import ObjectMetadata
    from .object_metadata_checklists_type_0 import ObjectMetadataChecklistsType0
    from .object_metadata_custom_type_0 import ObjectMetadataCustomType0
    from .output_schema_update import OutputSchemaUpdate
    from .project_duplicated import ProjectDuplicated
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
    from .recipe_and_payload import RecipeAndPayload
    from .recipe_created import RecipeCreated
    from .recipe_definition import RecipeDefinition
    from .recipe_definition_params_type_0 import RecipeDefinitionParamsType0
    from .recipe_prototype import RecipePrototype
    from .recipe_roles import RecipeRoles
    from .recipe_schema_updates import RecipeSchemaUpdates
    from .recipe_schema_updates_computables_item import (
        RecipeSchemaUpdatesComputablesItem,
    )
    from .recipe_status import RecipeStatus
    from .recipe_status_all_messages_for_frontend import (
        RecipeStatusAllMessagesForFrontend,
    )
    from .recipe_status_engines_item import RecipeStatusEnginesItem
    from .recipe_status_selected_engine import RecipeStatusSelectedEngine
    from .rename_request import RenameRequest
    from .run_scenario_body import RunScenarioBody
    from .scenario_payload import ScenarioPayload
    from .scenario_run import ScenarioRun
    from .scenario_run_details import ScenarioRunDetails
    from .scenario_run_details_step_runs_item import ScenarioRunDetailsStepRunsItem
    from .scenario_run_for_trigger import ScenarioRunForTrigger
    from .scenario_run_result import ScenarioRunResult
    from .scenario_run_scenario import ScenarioRunScenario
    from .scenario_run_trigger import ScenarioRunTrigger
    from .scenario_settings import ScenarioSettings
    from .scenario_settings_params_type_0 import ScenarioSettingsParamsType0
    from .scenario_settings_reporters_type_0_item import (
        ScenarioSettingsReportersType0Item,
    )
    from .scenario_settings_triggers_type_0_item import (
        ScenarioSettingsTriggersType0Item,
    )
    from .scenario_summary import ScenarioSummary
    from .schema_column import SchemaColumn
    from .trigger_fire import TriggerFire
    from .trigger_fire_params import TriggerFireParams
    from .trigger_fire_trigger import TriggerFireTrigger
    from .upload_dataset_file_body import UploadDatasetFileBody
    from .uploaded_file import UploadedFile
    from .user_tag import UserTag
    from .user_tag_last_modified_by import UserTagLastModifiedBy

_MODULE_OF: dict[str, str] = {
    "Acknowledgement": ".acknowledgement",
    "AuthInfo": ".auth_info",
    "AuthInfoSecretsItem": ".auth_info_secrets_item",
    "ChecksReport": ".checks_report",
    "ChecksReportResultsItem": ".checks_report_results_item",
    "CodeStudioTemplateSettings": ".code_studio_template_settings",
    "CodeStudioTemplateSettingsParamsType0": ".code_studio_template_settings_params_type_0",
    "CodeStudioTemplateSummary": ".code_studio_template_summary",
    "ComputedMetricValue": ".computed_metric_value",
    "ComputedMetricsValues": ".computed_metrics_values",
    "ComputedMetricsValuesMetricsItem": ".computed_metrics_values_metrics_item",
    "CopyDatasetRequest": ".copy_dataset_request",
    "CopyDatasetRequestWriteMode": ".copy_dataset_request_write_mode",
    "CreateDatasetRequest": ".create_dataset_request",
    "CreateDatasetRequestFormatParamsType0": ".create_dataset_request_format_params_type_0",
    "CreateDatasetRequestParamsType0": ".create_dataset_request_params_type_0",
    "CreateManagedDatasetRequest": ".create_managed_dataset_request",
    "CreateProjectRequest": ".create_project_request",
    "CreateProjectRequestPermissionsType0Item": ".create_project_request_permissions_type_0_item",
    "CreateProjectRequestSettingsType0": ".create_project_request_settings_type_0",
    "CreateRecipeRequest": ".create_recipe_request",
    "CreateRecipeRequestCreationSettingsType0": ".create_recipe_request_creation_settings_type_0",
    "CreateScenarioRequest": ".create_scenario_request",
    "CreateScenarioRequestParamsType0": ".create_scenario_request_params_type_0",
    "CreateScenarioRequestType": ".create_scenario_request_type",
    "Dataset": ".dataset",
    "DatasetFormatParamsType0": ".dataset_format_params_type_0",
    "DatasetInfo": ".dataset_info",
    "DatasetInfoLastBuild": ".dataset_info_last_build",
    "DatasetParamsType0": ".dataset_params_type_0",
    "DatasetPartitioningType0": ".dataset_partitioning_type_0",
    "DatasetSchema": ".dataset_schema",
    "DatasetUsage": ".dataset_usage",
    "DSSError": ".dss_error",
    "DuplicateProjectRequest": ".duplicate_project_request",
    "DuplicateProjectRequestDuplicationMode": ".duplicate_project_request_duplication_mode",
    "DuplicateProjectRequestRemappingType0": ".duplicate_project_request_remapping_type_0",
    "FlowGraph": ".flow_graph",
    "FlowGraphNodes": ".flow_graph_nodes",
    "FormatDetectionRequest": ".format_detection_request",
    "FutureProgressState": ".future_progress_state",
    "FutureState": ".future_state",
    "FutureStatePayload": ".future_state_payload",
    "FutureStateProgress": ".future_state_progress",
    "InstanceInfo": ".instance_info",
    "InstanceInfoNodeType": ".instance_info_node_type",
    "JobDefinition": ".job_definition",
    "JobListItem": ".job_list_item",
    "JobListItemDef": ".job_list_item_def",
    "JobOutput": ".job_output",
    "JobStatus": ".job_status",
    "JobStatusBaseStatus": ".job_status_base_status",
    "JobStatusGlobalState": ".job_status_global_state",
    "ManagedDatasetCreationSettings": ".managed_dataset_creation_settings",
    "ManagedDatasetCreationSettingsSpecificSettingsType0": ".managed_dataset_creation_settings_specific_settings_type_0",
    "MetricHistory": ".metric_history",
    "MetricHistoryLastValue": ".metric_history_last_value",
    "MetricHistoryMetric": ".metric_history_metric",
    "MetricHistoryValuesItem": ".metric_history_values_item",
    "MetricIdsRequest": ".metric_ids_request",
    "MetricsComputationReport": ".metrics_computation_report",
    "MetricsProbes": ".metrics_probes",
    "MetricsProbesProbesItem": ".metrics_probes_probes_item",
    "ObjectMetadata": ".object_metadata",
    "ObjectMetadataChecklistsType0": ".object_metadata_checklists_type_0",
    "ObjectMetadataCustomType0": ".object_metadata_custom_type_0",
    "OutputSchemaUpdate": ".output_schema_update",
    "ProjectDuplicated": ".project_duplicated",
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
    "RecipeAndPayload": ".recipe_and_payload",
    "RecipeCreated": ".recipe_created",
    "RecipeDefinition": ".recipe_definition",
    "RecipeDefinitionParamsType0": ".recipe_definition_params_type_0",
    "RecipePrototype": ".recipe_prototype",
    "RecipeRoles": ".recipe_roles",
    "RecipeSchemaUpdates": ".recipe_schema_updates",
    "RecipeSchemaUpdatesComputablesItem": ".recipe_schema_updates_computables_item",
    "RecipeStatus": ".recipe_status",
    "RecipeStatusAllMessagesForFrontend": ".recipe_status_all_messages_for_frontend",
    "RecipeStatusEnginesItem": ".recipe_status_engines_item",
    "RecipeStatusSelectedEngine": ".recipe_status_selected_engine",
    "RenameRequest": ".rename_request",
    "RunScenarioBody": ".run_scenario_body",
    "ScenarioPayload": ".scenario_payload",
    "ScenarioRun": ".scenario_run",
    "ScenarioRunDetails": ".scenario_run_details",
    "ScenarioRunDetailsStepRunsItem": ".scenario_run_details_step_runs_item",
    "ScenarioRunForTrigger": ".scenario_run_for_trigger",
    "ScenarioRunResult": ".scenario_run_result",
    "ScenarioRunScenario": ".scenario_run_scenario",
    "ScenarioRunTrigger": ".scenario_run_trigger",
    "ScenarioSettings": ".scenario_settings",
    "ScenarioSettingsParamsType0": ".scenario_settings_params_type_0",
    "ScenarioSettingsReportersType0Item": ".scenario_settings_reporters_type_0_item",
    "ScenarioSettingsTriggersType0Item": ".scenario_settings_triggers_type_0_item",
    "ScenarioSummary": ".scenario_summary",
    "SchemaColumn": ".schema_column",
    "TriggerFire": ".trigger_fire",
    "TriggerFireParams": ".trigger_fire_params",
    "TriggerFireTrigger": ".trigger_fire_trigger",
    "UploadDatasetFileBody": ".upload_dataset_file_body",
    "UploadedFile": ".uploaded_file",
    "UserTag": ".user_tag",
    "UserTagLastModifiedBy": ".user_tag_last_modified_by",
}

__all__ = (
    "Acknowledgement",
    "AuthInfo",
    "AuthInfoSecretsItem",
    "ChecksReport",
    "ChecksReportResultsItem",
    "CodeStudioTemplateSettings",
    "CodeStudioTemplateSettingsParamsType0",
    "CodeStudioTemplateSummary",
    "ComputedMetricValue",
    "ComputedMetricsValues",
    "ComputedMetricsValuesMetricsItem",
    "CopyDatasetRequest",
    "CopyDatasetRequestWriteMode",
    "CreateDatasetRequest",
    "CreateDatasetRequestFormatParamsType0",
    "CreateDatasetRequestParamsType0",
    "CreateManagedDatasetRequest",
    "CreateProjectRequest",
    "CreateProjectRequestPermissionsType0Item",
    "CreateProjectRequestSettingsType0",
    "CreateRecipeRequest",
    "CreateRecipeRequestCreationSettingsType0",
    "CreateScenarioRequest",
    "CreateScenarioRequestParamsType0",
    "CreateScenarioRequestType",
    "DSSError",
    "Dataset",
    "DatasetFormatParamsType0",
    "DatasetInfo",
    "DatasetInfoLastBuild",
    "DatasetParamsType0",
    "DatasetPartitioningType0",
    "DatasetSchema",
    "DatasetUsage",
    "DuplicateProjectRequest",
    "DuplicateProjectRequestDuplicationMode",
    "DuplicateProjectRequestRemappingType0",
    "FlowGraph",
    "FlowGraphNodes",
    "FormatDetectionRequest",
    "FutureProgressState",
    "FutureState",
    "FutureStatePayload",
    "FutureStateProgress",
    "InstanceInfo",
    "InstanceInfoNodeType",
    "JobDefinition",
    "JobListItem",
    "JobListItemDef",
    "JobOutput",
    "JobStatus",
    "JobStatusBaseStatus",
    "JobStatusGlobalState",
    "ManagedDatasetCreationSettings",
    "ManagedDatasetCreationSettingsSpecificSettingsType0",
    "MetricHistory",
    "MetricHistoryLastValue",
    "MetricHistoryMetric",
    "MetricHistoryValuesItem",
    "MetricIdsRequest",
    "MetricsComputationReport",
    "MetricsProbes",
    "MetricsProbesProbesItem",
    "ObjectMetadata",
    "ObjectMetadataChecklistsType0",
    "ObjectMetadataCustomType0",
    "OutputSchemaUpdate",
    "ProjectDuplicated",
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
    "RecipeAndPayload",
    "RecipeCreated",
    "RecipeDefinition",
    "RecipeDefinitionParamsType0",
    "RecipePrototype",
    "RecipeRoles",
    "RecipeSchemaUpdates",
    "RecipeSchemaUpdatesComputablesItem",
    "RecipeStatus",
    "RecipeStatusAllMessagesForFrontend",
    "RecipeStatusEnginesItem",
    "RecipeStatusSelectedEngine",
    "RenameRequest",
    "RunScenarioBody",
    "ScenarioPayload",
    "ScenarioRun",
    "ScenarioRunDetails",
    "ScenarioRunDetailsStepRunsItem",
    "ScenarioRunForTrigger",
    "ScenarioRunResult",
    "ScenarioRunScenario",
    "ScenarioRunTrigger",
    "ScenarioSettings",
    "ScenarioSettingsParamsType0",
    "ScenarioSettingsReportersType0Item",
    "ScenarioSettingsTriggersType0Item",
    "ScenarioSummary",
    "SchemaColumn",
    "TriggerFire",
    "TriggerFireParams",
    "TriggerFireTrigger",
    "UploadDatasetFileBody",
    "UploadedFile",
    "UserTag",
    "UserTagLastModifiedBy",
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
