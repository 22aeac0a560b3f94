#!/usr/bin/env python3
"""Go and Java clients generated from the spec by OpenAPI Generator, compiled, cached under build/.

    python scripts/other_languages.py go      # prints the directory of the generated, compiled Go client
    python scripts/other_languages.py java    # the same for Java (its classpath on a second line)

What the docs' guide on other languages shows, and what tests/docs/test_other_languages.py compiles
its example programs against. Nothing here is written by hand into a client: the generator (the jar
of the PyPI package pinned with its hash in spec/tools/openapi-generator.txt, installed by
`scripts/dev.py test`) writes every file, from spec/dss-public-api.yaml, with the options below.
The generated clients' dependencies come from Debian's packages (scripts/dev.py installs them, pinned):

- Go (Debian's Go 1.19): the standard library, and gopkg.in/validator.v2 (two models that are
  `oneOf`s validate with it), vendored from Debian's golang-gopkg-validator.v2-dev. No module is
  downloaded (GOPROXY=off, -mod=vendor).
- Java (17, java.net.http): Apache HttpMime (multipart uploads), JSR-305 and the `javax.annotation`
  API from Debian's jars; Jackson (databind and jackson-datatype-jsr310, which Debian does not
  package) from the generator's own jar, which bundles it. Compiled with plain `javac`.

A build is cached in build/other-languages/<language>-<key>, the key hashing the spec, the generator's
pin, the options and the toolchain's version: generating and compiling take about a minute, reusing
takes nothing.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "dss-public-api.yaml"
SPEC_JSON = ROOT / "dssclient" / "emulator" / "openapi.json"  # the same document (scripts/generate.py), quicker to read
GENERATOR_PIN = ROOT / "spec" / "tools" / "openapi-generator.txt"
GENERATOR_JAR = ROOT / "spec" / "tools" / "openapi-generator" / "openapi_generator_cli" / "openapi-generator.jar"
BUILD = ROOT / "build" / "other-languages"

# Files of the generators' output that the tests neither compile nor read.
SKIPPED_FILES = "apiTests=false,modelTests=false,apiDocs=false,modelDocs=false"

GO_MODULE = "example.com/dssclient/dss"
GO_OPTIONS = [
    "-g",
    "go",
    "--package-name",
    "dss",
    "--git-host",
    "example.com",
    "--git-user-id",
    "dssclient",
    "--git-repo-id",
    "dss",
]
# The Go source of the one module the Go client needs, as Debian packages it.
GO_VALIDATOR = Path("/usr/share/gocode/src/gopkg.in/validator.v2")

JAVA_PACKAGE = "dss.client"
JAVA_OPTIONS = [
    "-g",
    "java",
    "--library",
    "native",  # java.net.http, no HTTP library to bring
    "--additional-properties",
    ",".join(
        [
            f"invokerPackage={JAVA_PACKAGE}",
            f"apiPackage={JAVA_PACKAGE}.api",
            f"modelPackage={JAVA_PACKAGE}.model",
            "openApiNullable=false",  # no jackson-databind-nullable (Debian does not package it)
            "supportUrlQuery=false",  # no toUrlQueryString (it fails on the mapping below)
            "hideGenerationTimestamp=true",
        ]
    ),
]
# Debian's jars the Java client compiles and runs with (packages in scripts/dev.py).
JAVA_DEBIAN_JARS = [
    Path("/usr/share/java") / name
    for name in ("httpmime.jar", "httpclient.jar", "httpcore.jar", "jsr305.jar", "geronimo-annotation-1.3-spec.jar")
]
# What the Java client takes from the generator's jar: Jackson, at the versions the generator bundles.
JACKSON_PACKAGES = (
    "com/fasterxml/jackson/core/",
    "com/fasterxml/jackson/annotation/",
    "com/fasterxml/jackson/databind/",
    "com/fasterxml/jackson/datatype/jsr310/",
)


class MissingTool(RuntimeError):
    """A tool or library the build needs is not installed (scripts/dev.py test installs them)."""


def java_schema_mappings() -> list[str]:
    """`--schema-mappings` making Object of every property that is a oneOf of a string and an array,
    and of every schema that is a oneOf of an array and another type.

    OpenAPI Generator 7.26's Java models write `List<String>.class` for such a oneOf (JobOutput's
    `partition`, a Jupyter cell's `source`), which does not compile; found in the spec, so that a
    new one does not break the Java client.
    """
    schemas = json.loads(SPEC_JSON.read_text(encoding="utf-8"))["components"]["schemas"]
    mapped = []
    for schema_name, schema in sorted(schemas.items()):
        # A whole schema that is a oneOf of an array and something else (a request body that is a
        # list of names or an object, say) gets a wrapper class that does not compile either.
        kinds = {variant.get("type") for variant in schema.get("oneOf") or [] if isinstance(variant, dict)}
        if "array" in kinds and len(kinds) > 1:
            mapped.append(f"{schema_name}=java.lang.Object")
        for property_name, property_schema in sorted((schema.get("properties") or {}).items()):
            variants = property_schema.get("oneOf") or property_schema.get("anyOf") or []
            kinds = {variant.get("type") for variant in variants if isinstance(variant, dict)}
            if {"string", "array"} <= kinds:
                mapped.append(f"{schema_name}_{property_name}=java.lang.Object")
    return ["--schema-mappings", ",".join(mapped)] if mapped else []


def name_mappings() -> list[str]:
    """`--name-mappings` from the spec's own `x-dss-generator-name-mappings` (its info says why)."""
    info = json.loads(SPEC_JSON.read_text(encoding="utf-8"))["info"]
    mappings: dict[str, str] = info.get("x-dss-generator-name-mappings", {})
    return ["--name-mappings", ",".join(f"{name}={target}" for name, target in mappings.items())] if mappings else []


