"""The async variant of dssclient: ``AsyncDSSClient`` and its handles (``AsyncDSSProject``, ...).

This package holds the code written by hand; the sync variant (``dssclient.DSSClient``,
``dssclient.dss.*``) is derived from it by ``scripts/unasync.py``. Every handle class
``AsyncX`` here has the public methods and signatures of its sync twin ``X``, its calls
being coroutines. Import the client from the top package: ``from dssclient import AsyncDSSClient``.
"""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from . import dss as dss
    from . import dssclient as dssclient

# ``dssclient.aio.dssclient`` and ``dssclient.aio.dss.<module>`` after a plain ``import dssclient``.
_SUBMODULES = frozenset({"apinode_admin", "apinode_admin_client", "apinode_client", "dss", "dssclient"})


def __getattr__(name: str) -> ModuleType:
    from .._submodules import import_submodule

    return import_submodule(__name__, name, _SUBMODULES)


def __dir__() -> list[str]:
    return sorted({*globals(), *_SUBMODULES})
