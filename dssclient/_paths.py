"""Paths of the escape hatch (``perform_json``), made as safe as the generated builders' paths.

A path is written as in the spec, relative to the API base URL, with ``{name}``
placeholders for identifiers: ``/projects/{projectKey}/datasets/{datasetName}/schema``.
Each value becomes one percent-encoded segment through the same function the
generated builders use, and the literal part may hold no dot segment, empty
segment, query or fragment: nothing can make the request reach another resource.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from dssclient_generated.types import InvalidPathParameterError, path_segment

from .errors import InvalidIdentifierError, InvalidRequestError

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def expand_path(template: str, values: Mapping[str, Any] | None = None) -> str:
    """The path with each ``{name}`` replaced by ``values[name]``, percent-encoded."""
    values = dict(values or {})
    if not template.startswith("/") or template.startswith("//"):
        raise InvalidRequestError(
            f"path {template!r} must start with a single '/' (it is relative to the API base URL)"
        )
    if "?" in template or "#" in template:
        raise InvalidRequestError(f"path {template!r} must not hold a query or fragment: pass params= instead")
    names = _PLACEHOLDER.findall(template)
    missing = [name for name in names if name not in values]
    unused = sorted(set(values) - set(names))
    if missing or unused:
        raise InvalidRequestError(
            f"path {template!r}: "
            + "; ".join(
                ([f"no value for {', '.join(missing)}"] if missing else [])
                + ([f"no placeholder for {', '.join(unused)}"] if unused else [])
            )
        )
    segments = template[1:].split("/")
    for index, segment in enumerate(segments):
        literal = _PLACEHOLDER.sub("", segment)
        if "{" in literal or "}" in literal:
            raise InvalidRequestError(f"path {template!r}: malformed placeholder in {segment!r}")
        if segment in (".", "..") or (segment == "" and index < len(segments) - 1):
            raise InvalidRequestError(f"path {template!r} holds an empty or dot segment, which addresses no resource")

    def substitute(match: re.Match[str]) -> str:
        try:
            return path_segment(values[match.group(1)])
        except InvalidPathParameterError as error:
            raise InvalidIdentifierError(f"{match.group(1)}: {error}") from None

    return _PLACEHOLDER.sub(substitute, template)


def check_identifier(kind: str, value: Any) -> None:
    """Refuse, before anything is sent, an identifier that could never address the object it names."""
    try:
        path_segment(value)
    except InvalidPathParameterError:
        raise InvalidIdentifierError(f"{kind} {value!r} cannot be used: it could never be addressed in a URL") from None
