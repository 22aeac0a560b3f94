"""The porting check: do DSS automation scripts behave the same on dssclient as on the official client?

    python scripts/porting_check.py DIRECTORY [--only NAME ...] [--timeout SECONDS] [-v]

Every ``*.py`` file of DIRECTORY (not starting with ``_``) is a script. Each one runs twice, each
time in a fresh subprocess against a fresh strict emulator (in-process, ``dssclient.emulator``)
seeded the same way:

* ``official``: ``import dataikuapi`` is the official client (dataikuapi 15.2.0);
* ``dssclient``: ``dataikuapi`` is dssclient. A directory put first on ``PYTHONPATH`` holds a
  package ``dataikuapi`` that replaces itself with ``dssclient`` in ``sys.modules`` and installs an
  import hook mapping every ``dataikuapi.X`` to the module ``dssclient.X`` (the same module
  object, imported when first asked for). That is ``import dssclient as dataikuapi`` applied to
  every import form (``import dataikuapi.dss.project``, ``from dataikuapi.utils import ...``,
  imports inside functions) without changing one character of the script: line numbers,
  tracebacks and string literals that mention "dataikuapi" stay as published, and nothing is
  imported that the script does not import (a textual substitution would have to parse Python to
  be as exact).

Both runs also find a minimal ``dataiku`` package (the one DSS provides to code it runs):
``dataiku.api_client()`` builds ``dataikuapi.DSSClient`` (whichever it is) from the environment,
``dataiku.set_remote_dss(url, key)`` changes what it uses, ``dataiku.default_project_key()``
reads ``DKU_CURRENT_PROJECT_KEY``. Nothing else of ``dataiku`` is provided.

Host and key: the script receives them as DSS's own packages do, in the environment
(``DKU_DSS_URL``, ``DKU_API_KEY``); scripts that hard-code them or take them as arguments get
them through their seed file (``replace`` and ``argv`` accept the placeholders ``{url}`` and
``{key}``).

The seed file ``NAME.toml`` beside ``NAME.py`` (optional) says what the script expects::

    source = "https://..."                 # where the script was published (reported)
    argv = ["{url}", "{key}", "PROJ"]      # the script's command-line arguments
    env = {DKU_CURRENT_PROJECT_KEY = "PROJ"}
    replace = {"http://myhost:11200" = "{url}", "MY_KEY" = "{key}"}   # literal text substitutions
    timeout = 60                           # seconds for one run
    normalize = ['\\d{4}-\\d\\d-\\d\\d[T ][0-9:.]+']   # regexes blanked in the output before comparing
    drop_lines = ['Still running.*']       # output lines left out of the comparison (whole-line regexes)
    [emulator]                             # EmulatorConfig fields over the defaults below
    node_type = "AUTOMATION"
    setup = '''                            # Python run in this process before the script, with
    client.create_project("P", "P", "admin")   # client (the official DSSClient on the emulator),
    '''                                    # emulator, url, key, workdir (the script's cwd)
    prelude = '''                          # Python run before the script, its globals given to it:
    import dataiku; client = dataiku.api_client()   # the context a documentation snippet assumes
    '''
    driver = '''                           # Python run after the script, in its globals: calls
    print(list_jobs_by_status(client, "P"))    # the functions a published snippet only defines
    '''

Both runs get the same seed, setup (always with the official client: it is the oracle) and
driver. The outcome compared is the exit status and the standard output, with the emulator's URL,
object addresses (``0x...``) and the ``normalize`` patterns blanked (and ``<dssclient.X object>``
read as ``<dataikuapi.X object>``), and, when both runs fail, the failure's message without its
exception class. The tally counts the scripts that ran, those that succeeded (exit 0) with each
client, and the divergences (those of the printed output alone, a repr for example, counted apart),
each with its first error line (the last line of the failing run's standard error, or the first
differing output line). The exit status is 1 when a script diverged, else 0.
"""

from __future__ import annotations

