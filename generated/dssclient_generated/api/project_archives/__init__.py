"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        activate_bundle,
        create_project_from_bundle,
        create_project_from_bundle_archive_path,
        delete_exported_bundle,
        delete_imported_bundle,
        export_bundle,
        export_project,
        get_exported_bundle_archive,
        import_bundle_from_archive,
        import_bundle_from_stream,
        list_exported_bundles,
        list_imported_bundles,
        preload_bundle,
        process_project_import,
        publish_bundle,
        upload_project_import,
    )

__all__ = (
    "activate_bundle",
    "create_project_from_bundle",
    "create_project_from_bundle_archive_path",
    "delete_exported_bundle",
    "delete_imported_bundle",
    "export_bundle",
    "export_project",
    "get_exported_bundle_archive",
    "import_bundle_from_archive",
    "import_bundle_from_stream",
    "list_exported_bundles",
    "list_imported_bundles",
    "preload_bundle",
    "process_project_import",
    "publish_bundle",
    "upload_project_import",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
