"""Visual recipes, run on rows: what schema they give their output, and the rows they write.

The emulator runs a subset of each recipe's settings, on small data held in memory where
the recipe needs it (grouping, join):

* ``sync``: the rows, column by column by name.
* ``grouping``: ``keys`` (columns), ``values`` (per column: ``count``, ``countDistinct``,
  ``min``, ``max``, ``avg``, ``sum``, ``concat``, ``stddev``, ``first``, ``last``), ``globalCount``.
  Output columns are named ``<column>_<aggregate>`` (``count`` for the global count).
* ``join``: ``virtualInputs`` (``index``, ``prefix``), ``joins`` of types ``LEFT``, ``INNER``,
  ``RIGHT``, ``FULL`` and ``CROSS`` on ``EQ`` conditions; the columns of every input, those
  of later inputs that repeat a name being left out.
* ``shaker`` (prepare): processors ``ColumnRenamer``, ``ColumnsSelector``, ``ColumnCopier``,
  ``FillEmptyWithValue``, ``RemoveRowsOnEmpty``, ``FilterOnValue``, ``StringTransformer``
  (``TO_UPPER``, ``TO_LOWER``, ``TRIM``), ``FlagOnValue`` and ``FilterOnBadType`` (meanings
  ``Double``, ``Integer``, ``Boolean``; every action: keep or remove rows, clear cells, flag),
  disabled steps skipped, groups of steps.

Anything else is refused with a ``RecipeError`` naming it.
"""

from __future__ import annotations

import copy
import statistics
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

from dssclient._json import array_or_empty, is_array, is_mapping, object_or_empty

from .metrics import format_number

Column = dict[str, Any]
Row = list[str]

_NUMERIC = {"tinyint", "smallint", "int", "bigint", "float", "double"}
_INTEGRAL = {"tinyint", "smallint", "int", "bigint"}
_AGGREGATES = ("count", "countDistinct", "min", "max", "avg", "sum", "concat", "stddev", "first", "last")
_SUFFIX = {"countDistinct": "distinct"}


class RecipeError(Exception):
    """A recipe that cannot run as set up; the message goes to the job's log."""


def output_columns(
    recipe_type: str, payload: Mapping[str, Any], inputs: Sequence[Sequence[Column]], refs: Sequence[str]
) -> list[Column]:
    if recipe_type == "sync":
        _need_inputs(inputs, 1)
        return [copy.deepcopy(dict(column)) for column in inputs[0]]
    if recipe_type == "grouping":
        _need_inputs(inputs, 1)
        return _Grouping(payload, inputs[0]).columns
    if recipe_type == "join":
        return _Join(payload, inputs, refs).columns
    if recipe_type in ("shaker", "prepare"):
        _need_inputs(inputs, 1)
        return _Prepare(payload, inputs[0]).columns
    raise RecipeError(f"The emulator does not run {recipe_type} recipes")


def run(
    recipe_type: str,
    payload: Mapping[str, Any],
    inputs: Sequence[tuple[Sequence[Column], Iterable[Row]]],
    refs: Sequence[str],
    check_abort: Callable[[], None],
) -> Iterator[Row]:
    """The rows a visual recipe writes, from its inputs' rows (in the columns of their schemas)."""
    schemas = [schema for schema, _ in inputs]
    if recipe_type == "sync":
        _need_inputs(schemas, 1)
        return _checked(inputs[0][1], check_abort)
    if recipe_type == "grouping":
        _need_inputs(schemas, 1)
        return _Grouping(payload, schemas[0]).run(_checked(inputs[0][1], check_abort))
    if recipe_type == "join":
        return _Join(payload, schemas, refs).run([_checked(rows, check_abort) for _, rows in inputs])
    if recipe_type in ("shaker", "prepare"):
        _need_inputs(schemas, 1)
        return _Prepare(payload, schemas[0]).run(_checked(inputs[0][1], check_abort))
    raise RecipeError(f"The emulator does not run {recipe_type} recipes")


def _checked(rows: Iterable[Row], check_abort: Callable[[], None]) -> Iterator[Row]:
    for index, row in enumerate(rows):
        if index % 1000 == 0:
            check_abort()
        yield row


def _need_inputs(inputs: Sequence[Any], count: int) -> None:
    if len(inputs) < count:
        raise RecipeError(f"The recipe needs {count} input(s), it has {len(inputs)}")


def _names(columns: Sequence[Column]) -> list[str]:
    return [str(column.get("name")) for column in columns]


