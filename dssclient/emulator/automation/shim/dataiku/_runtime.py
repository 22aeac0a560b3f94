"""How the shim talks to the emulator that started it: a request per line, on standard output,
answered on standard input. Rows go through files, in the emulator's TSV format."""

from __future__ import annotations

import csv
import datetime
import json
import math
import os
import sys
from collections.abc import Iterator, Sequence
from typing import Any

MARKER = "\x1eDKU-EMULATOR\x1e"
_context: dict[str, Any] | None = None


class EmulatorError(Exception):
    """The emulator refused a request of the shim (a dataset that is not an input, say)."""


def context() -> dict[str, Any]:
    """What the emulator tells the code about its run: project, inputs and outputs, variables."""
    global _context
    if _context is None:
        with open(os.environ["DKU_EMULATOR_CONTEXT"], encoding="utf-8") as opened:
            loaded: dict[str, Any] = json.load(opened)
        _context = loaded
        return loaded
    return _context


def request(op: str, **arguments: Any) -> Any:
    """Ask the emulator for something and wait for its answer."""
    sys.stdout.flush()
    out, into = sys.__stdout__, sys.__stdin__
    if out is None or into is None:
        raise EmulatorError("no channel to the emulator: standard input or output is closed")
    out.write(MARKER + json.dumps({"op": op, **arguments}) + "\n")
    out.flush()
    line = into.readline()
    if not line:
        raise EmulatorError("the emulator closed the channel")
    answer = json.loads(line)
    if not answer.get("ok"):
        raise EmulatorError(answer.get("error") or "refused")
    return answer.get("result")


_INTEGERS = {"tinyint", "smallint", "int", "bigint"}
_FLOATS = {"float", "double"}


def cast(value: str, column_type: str) -> Any:
    """A stored value as Python sees it: numbers, booleans, None for empty, text otherwise."""
    if value == "":
        return None
    try:
        if column_type in _INTEGERS:
            return int(value)
        if column_type in _FLOATS:
            return float(value)
    except ValueError:
        return None
    if column_type == "boolean":
        return value.lower() == "true"
    return value


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
        # An aware date as the emulator writes dates: in UTC, to the millisecond, marked Z.
        if value.tzinfo is not None:
            utc = value.astimezone(datetime.UTC).replace(tzinfo=None)
            return utc.isoformat(timespec="milliseconds") + "Z"
        return value.isoformat()
    text = value if isinstance(value, str) else str(value)
    if any(character in text for character in ("\t", '"', "\r", "\n")):
        return '"' + text.replace('"', '""') + '"'
    return text


def read_rows(path: str) -> Iterator[list[str]]:
    with open(path, encoding="utf-8", newline="") as opened:
        yield from csv.reader(opened, delimiter="\t", quotechar='"', doublequote=True)


class RowFile:
    """Rows appended to a file the emulator installs once the code succeeded."""

    def __init__(self, path: str) -> None:
        self._file = open(path, "a", encoding="utf-8", newline="")  # noqa: SIM115 - closed by close()

    def write(self, values: Sequence[Any]) -> None:
        line = "\t".join(format_value(value) for value in values)
        self._file.write((line if line else '""') + "\n")

    def close(self) -> None:
        self._file.close()


class UnsupportedAttributeError(AttributeError):
    """Something of DSS's ``dataiku`` package that the emulator's package does not have."""


def unsupported(owner: str, name: str) -> AttributeError:
    """The error for ``owner.name`` missing: a plain one for Python's own (dunder) names."""
    if name.startswith("__") and name.endswith("__"):
        return AttributeError(f"{owner!r} has no attribute {name!r}")
    return UnsupportedAttributeError(
        f"{owner}.{name} is not part of the DSS emulator's dataiku package: it emulates a subset of "
        f"DSS's, listed in dssclient's README (section 'The dataiku package of recipes and steps')"
    )
