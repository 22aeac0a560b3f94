"""Python code of recipes and scenario steps, run in a subprocess with the ``dataiku`` shim.

The process gets a context file (project, inputs, outputs, variables) and asks the emulator
for everything else over a line protocol (the shim's ``_runtime``): a request is a marked
line on its standard output, the answer a line on its standard input. Everything else it
prints, on either stream, goes to the log.

What the code gets, and what bounds it:

* its own session and process group (``start_new_session``): the run is the whole group, so
  it lasts until the script *and every process it started* are gone, and a timeout, an abort
  or the emulator's exit kills the whole group (a process that starts a session of its own
  escapes the group: this is a test double, not a sandbox);
* a minimal environment, never the emulator's: ``PATH`` (the interpreter's directory and the
  system's), ``HOME`` and ``TMPDIR`` in the run's directory, ``LANG``, ``PYTHONPATH`` (the
  shim only), the shim's context file, and what the caller adds (project key, the run's API
  ticket, the emulator's URL);
* resource limits set before the script starts (``launch.py``): address space, file size,
  CPU time, number of processes;
* ``python_timeout_seconds``: past it, the group is killed and the run fails as a timeout.
"""

from __future__ import annotations

import atexit
import errno
import json
import math
import os
import re
import select
import selectors
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..errors import DSSError
from ..futures import TaskAborted, TaskControl

SHIM = Path(__file__).resolve().parent / "shim"
LAUNCHER = Path(__file__).resolve().parent / "launch.py"
MARKER = "\x1eDKU-EMULATOR\x1e"
_POLL_SECONDS = 0.05
# How long output is still read once the run's process group is gone (a process that left
# the group may hold the pipes open: its output is not waited for).
_DRAIN_SECONDS = 0.2
_SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin"
# A longer line is cut: what the code prints without a newline is not kept without bound.
_MAX_LINE_BYTES = 8 * 1024 * 1024
GIB = 1024**3


class PythonFailed(Exception):
    """The code raised, exited with an error or ran past its time; the message says which."""


class PythonTimedOut(PythonFailed):
    """The run (the script or a process it started) was still alive past its time."""


class RequestRefused(Exception):
    """A request of the code that the emulator refuses; the code sees the message."""


Handler = Callable[[dict[str, Any]], Any]


@dataclass(frozen=True)
class Limits:
    """Resource limits of a run (None: the limit in force in the emulator)."""

    memory_bytes: int | None = 4 * GIB
    file_bytes: int | None = 2 * GIB
    # Processes the run may start besides those its Unix user already has.
    processes: int | None = 64
    cpu_seconds: int | None = None


# -- the live process groups, killed when their emulator stops or the interpreter exits ----------

_groups_lock = threading.Lock()
_live_groups: dict[int, object] = {}


def _kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    except PermissionError:  # the group id was reused by someone else's processes
        pass


def _group_alive(pgid: int) -> bool:
    """Whether a process of the group still runs. Zombies do not count: where nothing reaps
    orphans (a container without an init), a finished grandchild stays one."""
    try:
        os.killpg(pgid, 0)
    except (ProcessLookupError, PermissionError):
        return False
    try:
        entries = os.listdir("/proc")
    except OSError:
        return True
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as opened:
                stat = opened.read()
        except OSError:
            continue
        # pid (comm) state ppid pgrp ...: comm may hold spaces and parentheses.
        fields = stat[stat.rfind(b")") + 2 :].split()
        if len(fields) > 2 and int(fields[2]) == pgid and fields[0] != b"Z":
            return True
    return False


def kill_process_groups(owner: object | None = None) -> int:
    """Kill the process groups of the runs in progress (of ``owner``'s, or all); how many."""
    with _groups_lock:
        pgids = [pgid for pgid, of in _live_groups.items() if owner is None or of is owner]
    for pgid in pgids:
        _kill_group(pgid)
    return len(pgids)


atexit.register(kill_process_groups)


