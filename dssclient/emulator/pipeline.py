"""The request pipeline: from a raw HTTP request to an answer, driven by the spec.

In order: base path, path segments, authentication, routing, administrator
check, validation of query and body, handler, validation of the answer. The
pipeline knows nothing of sockets (``server.py`` does), so it can be driven
directly from tests.
"""

from __future__ import annotations

import copy
import io
import json
import logging
import re
import urllib.parse
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Protocol, cast

from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from jsonschema.exceptions import ValidationError, best_match  # type: ignore[import-untyped]

from dssclient._json import is_array, is_object

from ._util import drop_nulls
from .auth import authenticate_headers
from .context import BinaryReply, Caller, RequestContext, Services
from .errors import (
    ILLEGAL_ARGUMENT,
    INTERNAL_ERROR,
    INVALID_RESPONSE,
    JSON_PARSE,
    METHOD_NOT_SUPPORTED,
    NOT_AUTHENTICATED,
    NOT_FOUND,
    NOT_IMPLEMENTED,
    SECURITY,
    DSSError,
    bad_request,
)
from .handlers import Handler
from .models.apinode import api_node_caller
from .multipart import MultipartError, UploadedPart, parse_multipart
from .redaction import Redactor, redact_json_body, redact_query
from .spec import (
    BINARY_MEDIA_TYPE,
    MULTIPART_MEDIA_TYPE,
    NO_DEFAULT,
    ApiSpec,
    Operation,
    ParameterSpec,
    multi_segment_problem,
)

logger = logging.getLogger("dssclient.emulator")

BASE_PATHS = ("/public/api", "/dip/publicapi")
# Where the emulator answers as an API node: its user API, and its admin API.
API_NODE_USER_BASE = "/public/api/v1/"
API_NODE_ADMIN_BASE = "/admin/api"
JSON_CONTENT_TYPE = "application/json;charset=utf-8"
API_VERSION = "1"
# A "%" not followed by two hex digits: Jetty refuses such a URI.
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_INTEGER = re.compile(r"[+-]?[0-9]+")
# Longest text of a schema error kept in a message: jsonschema quotes whole instances.
_MAX_ERROR_TEXT = 300
# Deepest JSON body accepted: the handlers copy and validate bodies recursively.
MAX_NESTING_DEPTH = 200


class Headers(Protocol):
    # Positional, as email.message.Message (http.server's headers) names its default failobj.
    def get(self, name: str, default: None = None, /) -> str | None: ...


@dataclass(frozen=True)
class IncomingRequest:
    method: str
    # The raw request target: path and query string, as sent.
    target: str
    # Case-insensitive headers (an email.message.Message, as http.server gives).
    headers: Headers
    body: bytes = b""
    # A multipart upload, spooled by the HTTP layer rather than held in `body`.
    upload: BinaryIO | None = None


@dataclass(frozen=True)
class Answer:
    status: int
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""
    # A streamed (binary) answer; `body` is then unused.
    stream: BinaryReply | None = None

    @property
    def length(self) -> int | None:
        """The body's length; None for a stream of unknown length (sent chunked)."""
        return self.stream.length if self.stream is not None else len(self.body)


@dataclass(frozen=True)
class RequestRecord:
    """What a client sent, as `Emulator.request_log` keeps it, secrets redacted (``redaction.py``):
    secret path segments, query values and JSON body fields read ``REDACTED``. Headers are not
    kept at all: they carry credentials."""

    method: str
    # The raw path, percent-encoding kept, without the query string.
    path: str
    operation_id: str | None
    # The decoded query string, every value of every key.
    query: dict[str, list[str]] = field(default_factory=dict[str, list[str]])
    # The body, when at most EmulatorConfig.request_log_body_bytes long (else empty; see body_size).
    body: bytes = b""
    body_size: int = 0
    status: int = 0


# Uploads bounded by EmulatorConfig.max_folder_upload_bytes rather than max_upload_bytes.
FOLDER_UPLOADS = frozenset({"uploadManagedFolderFile"})