import argparse
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
import tomllib
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

FLAVOURS = ("official", "dssclient")
ADMIN_KEY = "porting-admin-key"
READER_KEY = "porting-reader-key"
EMULATOR_DEFAULTS: dict[str, Any] = {
    "admin_api_key": ADMIN_KEY,
    "user_api_keys": {READER_KEY: "reader"},
    "strict": True,
    "build_seconds": 0.05,
    "code_studio_seconds": 0.05,
    "deployment_update_seconds": 0.05,
}
SEED_KEYS = frozenset(
    {"source", "argv", "env", "replace", "timeout", "normalize", "drop_lines", "emulator", "setup", "prelude", "driver"}
)

# -- the modules put on PYTHONPATH -----------------------------------------------------------------

DATAIKUAPI_SHIM = '''\
"""dataikuapi, played by dssclient (written by scripts/porting_check.py)."""
import importlib
import importlib.abc
import importlib.util
import sys

import dssclient


class _Alias(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """dataikuapi.X is the module dssclient.X, imported when first asked for."""

    def find_spec(self, fullname, path=None, target=None):
        if not fullname.startswith("dataikuapi."):
            return None
        real = importlib.import_module("dssclient" + fullname[len("dataikuapi"):])
        spec = importlib.util.spec_from_loader(fullname, self, is_package=hasattr(real, "__path__"))
        spec.loader_state = (real, real.__spec__)
        return spec

    def create_module(self, spec):
        return spec.loader_state[0]

    def exec_module(self, module):
        module.__spec__ = module.__spec__.loader_state[1]  # the import system set the alias's


sys.meta_path.insert(0, _Alias())
sys.modules["dataikuapi"] = dssclient
'''

DATAIKU_SHIM = '''\
"""The part of DSS's dataiku package that scripts use to reach the API (scripts/porting_check.py)."""
import os

_remote = {}


def set_remote_dss(url, api_key, no_check_certificate=False):
    _remote["url"], _remote["key"] = url, api_key


def api_client():
    import dataikuapi  # type: ignore[import-untyped]

    return dataikuapi.DSSClient(
        _remote.get("url") or os.environ["DKU_DSS_URL"], _remote.get("key") or os.environ["DKU_API_KEY"]
    )


def default_project_key():
    key = os.environ.get("DKU_CURRENT_PROJECT_KEY")
    if not key:
        raise Exception("Default project key is not specified (no DKU_CURRENT_PROJECT_KEY in env)")
    return key
'''

BOOTSTRAP = '''\
"""Run a script as __main__ after its prelude, then its driver in its globals (scripts/porting_check.py)."""
import os
import runpy
import sys

script, prelude, driver = sys.argv[1], sys.argv[2], sys.argv[3]
sys.argv = [script, *sys.argv[4:]]
sys.path[0] = os.path.dirname(os.path.abspath(script))
context = {}
if prelude:
    with open(prelude, encoding="utf-8") as source:
        exec(compile(source.read(), prelude, "exec"), context)
    context = {k: v for k, v in context.items() if not k.startswith("__")}
namespace = runpy.run_path(script, init_globals=context, run_name="__main__")
if driver:
    with open(driver, encoding="utf-8") as source:
        exec(compile(source.read(), driver, "exec"), namespace)
'''


def write_shims(directory: Path) -> dict[str, Path]:
    """The PYTHONPATH directories of each flavour, and the bootstrap, written under ``directory``."""
    common = directory / "common"
    (common / "dataiku").mkdir(parents=True, exist_ok=True)
    (common / "dataiku" / "__init__.py").write_text(DATAIKU_SHIM)
    (common / "_porting_bootstrap.py").write_text(BOOTSTRAP)
    ours = directory / "dssclient"
    (ours / "dataikuapi").mkdir(parents=True, exist_ok=True)
    (ours / "dataikuapi" / "__init__.py").write_text(DATAIKUAPI_SHIM)
    return {"common": common, "dssclient": ours}


