"""pandas for the shim's datasets: rows read into dataframes, dataframes written as rows.

pandas is imported on first use, never by ``import dataiku``: code that does not use
dataframes runs without it.
"""

from __future__ import annotations

import datetime
import math
from collections.abc import Iterator, Sequence
from typing import Any

from ._runtime import UnsupportedAttributeError

# As DSS's package types columns when the schema decides (infer_with_pandas=False).
_SCHEMA_DTYPES = {
    "tinyint": "int8",
    "smallint": "int16",
    "int": "int32",
    "bigint": "int64",
    "float": "float32",
    "double": "float64",
    "boolean": "bool",
}
_NULLABLE = {"tinyint": "Int8", "smallint": "Int16", "int": "Int32", "bigint": "Int64"}
# The DSS type of a dtype, by the dtype's name (DSS's package maps them likewise).
_DSS_TYPES = {
    "int8": "tinyint",
    "int16": "smallint",
    "int32": "int",
    "int64": "bigint",
    "uint8": "smallint",
    "uint16": "int",
    "uint32": "bigint",
    "uint64": "bigint",
    "Int8": "tinyint",
    "Int16": "smallint",
    "Int32": "int",
    "Int64": "bigint",
    "float16": "float",
    "float32": "float",
    "float64": "double",
    "Float32": "float",
    "Float64": "double",
    "bool": "boolean",
    "boolean": "boolean",
}


def pandas() -> Any:
    """The pandas module, or an ImportError that says how to get it."""
    try:
        import pandas as module  # type: ignore[import-not-found,import-untyped,unused-ignore]
    except ImportError as missing:
        raise ImportError(
            "pandas is not installed in the Python that runs the DSS emulator's recipes and steps: "
            "install it (pip install 'dssclient[pandas]') to use get_dataframe, iter_dataframes, "
            f"write_with_schema and write_dataframe ({missing})"
        ) from None
    return module


def sampled(sampling: str, limit: int | None, ratio: float | None, extra: dict[str, Any]) -> int | None:
    """The number of first rows to read (None: all); other samplings are refused, naming the subset."""
    if extra:
        names = ", ".join(sorted(extra))
        raise UnsupportedAttributeError(
            f"Reading dataframes with {names} is not part of the DSS emulator's dataiku package "
            "(see dssclient's README, section 'The dataiku package of recipes and steps')"
        )
    if sampling not in ("head", "full") or ratio is not None:
        raise UnsupportedAttributeError(
            f"Sampling {sampling!r} is not part of the DSS emulator's dataiku package: it reads the first "
            "rows (sampling='head', limit=...) or all of them (see dssclient's README)"
        )
    if limit is not None and not _whole_number(limit):
        raise ValueError(f"limit must be a non-negative integer, not {limit!r}")
    return None if sampling == "full" else limit