@dataclass
class Admission:
    """A request whose head passed authentication, routing and the administrator check."""

    operation: Operation | None = None
    caller: Caller | None = None
    path_parameters: dict[str, str] = field(default_factory=dict[str, str])

    @property
    def takes_upload(self) -> bool:
        """Whether the operation takes a multipart upload (bounded by the upload limit, not the JSON one)."""
        body = self.operation.body if self.operation is not None else None
        return body is not None and body.media_type == MULTIPART_MEDIA_TYPE

    @property
    def takes_folder_upload(self) -> bool:
        """Whether the operation uploads a file into a managed folder (bounded by the folder upload limit)."""
        return self.takes_upload and self.operation is not None and self.operation.operation_id in FOLDER_UPLOADS


class Pipeline:
    def __init__(
        self,
        spec: ApiSpec,
        handlers: Mapping[str, Handler],
        services: Services,
        request_log: deque[RequestRecord],
    ) -> None:
        self.spec = spec
        self.handlers = handlers
        self.services = services
        self.config = services.config
        self.request_log = request_log
        self.redactor = Redactor(spec, BASE_PATHS)

    def admit(self, request: IncomingRequest) -> Admission | Answer:
        """Steps 1 to 5 on the request's head alone (base path, segments, authentication, route,
        administrator check): what its body may be read for, or the answer refusing it (recorded
        in the request log), given before a byte of the body is read."""
        admission = Admission()
        try:
            self._admit(request, admission)
        except DSSError as error:
            answer = self.error_answer(error)
        except Exception:  # an emulator bug: answer it rather than drop the connection
            answer = self._failure_answer(request)
        else:
            return admission
        raw_path, raw_query = _split_target(request.target)
        self.request_log.append(self._record(request, raw_path, raw_query, admission.operation, answer.status))
        return answer

    def refuse(self, request: IncomingRequest, admission: Admission, error: DSSError) -> Answer:
        """The answer to an admitted request whose body the HTTP layer refused (too large,
        malformed framing), recorded in the request log."""
        answer = self.error_answer(error)
        raw_path, raw_query = _split_target(request.target)
        self.request_log.append(self._record(request, raw_path, raw_query, admission.operation, answer.status))
        return answer

    def handle(self, request: IncomingRequest, admission: Admission | None = None) -> Answer:
        """Answer one request (never raises), and record it in the request log.

        ``admission`` is what ``admit`` answered for this request's head, when the HTTP layer
        asked before reading the body; without it, the head is checked here.
        """
        raw_path, raw_query = _split_target(request.target)
        admitted = admission if admission is not None else Admission()
        ctx: RequestContext | None = None
        try:
            if admission is None:
                self._admit(request, admitted)
            operation, caller = admitted.operation, admitted.caller
            assert operation is not None and caller is not None
            ctx = self._context(operation, caller, admitted.path_parameters, raw_query, request)
            answer = self._answer_success(operation, self._call(operation, ctx))
        except DSSError as error:
            answer = self.error_answer(error)
        except Exception:  # an emulator bug: answer it rather than drop the connection
            answer = self._failure_answer(request)
        finally:
            # Uploaded parts a handler did not move into its own store are removed.
            if ctx is not None and is_object(ctx.body):
                for part in ctx.body.values():
                    if isinstance(part, UploadedPart):
                        part.path.unlink(missing_ok=True)
        self.request_log.append(self._record(request, raw_path, raw_query, admitted.operation, answer.status))
        return answer

    def _failure_answer(self, request: IncomingRequest) -> Answer:
        raw_path, _ = _split_target(request.target)
        logger.exception("emulator failure on %s %s", request.method, self.redactor.path(raw_path))
        return self.error_answer(DSSError(500, INTERNAL_ERROR, "Emulator failure; see the emulator's log"))

    def _record(
        self, request: IncomingRequest, raw_path: str, raw_query: str, operation: Operation | None, status: int
    ) -> RequestRecord:
        """The request as the log keeps it, its secrets redacted."""
        # Bodies are kept up to a bound: a log of large uploads would hold them all in memory.
        body = request.body if len(request.body) <= self.config.request_log_body_bytes else b""
        if (
            operation is None
            or operation.body is None
            or operation.body.media_type
            not in (
                MULTIPART_MEDIA_TYPE,
                BINARY_MEDIA_TYPE,
            )
        ):
            # A JSON body (or one sent where none was expected); raw bytes are files, kept as sent.
            body = redact_json_body(body)
        return RequestRecord(
            method=request.method,
            path=self.redactor.path(raw_path),
            operation_id=operation.operation_id if operation is not None else None,
            query=redact_query(_query_for_log(raw_query)),
            body=body,
            body_size=len(request.body),
            status=status,
        )

    def error_answer(self, error: DSSError) -> Answer:
        return self._json_answer(error.status, error.to_json(), error.headers)

    # -- steps --------------------------------------------------------------

    def _admit(self, request: IncomingRequest, admission: Admission) -> None:
        raw_path, _ = _split_target(request.target)
        # The emulator is also an API node (issue 19): its admin API has its own base path, and
        # its operations authenticate with the node's keys (checked by their handlers), not DSS's.
        admin_api = raw_path.startswith(API_NODE_ADMIN_BASE + "/")
        rest = raw_path[len(API_NODE_ADMIN_BASE) :] if admin_api else _strip_base_path(request.method, raw_path)
        segments = _decode_segments(request.method, rest, self.spec.leading_slash_at)
        if admin_api or (raw_path.startswith(API_NODE_USER_BASE) and segments[:1] == ["v1"]):
            operation, path_parameters = self._route(request.method, raw_path, segments, admin_api)
            admission.operation, admission.path_parameters = operation, path_parameters
            admission.caller = api_node_caller(request.headers.get("Authorization"))
            return
        caller = self._authenticate(request.headers)
        operation, path_parameters = self._route(request.method, raw_path, segments)
        admission.operation, admission.path_parameters = operation, path_parameters
        self._check_admin(operation, caller)
        admission.caller = caller

    def _authenticate(self, headers: Headers) -> Caller:
        caller = authenticate_headers(self.services.state, headers)
        if caller is None:
            raise DSSError(401, NOT_AUTHENTICATED, "No credentials")
        proxied = (headers.get("X-DKU-ProxyUser") or "").strip()
        if proxied:
            # An administrator's key may act as another user (DSSUser.get_client_as).
            if not caller.user.admin:
                raise DSSError(403, SECURITY, "Only an administrator may act as another user")
            user = self.services.state.users.get(proxied)
            if user is None or not user.enabled:
                raise DSSError(401, NOT_AUTHENTICATED, "Unknown or disabled user to act as")
            return Caller(user, caller.auth_source)
        return caller

    def _route(
        self, method: str, raw_path: str, segments: list[str], api_node_admin: bool = False
    ) -> tuple[Operation, dict[str, str]]:
        route = self.spec.route(method, segments, api_node_admin)
        if route.operation is not None:
            return route.operation, route.path_parameters
        if route.allowed_methods:
            raise DSSError(
                405,
                METHOD_NOT_SUPPORTED,
                f"Request method '{method}' not supported",
                headers=(("Allow", ", ".join(route.allowed_methods)),),
            )
        raise DSSError(404, NOT_FOUND, f"No handler found for {method} {raw_path}")

    def _check_admin(self, operation: Operation, caller: Caller) -> None:
        if operation.admin_only and not caller.user.admin:
            raise DSSError(403, SECURITY, "You may not perform this action: administrator rights are required")

    def _context(
        self, operation: Operation, caller: Caller, path: dict[str, str], raw_query: str, request: IncomingRequest
    ) -> RequestContext:
        for name, value in path.items():
            parameter = operation.path_parameters[name]
            problem = multi_segment_problem(value) if parameter.multi_segment else None
            if problem is not None:
                raise DSSError(400, ILLEGAL_ARGUMENT, f"Refused {request.method} request: {problem}")
            self._check_value(operation, parameter, value)
        query = self._parse_query(operation, raw_query)
        headers = self._parse_headers(operation, request)
        body: Any
        body_fields: Any
        if operation.body is not None and operation.body.media_type == MULTIPART_MEDIA_TYPE:
            body = body_fields = self._parse_upload(operation, request)
        elif operation.body is not None and operation.body.media_type == BINARY_MEDIA_TYPE:
            # Raw bytes, whatever the Content-Type (the official client sends none); an empty
            # body is an empty file. A multipart body is not what this operation takes.
            if request.upload is not None:
                raise bad_request(f"Operation {operation.operation_id} takes raw bytes, not a multipart upload")
            body, body_fields = request.body, None
        else:
            body, body_fields = self._parse_body(operation, request.body if request.upload is None else b"?")
        return RequestContext(
            services=self.services,
            caller=caller,
            operation=operation,
            path=path,
            query=query,
            body=body,
            body_fields=body_fields,
            headers=headers,
        )

    def _parse_headers(self, operation: Operation, request: IncomingRequest) -> dict[str, str]:
        """The header parameters the operation declares (strings), a required one missing refused."""
        values: dict[str, str] = {}
        for name, parameter in operation.header_parameters.items():
            value = request.headers.get(parameter.name)
            if value is None:
                if parameter.required:
                    raise bad_request(f"Missing header '{parameter.name}' for operation {operation.operation_id}")
                continue
            self._check_value(operation, parameter, value)
            values[name] = value
        return values

    def _parse_query(self, operation: Operation, raw_query: str) -> dict[str, Any]:
        grouped: dict[str, list[str]] = {}
        for name, value in _decode_query(raw_query):
            grouped.setdefault(name, []).append(value)
        values: dict[str, Any] = {}
        for name, texts in grouped.items():
            parameter = operation.query_parameters.get(name)
            if parameter is not None:
                values[name] = self._coerce(operation, parameter, texts)
            elif self.config.strict:
                known = ", ".join(sorted(operation.query_parameters)) or "none"
                raise bad_request(
                    f"Unknown query parameter '{name}' for operation {operation.operation_id} (known: {known})"
                )
        for name, parameter in operation.query_parameters.items():
            if name in values:
                continue
            if parameter.required:
                raise bad_request(f"Missing query parameter '{name}' for operation {operation.operation_id}")
            if parameter.default is not NO_DEFAULT:
                values[name] = copy.deepcopy(parameter.default)
        return values

    def _coerce(self, operation: Operation, parameter: ParameterSpec, texts: list[str]) -> Any:
        if parameter.kind == "array":
            items = texts if parameter.explode else [part for text in texts for part in text.split(",")]
            value: Any = [_scalar(operation, parameter, item, parameter.item_kind or "string") for item in items]
        else:
            if len(texts) > 1 and self.config.strict:
                raise bad_request(
                    f"Query parameter '{parameter.name}' of operation {operation.operation_id} "
                    f"is given {len(texts)} times but takes one value"
                )
            value = _scalar(operation, parameter, texts[0], parameter.kind)
        self._check_value(operation, parameter, value)
        return value

    def _check_value(self, operation: Operation, parameter: ParameterSpec, value: Any) -> None:
        # jsonschema ships no type information (no py.typed): pyright infers its types from its
        # source, partly unknown (here and in _schema_problem, _message).
        found = parameter.validator.iter_errors(value)  # pyright: ignore[reportUnknownMemberType]
        error = cast("ValidationError | None", best_match(found))
        if error is not None:
            raise bad_request(
                f"Invalid {parameter.location} parameter '{parameter.name}' of operation "
                f"{operation.operation_id}: {_clip(_message(error))}"
            )

    def _parse_upload(self, operation: Operation, request: IncomingRequest) -> dict[str, UploadedPart]:
        """The parts of a multipart/form-data upload, each on disk, by field name."""
        assert operation.body is not None
        op_id = operation.operation_id
        content_type = request.headers.get("Content-Type") or ""
        source = request.upload if request.upload is not None else io.BytesIO(request.body)
        try:
            parts = parse_multipart(source, content_type, self.services.workdir)
        except MultipartError as error:
            raise bad_request(f"Invalid upload for operation {op_id}: {error}") from None
        missing = [name for name in operation.body.required_parts if name not in parts]
        if missing:
            for part in parts.values():
                part.path.unlink(missing_ok=True)
            raise bad_request(f"Invalid upload for operation {op_id}: no part named {', '.join(missing)}")
        return parts

    def _parse_body(self, operation: Operation, raw: bytes) -> tuple[Any, Any]:
        """The body as received, and the body without its nulls (what DSS reads); (None, None) without body."""
        op_id = operation.operation_id
        if operation.body is None:
            if raw and self.config.strict:
                raise bad_request(f"Operation {op_id} takes no request body, but one was sent")
            return None, None
        if not raw.strip():
            if operation.body.required:
                raise bad_request(f"Operation {op_id} requires a JSON request body, but none was sent")
            return None, None
        # The official client sends JSON bodies without a Content-Type: parse whatever it says.
        body: Any = None
        try:
            body = json.loads(raw, parse_constant=_refuse_constant)
            too_deep = _nesting_depth(body) > MAX_NESTING_DEPTH
        except ValueError as error:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
            raise DSSError(400, JSON_PARSE, f"Invalid JSON in the request body of operation {op_id}: {error}") from None
        except RecursionError:
            too_deep = True
        if too_deep:
            # Like Jackson's StreamReadConstraints: refused, not a failure of the server.
            raise DSSError(
                400,
                JSON_PARSE,
                f"Invalid JSON in the request body of operation {op_id}: "
                f"nesting depth exceeds the maximum allowed ({MAX_NESTING_DEPTH})",
            )
        # DSS reads a null as absent, so validate what it would read.
        fields = drop_nulls(body)
        problem = _schema_problem(operation.body.validator, fields)
        if problem is not None:
            summary, details = problem
            raise bad_request(f"Invalid request body for operation {op_id}: {summary}", details)
        return body, fields

    def _call(self, operation: Operation, ctx: RequestContext) -> Any:
        handler = self.handlers.get(operation.operation_id)
        if handler is None:
            # The spec grows one operation at a time: an operation described but not yet
            # emulated is refused by name rather than keeping the emulator from starting.
            raise DSSError(
                501,
                NOT_IMPLEMENTED,
                f"The emulator does not implement operation {operation.operation_id} "
                f"({operation.method} {operation.template}) yet",
            )
        return handler(ctx)

    def _answer_success(self, operation: Operation, result: Any) -> Answer:
        status = operation.success_status
        declared = operation.response_for(status)
        declared_media = declared.media_type if declared is not None else None
        if isinstance(result, BinaryReply):
            if self.config.strict and declared_media != result.media_type:
                mismatch = f"answered {result.media_type} where the spec declares {declared_media}"
                raise self._invalid_response(operation, status, mismatch)
            return Answer(status, self._common_headers(result.media_type), stream=result)
        if declared_media is None:
            if result is not None and self.config.strict:
                raise self._invalid_response(operation, status, "answered a body where the spec declares none")
            return Answer(status, self._common_headers(None))
        if result is None:
            raise self._invalid_response(operation, status, "answered no body where the spec declares one")
        without_nulls = drop_nulls(result)
        if self.config.strict and declared is not None and declared.validator is not None:
            # The spec treats absent and null alike, so validate without the nulls.
            problem = _schema_problem(declared.validator, without_nulls)
            if problem is not None:
                raise self._invalid_response(operation, status, f"does not match the spec {problem[0]}", problem[1])
        return self._json_answer(status, without_nulls if self.config.drop_nulls else result)

    def _invalid_response(
        self, operation: Operation, status: int, problem: str, details: str | None = None
    ) -> DSSError:
        message = f"Emulator bug: the answer of {operation.operation_id} (status {status}) {problem}"
        logger.error("%s", message)
        return DSSError(500, INVALID_RESPONSE, message, details)

    # -- rendering ----------------------------------------------------------

    def _json_answer(self, status: int, value: Any, extra: tuple[tuple[str, str], ...] = ()) -> Answer:
        body = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")
        return Answer(status, self._common_headers(JSON_CONTENT_TYPE) + extra, body)

    def _common_headers(self, content_type: str | None) -> tuple[tuple[str, str], ...]:
        headers: tuple[tuple[str, str], ...] = (
            ("DSS-Version", self.config.dss_version),
            ("DSS-API-Version", API_VERSION),
        )
        return ((("Content-Type", content_type),) if content_type else ()) + headers


