"""Every operation of the spec is served, wrapped, and derived: nothing is half done or drifts.

Following one name: an operation ``getProjectSettings`` has a generated module
``get_project_settings``, a handle method calling its ``request_kwargs``, and an emulator
handler ``get_project_settings``. The sync handles are derived from the async ones.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from dssclient.emulator.emulator import unhandled_operations
from dssclient.emulator.handlers import all_handlers, snake_case
from dssclient.emulator.spec import load_api_spec

ROOT = Path(__file__).resolve().parents[2]
HANDLE_SOURCES = ROOT / "dssclient" / "aio"
# A handle method names the operation it calls as <tag package>.<operation module>.request_kwargs.
_CALLED_OPERATION = re.compile(r"\b[a-z_]+\.([a-z0-9_]+)\.request_kwargs\b")


def operations_called_by_handles() -> set[str]:
    return {
        name
        for path in HANDLE_SOURCES.rglob("*.py")
        for name in _CALLED_OPERATION.findall(path.read_text(encoding="utf-8"))
    }


def test_every_operation_has_an_emulator_handler_and_a_handle_method() -> None:
    spec = load_api_spec()
    without_handler = unhandled_operations(spec, all_handlers())
    called = operations_called_by_handles()
    without_method = sorted(op for op in spec.operations if snake_case(op) not in called)
    assert not without_handler and not without_method, (
        f"operations without an emulator handler: {without_handler or 'none'}; "
        f"operations no handle method calls: {without_method or 'none'}"
    )


def test_handles_call_only_operations_of_the_spec() -> None:
    known = {snake_case(op) for op in load_api_spec().operations}
    assert operations_called_by_handles() <= known


def test_the_sync_variant_is_what_the_async_source_gives() -> None:
    """CI fails on drift: dssclient/ (sync) must be what scripts/unasync.py makes of dssclient/aio/."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "unasync.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
