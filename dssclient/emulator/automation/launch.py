"""Started by the emulator in place of the user's script: sets the run's resource limits, then
runs the script as ``__main__``. Not imported by the emulator (``python launch.py LIMITS SCRIPT``).

``LIMITS`` is a JSON object: ``memory_bytes`` (RLIMIT_AS), ``file_bytes`` (RLIMIT_FSIZE),
``cpu_seconds`` (RLIMIT_CPU) and ``processes``: the number of processes the run may add to
those its Unix user already has (RLIMIT_NPROC counts every process of the user, not of the
run). Soft and hard limits are both lowered, so the code cannot raise them again.
"""

from __future__ import annotations

import json
import os
import runpy
import sys


def _processes_of_this_user() -> int:
    uid = os.getuid()
    count = 0
    try:
        entries = os.listdir("/proc")
    except OSError:
        return 0
    for entry in entries:
        if entry.isdigit():
            try:
                if os.stat(f"/proc/{entry}").st_uid == uid:
                    count += 1
            except OSError:
                continue
    return count


def _apply(limits: dict[str, int]) -> None:
    import resource

    wanted = {
        resource.RLIMIT_AS: limits.get("memory_bytes"),
        resource.RLIMIT_FSIZE: limits.get("file_bytes"),
        resource.RLIMIT_CPU: limits.get("cpu_seconds"),
    }
    processes = limits.get("processes")
    if processes:
        wanted[resource.RLIMIT_NPROC] = _processes_of_this_user() + processes
    for which, value in wanted.items():
        if not value:
            continue
        _, hard = resource.getrlimit(which)
        value = value if hard == resource.RLIM_INFINITY else min(value, hard)
        resource.setrlimit(which, (value, value))


def main() -> None:
    limits_text, script = sys.argv[1], sys.argv[2]
    _apply(json.loads(limits_text))
    sys.argv = [script]
    sys.path[0] = os.path.dirname(os.path.abspath(script))
    runpy.run_path(script, run_name="__main__")


if __name__ == "__main__":
    main()
