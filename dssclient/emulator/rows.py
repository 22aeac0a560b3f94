"""Rows as DSS streams them: ``tsv-excel-noheader``, UTF-8, written as they are produced.

One record per line, values separated by tabs, no header. A value holding a tab, a quote,
a carriage return or a newline is quoted, its quotes doubled (Excel's rules). Nulls are
empty; booleans ``true``/``false``; dates ISO 8601. A row is never written as an empty line
(clients read an empty line as a row of nulls): its first value is then written ``""``.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Iterable, Iterator
from typing import Any

MEDIA_TYPE = "text/tab-separated-values"
_NEEDS_QUOTES = ("\t", '"', "\r", "\n")
# Rows gathered into one chunk of the answer: few enough writes, little memory.
_ROWS_PER_CHUNK = 512


def format_value(value: Any) -> str:
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, float):
        return "" if math.isnan(value) or math.isinf(value) else repr(value)
    if isinstance(value, datetime.datetime):
        if value.tzinfo is not None:
            utc = value.astimezone(datetime.UTC).replace(tzinfo=None)
            return utc.isoformat(timespec="milliseconds") + "Z"
        return value.isoformat(timespec="milliseconds")
    if isinstance(value, datetime.date):
        return value.isoformat()
    text = value if isinstance(value, str) else str(value)
    if any(character in text for character in _NEEDS_QUOTES):
        return '"' + text.replace('"', '""') + '"'
    return text


def format_row(row: Iterable[Any]) -> str:
    line = "\t".join(format_value(value) for value in row)
    return (line if line else '""') + "\n"


def tsv_chunks(rows: Iterable[Iterable[Any]]) -> Iterator[bytes]:
    """The rows as the bytes of a ``tsv-excel-noheader`` answer, a few hundred rows per chunk."""
    batch: list[str] = []
    for row in rows:
        batch.append(format_row(row))
        if len(batch) >= _ROWS_PER_CHUNK:
            yield "".join(batch).encode("utf-8")
            batch = []
    if batch:
        yield "".join(batch).encode("utf-8")
