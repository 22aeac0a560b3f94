#!/usr/bin/env python3
"""Regenerate everything that is derived from the spec's sources (spec/root.yaml, spec/tags/*.yaml).

    python scripts/generate.py          # rewrite the derived files in place
    python scripts/generate.py --check  # exit 1 if they differ from what the spec gives

Outputs, all committed and never edited by hand:

* spec/dss-public-api.yaml: the bundle, one OpenAPI document made of root.yaml (info,
  servers, security, tags, shared components) and of each tag's file (its paths and
  the components only it uses). Generators and other languages consume this file;
* generated/dssclient_generated/: typed operations and attrs models, written by the
  pinned openapi-python-client from the bundle (see scripts/openapi-python-client.yaml
  and the template overrides in scripts/generator-templates/), plus its py.typed marker;
* dssclient/emulator/openapi.json: the bundle as JSON, which the emulator loads at run
  time (JSON keeps PyYAML out of the emulator's dependencies);
* dssclient/payloads.py: a TypedDict per payload of the bundle (scripts/payload_types.py says
  how each schema becomes a type), for type checkers only;
* spec/tools/.redocly.lint-ignore.yaml and spec/tools/spectral.yaml: the linters' exceptions
  for DSS's own trailing-slash paths (/projects/, /futures/, ...), one per such path of the
  bundle, so that no other path escapes the rule.

The sync variant of the handle layer is derived by scripts/unasync.py.
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
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_ROOT = ROOT / "spec" / "root.yaml"
SPEC_TAGS = ROOT / "spec" / "tags"
SPEC = ROOT / "spec" / "dss-public-api.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
BUNDLE_HEADER = "# Bundled by scripts/generate.py from spec/root.yaml and spec/tags/*.yaml: edit those, then run it.\n"
GENERATOR_CONFIG = ROOT / "scripts" / "openapi-python-client.yaml"
# Overrides of some of the generator's templates (see the README there).
GENERATOR_TEMPLATES = ROOT / "scripts" / "generator-templates"
GENERATED_PACKAGE = ROOT / "generated" / "dssclient_generated"
EMULATOR_SPEC = ROOT / "dssclient" / "emulator" / "openapi.json"
GENERATOR_VERSION = "0.29.1"
LINT_TOOLS = ROOT / "spec" / "tools"
REDOCLY_IGNORE = LINT_TOOLS / ".redocly.lint-ignore.yaml"
SPECTRAL_RULESET = LINT_TOOLS / "spectral.yaml"
PAYLOADS = ROOT / "dssclient" / "payloads.py"


class SpecSourceError(Exception):
    """The spec's sources cannot be bundled."""


def bundle() -> dict[str, Any]:
    """One OpenAPI document from root.yaml and the tag files, in the order root.yaml lists the tags."""
    document: dict[str, Any] = yaml.safe_load(SPEC_ROOT.read_text(encoding="utf-8"))
    if "paths" in document:
        raise SpecSourceError("spec/root.yaml must not declare paths: they belong in spec/tags/<tag>.yaml")
    declared = [tag["name"] for tag in document.get("tags", [])]
    files = {path.stem: path for path in sorted(SPEC_TAGS.glob("*.yaml"))}
    if sorted(files) != sorted(declared):
        raise SpecSourceError(
            f"spec/tags/ holds {sorted(files)} but root.yaml declares the tags {sorted(declared)}: "
            "one file per declared tag, named after it"
        )
    paths: dict[str, Any] = {}
    components: dict[str, dict[str, Any]] = document.setdefault("components", {})
    for tag in declared:
        part = yaml.safe_load(files[tag].read_text(encoding="utf-8")) or {}
        unknown = set(part) - {"paths", "components"}
        if unknown:
            raise SpecSourceError(f"spec/tags/{tag}.yaml may hold paths and components only, not {sorted(unknown)}")
        for template, item in (part.get("paths") or {}).items():
            if template in paths:
                raise SpecSourceError(f"path {template} is declared twice (again in spec/tags/{tag}.yaml)")
            for method in HTTP_METHODS:
                if method in item and item[method].get("tags") != [tag]:
                    raise SpecSourceError(
                        f"{method.upper()} {template} in spec/tags/{tag}.yaml must be tagged [{tag}], "
                        f"not {item[method].get('tags')}"
                    )
            paths[template] = item
        for section, entries in (part.get("components") or {}).items():
            target = components.setdefault(section, {})
            for name, entry in entries.items():
                if name in target:
                    raise SpecSourceError(f"components/{section}/{name} is declared twice (again in {tag}.yaml)")
                target[name] = entry
    # Key order as OpenAPI documents usually have it: paths before components.
    ordered = {key: value for key, value in document.items() if key != "components"}
    ordered["paths"] = paths
    ordered["components"] = components
    return ordered


