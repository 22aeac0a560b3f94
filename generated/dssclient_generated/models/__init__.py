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
    from .auth_info import AuthInfo
    from .auth_info_secrets_item import AuthInfoSecretsItem
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
    from .create_code_studio_request import CreateCodeStudioRequest
    from .create_code_studio_response import CreateCodeStudioResponse
    from .create_dataset_request import CreateDatasetRequest
    from .create_dataset_request_format_params_type_0 import (
        CreateDatasetRequestFormatParamsType0,
    )
    from .create_dataset_request_params_type_0 import CreateDatasetRequestParamsType0
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
    from .dss_error import DSSError
    from .future_progress_state import FutureProgressState
    from .future_state import FutureState
    from .future_state_payload import FutureStatePayload
    from .future_state_progress import FutureStateProgress
    from .import_api_deployer_service_version_form import (
        ImportApiDeployerServiceVersionForm,
    )
    from .instance_info import InstanceInfo
    from .instance_info_node_type import InstanceInfoNodeType
    from .object_metadata import ObjectMetadata
    from .object_metadata_checklists_type_0 import ObjectMetadataChecklistsType0
    from .object_metadata_custom_type_0 import ObjectMetadataCustomType0
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
    from .schema_column import SchemaColumn
    from .user_tag import UserTag
    from .user_tag_last_modified_by import UserTagLastModifiedBy

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
    "AuthInfo": ".auth_info",
    "AuthInfoSecretsItem": ".auth_info_secrets_item",
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
    "CreateApiDeployerDeploymentRequest": ".create_api_deployer_deployment_request",
    "CreateApiDeployerDeploymentRequestAuthorizationsToQueryThroughDeployerType0Item": ".create_api_deployer_deployment_request_authorizations_to_query_through_deployer_type_0_item",
    "CreateApiDeployerInfraRequest": ".create_api_deployer_infra_request",
    "CreateApiDeployerInfraRequestGovernCheckPolicy": ".create_api_deployer_infra_request_govern_check_policy",
    "CreateApiDeployerInfraRequestType": ".create_api_deployer_infra_request_type",
    "CreateApiDeployerServiceRequest": ".create_api_deployer_service_request",
    "CreateCodeStudioRequest": ".create_code_studio_request",
    "CreateCodeStudioResponse": ".create_code_studio_response",
    "CreateDatasetRequest": ".create_dataset_request",
    "CreateDatasetRequestFormatParamsType0": ".create_dataset_request_format_params_type_0",
    "CreateDatasetRequestParamsType0": ".create_dataset_request_params_type_0",
    "CreateProjectRequest": ".create_project_request",
    "CreateProjectRequestPermissionsType0Item": ".create_project_request_permissions_type_0_item",
    "CreateProjectRequestSettingsType0": ".create_project_request_settings_type_0",
    "Dataset": ".dataset",
    "DatasetFormatParamsType0": ".dataset_format_params_type_0",
    "DatasetParamsType0": ".dataset_params_type_0",
    "DatasetPartitioningType0": ".dataset_partitioning_type_0",
    "DatasetSchema": ".dataset_schema",
    "DSSError": ".dss_error",
    "FutureProgressState": ".future_progress_state",
    "FutureState": ".future_state",
    "FutureStatePayload": ".future_state_payload",
    "FutureStateProgress": ".future_state_progress",
    "ImportApiDeployerServiceVersionForm": ".import_api_deployer_service_version_form",
    "InstanceInfo": ".instance_info",
    "InstanceInfoNodeType": ".instance_info_node_type",
    "ObjectMetadata": ".object_metadata",
    "ObjectMetadataChecklistsType0": ".object_metadata_checklists_type_0",
    "ObjectMetadataCustomType0": ".object_metadata_custom_type_0",
    "ProjectSettings": ".project_settings",
    "ProjectSettingsExposedObjectsType0": ".project_settings_exposed_objects_type_0",
    "ProjectSettingsSettingsType0": ".project_settings_settings_type_0",
    "ProjectSettingsSettingsType0CodeEnvsType0": ".project_settings_settings_type_0_code_envs_type_0",
    "ProjectSettingsSettingsType0ContainerType0": ".project_settings_settings_type_0_container_type_0",
    "ProjectSummary": ".project_summary",
    "ProjectVariables": ".project_variables",
    "ProjectVariablesLocal": ".project_variables_local",
    "ProjectVariablesStandard": ".project_variables_standard",
    "SchemaColumn": ".schema_column",
    "UserTag": ".user_tag",
    "UserTagLastModifiedBy": ".user_tag_last_modified_by",
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
    "AuthInfo",
    "AuthInfoSecretsItem",
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
    "CreateApiDeployerDeploymentRequest",
    "CreateApiDeployerDeploymentRequestAuthorizationsToQueryThroughDeployerType0Item",
    "CreateApiDeployerInfraRequest",
    "CreateApiDeployerInfraRequestGovernCheckPolicy",
    "CreateApiDeployerInfraRequestType",
    "CreateApiDeployerServiceRequest",
    "CreateCodeStudioRequest",
    "CreateCodeStudioResponse",
    "CreateDatasetRequest",
    "CreateDatasetRequestFormatParamsType0",
    "CreateDatasetRequestParamsType0",
    "CreateProjectRequest",
    "CreateProjectRequestPermissionsType0Item",
    "CreateProjectRequestSettingsType0",
    "DSSError",
    "Dataset",
    "DatasetFormatParamsType0",
    "DatasetParamsType0",
    "DatasetPartitioningType0",
    "DatasetSchema",
    "FutureProgressState",
    "FutureState",
    "FutureStatePayload",
    "FutureStateProgress",
    "ImportApiDeployerServiceVersionForm",
    "InstanceInfo",
    "InstanceInfoNodeType",
    "ObjectMetadata",
    "ObjectMetadataChecklistsType0",
    "ObjectMetadataCustomType0",
    "ProjectSettings",
    "ProjectSettingsExposedObjectsType0",
    "ProjectSettingsSettingsType0",
    "ProjectSettingsSettingsType0CodeEnvsType0",
    "ProjectSettingsSettingsType0ContainerType0",
    "ProjectSummary",
    "ProjectVariables",
    "ProjectVariablesLocal",
    "ProjectVariablesStandard",
    "SchemaColumn",
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
