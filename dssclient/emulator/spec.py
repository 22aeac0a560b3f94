"""The OpenAPI document, compiled into what the router and the validators need.

Everything the emulator knows about routes, parameters, bodies and answers comes
from ``openapi.json`` (generated from ``spec/dss-public-api.yaml``). Anything in
the document that this compiler does not understand is refused at load time, so
that a spec change cannot be silently half-served.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from referencing import Registry
from referencing.jsonschema import DRAFT202012

from dssclient._json import is_array, is_mapping

# The URI the document is registered under, so that "#/components/..." refs resolve.
DOCUMENT_URI = "urn:dssclient-emulator:openapi"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
JSON_MEDIA_TYPE = "application/json"
MULTIPART_MEDIA_TYPE = "multipart/form-data"
BINARY_MEDIA_TYPE = "application/octet-stream"
ADMIN_ONLY_EXTENSION = "x-dss-admin-only"
# The API node's operations (issue 19): "user" (under /public/api/v1) or "admin" (under /admin/api).
API_NODE_EXTENSION = "x-dss-api-node"
# A path parameter spanning the rest of the path, '/' separating its segments (a file's path).
MULTI_SEGMENT_EXTENSION = "x-dss-multi-segment"
# A multi-segment parameter that DSS also reads after one leading '/' (an empty segment first:
# ".../contents//python/x.py", what the official client sends for a project library's files).
LEADING_SLASH_EXTENSION = "x-dss-leading-slash"
NO_DEFAULT: Any = object()


class SpecError(Exception):
    """The document uses something the emulator cannot serve."""


@dataclass(frozen=True)
class Segment:
    """One segment of a path template: a literal, or a parameter (``{name}``).

    A multi-segment parameter (``x-dss-multi-segment``, always the last segment) takes the
    rest of the path, one segment or more.
    """

    literal: str | None = None
    parameter: str | None = None
    multi: bool = False
    # A multi-segment parameter that may start with one empty segment (LEADING_SLASH_EXTENSION).
    leading_slash: bool = False

    def matches(self, value: str) -> bool:
        # A parameter never matches an empty segment: "/futures//x" names no jobId.
        return value == self.literal if self.parameter is None else value != ""

    @property
    def rank(self) -> int:
        """The order in which the router tries a segment: a literal, then a parameter, then the rest of the path."""
        return 0 if self.parameter is None else 2 if self.multi else 1

    @property
    def shape(self) -> str:
        """The segment as routing sees it: parameters are alike whatever their names."""
        if self.parameter is None:
            return self.literal or ""
        return "{**}" if self.multi else "{}"


@dataclass(frozen=True)
class ParameterSpec:
    """A path or query parameter, with what is needed to coerce its text."""

    name: str
    location: str
    required: bool
    # JSON type the text is coerced to: string, boolean, integer, number or array.
    kind: str
    # For arrays: the items' JSON type, and whether values come as repeated keys.
    item_kind: str | None
    explode: bool
    default: Any
    validator: Draft202012Validator = field(repr=False, compare=False)
    # A path parameter that spans several segments, bound as their decoded texts joined by '/'.
    multi_segment: bool = False
    # ... and that may come after one leading '/' (LEADING_SLASH_EXTENSION), bound without it.
    leading_slash: bool = False


@dataclass(frozen=True)
class BodySpec:
    required: bool
    validator: Draft202012Validator = field(repr=False, compare=False)
    # application/json, multipart/form-data (an upload: its parts are checked by name), or
    # application/octet-stream (raw bytes, taken as they come whatever their Content-Type).
    media_type: str = JSON_MEDIA_TYPE
    required_parts: tuple[str, ...] = ()


@dataclass(frozen=True)
class ResponseSpec:
    """What the spec declares for one status (or "default")."""

    status: str
    media_type: str | None
    # None when the answer is not JSON (a binary download) or has no body.
    validator: Draft202012Validator | None = field(repr=False, compare=False)


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    template: str
    # The template's segments, without the empty one a trailing slash leaves ("/projects/" is
    # ("projects",)): a path matches with or without its trailing slash, like DSS's.
    segments: tuple[Segment, ...]
    path_parameters: Mapping[str, ParameterSpec]
    query_parameters: Mapping[str, ParameterSpec]
    body: BodySpec | None
    responses: Mapping[str, ResponseSpec]
    success_status: int
    admin_only: bool
    # "user" or "admin" for the API node's operations (API_NODE_EXTENSION), None for DSS's.
    api_node: str | None = None
    # Header parameters (strings), by their lower-cased names: DSS's MLflow extension (issue 19).
    header_parameters: Mapping[str, ParameterSpec] = field(default_factory=dict[str, ParameterSpec])

    @property
    def specificity(self) -> tuple[int, ...]:
        """The router's preference: at the first segment where two matching templates differ, a
        literal beats a parameter, which beats a multi-segment parameter.

        Among the templates a path matches, the smallest is the one a segment-by-segment
        search finds when it tries literals first and backtracks out of a branch that fails.
        """
        return tuple(segment.rank for segment in self.segments)

    @property
    def multi_segment(self) -> bool:
        return bool(self.segments) and self.segments[-1].multi

    def response_for(self, status: int) -> ResponseSpec | None:
        return self.responses.get(str(status)) or self.responses.get("default")

    def bind(self, segments: list[str], slashed: bool = False) -> dict[str, str] | None:
        """The path parameters if the decoded segments match this template, else None.

        ``segments`` come without the empty one of a trailing slash; ``slashed`` says the path had
        one. A trailing multi-segment parameter takes every remaining segment, joined by '/': the
        raw "a/b" and the encoded "a%2Fb" bind the same value. Its pieces are checked by
        ``multi_segment_problem`` once routed. A file's path ending with '/' is refused rather
        than bound without it: what DSS makes of it is unknown, and it would name a folder.
        """
        if self.multi_segment and slashed:
            return None
        if self.multi_segment and len(segments) > len(self.segments):
            head = len(self.segments) - 1
            rest = segments[head:]
            if self.segments[-1].leading_slash and rest[0] == "":
                rest = rest[1:]
            if any(piece == "" for piece in rest):
                return None
            segments = [*segments[:head], "/".join(rest)]
        if len(segments) != len(self.segments) or not all(
            template.matches(value) for template, value in zip(self.segments, segments, strict=True)
        ):
            return None
        return {
            template.parameter: value
            for template, value in zip(self.segments, segments, strict=True)
            if template.parameter is not None
        }


@dataclass(frozen=True)
class Route:
    """Result of routing: the operation and its path parameters, or the methods the path allows."""

    operation: Operation | None
    path_parameters: dict[str, str]
    allowed_methods: tuple[str, ...]


class ApiSpec:
    """The compiled document: operations by operationId, and the router."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.version: str = str(document.get("info", {}).get("version", ""))
        self._registry: Registry[Any] = Registry[Any]().with_resource(
            DOCUMENT_URI, DRAFT202012.create_resource(document)
        )
        operations: dict[str, Operation] = {}
        for operation in self._compile_operations():
            if operation.operation_id in operations:
                raise SpecError(f"duplicate operationId {operation.operation_id}")
            operations[operation.operation_id] = operation
        self.operations: Mapping[str, Operation] = operations
        # Templates by their number of segments; those ending with a multi-segment parameter apart.
        self._by_length: dict[int, list[Operation]] = {}
        self._multi: list[Operation] = []
        shapes: dict[tuple[str, tuple[str, ...]], Operation] = {}
        for operation in operations.values():
            key = (operation.method, tuple(segment.shape for segment in operation.segments))
            if (twin := shapes.setdefault(key, operation)) is not operation:
                # Two templates one URL always reaches alike (they differ by a trailing slash or
                # by parameter names): no rule could choose between them.
                raise SpecError(f"{operation.operation_id} and {twin.operation_id} route the same URLs")
            if operation.multi_segment:
                self._multi.append(operation)
            else:
                self._by_length.setdefault(len(operation.segments), []).append(operation)

    def leading_slash_at(self, before: list[str]) -> bool:
        """Whether an empty segment right after the decoded segments ``before`` is the leading '/'
        of a multi-segment parameter that allows one (LEADING_SLASH_EXTENSION)."""
        return any(
            operation.segments[-1].leading_slash
            and len(operation.segments) - 1 == len(before)
            and all(template.matches(value) for template, value in zip(operation.segments, before, strict=False))
            for operation in self._multi
        )

    def route(self, method: str, segments: list[str], api_node_admin: bool = False) -> Route:
        """The operation a request's decoded path segments reach, as DSS's router chooses it.

        A path matches its template with or without a trailing slash. Of the templates the path
        matches with the request's method, the most specific wins (``Operation.specificity``:
        literals first, segment by segment); when none has that method but some match, the
        answer is a 405 allowing theirs, and when none matches, a 404.
        """
        slashed = len(segments) > 1 and segments[-1] == ""
        if slashed:
            segments = segments[:-1]
        # The API node's admin API (under its own base path) and the rest never reach each other.
        candidates = [
            (op, bound)
            for op in [*self._by_length.get(len(segments), ()), *self._multi]
            if (op.api_node == "admin") == api_node_admin and (bound := op.bind(segments, slashed)) is not None
        ]
        with_method = [(op, bound) for op, bound in candidates if op.method == method]
        if with_method:
            operation, bound = min(with_method, key=lambda pair: pair[0].specificity)
            return Route(operation, bound, ())
        allowed = tuple(sorted({op.method for op, _ in candidates}))
        return Route(None, {}, allowed)

    # -- compilation --------------------------------------------------------

    def _compile_operations(self) -> Iterator[Operation]:
        for template, path_item in self.document.get("paths", {}).items():
            path_item = self._resolve(path_item)
            shared = path_item.get("parameters", [])
            for method in HTTP_METHODS:
                if method in path_item:
                    yield self._compile_operation(template, method, shared, path_item[method])

    def _compile_operation(self, template: str, method: str, shared: list[Any], raw: Mapping[str, Any]) -> Operation:
        operation_id = raw.get("operationId")
        if not isinstance(operation_id, str):
            raise SpecError(f"{method.upper()} {template} has no operationId")
        parameters = self._compile_parameters(operation_id, shared, raw.get("parameters", []))
        path_parameters = {p.name: p for p in parameters if p.location == "path"}
        segments = _split_template(
            template,
            {p.name for p in path_parameters.values() if p.multi_segment},
            {p.name for p in path_parameters.values() if p.leading_slash},
        )
        declared = {s.parameter for s in segments if s.parameter is not None}
        if declared != set(path_parameters):
            raise SpecError(f"{operation_id}: template parameters {sorted(declared)} != {sorted(path_parameters)}")
        responses = self._compile_responses(operation_id, raw.get("responses", {}))
        successes = sorted(int(status) for status in responses if status.isdigit() and status.startswith("2"))
        if not successes:
            raise SpecError(f"{operation_id} declares no 2xx answer")
        return Operation(
            operation_id=operation_id,
            method=method.upper(),
            template=template,
            segments=segments,
            path_parameters=path_parameters,
            query_parameters={p.name: p for p in parameters if p.location == "query"},
            body=self._compile_body(operation_id, raw.get("requestBody")),
            responses=responses,
            success_status=successes[0],
            admin_only=bool(raw.get(ADMIN_ONLY_EXTENSION, False)),
            api_node=_api_node_surface(operation_id, raw.get(API_NODE_EXTENSION)),
            header_parameters={p.name.lower(): p for p in parameters if p.location == "header"},
        )

    def _compile_parameters(self, operation_id: str, shared: list[Any], own: list[Any]) -> list[ParameterSpec]:
        # Operation-level parameters override path-level ones with the same name and location.
        merged: dict[tuple[str, str], Mapping[str, Any]] = {}
        for raw in [*shared, *own]:
            parameter = self._resolve(raw)
            merged[(parameter["name"], parameter["in"])] = parameter
        return [self._compile_parameter(operation_id, p) for p in merged.values()]

    def _compile_parameter(self, operation_id: str, raw: Mapping[str, Any]) -> ParameterSpec:
        name, location = raw["name"], raw["in"]
        if location not in ("path", "query", "header"):
            raise SpecError(f"{operation_id}: {location} parameter {name!r} is not supported by the emulator")
        if "schema" not in raw:
            raise SpecError(f"{operation_id}: parameter {name!r} has no schema")
        schema = self._resolve(raw["schema"])
        kind = _json_type(schema)
        item_kind = _json_type(self._resolve(schema.get("items", {}))) if kind == "array" else None
        style = raw.get("style", "form" if location == "query" else "simple")
        multi_segment = bool(raw.get(MULTI_SEGMENT_EXTENSION, False))
        if multi_segment and (location != "path" or kind != "string"):
            raise SpecError(f"{operation_id}: {MULTI_SEGMENT_EXTENSION} {name!r} must be a string path parameter")
        leading_slash = bool(raw.get(LEADING_SLASH_EXTENSION, False))
        if leading_slash and not multi_segment:
            raise SpecError(f"{operation_id}: {LEADING_SLASH_EXTENSION} {name!r} needs {MULTI_SEGMENT_EXTENSION}")
        if location == "header" and kind != "string":
            raise SpecError(f"{operation_id}: header parameter {name!r} must be a string")
        if kind == "array" and style != "form":
            raise SpecError(f"{operation_id}: array parameter {name!r} has unsupported style {style!r}")
        return ParameterSpec(
            name=name,
            location=location,
            required=bool(raw.get("required", location == "path")),
            kind=kind,
            item_kind=item_kind,
            explode=bool(raw.get("explode", style == "form")),
            default=schema.get("default", NO_DEFAULT),
            validator=self._validator(raw["schema"]),
            multi_segment=multi_segment,
            leading_slash=leading_slash,
        )

    def _compile_body(self, operation_id: str, raw: Mapping[str, Any] | None) -> BodySpec | None:
        if raw is None:
            return None
        body = self._resolve(raw)
        content = body.get("content", {})
        required = bool(body.get("required", False))
        if set(content) == {MULTIPART_MEDIA_TYPE}:
            schema = self._resolve(content[MULTIPART_MEDIA_TYPE].get("schema", {}))
            parts = tuple(schema.get("required", []))
            return BodySpec(required, self._validator({}), MULTIPART_MEDIA_TYPE, parts)
        if set(content) == {BINARY_MEDIA_TYPE}:
            return BodySpec(required, self._validator({}), BINARY_MEDIA_TYPE)
        if set(content) != {JSON_MEDIA_TYPE}:
            supported = f"{JSON_MEDIA_TYPE}, {MULTIPART_MEDIA_TYPE} or {BINARY_MEDIA_TYPE}"
            raise SpecError(f"{operation_id}: request bodies other than {supported} are not supported")
        schema = content[JSON_MEDIA_TYPE].get("schema", {})
        return BodySpec(required=required, validator=self._validator(schema))

    def _compile_responses(self, operation_id: str, raw: Mapping[str, Any]) -> dict[str, ResponseSpec]:
        compiled: dict[str, ResponseSpec] = {}
        for status, response in raw.items():
            content = self._resolve(response).get("content", {})
            if len(content) > 1:
                raise SpecError(f"{operation_id}: status {status} declares several media types")
            if not content:
                compiled[str(status)] = ResponseSpec(str(status), None, None)
                continue
            media_type, media = next(iter(content.items()))
            validator = self._validator(media.get("schema", {})) if media_type == JSON_MEDIA_TYPE else None
            compiled[str(status)] = ResponseSpec(str(status), media_type, validator)
        return compiled

    def _validator(self, schema: Mapping[str, Any] | bool) -> Draft202012Validator:
        # A validator's root schema is itself the resource that "#..." refers to, so point
        # local refs explicitly at the registered document.
        return Draft202012Validator(_absolute_refs(schema), registry=self._registry)

    def _resolve(self, node: Any) -> Any:
        """Follow local "$ref"s (of parameters, bodies, responses, schemas) to the node they name."""
        seen = 0
        while is_mapping(node) and "$ref" in node:
            ref = node["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#/"):
                raise SpecError(f"only local references are supported, not {ref!r}")
            node = self.document
            for token in ref[2:].split("/"):
                node = node[token.replace("~1", "/").replace("~0", "~")]
            seen += 1
            if seen > 32:
                raise SpecError(f"reference loop at {ref!r}")
        return node


