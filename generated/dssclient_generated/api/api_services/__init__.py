"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_api_service,
        create_api_service_package,
        delete_api_service_package,
        download_api_service_package,
        get_api_service_package_summary,
        get_api_service_settings,
        list_api_service_packages,
        list_api_services,
        publish_api_service_package,
        save_api_service_settings,
    )

__all__ = (
    "create_api_service",
    "create_api_service_package",
    "delete_api_service_package",
    "download_api_service_package",
    "get_api_service_package_summary",
    "get_api_service_settings",
    "list_api_service_packages",
    "list_api_services",
    "publish_api_service_package",
    "save_api_service_settings",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
