"""The request pipeline: every call dssclient makes goes through here.

Data flow of one handle method::

    handle method
      -> generated operation's _get_kwargs(path params..., query=..., body=...)
           method, URL with percent-encoded path segments, query, JSON body
      -> Requester: identifier check, send on the shared httpx.Client
           -> DSSAuth (credentials) -> RetryingTransport (backoff) -> HTTPTransport
           <- response hook: an error status becomes a typed DSSAPIError
      <- raw JSON (dict/list), a DSSStream, or nothing

The generated modules are the single description of each operation's request:
dssclient never spells a URL or a query parameter name by hand. Responses are
not parsed into the generated attrs models: the handle layer returns DSS's JSON
as the official client does, and building models for every answer would cost
more CPU than the HTTP call itself. The models remain available through
``DSSClient.generated_client``.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ParamSpec

import httpx

from ._auth import DSSAuth
from ._retry import AsyncRetryingTransport, RetryingTransport, RetryPolicy
from ._stream import DSSStream
from ._translate import safe_url, translate_transport_errors
from ._version import __version__
from .errors import (
    DSSAPIError,
    InvalidIdentifierError,
    UnexpectedResponseError,
    error_class_for_status,
)

DEFAULT_TIMEOUT = httpx.Timeout(120.0, connect=10.0)
"""Connect within 10 s, and no single read, write or pool wait longer than 120 s."""

_UNADDRESSABLE_SEGMENTS = frozenset({"", ".", ".."})

P = ParamSpec("P")
RequestBuilder = Callable[P, dict[str, Any]]


class _JSONBody:
    __slots__ = ("payload",)

    def __init__(self, payload: Any) -> None:
        self.payload = payload

    def to_dict(self) -> Any:
        return self.payload


def json_body(payload: Any) -> Any:
    """A request body that passes through a generated operation untouched.

    Generated operations serialise their ``body`` argument with
    ``body.to_dict()``. Settings must go back to DSS exactly as they came
    (unknown properties, nulls, order), so the handle layer hands over the raw
    JSON value itself rather than a model rebuilt from it. Typed ``Any`` so it
    fits wherever a generated operation expects a model.
    """
    return _JSONBody(payload)


@dataclass(frozen=True, slots=True)
class ConnectionSettings:
    """Everything needed to build the httpx clients that talk to one DSS node."""

    base_url: str
    auth: DSSAuth
    timeout: httpx.Timeout = field(default_factory=lambda: DEFAULT_TIMEOUT)
    retry: RetryPolicy = field(default_factory=RetryPolicy)
    verify: bool | ssl.SSLContext = True
    headers: dict[str, str] = field(default_factory=dict)
    # Replaces the network (tests use httpx.MockTransport); retries still wrap it.
    transport: httpx.BaseTransport | None = None
    async_transport: httpx.AsyncBaseTransport | None = None

    def __repr__(self) -> str:
        return f"ConnectionSettings(base_url={self.base_url!r}, auth={self.auth!r}, timeout={self.timeout!r})"


def _shared_options(settings: ConnectionSettings) -> dict[str, Any]:
    """What the sync and async httpx clients have in common."""
    return {
        "base_url": settings.base_url,
        "auth": settings.auth,
        "headers": {"User-Agent": f"dssclient/{__version__} httpx/{httpx.__version__}", **settings.headers},
        "timeout": settings.timeout,
        "follow_redirects": False,
    }


def build_http_client(settings: ConnectionSettings) -> httpx.Client:
    inner = settings.transport or httpx.HTTPTransport(verify=settings.verify)
    return httpx.Client(
        transport=RetryingTransport(inner, settings.retry),
        event_hooks={"response": [_raise_for_dss_error]},
        **_shared_options(settings),
    )


def build_async_http_client(settings: ConnectionSettings) -> httpx.AsyncClient:
    inner = settings.async_transport or httpx.AsyncHTTPTransport(verify=settings.verify)
    return httpx.AsyncClient(
        transport=AsyncRetryingTransport(inner, settings.retry),
        event_hooks={"response": [_araise_for_dss_error]},
        **_shared_options(settings),
    )


def dss_error_from_response(response: httpx.Response) -> DSSAPIError:
    """The typed error for an error answer whose body has been read."""
    body: dict[str, Any] = {}
    try:
        decoded = response.json()
    except ValueError:
        decoded = None
    if isinstance(decoded, dict):
        body = decoded
    error_type = body.get("errorType")
    message = body.get("message")
    if not isinstance(error_type, str) or not error_type:
        # Not a DSS error body: a proxy's page, or an empty answer.
        error_type = "Unknown error"
    if not isinstance(message, str):
        snippet = response.text[:300].strip() if response.content else ""
        message = f"HTTP {response.status_code} {response.reason_phrase}" + (f": {snippet}" if snippet else "")
    detailed = body.get("detailedMessage")
    request = response.request
    return error_class_for_status(response.status_code)(
        status_code=response.status_code,
        error_type=error_type,
        message=message,
        detailed_message=detailed if isinstance(detailed, str) and detailed else None,
        method=request.method,
        url=safe_url(request.url),
        body=body,
    )


def _raise_for_dss_error(response: httpx.Response) -> None:
    if response.status_code >= 400:
        response.read()
        raise dss_error_from_response(response)


async def _araise_for_dss_error(response: httpx.Response) -> None:
    if response.status_code >= 400:
        await response.aread()
        raise dss_error_from_response(response)


def check_path_identifiers(path_params: tuple[Any, ...]) -> None:
    """Refuse identifiers that no URL path segment can carry faithfully.

    Generated request builders take path parameters positionally and percent-encode
    them, so ``a/b`` safely becomes ``a%2Fb``. But an empty identifier, ``.``
    or ``..`` would be dropped or resolved by URL normalisation and silently
    address another resource (``/futures/`` instead of ``/futures/{id}``).
    """
    for value in path_params:
        if str(value) in _UNADDRESSABLE_SEGMENTS:
            raise InvalidIdentifierError(
                f"identifier {str(value)!r} cannot be sent in a URL path: "
                "DSS identifiers '', '.' and '..' address no resource"
            )


def decode_json(response: httpx.Response) -> Any:
    if not response.content:
        return None
    try:
        return response.json()
    except ValueError as error:
        raise UnexpectedResponseError(
            f"{response.request.method} {safe_url(response.request.url)} answered {response.status_code} "
            f"with a body that is not JSON: {response.text[:200]!r}"
        ) from error


class Requester:
    """Runs generated operations on the shared httpx client.

    Each method takes a generated operation's request builder
    (``dssclient_generated.api.<tag>.<operation>._get_kwargs``) followed by
    that builder's own arguments: path parameters positionally, query
    parameters and ``body`` by keyword. The ``ParamSpec`` lets mypy check every
    handle's call against the signature generated from the spec.
    """

    __slots__ = ("http",)

    def __init__(self, http: httpx.Client) -> None:
        self.http = http

    def json(self, build: RequestBuilder[P], /, *args: P.args, **kwargs: P.kwargs) -> Any:
        """The decoded JSON answer (``None`` for an empty one)."""
        return decode_json(self._send(build, args, kwargs, stream=False))

    def empty(self, build: RequestBuilder[P], /, *args: P.args, **kwargs: P.kwargs) -> None:
        """For operations whose answer carries nothing of use."""
        self._send(build, args, kwargs, stream=False)

    def stream(self, build: RequestBuilder[P], /, *args: P.args, **kwargs: P.kwargs) -> DSSStream:
        """The answer's body as a file-like stream, read as it arrives. Close it."""
        return DSSStream(self._send(build, args, kwargs, stream=True))

    def _send(
        self, build: Callable[..., dict[str, Any]], args: tuple[Any, ...], kwargs: dict[str, Any], *, stream: bool
    ) -> httpx.Response:
        check_path_identifiers(args)
        request = self.http.build_request(**build(*args, **kwargs))
        with translate_transport_errors(request.method, request.url):
            return self.http.send(request, stream=stream)
