"""Format and schema detection of file-based datasets, as ``testAndDetectSettings/fsLike`` answers it.

DSS reads the start of the dataset's first file, tries the separators it knows, keeps the one
that cuts every line into the same number of columns, decides whether the first line is a
header, and names the columns after it. Without ``inferStorageTypes`` every column is a
``string``; with it, each gets the narrowest type its sampled values fit.
"""

from __future__ import annotations

import csv
import datetime
import io
import re
from collections.abc import Mapping, Sequence
from typing import Any

from dssclient._json import is_object

from .store import StoredFile

_SAMPLE_BYTES = 256 * 1024
_SAMPLE_ROWS = 200
_SEPARATORS = (",", ";", "\t", "|")
_INTEGER = re.compile(r"[+-]?\d+")


def detect_csv(uploads: Sequence[StoredFile], infer_storage_types: bool) -> dict[str, Any]:
    """The result of a detection on uploaded files (``format.ok`` false when nothing could be detected)."""
    if not uploads:
        return {"connectionOK": True, "format": {"ok": False, "message": "The dataset has no file: upload one first"}}
    with uploads[0].path.open("rb") as opened:
        sample = opened.read(_SAMPLE_BYTES)
    try:
        text = sample.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = sample.decode("latin-1")
    if len(sample) == _SAMPLE_BYTES and "\n" in text:
        text = text[: text.rindex("\n") + 1]  # drop a last line cut in the middle
    best: tuple[int, str, list[list[str]]] | None = None
    for separator in _SEPARATORS:
        rows = [row for row in csv.reader(io.StringIO(text, newline=""), delimiter=separator) if row][:_SAMPLE_ROWS]
        if not rows:
            continue
        widths = {len(row) for row in rows}
        # A separator that cuts every line alike, into the most columns, wins.
        score = len(rows[0]) if len(widths) == 1 else 0
        if best is None or score > best[0]:
            best = (score, separator, rows)
    if best is None or best[0] == 0:
        return {"connectionOK": True, "format": {"ok": False, "message": "Could not detect a CSV format"}}
    _, separator, rows = best
    header = _looks_like_header(rows)
    names = _column_names(rows[0]) if header else [f"col_{index}" for index in range(len(rows[0]))]
    data = rows[1:] if header else rows
    columns = [
        {"name": name, "type": infer_type([row[index] for row in data]) if infer_storage_types else "string"}
        for index, name in enumerate(names)
    ]
    params = {
        "style": "excel",
        "charset": "utf8",
        "separator": separator,
        "quoteChar": '"',
        "escapeChar": "\\",
        "dateSerializationFormat": "ISO",
        "arrayMapFormat": "json",
        "skipRowsBeforeHeader": 0,
        "parseHeaderRow": header,
        "skipRowsAfterHeader": 0,
        "probableNumberOfRecords": len(data),
        "normalizeBooleans": False,
        "normalizeDoubles": True,
    }
    schema = {"columns": columns, "userModified": False}
    return {
        "connectionOK": True,
        "format": {"ok": True, "type": "csv", "params": params, "schemaDetection": {"newSchema": schema}},
    }


def detect_stored(definition: Mapping[str, Any], has_rows: bool) -> dict[str, Any]:
    """Detection on a dataset whose rows the emulator wrote: its own format, and its current schema."""
    if not has_rows:
        return {"connectionOK": True, "format": {"ok": False, "message": "The dataset holds no data: build it first"}}
    found = definition.get("schema")
    schema: dict[str, Any] = found if is_object(found) else {"columns": []}
    params = {"style": "excel", "charset": "utf8", "separator": "\t", "quoteChar": '"', "parseHeaderRow": False}
    return {
        "connectionOK": True,
        "format": {"ok": True, "type": "csv", "params": params, "schemaDetection": {"newSchema": schema}},
    }


def _looks_like_header(rows: list[list[str]]) -> bool:
    """A first line of distinct names, none of them a number, a boolean or a date, is a header."""
    first = [value.strip() for value in rows[0]]
    return all(first) and len(set(first)) == len(first) and all(infer_type([value]) == "string" for value in first)


def _column_names(values: list[str]) -> list[str]:
    names: list[str] = []
    for index, value in enumerate(values):
        name = value.strip() or f"col_{index}"
        while name in names:
            name += "_"
        names.append(name)
    return names


def infer_type(values: Sequence[str]) -> str:
    """The narrowest DSS storage type every non-empty value fits."""
    present = [value.strip() for value in values if value.strip()]
    if not present:
        return "string"
    if all(_INTEGER.fullmatch(value) for value in present):
        return "bigint"
    if all(_is_float(value) for value in present):
        return "double"
    if all(value.lower() in ("true", "false") for value in present):
        return "boolean"
    if all(_is_date(value) for value in present):
        return "date"
    return "string"


def _is_float(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return value.lower() not in ("nan", "inf", "-inf", "infinity", "-infinity")


def _is_date(value: str) -> bool:
    if len(value) < 10 or value[4] != "-":
        return False
    try:
        datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True
