"""Contains all the data models used in inputs/outputs"""

from .acknowledgement import Acknowledgement
from .auth_info import AuthInfo
from .auth_info_secrets_item import AuthInfoSecretsItem
from .code_studio_template_settings import CodeStudioTemplateSettings
from .code_studio_template_settings_params_type_0 import (
    CodeStudioTemplateSettingsParamsType0,
)
from .code_studio_template_summary import CodeStudioTemplateSummary
from .create_dataset_request import CreateDatasetRequest
from .create_dataset_request_format_params_type_0 import (
    CreateDatasetRequestFormatParamsType0,
)
from .create_dataset_request_params_type_0 import CreateDatasetRequestParamsType0
from .create_project_request import CreateProjectRequest
from .create_project_request_permissions_type_0_item import (
    CreateProjectRequestPermissionsType0Item,
)
from .create_project_request_settings_type_0 import CreateProjectRequestSettingsType0
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
from .instance_info import InstanceInfo
from .instance_info_node_type import InstanceInfoNodeType
from .object_metadata import ObjectMetadata
from .object_metadata_checklists_type_0 import ObjectMetadataChecklistsType0
from .object_metadata_custom_type_0 import ObjectMetadataCustomType0
from .project_settings import ProjectSettings
from .project_settings_exposed_objects_type_0 import ProjectSettingsExposedObjectsType0
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

__all__ = (
    "Acknowledgement",
    "AuthInfo",
    "AuthInfoSecretsItem",
    "CodeStudioTemplateSettings",
    "CodeStudioTemplateSettingsParamsType0",
    "CodeStudioTemplateSummary",
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
