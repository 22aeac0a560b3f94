"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_project_deployer_deployment,
        create_project_deployer_infra,
        create_published_project,
        delete_project_deployer_deployment,
        delete_project_deployer_infra,
        delete_published_project,
        delete_published_project_bundle,
        get_last_project_deployer_deployment_update,
        get_project_deployer_deployment,
        get_project_deployer_deployment_settings,
        get_project_deployer_deployment_status,
        get_project_deployer_deployment_update,
        get_project_deployer_infra,
        get_project_deployer_infra_settings,
        get_published_project,
        get_published_project_bundle_archive,
        get_published_project_settings,
        list_project_deployer_deployment_updates,
        list_project_deployer_deployments,
        list_project_deployer_infras,
        list_project_deployer_stages,
        list_published_projects,
        save_project_deployer_deployment_settings,
        save_project_deployer_infra_settings,
        save_published_project_settings,
        update_project_deployer_deployment,
        upload_published_project_bundle,
    )

__all__ = (
    "create_project_deployer_deployment",
    "create_project_deployer_infra",
    "create_published_project",
    "delete_project_deployer_deployment",
    "delete_project_deployer_infra",
    "delete_published_project",
    "delete_published_project_bundle",
    "get_last_project_deployer_deployment_update",
    "get_project_deployer_deployment",
    "get_project_deployer_deployment_settings",
    "get_project_deployer_deployment_status",
    "get_project_deployer_deployment_update",
    "get_project_deployer_infra",
    "get_project_deployer_infra_settings",
    "get_published_project",
    "get_published_project_bundle_archive",
    "get_published_project_settings",
    "list_project_deployer_deployment_updates",
    "list_project_deployer_deployments",
    "list_project_deployer_infras",
    "list_project_deployer_stages",
    "list_published_projects",
    "save_project_deployer_deployment_settings",
    "save_project_deployer_infra_settings",
    "save_published_project_settings",
    "update_project_deployer_deployment",
    "upload_published_project_bundle",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
