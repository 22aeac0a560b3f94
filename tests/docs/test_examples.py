"""Every Python example of the guides (docs/**/*.md) and of README.md runs against an emulator and type-checks.

Conventions, also said in docs/guides/getting-started.md:
- a page's ```python blocks run in order, in one namespace, against a fresh emulator;
- ``DSS_URL`` and ``API_KEY`` are given (the emulator's address and administrator key), so are
  ``DKU_DSS_URL`` / ``DKU_API_KEY`` in the environment; in README.md ``https://dss.example.com``
  and ``api_key`` stand for them;
- a function named ``test_*`` that a block defines is called, its ``dss_emulator`` /
  ``dss_emulator_factory`` arguments given as pytest would;
- a block preceded by ``<!-- example: skip (why) -->`` is not run (keep them few).
All the blocks of a page, with the givens declared, are written to one file and the files are
checked together with ``mypy --strict`` and with pyright in strict mode (pinned in spec/tools).
"""

from __future__ import annotations

import inspect
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from dssclient.emulator import Emulator

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted((ROOT / "docs").rglob("*.md")) + [ROOT / "README.md"]
FENCE = re.compile(r"^```python\n(.*?)^```", re.S | re.M)
SKIP = re.compile(r"<!-- example: skip \(.+\) -->\s*$")
EXAMPLE_HOST = "https://dss.example.com"
GIVENS = """\
import os

DSS_URL = os.environ["DKU_DSS_URL"]
API_KEY = os.environ["DKU_API_KEY"]
api_key = API_KEY
"""


def examples(page: Path) -> list[str]:
    text = page.read_text(encoding="utf-8")
    blocks = []
    for match in FENCE.finditer(text):
        before = text[: match.start()].rstrip("\n").rsplit("\n", 1)[-1]
        if not SKIP.search(before):
            blocks.append(match.group(1))
    return blocks


RUNNABLE = [page for page in PAGES if examples(page)]


def _name(page: Path) -> str:
    return page.relative_to(ROOT).as_posix()


def test_the_pages_have_examples() -> None:
    names = {_name(page) for page in RUNNABLE}
    assert {"README.md", "docs/guides/getting-started.md", "docs/guides/testing.md"} <= names, names


@pytest.mark.parametrize("page", RUNNABLE, ids=_name)
def test_examples_run(
    page: Path, dss_emulator_factory: Callable[..., Emulator], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    emulator = dss_emulator_factory()
    key = emulator.config.admin_api_key
    monkeypatch.setenv("DKU_DSS_URL", emulator.url)
    monkeypatch.setenv("DKU_API_KEY", key)
    monkeypatch.setenv("HOME", str(tmp_path))  # no ~/.dataiku/config.json of the machine
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {
        "__name__": "__docs_example__",
        "DSS_URL": emulator.url,
        "API_KEY": key,
        "api_key": key,
    }
    fixtures: dict[str, Callable[[], Any]] = {
        "dss_emulator": dss_emulator_factory,
        "dss_emulator_factory": lambda: dss_emulator_factory,
    }
    for index, block in enumerate(examples(page)):
        code = block.replace(EXAMPLE_HOST, emulator.url)
        before = set(namespace)
        try:
            exec(compile(code, f"{_name(page)} (example {index + 1})", "exec"), namespace)  # noqa: S102
            for name in sorted(set(namespace) - before):
                function = namespace[name]
                if name.startswith("test_") and inspect.isfunction(function):
                    function(
                        **{parameter: fixtures[parameter]() for parameter in inspect.signature(function).parameters}
                    )
        except Exception as error:
            raise AssertionError(f"example {index + 1} of {_name(page)} failed:\n{code}") from error


def _write_pages(folder: Path) -> list[str]:
    files = []
    for page in RUNNABLE:
        module = folder / (re.sub(r"[^a-z0-9]+", "_", _name(page).lower()) + ".py")
        module.write_text(GIVENS + "\n\n" + "\n\n".join(examples(page)), encoding="utf-8")
        files.append(str(module))
    return files


def test_examples_type_check_with_pyright(tmp_path: Path) -> None:
    pyright = ROOT / "spec" / "tools" / "node_modules" / ".bin" / "pyright"
    if not pyright.exists() or shutil.which("node") is None:
        pytest.skip("pyright is installed with the spec's Node tools (python3 scripts/dev.py test)")
    _write_pages(tmp_path)
    (tmp_path / "pyrightconfig.json").write_text(
        json.dumps(
            {
                "typeCheckingMode": "strict",
                "pythonVersion": "3.11",
                # Pages import and rebind names from block to block, as readers paste them, and
                # examples may compute a value only to show the call.
                "reportRedeclaration": False,
                "reportDuplicateImport": False,
                "reportUnusedVariable": False,
                # DSS leaves unset keys out, so the payload types mark most keys NotRequired, and
                # pyright reports every direct read of one; the examples read them as users of DSS's
                # JSON do (README, "Typed payloads", says so and gives the guarded form).
                "reportTypedDictNotRequiredAccess": False,
            }
        )
    )
    result = subprocess.run(
        [str(pyright), "--pythonpath", sys.executable, "-p", str(tmp_path / "pyrightconfig.json")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{len(RUNNABLE)} source files" in result.stdout or "0 errors" in result.stdout


def test_examples_type_check(tmp_path: Path) -> None:
    files = _write_pages(tmp_path)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--python-version",
            "3.11",
            "--disable-error-code",
            "no-redef",  # pages import and rebind names from block to block, as readers paste them
            *files,
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
