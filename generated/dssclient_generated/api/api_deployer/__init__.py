"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_api_deployer_deployment,
        create_api_deployer_infra,
        create_api_deployer_service,
        delete_api_deployer_deployment,
        delete_api_deployer_infra,
        delete_api_deployer_service,
        delete_api_deployer_service_version,
        download_api_deployer_service_version,
        get_api_deployer_deployment_governance_status,
        get_api_deployer_deployment_heavy_status,
        get_api_deployer_deployment_last_update,
        get_api_deployer_deployment_open_api,
        get_api_deployer_deployment_settings,
        get_api_deployer_deployment_status,
        get_api_deployer_deployment_update,
        get_api_deployer_infra_settings,
        get_api_deployer_infra_status,
        get_api_deployer_service_settings,
        get_api_deployer_service_status,
        import_api_deployer_service_version,
        list_api_deployer_deployment_updates,
        list_api_deployer_deployments,
        list_api_deployer_infras,
        list_api_deployer_services,
        list_api_deployer_stages,
        run_api_deployer_deployment_queries,
        run_api_deployer_deployment_test_queries,
        save_api_deployer_deployment_settings,
        save_api_deployer_infra_settings,
        save_api_deployer_service_settings,
        update_api_deployer_deployment,
    )

__all__ = (
    "create_api_deployer_deployment",
    "create_api_deployer_infra",
    "create_api_deployer_service",
    "delete_api_deployer_deployment",
    "delete_api_deployer_infra",
    "delete_api_deployer_service",
    "delete_api_deployer_service_version",
    "download_api_deployer_service_version",
    "get_api_deployer_deployment_governance_status",
    "get_api_deployer_deployment_heavy_status",
    "get_api_deployer_deployment_last_update",
    "get_api_deployer_deployment_open_api",
    "get_api_deployer_deployment_settings",
    "get_api_deployer_deployment_status",
    "get_api_deployer_deployment_update",
    "get_api_deployer_infra_settings",
    "get_api_deployer_infra_status",
    "get_api_deployer_service_settings",
    "get_api_deployer_service_status",
    "import_api_deployer_service_version",
    "list_api_deployer_deployment_updates",
    "list_api_deployer_deployments",
    "list_api_deployer_infras",
    "list_api_deployer_services",
    "list_api_deployer_stages",
    "run_api_deployer_deployment_queries",
    "run_api_deployer_deployment_test_queries",
    "save_api_deployer_deployment_settings",
    "save_api_deployer_infra_settings",
    "save_api_deployer_service_settings",
    "update_api_deployer_deployment",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
