"""dssclient: a typed client for the Dataiku DSS public REST API.

    from dssclient import DSSClient
    client = DSSClient("https://dss.example.com", api_key)

Names are resolved lazily (PEP 562) so that ``import dssclient`` stays cheap:
the HTTP stack loads with the first client, and the generated layer with the
first call of each operation.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __version__
from .errors import (
    AuthenticationError,
    BadRequestError,
    ConflictError,
    DataikuException,
    DSSAPIError,
    DSSConnectionError,
    DSSTimeoutError,
    FutureFailedError,
    FutureTimeoutError,
    InternalServerError,
    InvalidIdentifierError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResultNotReadyError,
    UnexpectedResponseError,
)

if TYPE_CHECKING:
    from ._retry import RetryPolicy
    from ._stream import DSSStream
    from .dss.future import DSSFuture, PollingSchedule
    from .dssclient import DSSClient, DSSInstanceInfo

_LAZY = {
    "DSSClient": ".dssclient",
    "DSSInstanceInfo": ".dssclient",
    "DSSFuture": ".dss.future",
    "PollingSchedule": ".dss.future",
    "RetryPolicy": "._retry",
    "DSSStream": "._stream",
}

__all__ = [
    "__version__",
    "DSSClient",
    "DSSInstanceInfo",
    "DSSFuture",
    "PollingSchedule",
    "RetryPolicy",
    "DSSStream",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "DataikuException",
    "DSSAPIError",
    "DSSConnectionError",
    "DSSTimeoutError",
    "FutureFailedError",
    "FutureTimeoutError",
    "InternalServerError",
    "InvalidIdentifierError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResultNotReadyError",
    "UnexpectedResponseError",
]


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'dssclient' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module_name, __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
