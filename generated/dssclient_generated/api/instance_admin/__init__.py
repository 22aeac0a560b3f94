"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        apply_kubernetes_policies,
        get_auth_info_from_browser_headers,
        get_general_settings,
        get_global_usage_summary,
        get_global_variables,
        get_licensing_status,
        get_log,
        get_resolved_variables,
        get_sanity_check_codes,
        get_ticket_from_browser_headers,
        list_logs,
        log_custom_audit,
        push_base_images,
        run_sanity_check,
        save_general_settings,
        set_global_variables,
        set_license,
    )

__all__ = (
    "apply_kubernetes_policies",
    "get_auth_info_from_browser_headers",
    "get_general_settings",
    "get_global_usage_summary",
    "get_global_variables",
    "get_licensing_status",
    "get_log",
    "get_resolved_variables",
    "get_sanity_check_codes",
    "get_ticket_from_browser_headers",
    "list_logs",
    "log_custom_audit",
    "push_base_images",
    "run_sanity_check",
    "save_general_settings",
    "set_global_variables",
    "set_license",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