# -- helpers (pure functions) ---------------------------------------------------


def _split_target(target: str) -> tuple[str, str]:
    """Path and query string of a request target (origin form, or absolute form from a proxy)."""
    if target.startswith(("http://", "https://")):
        parts = urllib.parse.urlsplit(target)
        return parts.path or "/", parts.query
    path, _, query = target.partition("?")
    return path, query


def _strip_base_path(method: str, raw_path: str) -> str:
    """The path after its base path ("/..."); 404 outside both base paths."""
    for base in BASE_PATHS:
        if raw_path.startswith(base + "/"):
            return raw_path[len(base) :]
    raise DSSError(404, NOT_FOUND, f"No handler found for {method} {raw_path}")


def _decode_segments(method: str, rest: str, leading_slash_at: Callable[[list[str]], bool] | None = None) -> list[str]:
    """Percent-decode each segment separately, so that "a%2Fb" stays one segment "a/b".

    An empty interior segment is refused, except where ``leading_slash_at`` (the spec's) says it is
    the leading '/' of a path parameter that DSS reads so (``x-dss-leading-slash``).
    """
    raw_segments = rest[1:].split("/")
    decoded: list[str] = []
    for index, raw in enumerate(raw_segments):
        if _BAD_PERCENT.search(raw):
            raise bad_request(f"Invalid percent-encoding in path segment {raw!r}")
        try:
            segment = urllib.parse.unquote(raw, errors="strict")
        except UnicodeDecodeError:
            raise bad_request(f"Path segment {raw!r} is not percent-encoded UTF-8") from None
        # Like Jetty: dot segments and empty interior segments could address something else than they seem.
        tolerated = segment == "" and leading_slash_at is not None and index > 0 and leading_slash_at(decoded)
        if segment in (".", "..") or (segment == "" and index < len(raw_segments) - 1 and not tolerated):
            raise DSSError(400, ILLEGAL_ARGUMENT, f"Refused {method} request: ambiguous path segment {raw!r}")
        decoded.append(segment)
    return decoded