# -- seeds -----------------------------------------------------------------------------------------


@dataclass
class Seed:
    source: str = ""
    argv: list[str] = field(default_factory=list)
    env: dict[str, str] = field(default_factory=dict)
    replace: dict[str, str] = field(default_factory=dict)
    timeout: float = 60.0
    normalize: list[str] = field(default_factory=list)
    drop_lines: list[str] = field(default_factory=list)
    emulator: dict[str, Any] = field(default_factory=dict)
    setup: str = ""
    prelude: str = ""
    driver: str = ""


def load_seed(script: Path) -> Seed:
    path = script.with_suffix(".toml")
    if not path.exists():
        return Seed()
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    unknown = sorted(set(data) - SEED_KEYS)
    if unknown:
        raise ValueError(f"{path}: unknown keys {', '.join(unknown)} (known: {', '.join(sorted(SEED_KEYS))})")
    return Seed(**data)


# -- one run ---------------------------------------------------------------------------------------


@dataclass
class Run:
    flavour: str
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    setup_error: str = ""

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and not self.setup_error

    def error_line(self) -> str:
        if self.setup_error:
            return f"setup failed: {self.setup_error}"
        lines = [line for line in self.stderr.splitlines() if line.strip()]
        return lines[-1].strip() if lines else f"exit status {self.returncode}"


def placeholders(text: str, url: str, key: str) -> str:
    return text.replace("{url}", url).replace("{key}", key)


def run_script(script: Path, seed: Seed, flavour: str, shims: dict[str, Path]) -> Run:
    """Start a seeded emulator, run the script in a subprocess with ``flavour`` as dataikuapi, stop."""
    from dssclient.emulator import Emulator, EmulatorConfig

    if flavour not in FLAVOURS:
        raise ValueError(f"flavour must be one of {FLAVOURS}, not {flavour!r}")
    try:
        config = EmulatorConfig(**{**EMULATOR_DEFAULTS, **seed.emulator})
    except (TypeError, ValueError) as error:
        return Run(flavour, -1, "", "", 0.0, setup_error=f"[emulator] of the seed: {error}")
    workdir = Path(tempfile.mkdtemp(prefix=f"porting-{script.stem}-"))
    emulator = Emulator(config).start()
    try:
        url, key = emulator.url, ADMIN_KEY
        if seed.setup:
            try:
                run_setup(seed.setup, emulator, url, key, workdir, script.parent / "_setup_common.py")
            except Exception as error:  # the seed is wrong, or the emulator lacks what it needs
                return Run(flavour, -1, "", "", 0.0, setup_error=f"{type(error).__name__}: {error}")
        text = script.read_text(encoding="utf-8")
        for old, new in seed.replace.items():
            text = text.replace(old, placeholders(new, url, key))
        target = workdir / script.name
        target.write_text(text, encoding="utf-8")
        prelude = write_code(workdir / f"_{script.stem}_prelude.py", seed.prelude)
        driver = write_code(workdir / f"_{script.stem}_driver.py", seed.driver)
        path = [str(shims["dssclient"])] if flavour == "dssclient" else []
        path.append(str(shims["common"]))
        env = {
            **{k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "DKU_CURRENT_PROJECT_KEY")},
            "PYTHONPATH": os.pathsep.join(path),
            "PYTHONDONTWRITEBYTECODE": "1",
            "DKU_DSS_URL": url,
            "DKU_API_KEY": key,
            **{name: placeholders(value, url, key) for name, value in seed.env.items()},
        }
        command = [
            sys.executable,
            str(shims["common"] / "_porting_bootstrap.py"),
            str(target),
            prelude,
            driver,
            *(placeholders(arg, url, key) for arg in seed.argv),
        ]
        started = time.monotonic()
        try:
            done = subprocess.run(
                command, cwd=workdir, env=env, capture_output=True, text=True, timeout=seed.timeout, check=False
            )
            returncode, stdout, stderr = done.returncode, done.stdout, done.stderr
        except subprocess.TimeoutExpired as expired:
            returncode = -9
            stdout = _text(expired.stdout)
            stderr = _text(expired.stderr) + f"\nTimeout: no end after {seed.timeout} s"
        seconds = time.monotonic() - started
        stdout = normalized(stdout, url, seed.normalize, seed.drop_lines)
        return Run(flavour, returncode, stdout, stderr.replace(url, "{url}"), seconds)
    finally:
        emulator.stop()
        shutil.rmtree(workdir, ignore_errors=True)


