"""Rows as DSS streams them (``tsv-excel-noheader``), turned into Python values as the official client does.

DSS streams dataset and SQL query rows as UTF-8, tab-separated values without a header, a
value holding a tab, quote or line break being quoted with its quotes doubled. A download
arrives in chunks of any size, so ``RecordSplitter`` first cuts the bytes into whole records
(a quoted value may hold line breaks), which ``csv`` then parses; each value is cast by its
column's type with the official client's rules (``cast_row``): integers and floats parsed,
dates parsed from ISO 8601, booleans ``true`` in any case, everything else kept as text;
a value that does not parse is None, a missing one None (False for a boolean).
"""

from __future__ import annotations

import csv
import datetime
import io
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any

Caster = Callable[[str | None], Any]

_INTEGER_TYPES = frozenset({"tinyint", "smallint", "int", "bigint"})
_FLOAT_TYPES = frozenset({"float", "double"})
_DATE_TYPES = frozenset({"date", "dateonly", "datetimenotz"})


def _integer(value: str | None) -> int | None:
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def _date(value: str | None) -> datetime.datetime | None:
    if not value:
        return None
    try:
        return datetime.datetime.fromisoformat(value)
    except ValueError:
        return None


def _boolean(value: str | None) -> bool:
    return value is not None and value.lower() == "true"


def _text(value: str | None) -> str | None:
    return value


def caster_for(column_type: str | None) -> Caster:
    """How a value of a column of this DSS type becomes a Python value."""
    kind = (column_type or "").lower()
    if kind in _INTEGER_TYPES:
        return _integer
    if kind in _FLOAT_TYPES:
        return _float
    if kind in _DATE_TYPES:
        return _date
    if kind == "boolean":
        return _boolean
    return _text


def casters_for(columns: Sequence[Mapping[str, Any]], names: Sequence[str] | None = None) -> list[Caster]:
    """The casters of a schema's columns, in schema order or in the order of ``names``."""
    by_name = {column.get("name"): column for column in columns}
    if names is None:
        return [caster_for(column.get("type")) for column in columns]
    missing = [name for name in names if name not in by_name]
    if missing:
        raise ValueError(f"columns not in the schema: {', '.join(map(repr, missing))}")
    return [caster_for(by_name[name].get("type")) for name in names]


def cast_row(values: list[str], casters: Sequence[Caster]) -> list[Any]:
    """A parsed record as Python values: one per column (missing ones as from None), extra ones as None."""
    row = [caster(values[index] if index < len(values) else None) for index, caster in enumerate(casters)]
    if len(values) > len(casters):
        row.extend([None] * (len(values) - len(casters)))
    return row


class RecordSplitter:
    """Cuts bytes arriving in arbitrary chunks into whole TSV records.

    A record ends at a line break outside quotes; quotes are balanced within a record in
    Excel's rules (a quoted value's own quotes are doubled), so the parity of the quotes seen
    tells whether a line break ends a record.
    """

    def __init__(self) -> None:
        self._pending = b""

    def feed(self, chunk: bytes) -> bytes:
        """The whole records completed by this chunk (ending with their line break), possibly none."""
        data = self._pending + chunk if self._pending else chunk
        cut = -1
        position, odd = 0, False
        while True:
            newline = data.find(b"\n", position)
            if newline < 0:
                break
            if data.count(b'"', position, newline) % 2:
                odd = not odd
            if not odd:
                cut = newline
            position = newline + 1
        self._pending = data[cut + 1 :]
        return data[: cut + 1]

    def close(self) -> bytes:
        """What is left at the end of the stream: a last record without its line break, if any."""
        rest, self._pending = self._pending, b""
        return rest


def parse_records(records: bytes, casters: Sequence[Caster]) -> Iterator[list[Any]]:
    """The rows of whole records (as ``RecordSplitter`` gives them), cast."""
    if not records:
        return
    reader = csv.reader(io.StringIO(records.decode("utf-8"), newline=""), delimiter="\t", quotechar='"')
    for values in reader:
        yield cast_row(values, casters)
