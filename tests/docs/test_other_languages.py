"""The programs of docs/guides/other-languages.md compile against clients made from the spec, run on the emulator.

TypeScript against openapi-typescript's types; Go and Java against the clients OpenAPI Generator makes
(scripts/other_languages.py, cached under build/other-languages/).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from dssclient import DSSClient
from dssclient.emulator import Emulator
from scripts import other_languages

ROOT = Path(__file__).resolve().parents[2]
TOOLS = ROOT / "spec" / "tools" / "node_modules" / ".bin"
EXAMPLES = ROOT / "docs" / "examples"


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


def _run_against(dss_emulator: Emulator, command: list[str]) -> list[str]:
    """Run a compiled example against the emulator; its output lines."""
    environment = {**os.environ, "DKU_DSS_URL": dss_emulator.url, "DKU_API_KEY": dss_emulator.config.admin_api_key}
    ran = subprocess.run(command, env=environment, capture_output=True, text=True, timeout=120)
    assert ran.returncode == 0, ran.stdout + ran.stderr
    return ran.stdout.splitlines()


def _assert_the_program_did_its_work(dss_emulator: Emulator, project_key: str, tag: str, output: list[str]) -> None:
    assert output == [
        "customers is on filesystem_managed",
        "customers: One row per customer",
        "404 com.dataiku.dip.server.controllers.NotFoundException",
    ]
    with DSSClient(dss_emulator.url, dss_emulator.config.admin_api_key) as client:
        raw = client.get_project(project_key).get_dataset("customers").get_settings().get_raw()
    assert raw["description"] == "One row per customer"
    assert raw["tags"] == [tag]
    assert raw["params"] == {"connection": "filesystem_managed", "path": f"{project_key}/customers"}
    # A key the spec does not declare went through the typed model's read and save: DSS replaces the
    # settings with what is saved, so a client dropping it would have deleted it.
    assert raw.get("checklists") == {"checklists": []}


def test_the_go_program_compiles_against_the_generated_client_and_runs(dss_emulator: Emulator, tmp_path: Path) -> None:
    try:
        other_languages.go_program(EXAMPLES / "go" / "projects.go", tmp_path / "projects")
    except other_languages.MissingTool as missing:
        pytest.skip(str(missing))

    output = _run_against(dss_emulator, [str(tmp_path / "projects")])
    _assert_the_program_did_its_work(dss_emulator, "FROM_GO", "from-go", output)


def test_the_java_program_compiles_against_the_generated_client_and_runs(
    dss_emulator: Emulator, tmp_path: Path
) -> None:
    try:
        client = other_languages.java_client()
    except other_languages.MissingTool as missing:
        pytest.skip(str(missing))
    javac, java = shutil.which("javac"), shutil.which("java")
    assert javac is not None and java is not None
    classpath = other_languages.java_classpath(client)
    compiled = subprocess.run(
        [
            javac,
            "-Xlint:all,-path",
            "-Werror",
            "-d",
            str(tmp_path),
            "-cp",
            classpath,
            str(EXAMPLES / "java" / "Projects.java"),
        ],
        capture_output=True,
        text=True,
    )
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr

    output = _run_against(dss_emulator, [java, "-cp", os.pathsep.join([str(tmp_path), classpath]), "Projects"])
    _assert_the_program_did_its_work(dss_emulator, "FROM_JAVA", "from-java", output)


def test_the_generator_takes_the_spec_s_name_mappings() -> None:
    """The mappings the spec's info asks generators for (FutureState.hasResult, an external model
    version's endpoint_name) reach OpenAPI Generator."""
    assert other_languages.name_mappings() == [
        "--name-mappings",
        "hasResult=resultReady,endpoint_name=endpointNameSnakeCase",
    ]