def _index(columns: Sequence[Column], name: Any, what: str) -> int:
    names = _names(columns)
    if name not in names:
        raise RecipeError(f"{what} {name!r} is not a column of the input (columns: {', '.join(names)})")
    return names.index(name)


def _number(value: str) -> float | None:
    if value == "":
        return None
    try:
        return float(value)
    except ValueError:
        return None


# -- grouping ----------------------------------------------------------------------------------


class _Grouping:
    def __init__(self, payload: Mapping[str, Any], columns: Sequence[Column]) -> None:
        self.input = columns
        keys = array_or_empty(payload.get("keys"))
        self.keys = [_index(columns, key.get("column"), "Grouping key") for key in keys if is_mapping(key)]
        self.aggregates: list[tuple[int, str, str]] = []  # (input column, aggregate, column type)
        out = [copy.deepcopy(dict(columns[index])) for index in self.keys]
        for value in array_or_empty(payload.get("values")):
            if not is_mapping(value):
                continue
            index = _index(columns, value.get("column"), "Aggregated column")
            column_type = str(columns[index].get("type") or "string")
            for aggregate in _AGGREGATES:
                if value.get(aggregate) is True:
                    if aggregate in ("avg", "sum", "stddev") and column_type not in _NUMERIC:
                        raise RecipeError(f"{aggregate} needs a numeric column; {value.get('column')} is {column_type}")
                    self.aggregates.append((index, aggregate, column_type))
                    out.append(
                        {
                            "name": f"{value.get('column')}_{_SUFFIX.get(aggregate, aggregate)}",
                            "type": _aggregate_type(aggregate, column_type),
                        }
                    )
        self.global_count = payload.get("globalCount") is True
        if self.global_count:
            out.append({"name": "count", "type": "bigint"})
        self.columns = out

    def run(self, rows: Iterable[Row]) -> Iterator[Row]:
        groups: dict[tuple[str, ...], list[Row]] = {}
        for row in rows:
            groups.setdefault(tuple(row[i] for i in self.keys), []).append(row)
        for key, members in groups.items():
            out = list(key)
            for index, aggregate, column_type in self.aggregates:
                out.append(_aggregate(aggregate, [row[index] for row in members], column_type))
            if self.global_count:
                out.append(str(len(members)))
            yield out


def _aggregate_type(aggregate: str, column_type: str) -> str:
    if aggregate in ("count", "countDistinct"):
        return "bigint"
    if aggregate in ("avg", "stddev"):
        return "double"
    if aggregate == "sum":
        return "bigint" if column_type in _INTEGRAL else "double"
    if aggregate == "concat":
        return "string"
    return column_type


def _aggregate(aggregate: str, values: list[str], column_type: str) -> str:
    present = [value for value in values if value != ""]
    if aggregate == "count":
        return str(len(present))
    if aggregate == "countDistinct":
        return str(len(set(present)))
    if aggregate == "concat":
        return ",".join(present)
    if aggregate == "first":
        return values[0] if values else ""
    if aggregate == "last":
        return values[-1] if values else ""
    numeric = column_type in _NUMERIC
    if aggregate in ("min", "max"):
        if not present:
            return ""
        if numeric:
            numbers = [n for n in (_number(v) for v in present) if n is not None]
            if not numbers:
                return ""
            return format_number(min(numbers) if aggregate == "min" else max(numbers), column_type in _INTEGRAL)
        return min(present) if aggregate == "min" else max(present)
    numbers = [n for n in (_number(v) for v in present) if n is not None]
    if not numbers:
        return ""
    if aggregate == "sum":
        return format_number(sum(numbers), column_type in _INTEGRAL)
    if aggregate == "avg":
        return format_number(sum(numbers) / len(numbers), False)
    return format_number(statistics.stdev(numbers) if len(numbers) > 1 else 0.0, False)


# -- join ----------------------------------------------------------------------------------------


