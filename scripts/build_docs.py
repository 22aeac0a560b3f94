#!/usr/bin/env python3
"""Build the documentation site into build/docs/ (``python3 scripts/dev.py docs`` runs this in .venv).

    python scripts/build_docs.py [--out DIR] [--fresh]

1. Sphinx (docs/): the guides and the reference, warnings as errors, every cross-reference checked.
2. Redocly's build-docs (spec/tools, pinned): spec/dss-public-api.yaml as DIR/openapi/index.html,
   its scripts inlined and its CDN logo replaced, so the page loads nothing from the network;
   the spec beside it as YAML and JSON.

Needs the `docs` extra and spec/tools/node_modules (dev.py installs both). Prints the time each step took.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "dss-public-api.yaml"
REDOCLY = ROOT / "spec" / "tools" / "node_modules" / ".bin" / ("redocly.cmd" if os.name == "nt" else "redocly")
# Redoc shows "API docs by" with a logo it loads from a CDN; the site stays offline with this one.
_LOGO = (
    "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='60' height='14'%3E"
    "%3Ctext x='0' y='11' font-family='sans-serif' font-size='11'%3ERedocly%3C/text%3E%3C/svg%3E"
)
_CDN_LOGOS = ("https://cdn.redoc.ly/redoc/logo-mini-full.svg", "https://cdn.redoc.ly/redoc/logo-mini.svg")


def build_sphinx(out: Path, fresh: bool) -> None:
    command = [sys.executable, "-m", "sphinx", "-b", "html", "-W", "-n", "--keep-going", "-q"]
    if fresh:
        command.append("-E")
    command += [str(ROOT / "docs"), str(out), "-d", str(out.parent / f".{out.name}-doctrees")]
    subprocess.run(command, cwd=ROOT, check=True)


def build_spec_page(out: Path) -> None:
    if not REDOCLY.exists():
        sys.exit(f"{REDOCLY} is missing: install the spec's Node tools (python3 scripts/dev.py docs does)")
    target = out / "openapi"
    target.mkdir(parents=True, exist_ok=True)
    page = target / "index.html"
    subprocess.run(
        [str(REDOCLY), "build-docs", str(SPEC), "--inlineBundle", "--title", "DSS public REST API", "-o", str(page)],
        cwd=ROOT / "spec" / "tools",  # its redocly.yaml: telemetry off
        check=True,
        stdout=subprocess.DEVNULL,
        env={**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"},
    )
    html = page.read_text(encoding="utf-8")
    for logo in _CDN_LOGOS:
        html = html.replace(logo, _LOGO)
    page.write_text(html, encoding="utf-8")
    shutil.copyfile(SPEC, target / "dss-public-api.yaml")
    bundled = json.loads((ROOT / "dssclient" / "emulator" / "openapi.json").read_text(encoding="utf-8"))
    (target / "dss-public-api.json").write_text(json.dumps(bundled, indent=2) + "\n", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "docs")
    parser.add_argument("--fresh", action="store_true", help="rebuild every page (sphinx -E)")
    arguments = parser.parse_args()
    out: Path = arguments.out.resolve()
    started = time.monotonic()
    build_sphinx(out, arguments.fresh)
    sphinx_done = time.monotonic()
    build_spec_page(out)
    done = time.monotonic()
    print(
        f"docs built in {done - started:.1f} s (Sphinx {sphinx_done - started:.1f} s, "
        f"spec page {done - sphinx_done:.1f} s): {out / 'index.html'}",
        flush=True,
    )


if __name__ == "__main__":
    main()
