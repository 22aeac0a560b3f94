"""The spec bundle passes the linters other ecosystems use, and a TypeScript client made from it compiles.

The tools (Redocly CLI, Spectral, openapi-typescript, TypeScript) are pinned in
spec/tools/package-lock.json; `python3 scripts/dev.py test` installs them with `npm ci`
before running the tests. DSS's trailing-slash paths are excepted path by path in files
that scripts/generate.py writes (spec/tools/.redocly.lint-ignore.yaml, spectral.yaml).
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

TOOLS = Path(__file__).resolve().parents[2] / "spec" / "tools"
BIN = TOOLS / "node_modules" / ".bin"
BUNDLE = "../dss-public-api.yaml"
ENV = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true", "NO_COLOR": "1"}

pytestmark = pytest.mark.skipif(
    not (BIN / "redocly").exists(),
    reason="the spec's Node tools are not installed: `python3 scripts/dev.py test` runs `npm ci` in spec/tools",
)


def run(tool: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN / tool), *args], cwd=TOOLS, env=ENV, capture_output=True, text=True, timeout=300, check=False
    )


def test_redocly_recommended_ruleset_reports_nothing() -> None:
    result = run("redocly", "lint", BUNDLE, "--config", "redocly.yaml", "--format", "json")
    report = json.loads(result.stdout)
    problems = [
        f"{p['severity']} {p['ruleId']} at {p['location'][0]['pointer']}: {p['message']}" for p in report["problems"]
    ]
    assert result.returncode == 0 and not problems, "\n".join(problems) or result.stderr
    assert report["totals"]["errors"] == report["totals"]["warnings"] == 0


def test_spectral_oas_ruleset_reports_nothing() -> None:
    result = run(
        "spectral",
        "lint",
        BUNDLE,
        "--ruleset",
        "spectral.yaml",
        "--fail-severity",
        "warn",
        "--format",
        "json",
        "--quiet",
    )
    findings = json.loads(result.stdout or "[]")
    assert result.returncode == 0 and not findings, (
        "\n".join(f"{f['code']} at {'.'.join(map(str, f['path']))}: {f['message']}" for f in findings) or result.stderr
    )


def test_a_typescript_client_generated_from_the_spec_type_checks_strictly() -> None:
    """The generated types compile, and so does spec/tools/typed-access.ts, which reads a dataset's
    `params.connection`, its format and partitioning, a project's code env, a scenario's steps and
    a future's `result` by declared property (an undeclared one fails under
    noPropertyAccessFromIndexSignature), and assigns new values to open answer enums."""
    generated = run(
        "openapi-typescript", BUNDLE, "--redocly", "redocly-openapi-typescript.yaml", "-o", "build/dss-public-api.ts"
    )
    assert generated.returncode == 0, generated.stdout + generated.stderr
    checked = run("tsc", "-p", "tsconfig.json")
    assert checked.returncode == 0, checked.stdout + checked.stderr