def _decode_query(raw_query: str) -> list[tuple[str, str]]:
    if _BAD_PERCENT.search(raw_query):
        raise bad_request("Invalid percent-encoding in the query string")
    try:
        return urllib.parse.parse_qsl(raw_query, keep_blank_values=True, errors="strict")
    except UnicodeDecodeError:
        raise bad_request("The query string is not percent-encoded UTF-8") from None


def _query_for_log(raw_query: str) -> dict[str, list[str]]:
    # The log must take even a query the pipeline refused, so decode leniently here.
    return urllib.parse.parse_qs(raw_query, keep_blank_values=True, errors="replace")


def _scalar(operation: Operation, parameter: ParameterSpec, text: str, kind: str) -> Any:
    """Coerce one query value; booleans case-insensitively, since Python clients send True/False."""
    if kind == "boolean":
        lowered = text.strip().lower()
        if lowered in ("true", "false"):
            return lowered == "true"
        expected = "true or false"
    elif kind == "integer":
        if _INTEGER.fullmatch(text.strip()):
            return int(text)
        expected = "an integer"
    elif kind == "number":
        try:
            number = float(text)
        except ValueError:
            number = float("nan")
        if number == number and number not in (float("inf"), float("-inf")):
            return number
        expected = "a number"
    else:
        return text
    raise bad_request(
        f"Invalid value {_clip(repr(text))} for {parameter.location} parameter '{parameter.name}' "
        f"of operation {operation.operation_id}: expected {expected}"
    )


