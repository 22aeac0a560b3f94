"""Python code of recipes and scenario steps, run in a subprocess with the ``dataiku`` shim.

The process gets a context file (project, inputs, outputs, variables) and asks the emulator
for everything else over a line protocol (the shim's ``_runtime``): a request is a marked
line on its standard output, the answer a line on its standard input. Everything else it
prints, on either stream, goes to the log. The run is bounded by ``python_timeout_seconds``
and stopped at once when its job or scenario is aborted.
"""

from __future__ import annotations

import json
import os
import queue
import re
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from ..errors import DSSError
from ..futures import TaskAborted, TaskControl

SHIM = Path(__file__).resolve().parent / "shim"
MARKER = "\x1eDKU-EMULATOR\x1e"
_POLL_SECONDS = 0.05


class PythonFailed(Exception):
    """The code raised, exited with an error or ran past its time; the message says which."""


class RequestRefused(Exception):
    """A request of the code that the emulator refuses; the code sees the message."""


Handler = Callable[[dict[str, Any]], Any]


def run_python(
    script: str,
    context: dict[str, Any],
    handle: Handler,
    log: Callable[[str], None],
    control: TaskControl,
    timeout: float,
    workdir: Path,
) -> None:
    """Run ``script``; returns when it succeeded, raises PythonFailed or TaskAborted otherwise."""
    workdir.mkdir(parents=True, exist_ok=True)
    script_path = workdir / "script.py"
    script_path.write_text(script, encoding="utf-8")
    context_path = workdir / "context.json"
    context_path.write_text(json.dumps(context), encoding="utf-8")
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SHIM), env.get("PYTHONPATH")]))
    env["DKU_EMULATOR_CONTEXT"] = str(context_path)
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONUNBUFFERED"] = "1"
    process = subprocess.Popen(
        [sys.executable, str(script_path)],
        cwd=workdir,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    lines: queue.Queue[tuple[str, str | None]] = queue.Queue()
    readers = [
        threading.Thread(target=_pump, args=(process.stdout, "out", lines), daemon=True),
        threading.Thread(target=_pump, args=(process.stderr, "err", lines), daemon=True),
    ]
    for reader in readers:
        reader.start()
    deadline = time.monotonic() + timeout
    open_streams = 2
    last_error_lines: list[str] = []
    # Whether the code ended on a traceback, and the line of the script where it left the script.
    traceback_seen, script_line = False, None
    try:
        while open_streams:
            if control.abort_requested:
                raise TaskAborted()
            if time.monotonic() > deadline:
                raise PythonFailed(f"The Python process ran for more than {timeout:g} s and was killed")
            try:
                stream, line = lines.get(timeout=_POLL_SECONDS)
            except queue.Empty:
                continue
            if line is None:
                open_streams -= 1
                continue
            if stream == "out" and MARKER in line:
                before, _, request = line.partition(MARKER)
                if before:
                    log(before)
                _answer(process, handle, request)
                continue
            log(line)
            if stream == "err":
                last_error_lines = (last_error_lines + [line])[-20:]
                frame = _SCRIPT_FRAME.match(line)
                if line.startswith("Traceback (most recent call last)"):
                    traceback_seen, script_line = True, None
                elif frame is not None and Path(frame.group(1)).name == script_path.name:
                    script_line = int(frame.group(2))
        while process.poll() is None:
            if control.abort_requested:
                raise TaskAborted()
            if time.monotonic() > deadline:
                raise PythonFailed(f"The Python process ran for more than {timeout:g} s and was killed")
            time.sleep(_POLL_SECONDS)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(5)
        for pipe in (process.stdin, process.stdout, process.stderr):
            if pipe is not None:
                pipe.close()
    if process.returncode != 0:
        raise PythonFailed(
            "Error in Python process: " + _error_of(last_error_lines, process.returncode, traceback_seen, script_line)
        )


def _pump(stream: IO[bytes] | None, name: str, lines: queue.Queue[tuple[str, str | None]]) -> None:
    assert stream is not None
    try:
        for raw in iter(stream.readline, b""):
            lines.put((name, raw.decode("utf-8", errors="replace").rstrip("\r\n")))
    except ValueError:  # closed while reading, after a kill
        pass
    finally:
        lines.put((name, None))


def _answer(process: subprocess.Popen[bytes], handle: Handler, request_text: str) -> None:
    try:
        request = json.loads(request_text)
        answer: dict[str, Any] = {"ok": True, "result": handle(request)}
    except (RequestRefused, PythonFailed) as refused:
        answer = {"ok": False, "error": str(refused)}
    except DSSError as refused:
        answer = {"ok": False, "error": f"{refused.error_type}: {refused.message}"}
    except ValueError as malformed:
        answer = {"ok": False, "error": f"malformed request: {malformed}"}
    assert process.stdin is not None
    try:
        process.stdin.write((json.dumps(answer) + "\n").encode("utf-8"))
        process.stdin.flush()
    except (BrokenPipeError, ValueError):
        pass  # the process is gone; its exit is reported by the main loop


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