def read(
    path: str,
    schema: Sequence[dict[str, Any]],
    *,
    columns: Sequence[str] | None,
    limit: int | None,
    chunksize: int | None,
    infer_with_pandas: bool,
    parse_dates: bool,
    bool_as_str: bool,
    int_as_float: bool,
    use_nullable_integers: bool,
    float_precision: str | None,
    na_values: Any,
    keep_default_na: bool,
) -> Any:
    """A dataframe of the rows in ``path`` (or an iterator of dataframes, with ``chunksize``)."""
    pd = pandas()
    names = [str(column["name"]) for column in schema]
    types = {str(column["name"]): str(column.get("type") or "string") for column in schema}
    wanted = list(dict.fromkeys(columns)) if columns is not None else names
    unknown = [name for name in wanted if name not in types]
    if unknown:
        raise ValueError(f"No column {', '.join(map(repr, unknown))} in the schema: {names}")
    by_schema: dict[str, Any] = {}
    for name in wanted:
        column_type = types[name]
        if column_type == "boolean" and bool_as_str:
            by_schema[name] = "str"
        elif column_type in _NULLABLE and int_as_float:
            by_schema[name] = "float64"
        elif column_type in _NULLABLE and use_nullable_integers:
            by_schema[name] = _NULLABLE[column_type]
        elif column_type in _SCHEMA_DTYPES:
            by_schema[name] = _SCHEMA_DTYPES[column_type]
        elif column_type != "date":
            by_schema[name] = object
    dtypes: dict[str, Any] | None = by_schema
    if infer_with_pandas:
        # pandas decides, as in DSS's package, except for what the caller asked to keep as text.
        dtypes = {name: "str" for name in wanted if types[name] == "boolean" and bool_as_str} or None
    dates = [name for name in wanted if types[name] == "date"] if parse_dates else []
    options: dict[str, Any] = {
        "sep": "\t",
        "header": None,
        "names": names,
        "usecols": wanted,
        "dtype": dtypes,
        "quotechar": '"',
        "doublequote": True,
        "nrows": limit,
        "chunksize": chunksize,
        "float_precision": float_precision,
        "na_values": na_values,
        "keep_default_na": keep_default_na,
        "encoding": "utf-8",
    }
    if chunksize is None:
        frame = pd.read_csv(path, **options)
        return _dated(pd, frame[wanted], dates)
    return _chunks(pd, pd.read_csv(path, **options), wanted, dates)


def _chunks(pd: Any, reader: Any, wanted: list[str], dates: list[str]) -> Iterator[Any]:
    with reader:
        for frame in reader:
            yield _dated(pd, frame[wanted], dates)


def _dated(pd: Any, frame: Any, dates: list[str]) -> Any:
    for name in dates:
        frame[name] = pd.to_datetime(frame[name], utc=True, format="ISO8601")
    return frame


def schema_of(df: Any) -> list[dict[str, Any]]:
    """The DSS schema of a dataframe: a column per dataframe column, typed by its dtype."""
    pandas()
    columns: list[dict[str, str]] = []
    for name, dtype in zip(df.columns, df.dtypes, strict=True):
        kind = getattr(dtype, "kind", "O")
        column_type = _DSS_TYPES.get(str(dtype))
        if column_type is None:
            column_type = "date" if kind == "M" else "string"
        columns.append({"name": str(name), "type": column_type})
    return columns


def rows_of(df: Any, names: Sequence[str]) -> Iterator[list[Any]]:
    """The dataframe's rows as lists of plain values, in the order of ``names`` (the dataset's columns).

    A dataset column the dataframe lacks is written empty; a dataframe column the dataset lacks
    is an error (write_with_schema sets the schema from the dataframe, so they match).
    """
    pd = pandas()
    if not names:
        raise ValueError("The dataset has no schema to write a dataframe into: use write_with_schema")
    by_name = {str(name): position for position, name in enumerate(df.columns)}
    extra = [name for name in by_name if name not in names]
    if extra:
        raise ValueError(f"The dataframe has columns the dataset's schema lacks: {extra}; use write_with_schema")
    picks = [by_name.get(name) for name in names]
    for row in df.itertuples(index=False, name=None):
        yield [None if position is None else _plain(pd, row[position]) for position in picks]


def _plain(pd: Any, value: Any) -> Any:
    """A value as the row format writes it: numpy scalars unwrapped, missing values None, dates in UTC."""
    if value is None or value is pd.NaT or value is pd.NA:
        return None
    if isinstance(value, pd.Timestamp):
        value = value.to_pydatetime()
        if value.tzinfo is None:
            value = value.replace(tzinfo=datetime.UTC)
        return value
    item = getattr(value, "item", None)
    if item is not None and not isinstance(value, (str, bytes)):
        try:
            value = item()
        except (TypeError, ValueError):
            pass
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _whole_number(value: object) -> bool:
    # Typed int, checked as anything: the recipe's code is not type-checked.
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0