def _schema_problem(validator: Draft202012Validator, instance: Any) -> tuple[str, str] | None:
    """(summary of the most relevant error, every error one per line), or None when the instance is valid."""
    # jsonschema ships no type information (see _check_value).
    found = validator.iter_errors(instance)  # pyright: ignore[reportUnknownMemberType]
    errors: list[ValidationError] = sorted(found, key=lambda e: list(map(str, e.absolute_path)))
    if not errors:
        return None
    best = cast("ValidationError | None", best_match(errors))
    assert best is not None
    details = "\n".join(f"{_json_path(e)}: {_clip(_message(e))}" for e in errors[:10])
    return f"at {_json_path(best)}: {_clip(_message(best))}", details


def _message(error: ValidationError) -> str:
    # jsonschema ships no type information (see _check_value): its message is a str.
    return str(error.message)  # pyright: ignore[reportUnknownMemberType, reportUnknownArgumentType]


def _json_path(error: ValidationError) -> str:
    path = "$"
    for part in error.absolute_path:
        if isinstance(part, int):
            path += f"[{part}]"
        elif re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", part):
            path += f".{part}"
        else:
            path += f"[{json.dumps(part)}]"
    return path


def _clip(text: str) -> str:
    return text if len(text) <= _MAX_ERROR_TEXT else text[: _MAX_ERROR_TEXT - 3] + "..."


def _nesting_depth(value: Any) -> int:
    """How deeply arrays and objects nest in a JSON value, measured without recursion."""
    deepest = 0
    pending = [(value, 1)]
    while pending:
        node, depth = pending.pop()
        if is_object(node):
            children: Any = node.values()
        elif is_array(node):
            children = node
        else:
            continue
        deepest = max(deepest, depth)
        if depth > MAX_NESTING_DEPTH:
            return depth
        pending.extend((child, depth + 1) for child in children)
    return deepest


def _refuse_constant(name: str) -> Any:
    # Jackson refuses NaN and Infinity; Python's json would accept them.
    raise ValueError(f"{name} is not valid JSON")
