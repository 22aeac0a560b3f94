"""The TypeScript program of docs/guides/other-languages.md compiles against the spec's types, runs on the emulator."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from dssclient import DSSClient
from dssclient.emulator import Emulator

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ROOT / "spec" / "tools" / "node_modules" / ".bin"


def test_the_typescript_program_compiles_strictly_and_runs(dss_emulator: Emulator, tmp_path: Path) -> None:
    node = shutil.which("node")
    if node is None or not (TOOLS / "tsc").exists():
        pytest.skip("Node.js and the spec's tools (spec/tools, installed by dev.py test) are needed")
    subprocess.run(
        [
            str(TOOLS / "openapi-typescript"),
            str(ROOT / "spec" / "dss-public-api.yaml"),
            "--redocly",
            str(ROOT / "spec" / "tools" / "redocly-openapi-typescript.yaml"),
            "-o",
            str(tmp_path / "dss-public-api.ts"),
        ],
        check=True,
        capture_output=True,
    )
    shutil.copyfile(ROOT / "docs" / "examples" / "typescript" / "projects.ts", tmp_path / "projects.ts")
    (tmp_path / "tsconfig.json").write_text(
        json.dumps(
            {
                "compilerOptions": {
                    "strict": True,
                    "target": "es2022",
                    "lib": ["es2022"],
                    "module": "es2022",
                    "moduleResolution": "bundler",
                    "types": [],
                    "noUncheckedIndexedAccess": True,
                    "exactOptionalPropertyTypes": True,
                    "outDir": "out",
                },
                "files": ["projects.ts", "dss-public-api.ts"],
            }
        )
    )
    compiled = subprocess.run([str(TOOLS / "tsc"), "-p", str(tmp_path)], capture_output=True, text=True)
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    (tmp_path / "out" / "package.json").write_text('{"type": "module"}')

    environment = {**os.environ, "DKU_DSS_URL": dss_emulator.url, "DKU_API_KEY": dss_emulator.config.admin_api_key}
    ran = subprocess.run(
        [node, str(tmp_path / "out" / "projects.js")], env=environment, capture_output=True, text=True, timeout=60
    )
    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.splitlines() == ["FROM_TS: From TypeScript"]
    # The project it created is there for dssclient too.
    with DSSClient(dss_emulator.url, dss_emulator.config.admin_api_key) as client:
        assert client.get_project("FROM_TS").get_summary()["name"] == "From TypeScript"