def write_code(path: Path, code: str) -> str:
    """The path of a file holding ``code``, or "" when there is none."""
    if not code:
        return ""
    path.write_text(textwrap.dedent(code), encoding="utf-8")
    return str(path)


def _text(value: bytes | str | None) -> str:
    if value is None:
        return ""
    return value.decode(errors="replace") if isinstance(value, bytes) else value


def run_setup(code: str, emulator: Any, url: str, key: str, workdir: Path, common: Path | None = None) -> None:
    """The seed's setup, with the official client (the oracle) on the emulator.

    ``common`` (``_setup_common.py`` of the scripts' directory) defines helpers every setup can use.
    """
    import dataikuapi  # type: ignore[import-untyped]

    client = dataikuapi.DSSClient(url, key)
    namespace: dict[str, Any] = {}
    if common is not None and common.exists():
        exec(compile(common.read_text(encoding="utf-8"), str(common), "exec"), namespace)
    namespace.update({"client": client, "emulator": emulator, "url": url, "key": key, "workdir": workdir})
    with warnings.catch_warnings():  # the official client's deprecation notices are not the script's output
        warnings.simplefilter("ignore", DeprecationWarning)
        exec(compile(textwrap.dedent(code), "<setup>", "exec"), namespace)


def normalized(output: str, url: str, patterns: Sequence[str], drop_lines: Sequence[str] = ()) -> str:
    """The output without what varies between runs: lines matching ``drop_lines``, then matches of ``patterns``."""
    if drop_lines:
        output = "".join(
            line
            for line in output.splitlines(keepends=True)
            if not any(re.fullmatch(p, line.rstrip("\n")) for p in drop_lines)
        )
    output = output.replace(url, "{url}")
    # Python's default repr of an object names its module: dssclient's mirror dataikuapi's paths.
    output = re.sub(r"<dssclient((?:\.\w+)+ object at 0x)", r"<dataikuapi\1", output)
    output = re.sub(r"0x[0-9a-fA-F]{6,}", "0x…", output)
    for pattern in patterns:
        output = re.sub(pattern, "…", output)
    return output


# -- comparing -------------------------------------------------------------------------------------


def error_message(run: Run) -> str:
    """The failure's message without its exception class (the clients' classes differ by name and module)."""
    line = run.error_line()
    line = re.sub(r"^[A-Za-z_][\w.]*(Exception|Error): ", "", line)
    return line.replace("/dip/publicapi/", "/public/api/")


@dataclass
class Outcome:
    script: str
    source: str
    official: Run
    ours: Run

    @property
    def diverged(self) -> bool:
        if self.official.returncode != self.ours.returncode or self.official.stdout != self.ours.stdout:
            return True
        # Both failed: for the same reason?
        return not self.official.ok and error_message(self.official) != error_message(self.ours)

    @property
    def output_only(self) -> bool:
        """A divergence of the printed output alone: same exit status, and no different failure."""
        return (
            self.diverged
            and self.official.returncode == self.ours.returncode
            and (self.official.ok or error_message(self.official) == error_message(self.ours))
        )

    def divergence(self) -> str:
        """The first error line of the divergence."""
        if self.official.ok and not self.ours.ok:
            return self.ours.error_line()
        if self.ours.ok and not self.official.ok:
            return f"dssclient succeeds where the official client fails: {self.official.error_line()}"
        if self.official.returncode == self.ours.returncode and self.official.stdout == self.ours.stdout:
            return (
                f"both fail, differently: official {self.official.error_line()!r}, dssclient {self.ours.error_line()!r}"
            )
        if self.official.returncode != self.ours.returncode:
            return (
                f"exit {self.official.returncode} vs {self.ours.returncode}: "
                f"official {self.official.error_line()!r}, dssclient {self.ours.error_line()!r}"
            )
        for line in difflib.unified_diff(
            self.official.stdout.splitlines(), self.ours.stdout.splitlines(), lineterm="", n=0
        ):
            if line.startswith(("+", "-")) and not line.startswith(("+++", "---")):
                return f"output differs: {line}"
        return "output differs"