class _BundleDumper(yaml.SafeDumper):
    """Block style for multi-line text, so that the bundle reads like its sources."""


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.Node:
    if "\n" in text and not any(line != line.rstrip() for line in text.splitlines()):
        return dumper.represent_scalar("tag:yaml.org,2002:str", text, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", text)


_BundleDumper.add_representer(str, _represent_text)


def bundle_text(document: dict[str, Any]) -> str:
    body = yaml.dump(document, Dumper=_BundleDumper, sort_keys=False, allow_unicode=True, width=110)
    return BUNDLE_HEADER + body


def lint_exceptions(document: dict[str, Any]) -> tuple[str, str]:
    """(Redocly's ignore file, Spectral's ruleset): DSS's trailing-slash paths excepted from the rule."""
    slashed = [template for template in document["paths"] if template.endswith("/")]

    def pointer(template: str) -> str:
        return "#/paths/" + template.replace("~", "~0").replace("/", "~1")

    note = "# Written by scripts/generate.py from the spec: do not edit.\n"
    why = (
        "# DSS serves its collections with a trailing slash (/projects/, /futures/, ...): wire facts,\n"
        "# not style. Each such path of the spec is excepted from the rule; any other hit fails.\n"
    )
    redocly = note + why + "../dss-public-api.yaml:\n  no-path-trailing-slash:\n"
    redocly += "".join(f"    - '{pointer(template)}'\n" for template in slashed)
    # DSS also serves paths that a URL could match two ways (/project-folders/locate-project/{key}
    # beside /project-folders/{id}/settings): its router prefers literal segments, as the
    # emulator's does. A path item says so with `x-dss-ambiguous-with`, and is excepted alone.
    ambiguous = [template for template, item in document["paths"].items() if item.get("x-dss-ambiguous-with")]
    if ambiguous:
        redocly += "  no-ambiguous-paths:\n"
        redocly += "".join(f"    - '{pointer(template)}'\n" for template in ambiguous)
    # Spectral has no ignore file: per-location overrides, with "{" and "}" percent-encoded.
    spectral = note + why + 'extends:\n  - "spectral:oas"\nrules:\n'
    spectral += "  # The spec describes DSS's API, which has no contact of its own to give.\n"
    spectral += '  info-contact: "off"\noverrides:\n  - files:\n'
    spectral += "".join(
        f'      - "../dss-public-api.yaml{pointer(t).replace("{", "%7B").replace("}", "%7D")}"\n' for t in slashed
    )
    spectral += '    rules:\n      path-keys-no-trailing-slash: "off"\n'
    return redocly, spectral


def generate_into(spec_yaml: Path, package_dir: Path, spec_json: Path) -> None:
    """Write the generated package and the emulator's JSON copy from the bundle ``spec_yaml``."""
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
            str(spec_yaml),
            "--config",
            str(GENERATOR_CONFIG),
            "--custom-template-path",
            str(GENERATOR_TEMPLATES),
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
    document = yaml.safe_load(spec_yaml.read_text(encoding="utf-8"))
    spec_json.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")


def payloads_text(document: dict[str, Any]) -> str:
    """dssclient/payloads.py for the bundle ``document``, formatted by the pinned ruff."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    try:
        from payload_types import payloads_module
    finally:
        sys.path.pop(0)
    source = payloads_module(document)
    formatted = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--stdin-filename", str(PAYLOADS), "-"],
        input=source,
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return formatted.stdout


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

    try:
        text = bundle_text(bundle())
    except SpecSourceError as error:
        print(f"cannot bundle the spec: {error}", file=sys.stderr)
        return 1

    redocly_ignore, spectral_ruleset = lint_exceptions(yaml.safe_load(text))
    payloads = payloads_text(yaml.safe_load(text))
    if not args.check:
        SPEC.write_text(text, encoding="utf-8")
        REDOCLY_IGNORE.write_text(redocly_ignore, encoding="utf-8")
        SPECTRAL_RULESET.write_text(spectral_ruleset, encoding="utf-8")
        PAYLOADS.write_text(payloads, encoding="utf-8")
        generate_into(SPEC, GENERATED_PACKAGE, EMULATOR_SPEC)
        written = [SPEC, GENERATED_PACKAGE, EMULATOR_SPEC, REDOCLY_IGNORE, SPECTRAL_RULESET, PAYLOADS]
        print("wrote " + ", ".join(str(path.relative_to(ROOT)) for path in written))
        return 0

    with tempfile.TemporaryDirectory() as tmp:
        fresh_bundle = Path(tmp) / "dss-public-api.yaml"
        fresh_bundle.write_text(text, encoding="utf-8")
        fresh_package = Path(tmp) / "dssclient_generated"
        fresh_spec = Path(tmp) / "openapi.json"
        generate_into(fresh_bundle, fresh_package, fresh_spec)
        (Path(tmp) / ".redocly.lint-ignore.yaml").write_text(redocly_ignore, encoding="utf-8")
        (Path(tmp) / "spectral.yaml").write_text(spectral_ruleset, encoding="utf-8")
        drift = [f"spec/{p}" for p in differences(fresh_bundle, SPEC)]
        drift += [f"spec/tools/{p}" for p in differences(Path(tmp) / ".redocly.lint-ignore.yaml", REDOCLY_IGNORE)]
        drift += [f"spec/tools/{p}" for p in differences(Path(tmp) / "spectral.yaml", SPECTRAL_RULESET)]
        (Path(tmp) / "payloads.py").write_text(payloads, encoding="utf-8")
        drift += [f"dssclient/{p}" for p in differences(Path(tmp) / "payloads.py", PAYLOADS)]
        drift += [f"generated/dssclient_generated/{p}" for p in differences(fresh_package, GENERATED_PACKAGE)]
        drift += [f"dssclient/emulator/{p}" for p in differences(fresh_spec, EMULATOR_SPEC)]
    if drift:
        print("derived files differ from what the spec's sources give:", file=sys.stderr)
        for path in drift:
            print(f"  {path}", file=sys.stderr)
        print("run: python scripts/generate.py", file=sys.stderr)
        return 1
    print("the spec bundle, generated/ and the emulator's spec copy match the spec's sources")
    return 0


if __name__ == "__main__":
    sys.exit(main())
