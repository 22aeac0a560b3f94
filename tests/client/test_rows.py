"""DSS's row format: what the emulator writes, dssclient reads back exactly as the official client does.

The official client's own reader (dataikuapi.utils.DataikuStreamedHttpUTF8CSVReader) is the
oracle: for any rows, written by the emulator and received in chunks of any size, dssclient's
incremental parser gives what the official reader gives on the whole body.
"""

from __future__ import annotations

import datetime
import io
from typing import Any

import pytest
from dataikuapi.utils import DataikuStreamedHttpUTF8CSVReader
from hypothesis import given, settings
from hypothesis import strategies as st

from dssclient._rows import RecordSplitter, casters_for, parse_records
from dssclient.emulator.rows import tsv_chunks

TYPES = ["string", "int", "bigint", "double", "boolean", "date", "array"]
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=15)
VALUES: dict[str, st.SearchStrategy[Any]] = {
    "string": st.none() | TEXT | st.sampled_from(["", "\t", '"', '""', "\n", "\r\n", "a\tb\nc", "  "]),
    "int": st.none() | st.integers(min_value=-(2**31), max_value=2**31),
    "bigint": st.none() | st.integers(min_value=-(2**63), max_value=2**63),
    "double": st.none() | st.floats(allow_nan=False, allow_infinity=False),
    "boolean": st.none() | st.booleans(),
    "date": st.none()
    | st.datetimes(
        min_value=datetime.datetime(1900, 1, 1),
        max_value=datetime.datetime(2200, 1, 1),
        timezones=st.just(datetime.UTC),
    ).map(lambda d: d.replace(microsecond=d.microsecond // 1000 * 1000)),
    "array": st.none() | st.lists(st.integers(), max_size=3).map(str),
}


class _OfficialResponse:
    """What the official reader reads from: a response whose ``raw`` iterates the body's lines."""

    def __init__(self, body: bytes) -> None:
        self.raw = io.BytesIO(body)

    def close(self) -> None:
        self.raw.close()


def official_rows(columns: list[dict[str, str]], body: bytes) -> list[list[Any]]:
    return list(DataikuStreamedHttpUTF8CSVReader(columns, _OfficialResponse(body)).iter_rows())


def our_rows(columns: list[dict[str, str]], body: bytes, cut: int) -> list[list[Any]]:
    casters = casters_for(columns)
    splitter = RecordSplitter()
    rows: list[list[Any]] = []
    for start in range(0, len(body), cut):
        rows.extend(parse_records(splitter.feed(body[start : start + cut]), casters))
    rows.extend(parse_records(splitter.close(), casters))
    return rows


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[dict[str, str]], list[list[Any]]]:
    types = draw(st.lists(st.sampled_from(TYPES), min_size=1, max_size=5))
    rows = draw(st.lists(st.tuples(*(VALUES[t] for t in types)).map(list), max_size=20))
    return [{"name": f"c{i}", "type": t} for i, t in enumerate(types)], rows


@settings(max_examples=300, deadline=None)
@given(table=tables(), cut=st.integers(min_value=1, max_value=64))
def test_rows_in_any_chunks_read_as_the_official_client_reads_them(
    table: tuple[list[dict[str, str]], list[list[Any]]], cut: int
) -> None:
    columns, rows = table
    body = b"".join(tsv_chunks(rows))
    assert b"\n\n" not in b"\n" + body, "the writer must never write an empty line"
    assert our_rows(columns, body, cut) == official_rows(columns, body)
    assert len(our_rows(columns, body, cut)) == len(rows)


def test_values_cast_by_column_type() -> None:
    columns = [
        {"name": n, "type": t}
        for n, t in [("i", "int"), ("s", "string"), ("b", "boolean"), ("d", "date"), ("f", "double")]
    ]
    body = b'1\tfoo\ttrue\t2020-01-02T00:00:00.000Z\t1.5\n\t"a\tb"\t\t\t\n1.0\t\tTRUE\tnot a date\tx\n'
    rows = our_rows(columns, body, 5)
    assert rows[0] == [1, "foo", True, datetime.datetime(2020, 1, 2, tzinfo=datetime.UTC), 1.5]
    assert rows[1] == [None, "a\tb", False, None, None]
    assert rows[2] == [None, "", True, None, None]
    assert rows == official_rows(columns, body)


def test_columns_can_be_chosen_and_must_exist() -> None:
    columns = [{"name": "a", "type": "int"}, {"name": "b", "type": "string"}]
    assert [c("7") for c in casters_for(columns, ["b", "a"])] == ["7", 7]
    with pytest.raises(ValueError, match="'nope'"):
        casters_for(columns, ["nope"])
