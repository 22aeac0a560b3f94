"""`import dssclient` stays cheap: what it loads is checked structurally here; its time, by scripts/benchmark.py."""

from __future__ import annotations

import subprocess
import sys


def modules_loaded_by(statement: str) -> set[str]:
    code = f"import sys; before = set(sys.modules); {statement}; print('\\n'.join(set(sys.modules) - before))"
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(output.stdout.split())


def test_import_dssclient_loads_neither_the_http_stack_nor_the_generated_layer() -> None:
    loaded = modules_loaded_by("import dssclient")
    heavy = {
        name for name in loaded if name.split(".")[0] in ("httpx", "httpcore", "attrs", "attr", "dssclient_generated")
    }
    assert not heavy


def test_a_client_loads_the_generated_layer_only_when_an_operation_is_first_called() -> None:
    loaded = modules_loaded_by("from dssclient import DSSClient; DSSClient('http://dss.test', 'k').get_project('P')")
    assert "httpx" in loaded
    assert not {name for name in loaded if name.startswith("dssclient_generated")}
