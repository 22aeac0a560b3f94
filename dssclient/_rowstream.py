# Derived from dssclient/aio/_rowstream.py by scripts/unasync.py: do not edit.
"""Rows read from a download as it arrives (datasets' data, SQL query results)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from dssclient._rows import Caster, RecordSplitter, parse_records

from ._stream import DSSStream


def iter_rows_of(stream: DSSStream, casters: Sequence[Caster]) -> Iterator[list[Any]]:
    """The rows of a ``tsv-excel-noheader`` download, cast by column type; the stream is closed at the end.

    Memory stays flat: only the records of the chunk at hand are held.
    """
    splitter = RecordSplitter()
    with stream:
        for chunk in stream.iter_bytes():
            for row in parse_records(splitter.feed(chunk), casters):
                yield row
        for row in parse_records(splitter.close(), casters):
            yield row