def check(scripts: Sequence[Path], verbose: bool = False) -> list[Outcome]:
    outcomes = []
    with tempfile.TemporaryDirectory(prefix="porting-shims-") as shim_root:
        shims = write_shims(Path(shim_root))
        for script in scripts:
            seed = load_seed(script)
            official = run_script(script, seed, "official", shims)
            ours = run_script(script, seed, "dssclient", shims)
            outcome = Outcome(script.stem, seed.source, official, ours)
            outcomes.append(outcome)
            mark = "DIVERGED" if outcome.diverged else "same"
            print(
                f"{script.stem:45} official {'ok' if official.ok else 'FAIL':4}  "
                f"dssclient {'ok' if ours.ok else 'FAIL':4}  {mark}  ({official.seconds:.1f}s / {ours.seconds:.1f}s)",
                flush=True,
            )
            if verbose:
                for run in (official, ours):
                    print(
                        textwrap.indent(
                            f"--- {run.flavour} stdout\n{run.stdout}--- {run.flavour} stderr\n"
                            f"{run.stderr}{run.setup_error}",
                            "    ",
                        )
                    )
    return outcomes


def tally(outcomes: Sequence[Outcome]) -> str:
    lines = [
        "",
        f"ran: {len(outcomes)}",
        f"succeeded with the official client: {sum(o.official.ok for o in outcomes)}",
        f"succeeded with dssclient: {sum(o.ours.ok for o in outcomes)}",
        f"same outcome: {sum(not o.diverged for o in outcomes)}",
        f"diverged: {sum(o.diverged for o in outcomes)} "
        f"(in behaviour: {sum(o.diverged and not o.output_only for o in outcomes)}, "
        f"in printed output only: {sum(o.output_only for o in outcomes)})",
    ]
    diverged = [o for o in outcomes if o.diverged]
    if diverged:
        lines.append("")
        lines.append("divergences:")
        lines.extend(f"  {o.script}: {'(output only) ' if o.output_only else ''}{o.divergence()}" for o in diverged)
    failing = [o for o in outcomes if not o.official.ok]
    if failing:
        lines.append("")
        lines.append("failing with the official client too (what the emulator or the seed lacks):")
        lines.extend(f"  {o.script}: {o.official.error_line()}" for o in failing)
    return "\n".join(lines)


def find_scripts(directory: Path, only: Sequence[str]) -> list[Path]:
    scripts = sorted(p for p in directory.glob("*.py") if not p.name.startswith("_"))
    if only:
        wanted = set(only)
        unknown = wanted - {p.stem for p in scripts}
        if unknown:
            raise SystemExit(f"no such script in {directory}: {', '.join(sorted(unknown))}")
        scripts = [p for p in scripts if p.stem in wanted]
    return scripts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("directory", type=Path, help="a directory of scripts (NAME.py) and their seeds (NAME.toml)")
    parser.add_argument("--only", nargs="+", default=[], metavar="NAME", help="run these scripts only")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each run's output")
    args = parser.parse_args(argv)
    if not args.directory.is_dir():
        parser.error(f"not a directory: {args.directory}")
    outcomes = check(find_scripts(args.directory, args.only), verbose=args.verbose)
    print(tally(outcomes))
    return 1 if any(o.diverged for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
