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


def generated_modules(loaded: set[str]) -> set[str]:
    """Operation and model modules of the generated layer (its packages themselves load nothing)."""
    return {name for name in loaded if name.startswith("dssclient_generated") and name.count(".") >= 3}


def test_a_client_loads_no_operation_before_its_first_call() -> None:
    loaded = modules_loaded_by("from dssclient import DSSClient; DSSClient('http://dss.test', 'k').get_project('P')")
    assert "httpx" in loaded
    assert not generated_modules(loaded)
    assert not {name for name in loaded if name.split(".")[0] in ("attrs", "attr")}


def test_building_a_request_loads_one_operation_module_and_no_model() -> None:
    loaded = modules_loaded_by(
        "from dssclient import DSSClient; c = DSSClient('http://dss.test', 'k');"
        "from dssclient_generated.api import projects;"
        "c._requester.build(projects.get_project_settings.request_kwargs, 'P')"
    )
    assert generated_modules(loaded) == {"dssclient_generated.api.projects.get_project_settings"}
    assert not {name for name in loaded if name.split(".")[0] in ("attrs", "attr")}
