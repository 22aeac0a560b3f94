"""Contains endpoint functions for accessing the API"""

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import (
        create_wiki_article,
        delete_wiki_article,
        export_wiki,
        export_wiki_article,
        get_wiki_article,
        get_wiki_attachment,
        get_wiki_settings,
        save_wiki_article,
        save_wiki_settings,
        upload_wiki_attachment,
    )

__all__ = (
    "create_wiki_article",
    "delete_wiki_article",
    "export_wiki",
    "export_wiki_article",
    "get_wiki_article",
    "get_wiki_attachment",
    "get_wiki_settings",
    "save_wiki_article",
    "save_wiki_settings",
    "upload_wiki_attachment",
)


def __getattr__(name: str) -> Any:
    if name not in __all__:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from ... import import_submodule

    return import_submodule(__name__, name)
