"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_saved_model,
        delete_saved_model,
        delete_saved_model_versions,
        evaluate_external_model_version,
        get_external_model_version_metadata,
        get_saved_model,
        get_saved_model_usages,
        get_saved_model_version_details,
        get_saved_model_version_metrics,
        get_saved_model_version_snippet,
        import_saved_model_version,
        list_saved_model_versions,
        list_saved_models,
        save_external_model_version_metadata,
        save_saved_model,
        set_saved_model_active_version,
    )

__all__ = (
    "create_saved_model",
    "delete_saved_model",
    "delete_saved_model_versions",
    "evaluate_external_model_version",
    "get_external_model_version_metadata",
    "get_saved_model",
    "get_saved_model_usages",
    "get_saved_model_version_details",
    "get_saved_model_version_metrics",
    "get_saved_model_version_snippet",
    "import_saved_model_version",
    "list_saved_model_versions",
    "list_saved_models",
    "save_external_model_version_metadata",
    "save_saved_model",
    "set_saved_model_active_version",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
