"""Scripts written as published DSS automation is written run unchanged on dssclient (issue 14).

Each scenario of ``scenarios/`` is a script in the style of published ``dataikuapi`` automation
(the everyday idioms: list items indexed as dicts, ``except dataikuapi.utils.DataikuException``,
runs and jobs waited for, settings edited through ``get_raw()`` and saved, ...) that asserts
what it observes, with its seed beside it (``NAME.toml``, the format of
``scripts/porting_check.py``). Each runs in a fresh subprocess against a fresh strict emulator,
once with the official client and once with ``dataikuapi`` played by dssclient (the porting
check's import shim): both must succeed, that is reach the same asserted outcome. A scenario
that fails with dssclient today is marked ``xfail(strict=True)`` with its cause, so that the mark
must go when the cause is fixed.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCENARIOS = Path(__file__).resolve().parent / "scenarios"


def _load_porting_check() -> ModuleType:
    spec = importlib.util.spec_from_file_location("porting_check", ROOT / "scripts" / "porting_check.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("porting_check", module)
    spec.loader.exec_module(module)
    return module


porting_check = _load_porting_check()

# Why a scenario fails with dssclient today (the official client passes all of them).
FAILS_WITH_DSSCLIENT: dict[str, str] = {}


def _cases() -> list[Any]:
    scripts = porting_check.find_scripts(SCENARIOS, [])
    unknown = set(FAILS_WITH_DSSCLIENT) - {script.stem for script in scripts}
    assert not unknown, f"xfail reasons for scenarios that do not exist: {unknown}"
    cases = []
    for script in scripts:
        for flavour in porting_check.FLAVOURS:
            marks = []
            if flavour == "dssclient" and script.stem in FAILS_WITH_DSSCLIENT:
                marks.append(pytest.mark.xfail(strict=True, reason=FAILS_WITH_DSSCLIENT[script.stem]))
            cases.append(pytest.param(script, flavour, id=f"{script.stem}-{flavour}", marks=marks))
    return cases


@pytest.fixture(scope="module")
def shims(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return dict(porting_check.write_shims(tmp_path_factory.mktemp("porting-shims")))


@pytest.mark.parametrize(("script", "flavour"), _cases())
def test_scenario_runs_unchanged(script: Path, flavour: str, shims: dict[str, Path]) -> None:
    run = porting_check.run_script(script, porting_check.load_seed(script), flavour, shims)
    assert not run.setup_error, run.setup_error
    assert run.returncode == 0, f"{flavour}: {run.error_line()}\n{run.stderr}"
    # Every scenario ends by printing OK once all its assertions held.
    assert run.stdout.splitlines()[-1:] == ["OK"], run.stdout


# -- the porting check itself ----------------------------------------------------------------------

PROBE = """
import dataikuapi
import dataikuapi.dss.project
from dataikuapi.dss.dataset import DSSDataset
import dssclient
import dssclient.dss.project

print(dataikuapi is dssclient, dataikuapi.dss.project is dssclient.dss.project)
print(dssclient.dss.project.__spec__.name, DSSDataset.__module__)
print(dataikuapi.DSSClient(__import__("os").environ["DKU_DSS_URL"], "k").__class__.__module__)
"""


def test_the_shim_makes_dataikuapi_dssclient_module_for_module(tmp_path: Path, shims: dict[str, Path]) -> None:
    """dataikuapi.X is the very module dssclient.X (one class per name), and keeps its own spec."""
    script = tmp_path / "probe.py"
    script.write_text(PROBE)
    ours = porting_check.run_script(script, porting_check.Seed(), "dssclient", shims)
    assert ours.returncode == 0, ours.stderr
    assert ours.stdout.splitlines() == [
        "True True",
        "dssclient.dss.project dssclient.dss.dataset",
        "dssclient.dssclient",
    ]
    official = porting_check.run_script(script, porting_check.Seed(), "official", shims)
    assert official.returncode == 0, official.stderr
    assert official.stdout.splitlines()[0] == "False False"
    assert official.stdout.splitlines()[2] == "dataikuapi.dssclient"


def test_the_dataiku_package_gives_a_client_of_the_flavour(tmp_path: Path, shims: dict[str, Path]) -> None:
    script = tmp_path / "inside.py"
    script.write_text(
        "import dataiku\n"
        "client = dataiku.api_client()\n"
        "print(type(client).__module__, client.get_default_project().project_key, dataiku.default_project_key())\n"
    )
    seed = porting_check.Seed(env={"DKU_CURRENT_PROJECT_KEY": "SALES"})
    for flavour, module in (("official", "dataikuapi.dssclient"), ("dssclient", "dssclient.dssclient")):
        run = porting_check.run_script(script, seed, flavour, shims)
        assert run.stdout == f"{module} SALES SALES\n", run.stderr


def _run(flavour: str, returncode: int, stdout: str = "", stderr: str = "") -> Any:
    return porting_check.Run(flavour, returncode, stdout, stderr, 0.0)


def test_a_divergence_is_found_and_named_by_its_first_error_line() -> None:
    same = porting_check.Outcome("s", "", _run("official", 0, "a\n"), _run("dssclient", 0, "a\n"))
    assert not same.diverged
    failing = porting_check.Outcome(
        "s", "", _run("official", 0, "a\n"), _run("dssclient", 1, "", "Traceback\n  ...\nTypeError: no\n")
    )
    assert failing.diverged and failing.divergence() == "TypeError: no"
    printed = porting_check.Outcome("s", "", _run("official", 0, "a\nb\n"), _run("dssclient", 0, "a\nc\n"))
    assert printed.diverged and printed.output_only and printed.divergence() == "output differs: -b"
    assert not failing.output_only
    # Both fail: the same DSS refusal through either client's exception class is the same outcome...
    refusal = "com.dataiku.dip.server.controllers.NotFoundException: No handler found for GET {}/projects/P/tags"
    alike = porting_check.Outcome(
        "s",
        "",
        _run("official", 1, "", "dataikuapi.utils.DataikuException: " + refusal.format("/dip/publicapi")),
        _run("dssclient", 1, "", "dssclient.errors.NotFoundError: " + refusal.format("/public/api")),
    )
    assert not alike.diverged
    # ... a missing method is not.
    unlike = porting_check.Outcome(
        "s", "", alike.official, _run("dssclient", 1, "", "AttributeError: 'DSSProject' object has no attribute 'x'")
    )
    assert unlike.diverged and not unlike.output_only and "both fail, differently" in unlike.divergence()


def test_outputs_are_compared_without_what_varies_between_runs() -> None:
    url = "http://127.0.0.1:4321"
    text = f"host {url}/x <obj at 0x7f3a2b1c9d80> at 2024-01-31 10:00:00\n"
    timestamp = r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d"
    assert porting_check.normalized(text, url, [timestamp]) == "host {url}/x <obj at 0x…> at …\n"
    default_repr = "<dssclient.dss.project.DSSProject object at 0x7f3a2b1c9d80>"
    assert porting_check.normalized(default_repr, url, []) == "<dataikuapi.dss.project.DSSProject object at 0x…>"
    polled = "Still running\nStill running, 2 s\nDone\n"
    assert porting_check.normalized(polled, url, [], ["Still running.*"]) == "Done\n"


def test_a_seed_with_an_unknown_key_is_refused(tmp_path: Path) -> None:
    script = tmp_path / "s.py"
    script.write_text("print(1)\n")
    (tmp_path / "s.toml").write_text('argv = ["a"]\ndriverr = "x"\n')
    with pytest.raises(ValueError, match="unknown keys driverr"):
        porting_check.load_seed(script)