class _Join:
    def __init__(self, payload: Mapping[str, Any], inputs: Sequence[Sequence[Column]], refs: Sequence[str]) -> None:
        virtual = payload.get("virtualInputs")
        if not is_array(virtual) or not virtual:
            virtual = [{"index": index} for index in range(len(inputs))]
        self.virtual: list[tuple[int, str]] = []
        for item in virtual:
            index = item.get("index") if is_mapping(item) else None
            if not isinstance(index, int) or not 0 <= index < len(inputs):
                raise RecipeError(f"A virtual input points to input {index!r}; the recipe has {len(inputs)}")
            self.virtual.append((index, str(item.get("prefix") or "")))
        self.inputs = inputs
        self.joins: list[tuple[int, int, str, list[tuple[int, int]]]] = []
        seen = {0}
        for join in array_or_empty(payload.get("joins")):
            if not is_mapping(join):
                continue
            left, right = join.get("table1"), join.get("table2")
            if not isinstance(left, int) or not isinstance(right, int) or not (0 <= right < len(self.virtual)):
                raise RecipeError(f"A join between virtual inputs {left!r} and {right!r} is out of range")
            if left not in seen or right in seen:
                raise RecipeError("The emulator joins each new virtual input to one already joined, in order")
            seen.add(right)
            kind = str(join.get("type") or "LEFT")
            if kind not in ("LEFT", "INNER", "RIGHT", "FULL", "CROSS"):
                raise RecipeError(f"The emulator does not run {kind} joins")
            conditions: list[tuple[int, int]] = []
            for condition in array_or_empty(join.get("on")):
                if condition.get("type", "EQ") != "EQ":
                    raise RecipeError(f"The emulator runs equality join conditions only, not {condition.get('type')}")
                first, second = object_or_empty(condition.get("column1")), object_or_empty(condition.get("column2"))
                conditions.append(
                    (
                        _index(self._schema(left), first.get("name"), "Join column"),
                        _index(self._schema(right), second.get("name"), "Join column"),
                    )
                )
            self.joins.append((left, right, kind, conditions))
        self.selected: list[tuple[int, int]] = []  # (virtual input, column index)
        columns: list[Column] = []
        taken: set[str] = set()
        for position, (_, prefix) in enumerate(self.virtual):
            if position not in seen:
                continue
            for column_index, column in enumerate(self._schema(position)):
                name = prefix + str(column.get("name"))
                if name in taken:
                    continue
                taken.add(name)
                columns.append({**copy.deepcopy(dict(column)), "name": name})
                self.selected.append((position, column_index))
        self.columns = columns

    def _schema(self, position: int) -> Sequence[Column]:
        return self.inputs[self.virtual[position][0]]

    def run(self, inputs: Sequence[Iterable[Row]]) -> Iterator[Row]:
        materialized = [list(rows) for rows in inputs]
        tables = [materialized[index] for index, _ in self.virtual]
        joined: list[dict[int, Row | None]] = [{0: row} for row in tables[0]]
        for left, right, kind, conditions in self.joins:
            joined = self._join(joined, tables[right], left, right, kind, conditions)
        for combined in joined:
            yield [
                (row[column] if column < len(row) else "") if (row := combined.get(position)) is not None else ""
                for position, column in self.selected
            ]

    def _join(
        self,
        joined: list[dict[int, Row | None]],
        right_rows: list[Row],
        left: int,
        right: int,
        kind: str,
        conditions: list[tuple[int, int]],
    ) -> list[dict[int, Row | None]]:
        def key_left(row: Row) -> tuple[str, ...]:
            return tuple(row[a] for a, _ in conditions)

        index: dict[tuple[str, ...], list[int]] = {}
        for position, right_row in enumerate(right_rows):
            right_key = tuple(right_row[b] for _, b in conditions)
            if kind == "CROSS" or all(right_key):  # empty keys never match, like SQL nulls
                index.setdefault(() if kind == "CROSS" else right_key, []).append(position)
        matched: set[int] = set()
        result: list[dict[int, Row | None]] = []
        for combined in joined:
            row = combined.get(left)
            key: tuple[str, ...] | None = () if kind == "CROSS" else (key_left(row) if row is not None else None)
            hits = index.get(key, []) if key is not None and (kind == "CROSS" or all(key)) else []
            for position in hits:
                matched.add(position)
                result.append({**combined, right: right_rows[position]})
            if not hits and kind in ("LEFT", "FULL"):
                result.append({**combined, right: None})
        if kind in ("RIGHT", "FULL"):
            result.extend({right: row} for position, row in enumerate(right_rows) if position not in matched)
        if kind == "RIGHT":
            result = [combined for combined in result if combined.get(right) is not None]
        return result


# -- prepare (shaker) ------------------------------------------------------------------------------


Step = tuple[Callable[[list[Column]], list[Column]], Callable[[dict[str, str]], dict[str, str] | None]]