def _require(path: Path | None, what: str) -> Path:
    if path is None or not path.exists():
        raise MissingTool(f"{what} is missing (scripts/dev.py test installs it)")
    return path


def _tool(name: str) -> Path:
    found = shutil.which(name)
    return _require(Path(found) if found else None, name)


def _run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        shown = " ".join(command[:4])
        raise RuntimeError(f"{shown} ... failed ({result.returncode}):\n{result.stdout}\n{result.stderr}")
    return result.stdout + result.stderr


def _generate(options: list[str], output: Path) -> None:
    java = _tool("java")
    jar = _require(GENERATOR_JAR, "OpenAPI Generator (spec/tools/openapi-generator)")
    command = [str(java), "-jar", str(jar), "generate", "-i", str(SPEC), "-o", str(output)]
    command += [*options, *name_mappings(), "--global-property", SKIPPED_FILES]
    _run(command, cwd=ROOT)


def _cached(language: str, options: list[str], toolchain: str, build: Callable[[Path], None]) -> Path:
    """The cache directory of `language` for this spec, pin, options and toolchain; built when missing."""
    digest = hashlib.sha256()
    for part in (SPEC.read_bytes(), GENERATOR_PIN.read_bytes(), repr(options).encode(), toolchain.encode()):
        digest.update(hashlib.sha256(part).digest())
    target = BUILD / f"{language}-{digest.hexdigest()[:16]}"
    if (target / ".complete").exists():
        return target
    BUILD.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{language}-", dir=BUILD))
    try:
        build(scratch)
        (scratch / ".complete").touch()
        # Earlier builds of this language go (never the Go caches beside them).
        for stale in BUILD.glob(f"{language}-*"):
            if re.fullmatch(rf"{language}-[0-9a-f]{{16}}", stale.name):
                shutil.rmtree(stale, ignore_errors=True)
        try:
            os.replace(scratch, target)
        except OSError:  # another process built it meanwhile
            if not (target / ".complete").exists():
                raise
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return target


