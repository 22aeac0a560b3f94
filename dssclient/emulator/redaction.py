"""Secrets kept out of what the emulator records: its request log and its log lines.

What a client sends can carry secrets: an API key's secret in a path
(``/admin/globalAPIKeys/{apiKey}``), passwords and keys in JSON bodies (connection
parameters, a global key's definition). ``Redactor`` replaces each with ``REDACTED`` before a
request is recorded in ``Emulator.request_log`` or its request line written to the log.
Headers (Authorization, X-DKU-APITicket, cookies) are neither recorded nor logged at all.

A name is a secret's when it says so (``password``, ``secret``, ``token``, ``apiKey``,
``credentials``, a bare ``key``, ...): the same rule serves path parameters of the spec,
query parameters and JSON fields at any depth. A body without such a field is kept
byte for byte; one with it is re-serialized with the values replaced.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from collections.abc import Iterable, Mapping
from typing import Any

from dssclient._json import is_array, is_object

from .spec import ApiSpec

REDACTED = "**redacted**"

# Names whose values are secrets. Flags about secrets (withSecrets, mayCreate...) are not.
_SECRET_NAME = re.compile(
    r"(?i)^(?:key|api_?key|admin_?api_?key|authorization|cookie)$"
    r"|password|passwd|passphrase|secret|token|credential|private_?key|access_?key|ticket"
)
_FLAG_PREFIX = re.compile(r"^(?:with|may|can|is|has|use|enable|show)[A-Z_]")
# A cheap first look at a body: no secret field can be in one without these letters.
_MAYBE_SECRET = re.compile(rb"(?i)key|pass|secret|token|credential|ticket|authorization|cookie")


def is_secret_name(name: str) -> bool:
    """Whether a field, parameter or header called ``name`` carries a secret."""
    return bool(_SECRET_NAME.search(name)) and not _FLAG_PREFIX.match(name)


class Redactor:
    """Redacts paths (by the spec's secret path parameters), queries, JSON bodies and headers."""

    def __init__(self, spec: ApiSpec, base_paths: Iterable[str]) -> None:
        self._base_paths = tuple(base_paths)
        # Each template with a secret path parameter: its literal segments before it (lowercase,
        # None for a parameter), and the position of the secret segment.
        found: set[tuple[tuple[str | None, ...], int]] = set()
        for operation in spec.operations.values():
            for index, segment in enumerate(operation.segments):
                if segment.parameter is not None and is_secret_name(segment.parameter):
                    prefix = tuple(
                        s.literal.lower() if s.literal is not None else None for s in operation.segments[:index]
                    )
                    found.add((prefix, index))
        self._secret_positions = sorted(found)

    def path(self, raw_path: str) -> str:
        """The raw path with each segment that a secret path parameter takes replaced.

        Templates are matched on their literal segments before the secret, ignoring case and
        what follows: a wrong method, a misspelt case or extra segments redact all the same.
        """
        for base in self._base_paths:
            if raw_path.startswith(base + "/"):
                break
        else:
            return raw_path
        segments = raw_path[len(base) + 1 :].split("/")
        decoded = [urllib.parse.unquote(segment).lower() for segment in segments]
        changed = False
        for prefix, index in self._secret_positions:
            if index < len(segments) and segments[index] and _prefix_matches(prefix, decoded):
                segments[index] = REDACTED
                changed = True
        return base + "/" + "/".join(segments) if changed else raw_path

    def target(self, raw_target: str) -> str:
        """A request target (path and query string), redacted."""
        path, mark, query = raw_target.partition("?")
        if mark:
            pairs = urllib.parse.parse_qsl(query, keep_blank_values=True, errors="replace")
            if any(is_secret_name(name) for name, _ in pairs):
                query = urllib.parse.urlencode([(n, REDACTED if is_secret_name(n) else v) for n, v in pairs])
        return self.path(path) + mark + query


def redact_query(query: Mapping[str, list[str]]) -> dict[str, list[str]]:
    return {name: [REDACTED] * len(values) if is_secret_name(name) else values for name, values in query.items()}


def redact_json_body(body: bytes) -> bytes:
    """The body with the values of its secret fields replaced; unchanged bytes if it has none
    (or is not JSON)."""
    if not body or not _MAYBE_SECRET.search(body):
        return body
    try:
        value = json.loads(body)
    except ValueError:
        return body
    redacted, changed = _redact_value(value)
    if not changed:
        return body
    return json.dumps(redacted, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def _redact_value(value: Any) -> tuple[Any, bool]:
    if is_object(value):
        changed = False
        result: dict[str, Any] = {}
        for name, item in value.items():
            if is_secret_name(name) and isinstance(item, (str, dict, list)) and item:
                result[name], changed = REDACTED, True
            else:
                result[name], item_changed = _redact_value(item)
                changed = changed or item_changed
        return result, changed
    if is_array(value):
        items = [_redact_value(item) for item in value]
        return [item for item, _ in items], any(changed for _, changed in items)
    return value, False


def _prefix_matches(prefix: tuple[str | None, ...], decoded: list[str]) -> bool:
    return all(literal is None or literal == segment for literal, segment in zip(prefix, decoded, strict=False))