def environment(workdir: Path, extra: Mapping[str, str]) -> dict[str, str]:
    """The whole environment of a run: an allowlist, nothing inherited but ``LANG``."""
    home = workdir / "home"
    tmp = workdir / "tmp"
    home.mkdir(parents=True, exist_ok=True)
    tmp.mkdir(parents=True, exist_ok=True)
    env = {
        "PATH": os.pathsep.join([str(Path(sys.executable).parent), _SYSTEM_PATH]),
        "HOME": str(home),
        "TMPDIR": str(tmp),
        "LANG": os.environ.get("LANG") or "C.UTF-8",
        "PYTHONPATH": str(SHIM),
        "PYTHONIOENCODING": "utf-8",
        "PYTHONUNBUFFERED": "1",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    env.update(extra)
    return env


def run_python(
    script: str,
    context: dict[str, Any],
    handle: Handler,
    log: Callable[[str], None],
    control: TaskControl,
    timeout: float,
    workdir: Path,
    *,
    variables: Mapping[str, str] | None = None,
    limits: Limits | None = None,
    owner: object | None = None,
) -> None:
    """Run ``script``; returns when it succeeded, raises PythonFailed (PythonTimedOut) or TaskAborted.

    ``variables`` are added to the run's minimal environment; ``owner`` (the emulator's state)
    is whose runs ``kill_process_groups(owner)`` kills.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    script_path = workdir / "script.py"
    script_path.write_text(script, encoding="utf-8")
    context_path = workdir / "context.json"
    context_path.write_text(json.dumps(context), encoding="utf-8")
    env = environment(workdir, {**(variables or {}), "DKU_EMULATOR_CONTEXT": str(context_path)})
    chosen = limits if limits is not None else Limits()
    if chosen.cpu_seconds is None and math.isfinite(timeout):
        chosen = Limits(chosen.memory_bytes, chosen.file_bytes, chosen.processes, int(math.ceil(timeout)) + 1)
    process = subprocess.Popen(
        [sys.executable, "-s", str(LAUNCHER), json.dumps(asdict(chosen)), str(script_path)],
        cwd=workdir,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        close_fds=True,
    )
    pgid = process.pid  # a new session: its leader's pid is the group's id
    with _groups_lock:
        _live_groups[pgid] = owner
    try:
        _follow(process, pgid, handle, log, control, timeout, script_path.name)
    finally:
        _kill_group(pgid)
        with _groups_lock:
            _live_groups.pop(pgid, None)
        if process.poll() is None:
            process.wait(5)
        for pipe in (process.stdin, process.stdout, process.stderr):
            if pipe is not None:
                try:
                    pipe.close()
                except OSError:
                    pass


class _Lines:
    """Complete lines out of the chunks of one stream."""

    def __init__(self) -> None:
        self._pending = b""

    def feed(self, chunk: bytes) -> list[str]:
        data = self._pending + chunk
        *complete, self._pending = data.split(b"\n")
        if len(self._pending) > _MAX_LINE_BYTES:
            complete.append(self._pending)
            self._pending = b""
        return [line.decode("utf-8", errors="replace").rstrip("\r") for line in complete]

    def rest(self) -> list[str]:
        rest, self._pending = self._pending, b""
        return [rest.decode("utf-8", errors="replace").rstrip("\r")] if rest else []


def _follow(
    process: subprocess.Popen[bytes],
    pgid: int,
    handle: Handler,
    log: Callable[[str], None],
    control: TaskControl,
    timeout: float,
    script_name: str,
) -> None:
    assert process.stdout is not None and process.stderr is not None and process.stdin is not None
    answers = process.stdin.fileno()
    os.set_blocking(answers, False)
    selector = selectors.DefaultSelector()
    streams = {process.stdout.fileno(): "out", process.stderr.fileno(): "err"}
    splitters = {name: _Lines() for name in streams.values()}
    for fd in streams:
        os.set_blocking(fd, False)
        selector.register(fd, selectors.EVENT_READ)
    deadline = time.monotonic() + timeout
    last_error_lines: list[str] = []
    # Whether the code ended on a traceback, and the line of the script where it left the script.
    traceback_seen, script_line = False, None
    group_gone_at: float | None = None

    def check_time() -> None:
        if control.abort_requested:
            raise TaskAborted()
        if time.monotonic() > deadline:
            raise PythonTimedOut(
                f"Timeout: the Python process (or a process it started) ran for more than {timeout:g} s and was killed"
            )

    def send(data: bytes) -> None:
        """Write an answer, never blocked for longer than the run may last (code that asks and does not read)."""
        view = memoryview(data)
        while view:
            try:
                view = view[os.write(answers, view) :]
            except BlockingIOError:
                check_time()
                select.select([], [answers], [], _POLL_SECONDS)
            except (BrokenPipeError, OSError):
                return  # the process is gone; its exit is reported by the main loop

    def take(stream: str, line: str) -> None:
        nonlocal last_error_lines, traceback_seen, script_line
        if stream == "out" and MARKER in line:
            before, _, request = line.partition(MARKER)
            if before:
                log(before)
            send(_answer(handle, request))
            return
        log(line)
        if stream == "err":
            last_error_lines = (last_error_lines + [line])[-20:]
            frame = _SCRIPT_FRAME.match(line)
            if line.startswith("Traceback (most recent call last)"):
                traceback_seen, script_line = True, None
            elif frame is not None and Path(frame.group(1)).name == script_name:
                script_line = int(frame.group(2))

    try:
        while True:
            check_time()
            ready = selector.select(timeout=_POLL_SECONDS) if selector.get_map() else []
            if not ready and not selector.get_map():
                time.sleep(_POLL_SECONDS)
            for key, _ in ready:
                fd = int(key.fd)
                try:
                    chunk = os.read(fd, 65536)
                except BlockingIOError:
                    continue
                except OSError as error:
                    if error.errno != errno.EBADF:
                        raise
                    chunk = b""
                name = streams[fd]
                if not chunk:
                    selector.unregister(fd)
                    for line in splitters[name].rest():
                        take(name, line)
                    continue
                for line in splitters[name].feed(chunk):
                    take(name, line)
            if process.poll() is None or _group_alive(pgid):
                continue
            # The script and everything it started are gone: read what is left, without
            # waiting for the end of streams that a process outside the group may hold.
            if group_gone_at is None:
                group_gone_at = time.monotonic()
            if not selector.get_map() or time.monotonic() - group_gone_at > _DRAIN_SECONDS:
                for name, splitter in splitters.items():
                    for line in splitter.rest():
                        take(name, line)
                break
    finally:
        selector.close()
    if process.returncode != 0:
        raise PythonFailed(
            "Error in Python process: " + _error_of(last_error_lines, process.returncode, traceback_seen, script_line)
        )


def _answer(handle: Handler, request_text: str) -> bytes:
    """The answer line to a request of the code."""
    try:
        request = json.loads(request_text)
        answer: dict[str, Any] = {"ok": True, "result": handle(request)}
    except (RequestRefused, PythonFailed) as refused:
        answer = {"ok": False, "error": str(refused)}
    except DSSError as refused:
        answer = {"ok": False, "error": f"{refused.error_type}: {refused.message}"}
    except ValueError as malformed:
        answer = {"ok": False, "error": f"malformed request: {malformed}"}
    return (json.dumps(answer) + "\n").encode("utf-8")


_SCRIPT_FRAME = re.compile(r'\s*File "(.*)", line (\d+)')
_EXCEPTION_LINE = re.compile(r"([A-Za-z_][\w.]*)(?::\s?(.*))?$")


def _error_of(stderr_lines: list[str], code: int, traceback_seen: bool = False, script_line: int | None = None) -> str:
    """The exception a traceback ends with, or the exit code.

    An exception is written as DSS writes a Python recipe's or step's failure:
    ``At line 3: <class 'ValueError'>: boom`` (the line of the script the traceback left, the
    exception's class as ``type(e)`` prints it, its message).
    """
    for line in reversed(stderr_lines):
        text = line.strip()
        if text and not text.startswith(("File ", "^", "~")):
            exception = _EXCEPTION_LINE.match(text) if traceback_seen else None
            if exception is None:
                return text
            where = f"At line {script_line}: " if script_line is not None else ""
            return f"{where}<class '{exception.group(1)}'>: {exception.group(2) or ''}"
    return f"the process exited with code {code}"
