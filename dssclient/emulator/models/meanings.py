"""User-defined meanings: definitions checked by type, stored as saved."""

from __future__ import annotations

import copy
import re
from collections import OrderedDict
from typing import Any

from dssclient._json import array_or_empty, is_object

from ..errors import bad_request, conflict, not_found
from ..state import DSSState

TYPES = ("DECLARATIVE", "VALUES_LIST", "VALUES_MAPPING", "PATTERN")
NORMALIZATION_MODES = ("EXACT", "LOWERCASE", "NORMALIZED")
_MEANING_ID = re.compile(r"[A-Za-z0-9_.-]+")


def checked_definition(definition: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
    """The definition as stored (as received, with DSS's defaults); refused (400) when incoherent.

    ``fields`` is the definition without its nulls, which is what DSS reads.
    """
    meaning_id = fields.get("id")
    if not isinstance(meaning_id, str) or not _MEANING_ID.fullmatch(meaning_id):
        raise bad_request(f"Invalid meaning id {meaning_id!r}: use letters, digits, '_', '-' and '.'")
    kind = fields.get("type")
    if kind not in TYPES:
        raise bad_request(f"Invalid meaning type {kind!r}: use one of {', '.join(TYPES)}")
    mode = fields.get("normalizationMode", "EXACT")
    if mode not in NORMALIZATION_MODES or (kind == "PATTERN" and mode == "NORMALIZED"):
        raise bad_request(f"Invalid normalizationMode {mode!r} for a {kind} meaning")
    if kind == "VALUES_LIST":
        entries = array_or_empty(fields.get("entries"))
        if any(not is_object(entry) or not isinstance(entry.get("value"), str) for entry in entries):
            raise bad_request("Each entry of a VALUES_LIST meaning needs a text 'value'")
    if kind == "VALUES_MAPPING":
        for mapping in array_or_empty(fields.get("mappings")):
            target = mapping.get("to") if is_object(mapping) else None
            if not is_object(mapping) or not isinstance(mapping.get("from"), str) or not is_object(target):
                raise bad_request("Each mapping of a VALUES_MAPPING meaning is {'from': text, 'to': {'value': text}}")
    if kind == "PATTERN":
        pattern = fields.get("pattern")
        if not isinstance(pattern, str):
            raise bad_request("A PATTERN meaning needs a pattern")
        try:
            re.compile(pattern)
        except re.error as error:
            raise bad_request(f"Invalid pattern {pattern!r}: {error}") from None
    stored = copy.deepcopy(definition)
    for key, default in (("label", meaning_id), ("normalizationMode", "EXACT"), ("detectable", False)):
        if stored.get(key) is None:
            stored[key] = default
    return stored


class Meanings:
    """The user-defined meanings (a ``DSSState`` extension). Call its methods with ``state.lock`` held."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self.meanings: OrderedDict[str, dict[str, Any]] = OrderedDict()

    def get(self, meaning_id: str) -> dict[str, Any]:
        found = self.meanings.get(meaning_id)
        if found is None:
            raise not_found(f"Meaning does not exist: {meaning_id}")
        return found

    def create(self, definition: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
        stored = checked_definition(definition, fields)
        if stored["id"] in self.meanings:
            raise conflict(f"Meaning {stored['id']} already exists")
        self.meanings[stored["id"]] = stored
        return stored

    def replace(self, meaning_id: str, definition: dict[str, Any], fields: dict[str, Any]) -> dict[str, Any]:
        self.get(meaning_id)
        if fields.get("id", meaning_id) != meaning_id:
            raise bad_request(f"Saving cannot rename meaning {meaning_id}")
        stored = checked_definition({**definition, "id": meaning_id}, {**fields, "id": meaning_id})
        self.meanings[meaning_id] = stored
        return stored