def _api_node_surface(operation_id: str, value: Any) -> str | None:
    if value is None:
        return None
    if value not in ("user", "admin"):
        raise SpecError(f"{operation_id}: {API_NODE_EXTENSION} must be 'user' or 'admin', not {value!r}")
    return str(value)


def multi_segment_problem(value: str) -> str | None:
    """Why a multi-segment parameter's value addresses nothing (an empty, '.' or '..' piece), or None.

    The pipeline refuses such segments in the raw path already; this catches them when they
    came percent-encoded inside one segment ("a%2F..%2Fb").
    """
    pieces = value.split("/")
    if any(piece in ("", ".", "..") for piece in pieces):
        return f"the path {value!r} has an empty, '.' or '..' segment"
    return None


def _split_template(
    template: str,
    multi_segment: set[str] | frozenset[str] = frozenset(),
    leading_slash: set[str] | frozenset[str] = frozenset(),
) -> tuple[Segment, ...]:
    if not template.startswith("/"):
        raise SpecError(f"path {template!r} does not start with '/'")
    segments: list[Segment] = []
    # A trailing slash is no segment: "/projects/" and "/projects" route alike.
    texts = template[1:].removesuffix("/").split("/")
    if texts == [""]:
        raise SpecError(f"path {template!r} has no segment")
    for index, text in enumerate(texts):
        if text.startswith("{") and text.endswith("}"):
            name = text[1:-1]
            if name in multi_segment and index != len(texts) - 1:
                raise SpecError(f"path {template!r}: the multi-segment parameter {name!r} must end it")
            segments.append(Segment(parameter=name, multi=name in multi_segment, leading_slash=name in leading_slash))
        elif "{" in text or "}" in text:
            raise SpecError(f"path {template!r}: partial parameter segments are not supported")
        else:
            segments.append(Segment(literal=text))
    return tuple(segments)


