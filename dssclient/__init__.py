"""dssclient: a typed client for the Dataiku DSS public REST API, sync and async::

    from dssclient import DSSClient
    client = DSSClient("https://dss.example.com", api_key)

    from dssclient import AsyncDSSClient
    async with AsyncDSSClient("https://dss.example.com", api_key) as client:
        keys = await client.list_project_keys()

Names are resolved lazily (PEP 562) so that ``import dssclient`` stays cheap:
the HTTP stack loads with the first client, and each generated operation with
its first call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._version import __version__
from .errors import (
    AuthenticationError,
    BadRequestError,
    ConfigurationError,
    ConflictError,
    DataikuException,
    DSSAPIError,
    DSSConnectionError,
    DSSTimeoutError,
    FutureFailedError,
    FutureTimeoutError,
    InternalServerError,
    InvalidIdentifierError,
    InvalidRequestError,
    JobFailedError,
    NotFoundError,
    OperationFailedError,
    PermissionDeniedError,
    RateLimitError,
    RedirectError,
    ResponseTooLargeError,
    ResultNotReadyError,
    ScenarioRunFailedError,
    UnexpectedResponseError,
    WaitTimeoutError,
)

if TYPE_CHECKING:
    from . import aio as aio
    from . import dss as dss
    from . import dssclient as dssclient
    from . import utils as utils
    from ._polling import PollingSchedule, ProgressPrinter
    from ._retry import RetryPolicy
    from ._stream import DSSStream
    from .aio._stream import AsyncDSSStream
    from .aio.apinode_admin_client import AsyncAPINodeAdminClient
    from .aio.apinode_client import AsyncAPINodeClient
    from .aio.dss.future import AsyncDSSFuture
    from .aio.dssclient import AsyncDSSClient, async_api_client
    from .apinode_admin_client import APINodeAdminClient
    from .apinode_client import APINodeClient
    from .dss.admin import DSSGroupImpersonationRule as DSSGroupImpersonationRule
    from .dss.admin import DSSUserImpersonationRule as DSSUserImpersonationRule
    from .dss.future import DSSFuture
    from .dss.recipe import ClusteringScoringRecipeCreator as ClusteringScoringRecipeCreator
    from .dss.recipe import CodeRecipeCreator as CodeRecipeCreator
    from .dss.recipe import DistinctRecipeCreator as DistinctRecipeCreator
    from .dss.recipe import DownloadRecipeCreator as DownloadRecipeCreator
    from .dss.recipe import GroupingRecipeCreator as GroupingRecipeCreator
    from .dss.recipe import JoinRecipeCreator as JoinRecipeCreator
    from .dss.recipe import PredictionScoringRecipeCreator as PredictionScoringRecipeCreator
    from .dss.recipe import SamplingRecipeCreator as SamplingRecipeCreator
    from .dss.recipe import SortRecipeCreator as SortRecipeCreator
    from .dss.recipe import SplitRecipeCreator as SplitRecipeCreator
    from .dss.recipe import SQLQueryRecipeCreator as SQLQueryRecipeCreator
    from .dss.recipe import StackRecipeCreator as StackRecipeCreator
    from .dss.recipe import SyncRecipeCreator as SyncRecipeCreator
    from .dss.recipe import TopNRecipeCreator as TopNRecipeCreator
    from .dss.recipe import UpsertRecipeCreator as UpsertRecipeCreator
    from .dss.recipe import WindowRecipeCreator as WindowRecipeCreator
    from .dss.utils import DSSInstanceInfo
    from .dssclient import DSSClient, api_client

_LAZY = {
    "DSSClient": ".dssclient",
    "api_client": ".dssclient",
    "AsyncDSSClient": ".aio.dssclient",
    "async_api_client": ".aio.dssclient",
    "DSSInstanceInfo": ".dss.utils",
    "DSSFuture": ".dss.future",
    "AsyncDSSFuture": ".aio.dss.future",
    "PollingSchedule": "._polling",
    "ProgressPrinter": "._polling",
    "RetryPolicy": "._retry",
    "DSSStream": "._stream",
    "AsyncDSSStream": ".aio._stream",
    # Classes the official package also exports at its top (``dataikuapi.GroupingRecipeCreator``).
    **dict.fromkeys(
        (
            "CodeRecipeCreator",
            "DistinctRecipeCreator",
            "DownloadRecipeCreator",
            "GroupingRecipeCreator",
            "JoinRecipeCreator",
            "SamplingRecipeCreator",
            "SortRecipeCreator",
            "SplitRecipeCreator",
            "SQLQueryRecipeCreator",
            "StackRecipeCreator",
            "SyncRecipeCreator",
            "TopNRecipeCreator",
            "UpsertRecipeCreator",
            "WindowRecipeCreator",
            # scoring recipes (issue 19)
            "PredictionScoringRecipeCreator",
            "ClusteringScoringRecipeCreator",
        ),
        ".dss.recipe",
    ),
    "DSSUserImpersonationRule": ".dss.admin",
    "DSSGroupImpersonationRule": ".dss.admin",
    # The API node's clients (issue 19).
    "APINodeClient": ".apinode_client",
    "APINodeAdminClient": ".apinode_admin_client",
    "AsyncAPINodeClient": ".aio.apinode_client",
    "AsyncAPINodeAdminClient": ".aio.apinode_admin_client",
}

__all__ = [
    "__version__",
    "DSSClient",
    "AsyncDSSClient",
    "api_client",
    "async_api_client",
    "DSSInstanceInfo",
    "DSSFuture",
    "AsyncDSSFuture",
    "PollingSchedule",
    "ProgressPrinter",
    "RetryPolicy",
    "DSSStream",
    "AsyncDSSStream",
    "APINodeClient",
    "APINodeAdminClient",
    "AsyncAPINodeClient",
    "AsyncAPINodeAdminClient",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "DataikuException",
    "DSSAPIError",
    "DSSConnectionError",
    "DSSTimeoutError",
    "FutureFailedError",
    "FutureTimeoutError",
    "InternalServerError",
    "InvalidIdentifierError",
    "InvalidRequestError",
    "NotFoundError",
    "OperationFailedError",
    "PermissionDeniedError",
    "RateLimitError",
    "RedirectError",
    "ResponseTooLargeError",
    "ResultNotReadyError",
    "UnexpectedResponseError",
    # -- jobs and scenario runs --
    "JobFailedError",
    "ScenarioRunFailedError",
    "WaitTimeoutError",
]


# The official client's module paths, reached as attributes after a plain ``import dssclient``
# (``dssclient.utils.DataikuException``, ``dssclient.dss.project.DSSProject``), imported on first access.
_SUBMODULES = frozenset({"aio", "apinode_admin", "apinode_admin_client", "apinode_client", "dss", "dssclient", "utils"})


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        from ._submodules import import_submodule

        return import_submodule(__name__, name, _SUBMODULES)
    import importlib

    from ._concurrency import IMPORT_LOCK

    # One lock for every lazy import of dssclient: first uses from many threads at once must not
    # interleave module initialisations (Python's import locks could then deadlock).
    with IMPORT_LOCK:
        value = getattr(importlib.import_module(module_name, __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*__all__, *_LAZY, *_SUBMODULES})