class _Prepare:
    def __init__(self, payload: Mapping[str, Any], columns: Sequence[Column]) -> None:
        self.input_names = _names(columns)
        self.steps = [step for raw in array_or_empty(payload.get("steps")) for step in _steps(raw)]
        schema = [copy.deepcopy(dict(column)) for column in columns]
        for change_columns, _ in self.steps:
            schema = change_columns(schema)
        self.columns = schema

    def run(self, rows: Iterable[Row]) -> Iterator[Row]:
        names = _names(self.columns)
        for values in rows:
            row: dict[str, str] | None = dict(zip(self.input_names, values, strict=False))
            for _, change_row in self.steps:
                assert row is not None
                row = change_row(row)
                if row is None:
                    break
            if row is not None:
                yield [row.get(name, "") for name in names]


def _targets(params: Mapping[str, Any], names: Sequence[str]) -> list[str]:
    applies = params.get("appliesTo", "SINGLE_COLUMN")
    if applies == "ALL":
        return list(names)
    if applies in ("COLUMNS", "PATTERN") and is_array(params.get("columns")):
        return [str(name) for name in params["columns"]]
    column = params.get("column")
    if isinstance(column, str):
        return [column]
    if is_array(params.get("columns")):
        return [str(name) for name in params["columns"]]
    raise RecipeError("A prepare step names no column")


def _steps(raw: Any) -> list[Step]:
    if not is_mapping(raw) or raw.get("disabled") is True:
        return []
    if raw.get("metaType") == "GROUP":
        return [step for inner in array_or_empty(raw.get("steps")) for step in _steps(inner)]
    kind = raw.get("type")
    params: Mapping[str, Any] = raw.get("params") or {}

    def same(columns: list[Column]) -> list[Column]:
        return columns

    if kind == "ColumnRenamer":
        renamings = {
            str(r.get("from")): str(r.get("to")) for r in array_or_empty(params.get("renamings")) if is_mapping(r)
        }

        def rename_columns(columns: list[Column]) -> list[Column]:
            for source in renamings:
                _index(columns, source, "Renamed column")
            return [
                {**column, "name": renamings.get(str(column.get("name")), column.get("name"))} for column in columns
            ]

        return [(rename_columns, lambda row: {renamings.get(k, k): v for k, v in row.items()})]
    if kind == "ColumnsSelector":
        keep = params.get("keep") is not False

        def select_columns(columns: list[Column]) -> list[Column]:
            chosen = set(_targets(params, _names(columns)))
            for name in chosen:
                _index(columns, name, "Selected column")
            return [c for c in columns if (str(c.get("name")) in chosen) == keep]

        return [(select_columns, lambda row: row)]
    if kind == "ColumnCopier":
        source, target = str(params.get("inputColumn")), str(params.get("outputColumn"))

        def copy_columns(columns: list[Column]) -> list[Column]:
            original = columns[_index(columns, source, "Copied column")]
            return [c for c in columns if c.get("name") != target] + [{**original, "name": target}]

        return [(copy_columns, lambda row: {**row, target: row.get(source, "")})]
    if kind == "FillEmptyWithValue":
        value = str(params.get("value", ""))

        def fill(row: dict[str, str]) -> dict[str, str]:
            for name in _targets(params, list(row)):
                if row.get(name, "") == "":
                    row[name] = value
            return row

        return [(same, fill)]
    if kind == "RemoveRowsOnEmpty":
        keep_empty = params.get("keep") is True

        def remove_empty(row: dict[str, str]) -> dict[str, str] | None:
            empty = any(row.get(name, "") == "" for name in _targets(params, list(row)))
            return row if empty == keep_empty else None

        return [(same, remove_empty)]
    if kind == "FilterOnValue":
        values = [str(v) for v in array_or_empty(params.get("values"))]
        mode = params.get("matchingMode", "FULL_STRING")
        lower = params.get("normalizationMode") == "LOWERCASE"
        keep = params.get("action", "KEEP_ROW") == "KEEP_ROW"
        if mode not in ("FULL_STRING", "SUBSTRING"):
            raise RecipeError(f"The emulator filters on full strings and substrings only, not {mode}")

        def matches(text: str) -> bool:
            text = text.lower() if lower else text
            wanted = [v.lower() for v in values] if lower else values
            return text in wanted if mode == "FULL_STRING" else any(v in text for v in wanted)

        def filter_rows(row: dict[str, str]) -> dict[str, str] | None:
            hit = any(matches(row.get(name, "")) for name in _targets(params, list(row)))
            return row if hit == keep else None

        return [(same, filter_rows)]
    if kind == "StringTransformer":
        mode = params.get("mode")
        transforms: dict[str, Callable[[str], str]] = {"TO_UPPER": str.upper, "TO_LOWER": str.lower, "TRIM": str.strip}
        if mode not in transforms:
            raise RecipeError(f"The emulator's StringTransformer does TO_UPPER, TO_LOWER and TRIM, not {mode}")
        transform = transforms[str(mode)]

        def transform_row(row: dict[str, str]) -> dict[str, str]:
            for name in _targets(params, list(row)):
                if name in row:
                    row[name] = transform(row[name])
            return row

        return [(same, transform_row)]
    if kind == "FlagOnValue":
        return [_filter_and_flag(params, _value_matcher(params))]
    if kind == "FilterOnBadType":
        return [_filter_and_flag(params, _bad_type_matcher(params))]
    raise RecipeError(f"The emulator does not run the prepare processor {kind!r}")