def _absolute_refs(node: Any) -> Any:
    """A copy of a schema whose local "$ref"s ("#/...") name the registered document."""
    if is_mapping(node):
        return {
            key: DOCUMENT_URI + value
            if key == "$ref" and isinstance(value, str) and value.startswith("#")
            else _absolute_refs(value)
            for key, value in node.items()
        }
    if is_array(node):
        return [_absolute_refs(item) for item in node]
    return node


def _json_type(schema: Mapping[str, Any]) -> str:
    """The JSON type a parameter's text is coerced to (the first non-null one)."""
    declared = schema.get("type", "string")
    types = [declared] if isinstance(declared, str) else list(declared)
    concrete = [t for t in types if t != "null"]
    kind = concrete[0] if concrete else "string"
    if kind not in ("string", "boolean", "integer", "number", "array"):
        raise SpecError(f"parameters of type {kind!r} are not supported")
    return kind


def load_document() -> dict[str, Any]:
    text = resources.files("dssclient.emulator").joinpath("openapi.json").read_text(encoding="utf-8")
    document: dict[str, Any] = json.loads(text)
    return document


@functools.cache
def load_api_spec() -> ApiSpec:
    """The compiled spec, built once per process (compiled validators are immutable and thread-safe)."""
    return ApiSpec(load_document())
