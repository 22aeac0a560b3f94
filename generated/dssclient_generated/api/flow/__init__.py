"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        add_flow_zone_item,
        add_flow_zone_items,
        create_flow_zone,
        delete_flow_zone,
        do_flow_tool_action,
        download_flow_documentation,
        generate_flow_documentation,
        generate_flow_documentation_with_template,
        generate_flow_documentation_with_template_in_folder,
        get_flow_graph,
        get_flow_tool_state,
        get_flow_zone,
        get_flow_zone_graph,
        list_flow_zones,
        propagate_schema,
        save_flow_zone,
        share_to_flow_zone,
        start_flow_tool,
        stop_flow_tool,
        unshare_from_flow_zone,
        update_flow_tool,
    )

__all__ = (
    "add_flow_zone_item",
    "add_flow_zone_items",
    "create_flow_zone",
    "delete_flow_zone",
    "do_flow_tool_action",
    "download_flow_documentation",
    "generate_flow_documentation",
    "generate_flow_documentation_with_template",
    "generate_flow_documentation_with_template_in_folder",
    "get_flow_graph",
    "get_flow_tool_state",
    "get_flow_zone",
    "get_flow_zone_graph",
    "list_flow_zones",
    "propagate_schema",
    "save_flow_zone",
    "share_to_flow_zone",
    "start_flow_tool",
    "stop_flow_tool",
    "unshare_from_flow_zone",
    "update_flow_tool",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
