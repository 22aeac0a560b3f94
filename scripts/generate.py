#!/usr/bin/env python3
"""Regenerate everything that is derived from spec/dss-public-api.yaml.

    python scripts/generate.py          # rewrite the derived files in place
    python scripts/generate.py --check  # exit 1 if they differ from what the spec gives

Two outputs, both committed and never edited by hand:

* generated/dssclient_generated/: typed operations and attrs models, written by
  the pinned openapi-python-client (see scripts/openapi-python-client.yaml),
  plus its py.typed marker;
* dssclient/emulator/openapi.json: the spec as JSON, which the emulator loads at
  run time (JSON keeps PyYAML out of the emulator's dependencies).
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "dss-public-api.yaml"
GENERATOR_CONFIG = ROOT / "scripts" / "openapi-python-client.yaml"
GENERATED_PACKAGE = ROOT / "generated" / "dssclient_generated"
EMULATOR_SPEC = ROOT / "dssclient" / "emulator" / "openapi.json"
GENERATOR_VERSION = "0.29.1"


def generate_into(package_dir: Path, spec_json: Path) -> None:
    import openapi_python_client

    if openapi_python_client.__version__ != GENERATOR_VERSION:
        sys.exit(
            f"openapi-python-client {openapi_python_client.__version__} is installed; "
            f"this project pins {GENERATOR_VERSION} (pip install -e '.[dev]')"
        )
    # The generator's post-hooks call `ruff`; use the one installed beside this
    # interpreter even when the virtual environment is not activated.
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "openapi_python_client",
            "generate",
            "--path",
            str(SPEC),
            "--config",
            str(GENERATOR_CONFIG),
            "--meta",
            "none",
            "--output-path",
            str(package_dir),
            "--overwrite",
        ],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
    )
    # PEP 561 marker, so that type checkers read the generated annotations
    # (the generator writes one only in its full-project mode).
    (package_dir / "py.typed").write_text("")
    document = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    spec_json.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def differences(expected: Path, actual: Path) -> list[str]:
    """Relative paths that differ between two trees (or two files)."""
    if expected.is_file() or actual.is_file():
        same = expected.is_file() and actual.is_file() and filecmp.cmp(expected, actual, shallow=False)
        return [] if same else [actual.name]
    found: list[str] = []

    def walk(cmp: filecmp.dircmp, prefix: str) -> None:
        for name in cmp.left_only + cmp.right_only + cmp.diff_files + cmp.funny_files:
            found.append(prefix + name)
        for name, sub in cmp.subdirs.items():
            walk(sub, prefix + name + "/")

    walk(filecmp.dircmp(expected, actual, ignore=["__pycache__"]), "")
    # dircmp compares shallowly (size and mtime); settle the suspects byte by byte.
    return sorted(
        p
        for p in found
        if not (
            (expected / p).is_file() and (actual / p).is_file() and filecmp.cmp(expected / p, actual / p, shallow=False)
        )
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()

    if not args.check:
        generate_into(GENERATED_PACKAGE, EMULATOR_SPEC)
        print(f"wrote {GENERATED_PACKAGE.relative_to(ROOT)}/ and {EMULATOR_SPEC.relative_to(ROOT)}")
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        fresh_package = Path(tmp) / "dssclient_generated"
        fresh_spec = Path(tmp) / "openapi.json"
        generate_into(fresh_package, fresh_spec)
        drift = [f"generated/dssclient_generated/{p}" for p in differences(fresh_package, GENERATED_PACKAGE)]
        drift += [f"dssclient/emulator/{p}" for p in differences(fresh_spec, EMULATOR_SPEC)]
    if drift:
        print("derived files differ from what spec/dss-public-api.yaml gives:", file=sys.stderr)
        for path in drift:
            print(f"  {path}", file=sys.stderr)
        print("run: python scripts/generate.py", file=sys.stderr)
        return 1
    print("generated/ and the emulator's spec copy match spec/dss-public-api.yaml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
