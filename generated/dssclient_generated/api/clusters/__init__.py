"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_cluster,
        delete_all_kubernetes_pods,
        delete_cluster,
        delete_finished_kubernetes_jobs,
        delete_finished_kubernetes_pods,
        get_cluster_settings,
        get_cluster_status,
        list_clusters,
        run_kubectl_on_cluster,
        save_cluster_settings,
        start_cluster,
        stop_cluster,
    )

__all__ = (
    "create_cluster",
    "delete_all_kubernetes_pods",
    "delete_cluster",
    "delete_finished_kubernetes_jobs",
    "delete_finished_kubernetes_pods",
    "get_cluster_settings",
    "get_cluster_status",
    "list_clusters",
    "run_kubectl_on_cluster",
    "save_cluster_settings",
    "start_cluster",
    "stop_cluster",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
