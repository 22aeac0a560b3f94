"""Waiting for long tasks: how often to poll, and showing progress while waiting."""

from __future__ import annotations

import math
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol, TextIO

from ._json import is_array, is_object

FutureState = dict[str, Any]
ProgressCallback = Callable[[FutureState], None]


@dataclass(frozen=True, slots=True)
class PollingSchedule:
    """How often ``wait_for_result`` asks for the state of a task.

    The first wait is ``initial`` seconds, each next one ``factor`` times the
    previous, never more than ``maximum``. The defaults are the official
    client's: about 25 polls in the first 20 seconds, then one every 15 s.
    """

    initial: float = 0.2
    factor: float = 1.1
    maximum: float = 15.0

    def __post_init__(self) -> None:
        if not all(_finite_number(v) for v in (self.initial, self.factor, self.maximum)):
            raise ValueError("PollingSchedule needs finite numbers")
        if self.initial <= 0 or self.factor < 1 or self.maximum < self.initial:
            raise ValueError("PollingSchedule needs 0 < initial <= maximum and factor >= 1")

    def delays(self) -> Iterator[float]:
        """The waits between polls, in seconds: ``initial``, then times ``factor``, at most ``maximum``."""
        delay = self.initial
        while True:
            yield delay
            delay = min(delay * self.factor, self.maximum)


def _finite_number(value: object) -> bool:
    # Typed float by the callers' signatures, but checked as anything: scripts without a type
    # checker pass strings.
    return isinstance(value, (int, float)) and math.isfinite(value)


def check_wait_timeout(timeout: object) -> float | None:
    """A ``wait_for_result`` timeout: None (as long as the task runs) or finite seconds above zero.

    Takes any object: the public signatures say ``float | None``, scripts without a type checker
    pass anything.
    """
    if timeout is None:
        return None
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not math.isfinite(timeout) or timeout <= 0:
        raise ValueError(f"timeout must be None or a finite number of seconds above zero, not {timeout!r}")
    return float(timeout)


def progress_line(state: FutureState) -> str:
    """A task's progress as one line: each level's name and how far it has gone, outermost first."""
    progress = state.get("progress")
    levels = progress.get("states") if is_object(progress) else None
    parts: list[str] = []
    for level in levels if is_array(levels) else []:
        if not is_object(level):
            continue
        name, cur, target = level.get("name") or "", level.get("cur"), level.get("target")
        if isinstance(cur, (int, float)) and isinstance(target, (int, float)) and target > 0:
            parts.append(f"{name} {cur:g}/{target:g}")
        else:
            parts.append(str(name))
    return " / ".join(part for part in parts if part)


class FinishingCallback(Protocol):
    def __call__(self, state: FutureState) -> None: ...

    def finish(self) -> None: ...


class ProgressPrinter:
    """Shows a task's progress while ``wait_for_result`` waits: a live line on a terminal, a line
    per change elsewhere (a log file, CI). Pass it as ``progress_callback``, or ``progress=True``."""

    def __init__(self, file: TextIO | None = None, prefix: str = "") -> None:
        self._file = file if file is not None else sys.stderr
        self._prefix = prefix
        self._live = bool(getattr(self._file, "isatty", lambda: False)())
        self._last = ""
        self._width = 0

    def __call__(self, state: FutureState) -> None:
        line = self._prefix + (progress_line(state) or str(state.get("jobDisplayName") or "working"))
        if line == self._last:
            return
        self._last = line
        if self._live:
            # Rewrite the line in place, blanking what a longer previous line left behind.
            self._file.write("\r" + line.ljust(self._width))
            self._width = len(line)
        else:
            self._file.write(line + "\n")
        self._file.flush()

    def finish(self) -> None:
        """End the live progress line, if one was drawn."""
        if self._live and self._last:
            self._file.write("\n")
            self._file.flush()


class TqdmProgress:
    """Progress as a tqdm bar (``pip install 'dssclient[progress]'``): the innermost level with a target."""

    def __init__(self) -> None:
        from tqdm.auto import tqdm  # type: ignore[import-untyped,unused-ignore]

        self._bar = tqdm(total=0, unit="", dynamic_ncols=True)

    def __call__(self, state: FutureState) -> None:
        progress = state.get("progress")
        states = progress.get("states") if is_object(progress) else None
        levels = [s for s in states if is_object(s)] if is_array(states) else []
        measured = [s for s in levels if isinstance(s.get("target"), (int, float)) and s["target"] > 0]
        if measured:
            level = measured[-1]
            self._bar.total = level["target"]
            self._bar.n = level.get("cur") or 0
        self._bar.set_description(progress_line(state) or str(state.get("jobDisplayName") or ""), refresh=False)
        self._bar.refresh()

    def finish(self) -> None:
        self._bar.close()


def default_progress_display() -> ProgressPrinter | TqdmProgress:
    """A tqdm bar when tqdm is installed, else a ProgressPrinter on standard error."""
    try:
        return TqdmProgress()
    except ImportError:
        return ProgressPrinter()


def resolve_progress(progress_callback: ProgressCallback | None, progress: bool) -> ProgressCallback | None:
    if progress_callback is not None and progress:
        raise ValueError("pass progress=True or a progress_callback, not both")
    if progress:
        return default_progress_display()
    return progress_callback


def finish_progress(callback: ProgressCallback | None) -> None:
    finish = getattr(callback, "finish", None)
    if callable(finish):
        finish()
