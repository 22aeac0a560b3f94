#!/usr/bin/env python3
"""Derive the sync code from the async code: the async variant is the one written by hand.

    python scripts/unasync.py          # rewrite the derived files
    python scripts/unasync.py --check  # exit 1 if a derived file differs from what its source gives

Each ``.py`` file under a source tree (``dssclient/aio/``, ``tests/e2e/aio/``), but its
``__init__.py``, gives the file at the same relative path under its target tree
(``dssclient/``, ``tests/e2e/sync/``), through the token rewrites below (the model is
httpcore's unasync script): ``async def`` -> ``def``, ``await x`` -> ``x``,
``AsyncDSSProject`` -> ``DSSProject``, ``async_sleep`` -> ``sleep``, ``aclose`` -> ``close``,
``dssclient.aio.`` -> ``dssclient.``, ... A line ending in ``# unasync: remove`` is left out
of the sync file. The output is formatted by the project's pinned ruff, so that a source
and its derived file differ only by these rules.

Source files import shared modules absolutely (``from dssclient._config import ...``) and
each other relatively (``from .dss.project import ...``), so that imports stay right in
both trees; a relative import that climbs out of the source tree is refused.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TREES = [
    (ROOT / "dssclient" / "aio", ROOT / "dssclient"),
    (ROOT / "tests" / "e2e" / "aio", ROOT / "tests" / "e2e" / "sync"),
    (ROOT / "tests" / "client" / "aio", ROOT / "tests" / "client" / "sync"),
]
HEADER = "# Derived from {source} by scripts/unasync.py: do not edit.\n"

RULES: list[tuple[re.Pattern[str], str]] = [
    (re.compile(pattern), replacement)
    for pattern, replacement in [
        # The language.
        (r"\basync def\b", "def"),
        (r"\basync with\b", "with"),
        (r"\basync for\b", "for"),
        (r"\bawait ", ""),
        (r"\b__aenter__\b", "__enter__"),
        (r"\b__aexit__\b", "__exit__"),
        (r"\b__aiter__\b", "__iter__"),
        (r"\b__anext__\b", "__next__"),
        (r"\bStopAsyncIteration\b", "StopIteration"),
        (r"\basynccontextmanager\b", "contextmanager"),
        # httpx's and httpcore's async names.
        (r"\baclose\b", "close"),
        (r"\baread\b", "read"),
        (r"\baiter_(\w+)", r"iter_\1"),
        (r"\bhandle_async_request\b", "handle_request"),
        (r"\b([gs]et)_async_httpx_client\b", r"\1_httpx_client"),
        (r"\bhttpcore\.AnyIOBackend\b", "httpcore.SyncBackend"),
        # The generated layer's functions: op.asyncio(...) -> op.sync(...).
        (r"\.asyncio(_detailed)?\(", r".sync\1("),
        # Names: AsyncX -> X (dssclient's, httpx's, httpcore's, typing's), async_x -> x.
        (r"\bAsync(?=[A-Z])", ""),
        (r"\basync_(?=[a-z])", ""),
        # Where the variants live.
        (r"\bdssclient\.aio\b", "dssclient"),
        (r"\bdssclient/aio/", "dssclient/"),
        (r"\btests\.(e2e|client)\.aio\b", r"tests.\1.sync"),
    ]
]
_REMOVE_MARKER = re.compile(r"#\s*unasync:\s*remove\s*$")
_RELATIVE_IMPORT = re.compile(r"^\s*from\s+(\.+)")


def unasync_text(text: str, source: Path, depth: int) -> str:
    """The sync text of a source file ``depth`` packages below its tree's root."""
    lines = []
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        if _REMOVE_MARKER.search(line):
            continue
        match = _RELATIVE_IMPORT.match(line)
        if match and len(match.group(1)) > depth + 1:
            raise SystemExit(
                f"{source.relative_to(ROOT)}:{number}: this relative import climbs out of the async tree; "
                "import shared modules absolutely (from dssclient.X import ...)"
            )
        for pattern, replacement in RULES:
            line = pattern.sub(replacement, line)
        lines.append(line)
    return HEADER.format(source=source.relative_to(ROOT).as_posix()) + "".join(lines)


def ruff(text: str, target: Path) -> str:
    """The text sorted and formatted by the project's ruff, as if it were ``target``."""
    name = str(target.relative_to(ROOT))
    for command in (["check", "--fix-only", "--select", "I,F401", "--quiet"], ["format"]):
        result = subprocess.run(
            [sys.executable, "-m", "ruff", *command, "--stdin-filename", name, "-"],
            input=text,
            capture_output=True,
            text=True,
            cwd=ROOT,
        )
        if result.returncode != 0:
            raise SystemExit(f"ruff failed on the derived {name}:\n{result.stderr}")
        text = result.stdout
    return text


def derived_files() -> dict[Path, str]:
    """Every derived file and the text its source gives."""
    derived: dict[Path, str] = {}
    for source_root, target_root in TREES:
        for source in sorted(source_root.rglob("*.py")):
            if source.name == "__init__.py":
                continue
            relative = source.relative_to(source_root)
            target = target_root / relative
            text = unasync_text(source.read_text(encoding="utf-8"), source, depth=len(relative.parts) - 1)
            derived[target] = ruff(text, target)
    return derived


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    derived = derived_files()
    stale = [path for path, text in derived.items() if not path.exists() or path.read_text(encoding="utf-8") != text]
    # A derived file whose source is gone would linger unnoticed.
    orphans = [
        path
        for _, target_root in TREES
        for path in sorted(target_root.rglob("*.py"))
        if path not in derived and path.read_text(encoding="utf-8").startswith("# Derived from ")
    ]
    if args.check:
        if stale or orphans:
            print("the sync code differs from what its async source gives:", file=sys.stderr)
            for path in stale + orphans:
                print(f"  {path.relative_to(ROOT)}", file=sys.stderr)
            print("run: python scripts/unasync.py", file=sys.stderr)
            return 1
        print(f"{len(derived)} derived files match their async sources")
        return 0
    for path in stale:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(derived[path], encoding="utf-8")
    for path in orphans:
        path.unlink()
    print(f"wrote {len(stale)} of {len(derived)} derived files" + (f", removed {len(orphans)}" if orphans else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
