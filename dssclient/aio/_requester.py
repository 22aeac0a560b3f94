"""How the handle layer runs an operation: build the request, send it, read and decode the answer.

Data flow of one handle method::

    handle method
      -> AsyncRequester.json(<generated operation>.request_kwargs, path params..., query=..., body=...)
           the generated builder: method, URL with percent-encoded path segments, query, JSON body
           (an identifier no path segment can carry -> InvalidIdentifierError, nothing sent)
      -> within the call's deadline (_deadline): send on the shared httpx client (_transport),
         read the answer's body (bounded by max_json_bytes), typed errors for network failures
      <- decoded JSON, nothing, or a stream (AsyncDSSStream)

The generated modules are the single description of each operation's request: dssclient
never spells a URL or a query parameter name by hand. Answers are not parsed into the
generated attrs models: the handles return DSS's JSON as the official client does, and
building models for every answer would cost more CPU than the HTTP call itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ParamSpec

import httpx
from dssclient_generated.types import InvalidPathParameterError

from dssclient._config import CallOptions
from dssclient._deadline import deadline_scope
from dssclient._paths import expand_path
from dssclient._response import decode_json
from dssclient._translate import safe_url, translate_transport_errors
from dssclient.errors import InvalidIdentifierError, InvalidRequestError, ResponseTooLargeError

from ._body import CALL_OPTIONS_EXTENSION, read_body
from ._stream import AsyncDSSStream

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

    Generated operations serialise their ``body`` argument with ``body.to_dict()``.
    Settings must go back to DSS exactly as they came (unknown properties, nulls,
    order), so the handle layer hands over the raw JSON value itself rather than a
    model rebuilt from it. Typed ``Any`` so it fits wherever a generated operation
    expects a model.
    """
    return _JSONBody(payload)


class _MultipartBody:
    __slots__ = ("parts",)

    def __init__(self, parts: list[tuple[str, Any]]) -> None:
        self.parts = parts

    def to_multipart(self) -> list[tuple[str, Any]]:
        return self.parts


def multipart_body(**files: tuple[str, Any]) -> Any:
    """An upload body (multipart/form-data) for a generated operation: one part per keyword.

    Each value is ``(file_name, content)``, the content bytes or a binary file object, which
    httpx reads in chunks as it sends: a large file is never held whole in memory. Parts go
    without a Content-Type of their own, as the official client sends them.
    """
    return _MultipartBody([(name, (file_name, content)) for name, (file_name, content) in files.items()])


class AsyncRequester:
    """Runs requests on one httpx client with one set of ``CallOptions``.

    The handle methods pass a generated operation's request builder
    (``dssclient_generated.api.<tag>.<operation>.request_kwargs``) followed by that
    builder's own arguments: path parameters positionally, query parameters and
    ``body`` by keyword. The ``ParamSpec`` lets mypy check every handle's call
    against the signature generated from the spec.
    """

    __slots__ = ("http", "options")

    def __init__(self, http: httpx.AsyncClient, options: CallOptions) -> None:
        self.http = http
        self.options = options

    # -- for the handles: a generated operation and its arguments ----------------------------

    async def json(self, build: RequestBuilder[P], /, *args: P.args, **kwargs: P.kwargs) -> Any:
        """The decoded JSON answer; an empty answer is an ``UnexpectedResponseError``."""
        return await self.send_json(self.build(build, *args, **kwargs), required=True)

    async def json_or_none(self, build: RequestBuilder[P], /, *args: P.args, **kwargs: P.kwargs) -> Any:
        """The decoded JSON answer, or None when DSS answered nothing (an acknowledgement, say)."""
        return await self.send_json(self.build(build, *args, **kwargs), required=False)

    async def empty(self, build: RequestBuilder[P], /, *args: P.args, **kwargs: P.kwargs) -> None:
        """For operations whose answer carries nothing of use."""
        await self.send_empty(self.build(build, *args, **kwargs))

    async def stream(self, build: RequestBuilder[P], /, *args: P.args, **kwargs: P.kwargs) -> AsyncDSSStream:
        """The answer's body as a stream, read as it arrives. Close it."""
        return await self.send_stream(self.build(build, *args, **kwargs))

    def build(self, build: RequestBuilder[P], /, *args: P.args, **kwargs: P.kwargs) -> httpx.Request:
        try:
            spec = build(*args, **kwargs)
        except InvalidPathParameterError as error:
            raise InvalidIdentifierError(str(error)) from None
        return self._prepare(spec)

    # -- for the escape hatch: any path ---------------------------------------------------------

    def build_raw(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
        path_params: Mapping[str, Any] | None = None,
    ) -> httpx.Request:
        spec: dict[str, Any] = {"method": method.upper(), "url": expand_path(path, path_params)}
        if params:
            spec["params"] = {name: value for name, value in params.items() if value is not None}
        if body is not None:
            spec["json"] = body
        return self._prepare(spec)

    # -- sending ------------------------------------------------------------------------------

    async def send_json(self, request: httpx.Request, *, required: bool) -> Any:
        limit = self.options.max_json_bytes
        with deadline_scope(self.options.deadline):
            response = await self._send(request)
            with translate_transport_errors(request.method, request.url):
                body = await read_body(response, limit)
        if len(body) > limit:
            raise ResponseTooLargeError(
                f"{request.method} {safe_url(request.url)} answered more than {limit} bytes of JSON; "
                "raise the limit with with_options(max_json_bytes=...) if this is expected",
                limit=limit,
            )
        return decode_json(response, body, required=required)

    async def send_empty(self, request: httpx.Request) -> None:
        with deadline_scope(self.options.deadline):
            response = await self._send(request)
            # Reading what little DSS answers keeps the connection reusable.
            with translate_transport_errors(request.method, request.url):
                await read_body(response, self.options.max_json_bytes, truncate=True)

    async def send_stream(self, request: httpx.Request) -> AsyncDSSStream:
        # The deadline covers the call until the answer starts; its body then takes as long as
        # its size needs, each read bounded by the read timeout.
        with deadline_scope(self.options.deadline):
            response = await self._send(request)
        return AsyncDSSStream(response)

    async def _send(self, request: httpx.Request) -> httpx.Response:
        with translate_transport_errors(request.method, request.url):
            return await self.http.send(request, stream=True)

    def _prepare(self, spec: dict[str, Any]) -> httpx.Request:
        try:
            return self.http.build_request(
                **spec, timeout=self.options.timeout, extensions={CALL_OPTIONS_EXTENSION: self.options}
            )
        except UnicodeEncodeError as error:
            raise InvalidRequestError(
                f"the request cannot be sent: a parameter or the body holds text that is not valid Unicode "
                f"({error.reason} at position {error.start})"
            ) from None
        except ValueError as error:  # NaN or infinity in a JSON body
            raise InvalidRequestError(f"the request body cannot be sent as JSON: {error}") from None
