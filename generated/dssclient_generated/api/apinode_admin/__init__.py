"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        clean_api_node_code_env_cache,
        clean_api_node_unused_services,
        clear_api_node_model_cache,
        create_api_node_admin_key,
        create_api_node_service,
        delete_api_node_admin_key,
        delete_api_node_admin_key_by_id,
        delete_api_node_service,
        disable_api_node_service,
        enable_api_node_service,
        get_api_node_metrics,
        import_api_node_code_env_in_cache,
        import_api_node_model_archive,
        import_api_node_service_generation,
        list_api_node_admin_keys,
        list_api_node_service_generations,
        list_api_node_services,
        preload_api_node_service_generation,
        register_api_node_code_env_in_cache,
        set_api_node_service_mapping,
        switch_api_node_service_to_generation,
        switch_api_node_service_to_newest,
    )

__all__ = (
    "clean_api_node_code_env_cache",
    "clean_api_node_unused_services",
    "clear_api_node_model_cache",
    "create_api_node_admin_key",
    "create_api_node_service",
    "delete_api_node_admin_key",
    "delete_api_node_admin_key_by_id",
    "delete_api_node_service",
    "disable_api_node_service",
    "enable_api_node_service",
    "get_api_node_metrics",
    "import_api_node_code_env_in_cache",
    "import_api_node_model_archive",
    "import_api_node_service_generation",
    "list_api_node_admin_keys",
    "list_api_node_service_generations",
    "list_api_node_services",
    "preload_api_node_service_generation",
    "register_api_node_code_env_in_cache",
    "set_api_node_service_mapping",
    "switch_api_node_service_to_generation",
    "switch_api_node_service_to_newest",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
