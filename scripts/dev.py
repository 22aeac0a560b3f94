#!/usr/bin/env python3
"""The project's two commands, for a fresh clone with nothing but python3 and pip.

    python3 scripts/dev.py tour    # a short tour of dssclient (embedded emulator, or DSS_URL + DSS_API_KEY)
    python3 scripts/dev.py test    # every check: lint, types, spec drift, all tests, the docs
    python3 scripts/dev.py docs    # the documentation site, into build/docs/ (index.html)

Both create .venv/ beside this repository on first use and install the
project into it (editable), reinstalling only when pyproject.toml changes.
`test` also installs the spec's pinned Node linters (spec/tools, with npm ci),
reinstalling only when their lock file changes, and runs pytest on every core.
Extra arguments after `test` go to pytest (`-n 0` runs the tests in one process).
`test` also installs Debian's chromium when it is missing (the docs' browser check).
`test` also installs OpenAPI Generator (pinned with its hash in spec/tools/openapi-generator.txt) and
Debian's Go and Java libraries (pinned below) for the Go and Java programs of the docs, when missing.
`docs` installs the `docs` extra and the spec's Node tools (for the spec's page).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def run(*command: str | Path) -> None:
    print("$", " ".join(str(c) for c in command), flush=True)
    result = subprocess.run([str(c) for c in command], cwd=ROOT)
    if result.returncode != 0:
        sys.exit(result.returncode)


def run_side_by_side(*streams: list[list[str | Path]]) -> None:
    """Run each stream's commands in order, the streams at the same time; exit with the first failure.

    The type checkers are single-threaded: two streams keep both cores of a small CI machine busy.
    Each stream's output is printed whole once it ends, so that the streams' lines never interleave.
    """
    import tempfile
    import threading

    failures: list[int] = []

    def follow(commands: list[list[str | Path]]) -> None:
        with tempfile.TemporaryFile(mode="w+") as output:
            for command in commands:
                output.write("$ " + " ".join(str(c) for c in command) + "\n")
                output.flush()
                result = subprocess.run([str(c) for c in command], cwd=ROOT, stdout=output, stderr=subprocess.STDOUT)
                if result.returncode != 0:
                    failures.append(result.returncode)
                    break
            output.seek(0)
            with print_lock:
                print(output.read(), end="", flush=True)

    print_lock = threading.Lock()
    threads = [threading.Thread(target=follow, args=(list(stream),)) for stream in streams]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if failures:
        sys.exit(failures[0])


def ensure_environment(extra: str) -> None:
    """Create .venv and install the project with `extra`, unless already done for this pyproject.toml."""
    if sys.version_info < (3, 11):  # noqa: UP036 - this script may run on an older python3
        sys.exit(f"dssclient needs Python 3.11 or newer; this is {sys.version.split()[0]}")
    if not PYTHON.exists():
        print(f"creating {VENV.relative_to(ROOT)}/", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:16]
    stamp = VENV / f".installed-{extra}-{digest}"
    # The dev extra includes the emulator extra: an environment installed for tests serves the tour too.
    # The dev extra includes the docs extra too.
    satisfied = stamp.exists() or (extra in ("emulator", "docs") and (VENV / f".installed-dev-{digest}").exists())
    if not satisfied:
        run(PYTHON, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
        run(PYTHON, "-m", "pip", "install", "--quiet", "-e", f".[{extra}]")
        stamp.touch()


def ensure_spec_tools() -> None:
    """Install the spec's Node tools (Redocly, Spectral, openapi-typescript, TypeScript) from their lock file."""
    tools = ROOT / "spec" / "tools"
    npm = shutil.which("npm")
    if npm is None:
        sys.exit("the spec's linters need Node.js 20 or newer with npm (https://nodejs.org); npm is not on PATH")
    digest = hashlib.sha256((tools / "package-lock.json").read_bytes()).hexdigest()[:16]
    stamp = tools / "node_modules" / f".installed-{digest}"
    if not stamp.exists():
        # --ignore-scripts: no tool needs an install script (one would send analytics).
        run(npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts", "--prefix", tools)
        stamp.touch()


def ensure_chromium() -> None:
    """Install Debian's chromium for the docs' browser check, when missing (as root, with apt-get)."""
    if shutil.which("chromium") or shutil.which("chromium-browser"):
        return
    apt = shutil.which("apt-get")
    if apt is None or not hasattr(os, "geteuid") or os.geteuid() != 0:
        print("chromium is missing and cannot be installed here: the docs' browser check will be skipped", flush=True)
        return
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in ([apt, "update", "-qq"], [apt, "install", "-y", "-qq", "chromium"]):
        print("$", " ".join(command), flush=True)
        subprocess.run(command, cwd=ROOT, env=environment, check=True, stdout=subprocess.DEVNULL)


# Debian's packages the Go and Java clients generated from the spec need (scripts/other_languages.py),
# at the versions of Debian 12; each is installed when the file it provides is missing.
OTHER_LANGUAGES_PACKAGES = {
    # On the project's machines already; not pinned, as Debian replaces its JDK with each security update.
    "/usr/bin/javac": "openjdk-17-jdk-headless",
    "/usr/bin/go": "golang-go=2:1.19~1",
    "/usr/share/gocode/src/gopkg.in/validator.v2": "golang-gopkg-validator.v2-dev=0.0+git20160116-3.1",
    "/usr/share/java/httpmime.jar": "libhttpmime-java=4.5.14-1",
    "/usr/share/java/httpclient.jar": "libhttpclient-java=4.5.14-1",
    "/usr/share/java/httpcore.jar": "libhttpcore-java=4.4.16-1",
    "/usr/share/java/jsr305.jar": "libjsr305-java=0.1~+svn49-11",
    "/usr/share/java/geronimo-annotation-1.3-spec.jar": "libgeronimo-annotation-1.3-spec-java=1.3-1",
}


def ensure_other_languages() -> None:
    """Install OpenAPI Generator (its PyPI package, by hash) and the Go and Java clients' Debian packages."""
    pin = ROOT / "spec" / "tools" / "openapi-generator.txt"
    target = ROOT / "spec" / "tools" / "openapi-generator"
    stamp = target / f".installed-{hashlib.sha256(pin.read_bytes()).hexdigest()[:16]}"
    if not stamp.exists():
        shutil.rmtree(target, ignore_errors=True)
        run(PYTHON, "-m", "pip", "install", "--quiet", "--require-hashes", "--no-deps", "--target", target, "-r", pin)
        stamp.touch()
    missing = [package for path, package in OTHER_LANGUAGES_PACKAGES.items() if not Path(path).exists()]
    if not missing:
        return
    apt = shutil.which("apt-get")
    if apt is None or not hasattr(os, "geteuid") or os.geteuid() != 0:
        print(f"{', '.join(missing)} missing and cannot be installed here: the Go and Java examples will be skipped")
        return
    environment = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    for command in ([apt, "update", "-qq"], [apt, "install", "-y", "-qq", "--no-install-recommends", *missing]):
        print("$", " ".join(command), flush=True)
        subprocess.run(command, cwd=ROOT, env=environment, check=True, stdout=subprocess.DEVNULL)


def docs() -> None:
    ensure_environment("docs")
    ensure_spec_tools()
    run(PYTHON, ROOT / "scripts" / "build_docs.py")


def tour() -> None:
    ensure_environment("emulator")
    run(PYTHON, ROOT / "scripts" / "tour.py")


def test(pytest_args: list[str]) -> None:
    ensure_environment("dev")
    ensure_spec_tools()
    ensure_chromium()
    ensure_other_languages()
    run(PYTHON, "-m", "ruff", "check", ".")
    run(PYTHON, "-m", "ruff", "format", "--check", ".")
    pyright = ROOT / "spec" / "tools" / "node_modules" / ".bin" / "pyright"
    run_side_by_side(
        [
            [PYTHON, "-m", "mypy"],
            # The overloads narrow as documented (assert_type; checked, never run).
            [PYTHON, "-m", "mypy", ROOT / "tests" / "static_types"],
            # The tour is what users write first: it type-checks without a cast.
            [PYTHON, "-m", "mypy", "--strict", ROOT / "scripts" / "tour.py"],
        ],
        # The second checker on the package and the same files, strict ([tool.pyright] in pyproject.toml).
        [[pyright, ROOT / "dssclient", ROOT / "tests" / "static_types", ROOT / "scripts" / "tour.py"]],
    )
    # Byte-compile the package and the generated layer once: with PYTHONDONTWRITEBYTECODE set (as
    # on CI machines), every process the tests start would otherwise compile them from source again.
    run(PYTHON, "-m", "compileall", "-q", "-j", "0", ROOT / "dssclient", ROOT / "generated")
    # One pytest worker per core (pytest-xdist), unless the arguments choose.
    parallel = [] if any(arg == "-n" or arg.startswith("-n") for arg in pytest_args) else ["-n", "auto"]
    run(PYTHON, "-m", "pytest", *parallel, *pytest_args)


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in ("tour", "test", "docs"):
        sys.exit(__doc__)
    if sys.argv[1] == "tour":
        tour()
    elif sys.argv[1] == "docs":
        docs()
    else:
        test(sys.argv[2:])


if __name__ == "__main__":
    main()
