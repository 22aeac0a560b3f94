"""Submodules reached as attributes of their package, imported on first access (PEP 562).

``import dssclient as dataikuapi`` then ``dataikuapi.utils.DataikuException`` or
``dataikuapi.dss.project.DSSProject`` work as with the official package, while
``import dssclient`` itself imports none of them.
"""

from __future__ import annotations

import importlib
from collections.abc import Collection
from types import ModuleType


def import_submodule(package: str, name: str, submodules: Collection[str]) -> ModuleType:
    """``package.name`` imported (under dssclient's import lock) if ``name`` is one of ``submodules``.

    Raises AttributeError otherwise, as a missing module attribute does.
    """
    if name not in submodules:
        raise AttributeError(f"module {package!r} has no attribute {name!r}")
    from ._concurrency import IMPORT_LOCK

    # The one lock of dssclient's lazy imports: first uses from many threads must not interleave
    # module initialisations. Importing the submodule also binds it on its package.
    with IMPORT_LOCK:
        return importlib.import_module(f"{package}.{name}")