def go_environment() -> dict[str, str]:
    """The environment of every Go command here: offline, vendored, caches under build/."""
    return {
        **os.environ,
        "GOFLAGS": "-mod=vendor",
        "GOPROXY": "off",
        "GOTOOLCHAIN": "local",
        "GO111MODULE": "on",
        "CGO_ENABLED": "0",
        "GOCACHE": str(BUILD / "cache-go-build"),
        "GOPATH": str(BUILD / "cache-go-path"),
    }


def _vendor_validator(module: Path) -> None:
    """Vendor Debian's copy of gopkg.in/validator.v2 at the version the generated go.mod requires."""
    source = _require(GO_VALIDATOR, "Go's gopkg.in/validator.v2 (Debian's golang-gopkg-validator.v2-dev)")
    required = re.search(r"gopkg\.in/validator\.v2 (v\S+)", (module / "go.mod").read_text(encoding="utf-8"))
    if required is None:  # a generator that no longer needs it
        return
    target = module / "vendor" / "gopkg.in" / "validator.v2"
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("*_test.go"))
    (module / "vendor" / "modules.txt").write_text(
        f"# gopkg.in/validator.v2 {required.group(1)}\n## explicit\ngopkg.in/validator.v2\n", encoding="utf-8"
    )


def go_client() -> Path:
    """The directory of the Go client's module (`example.com/dssclient/dss`), generated and compiled."""
    go = _tool("go")
    version = _run([str(go), "version"], cwd=ROOT, env=go_environment())

    def build(scratch: Path) -> None:
        module = scratch / "client"
        _generate(GO_OPTIONS, module)
        _vendor_validator(module)
        _run([str(go), "build", "./..."], cwd=module, env=go_environment())

    return _cached("go", GO_OPTIONS, version, build) / "client"


def go_program(source: Path, output: Path) -> None:
    """Build the Go program `source` (package main) as a command of the client's module, into `output`.

    It is built inside the cached module (`cmd/<name>/main.go`), where the client's compiled package is
    reused from the build cache (Go's cache is keyed on the package's directory).
    """
    go = _tool("go")
    module = go_client()
    command = module / "cmd" / source.stem
    command.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, command / "main.go")
    _run([str(go), "build", "-o", str(output), f"./cmd/{source.stem}"], cwd=module, env=go_environment())


def java_classpath(client: Path) -> str:
    """The classpath of the compiled Java client at `client` (a java_client() directory) and its dependencies."""
    return os.pathsep.join([str(client / "classes"), str(client.parent / "jackson"), *map(str, JAVA_DEBIAN_JARS)])


def java_client() -> Path:
    """The directory of the Java client (`src/`, and `classes/` compiled), package `dss.client`."""
    javac = _tool("javac")
    for jar in JAVA_DEBIAN_JARS:
        _require(jar, f"Debian's {jar.name}")
    version = _run([str(javac), "-version"], cwd=ROOT)

    def build(scratch: Path) -> None:
        client = scratch / "client"
        _generate([*JAVA_OPTIONS, *java_schema_mappings()], client)
        with zipfile.ZipFile(GENERATOR_JAR) as jar:
            members = [name for name in jar.namelist() if name.startswith(JACKSON_PACKAGES) and name.endswith(".class")]
            jar.extractall(scratch / "jackson", members)
        sources = sorted(str(path) for path in (client / "src" / "main" / "java").rglob("*.java"))
        (scratch / "sources.txt").write_text("\n".join(sources), encoding="utf-8")
        classpath = os.pathsep.join([str(scratch / "jackson"), *map(str, JAVA_DEBIAN_JARS)])
        command = [str(javac), "-nowarn", "-encoding", "UTF-8", "-d", str(client / "classes"), "-cp", classpath]
        _run([*command, f"@{scratch / 'sources.txt'}"], cwd=scratch)

    return _cached("java", [*JAVA_OPTIONS, *java_schema_mappings()], version, build) / "client"


def main() -> None:
    if len(sys.argv) != 2 or sys.argv[1] not in ("go", "java"):
        sys.exit(__doc__)
    if sys.argv[1] == "go":
        print(go_client())
    else:
        client = java_client()
        print(client)
        print(java_classpath(client))


if __name__ == "__main__":
    main()
