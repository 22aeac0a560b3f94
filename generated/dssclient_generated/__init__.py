"""A client library for accessing Dataiku DSS public REST API"""

import importlib
import threading
from types import ModuleType
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

# Python's per-module import locks can deadlock when several threads import
# interdependent modules at once; the lazy imports of this package take turns.
_IMPORT_LOCK = threading.RLock()


def import_submodule(package: str, name: str) -> ModuleType:
    """The module ``package.name``, imported once, whichever thread asks first"""
    with _IMPORT_LOCK:
        return importlib.import_module(f"{package}.{name}")


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
