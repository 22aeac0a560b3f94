"""What a handler receives (the request, its caller, the instance) and what it may answer."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .config import EmulatorConfig
from .futures import FutureRegistry
from .scoring import ScoringLibs
from .spec import Operation
from .state import DSSState, User

PERSONAL_API_KEY = "PERSONAL_API_KEY"
GLOBAL_API_KEY = "GLOBAL_API_KEY"
TICKET = "TICKET"


@dataclass(frozen=True)
class Caller:
    """Who a request authenticates as, and how."""

    user: User
    auth_source: str


def _new_workdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="dss-emulator-"))


@dataclass(frozen=True)
class Services:
    """The emulated instance: configuration, state, long tasks, downloadable content, and a
    working directory for what is kept on disk (uploads, data)."""

    config: EmulatorConfig
    state: DSSState
    futures: FutureRegistry
    scoring_libs: ScoringLibs
    workdir: Path = field(default_factory=_new_workdir)


@dataclass(frozen=True)
class RequestContext:
    services: Services
    caller: Caller
    operation: Operation
    # Decoded path parameters.
    path: dict[str, str]
    # Query parameters coerced by their schemas, with the spec's defaults filled in.
    query: dict[str, Any]
    # The JSON body as received (None when there is none): what "stored as received" stores.
    body: Any
    # The body without its null-valued properties: DSS reads a null as absent, so read fields from here.
    body_fields: Any
    # The header parameters the operation declares, by lower-cased name (those sent).
    headers: dict[str, str] = field(default_factory=dict[str, str])

    @property
    def user(self) -> User:
        return self.caller.user


@dataclass(frozen=True)
class BinaryReply:
    """A non-JSON answer, streamed in chunks by the HTTP layer; sent chunked when its length is unknown
    (rows generated as they are read, say)."""

    media_type: str
    length: int | None
    chunks: Callable[[], Iterator[bytes | memoryview]]
