"""The documentation site, built once per test run (whichever pytest-xdist worker comes first)."""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "build" / "docs"
ARTIFACTS = ROOT / "build" / "test-artifacts"


def built_site() -> Path:
    """Build build/docs/ from scratch (warnings as errors) unless this test run already did."""
    run_id = os.environ.get("PYTEST_XDIST_TESTRUNUID") or f"pid-{os.getpid()}"
    SITE.parent.mkdir(parents=True, exist_ok=True)
    stamp = SITE.parent / ".docs-built-by"
    with open(SITE.parent / ".docs-build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        failure = SITE.parent / ".docs-build-failure"
        if stamp.exists() and stamp.read_text() == run_id:
            # Built (or failed) once in this run: a failed build is not tried again by every test
            # that needs the site (it takes minutes), its report is given again.
            assert not failure.exists(), failure.read_text()
            if (SITE / "index.html").exists():
                return SITE
        stamp.unlink(missing_ok=True)
        failure.unlink(missing_ok=True)
        result = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "build_docs.py"), "--fresh"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        stamp.write_text(run_id)
        if result.returncode != 0:
            failure.write_text(f"the docs build failed:\n{result.stdout}\n{result.stderr}")
        assert result.returncode == 0, f"the docs build failed:\n{result.stdout}\n{result.stderr}"
        print(result.stdout)
    return SITE