# Cells a meaning accepts, for FilterOnBadType; other meanings are refused. The built-in meanings'
# identifiers are unverified: each is accepted under its short and its ``...Meaning`` name.
def _is_integer(text: str) -> bool:
    try:
        int(text)
    except ValueError:
        return False
    return True


_MEANINGS: dict[str, Callable[[str], bool]] = {
    "Double": lambda text: _number(text) is not None,
    "DoubleMeaning": lambda text: _number(text) is not None,
    "Integer": _is_integer,
    "LongMeaning": _is_integer,
    "Boolean": lambda text: text.lower() in ("true", "false", "yes", "no", "1", "0"),
    "BooleanMeaning": lambda text: text.lower() in ("true", "false", "yes", "no", "1", "0"),
}
_FLAG_ACTIONS = ("KEEP_ROW", "REMOVE_ROW", "CLEAR_CELL", "DONTCLEAR_CELL", "FLAG")


def _value_matcher(params: Mapping[str, Any]) -> Callable[[str], bool]:
    """Whether a cell holds one of a FlagOnValue step's values (full strings or substrings; exact or lowercase)."""
    mode = params.get("matchingMode", "FULL_STRING")
    normalization = params.get("normalizationMode", "EXACT")
    if mode not in ("FULL_STRING", "SUBSTRING"):
        raise RecipeError(f"The emulator matches full strings and substrings only, not {mode}")
    if normalization not in ("EXACT", "LOWERCASE"):
        raise RecipeError(f"The emulator compares values exactly or in lowercase only, not {normalization}")
    lower = normalization == "LOWERCASE"
    values = [str(v).lower() if lower else str(v) for v in array_or_empty(params.get("values"))]

    def matches(text: str) -> bool:
        text = text.lower() if lower else text
        return text in values if mode == "FULL_STRING" else any(v in text for v in values)

    return matches


def _bad_type_matcher(params: Mapping[str, Any]) -> Callable[[str], bool]:
    """Whether a non-empty cell is invalid for a FilterOnBadType step's meaning (an empty cell never is)."""
    meaning = params.get("type")
    valid = _MEANINGS.get(str(meaning))
    if valid is None:
        raise RecipeError(f"The emulator checks the meanings {', '.join(_MEANINGS)} only, not {meaning!r}")
    return lambda text: text != "" and not valid(text)


def _filter_and_flag(params: Mapping[str, Any], matches: Callable[[str], bool]) -> Step:
    """A step that matches cells of its columns and acts: keeps or removes the row, clears cells, or flags."""
    action = params.get("action", "REMOVE_ROW")
    if action not in _FLAG_ACTIONS:
        raise RecipeError(f"Unknown action {action!r} (use one of {', '.join(_FLAG_ACTIONS)})")
    combine = any if params.get("booleanMode") == "OR" else all
    flag = params.get("flagColumn")
    if action == "FLAG" and not (isinstance(flag, str) and flag):
        raise RecipeError("A FLAG action needs a flagColumn")

    def change_columns(columns: list[Column]) -> list[Column]:
        for name in _targets(params, _names(columns)):
            _index(columns, name, "Matched column")
        if action != "FLAG":
            return columns
        return [c for c in columns if c.get("name") != flag] + [{"name": flag, "type": "string"}]

    def change_row(row: dict[str, str]) -> dict[str, str] | None:
        targets = [name for name in _targets(params, list(row)) if name in row]
        hits = {name: matches(row[name]) for name in targets}
        matched = bool(targets) and combine(hits.values())
        if action == "KEEP_ROW":
            return row if matched else None
        if action == "REMOVE_ROW":
            return None if matched else row
        if action == "FLAG":
            row[str(flag)] = "1" if matched else ""
            return row
        for name, hit in hits.items():  # CLEAR_CELL clears the matching cells, DONTCLEAR_CELL the others
            if hit == (action == "CLEAR_CELL"):
                row[name] = ""
        return row

    return change_columns, change_row
