#!/usr/bin/env python3
"""How precisely the spec describes its payloads, measured on the bundle spec/dss-public-api.yaml.

    python scripts/spec_stats.py          # print the figures
    python scripts/spec_stats.py --list   # also list the object schemas that declare no property

What is counted, over every schema reachable in the bundle (component schemas, and the inline
schemas of parameters, request bodies and responses, recursively through properties, items,
additionalProperties, allOf/anyOf/oneOf, patternProperties):

* object schemas: each schema node whose ``type`` is or includes ``object``, or that has
  ``properties`` (a ``$ref`` is not a schema node of its own: the component it names is counted
  once, where it is declared);
* declared properties: the sum, over those object schemas, of their ``properties`` entries;
* object schemas with no properties: object schemas with no ``properties`` entry at all, not
  counting maps: an object whose ``additionalProperties`` is a schema (``{type: string}``, a
  ``$ref``, or ``{}`` for "any JSON value") describes its values and counts as described, not
  as empty. An object whose only description is ``additionalProperties: true`` counts as
  empty. The maps of any JSON value (``additionalProperties: {}``: variables, custom fields,
  free key-value metadata, whose keys and values users choose) are also counted apart, as
  "free-form maps", so that nobody mistakes them for described payloads.

tests/spec/test_spec_stats.py holds the ratchet on these figures.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "dss-public-api.yaml"
# Keys whose value is a schema or holds schemas; anything else (examples, extensions) is skipped.
SCHEMA_MAPS = ("properties", "patternProperties")
SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
SCHEMA_SINGLE = ("items", "additionalProperties", "not", "contains")


@dataclass
class Stats:
    object_schemas: int = 0
    properties: int = 0
    empty: list[str] = field(default_factory=list)
    free_form_maps: list[str] = field(default_factory=list)


def is_object(node: dict[str, Any]) -> bool:
    types = node.get("type")
    types = types if isinstance(types, list) else [types]
    return "object" in types or isinstance(node.get("properties"), dict)


def schema_nodes(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every schema node below ``node`` (itself a schema), with a readable location."""
    if not isinstance(node, dict) or "$ref" in node:
        return
    yield where, node
    for key in SCHEMA_MAPS:
        for name, child in (node.get(key) or {}).items():
            yield from schema_nodes(child, f"{where}.{name}")
    for key in SCHEMA_LISTS:
        for index, child in enumerate(node.get(key) or []):
            yield from schema_nodes(child, f"{where}/{key}[{index}]")
    for key in SCHEMA_SINGLE:
        if isinstance(node.get(key), dict):
            yield from schema_nodes(node[key], f"{where}/{key}")


def inline_roots(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """The schemas written inline in operations and in the shared parameters, bodies and responses."""

    def media_schemas(holder: dict[str, Any], where: str) -> Iterator[tuple[str, dict[str, Any]]]:
        for media_type, media in (holder.get("content") or {}).items():
            if isinstance(media.get("schema"), dict):
                yield f"{where} {media_type}", media["schema"]

    def parameter_schemas(parameters: list[Any], where: str) -> Iterator[tuple[str, dict[str, Any]]]:
        for parameter in parameters:
            if isinstance(parameter.get("schema"), dict):
                yield f"{where} parameter {parameter.get('name')}", parameter["schema"]

    for path, item in (spec.get("paths") or {}).items():
        yield from parameter_schemas(item.get("parameters") or [], path)
        for method, operation in item.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            where = f"{method.upper()} {path}"
            yield from parameter_schemas(operation.get("parameters") or [], where)
            if "requestBody" in operation:
                yield from media_schemas(operation["requestBody"], f"{where} body")
            for status, response in operation["responses"].items():
                yield from media_schemas(response, f"{where} {status}")
    components = spec.get("components") or {}
    for name, parameter in (components.get("parameters") or {}).items():
        if isinstance(parameter.get("schema"), dict):
            yield f"#/components/parameters/{name}", parameter["schema"]
    for kind in ("requestBodies", "responses"):
        for name, holder in (components.get(kind) or {}).items():
            yield from media_schemas(holder, f"#/components/{kind}/{name}")


def measure(spec: dict[str, Any]) -> Stats:
    stats = Stats()
    roots = [(name, schema) for name, schema in (spec.get("components", {}).get("schemas") or {}).items()]
    roots += list(inline_roots(spec))
    for root_where, root in roots:
        for where, node in schema_nodes(root, root_where):
            if not is_object(node):
                continue
            stats.object_schemas += 1
            properties = node.get("properties")
            if isinstance(properties, dict) and properties:
                stats.properties += len(properties)
            elif not isinstance(node.get("additionalProperties"), dict):
                stats.empty.append(where)
            elif not set(node["additionalProperties"]) - {"description"}:
                stats.free_form_maps.append(where)
    return stats


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="list the object schemas that declare no property")
    parser.add_argument("--spec", type=Path, default=SPEC, help="the bundle to measure")
    args = parser.parse_args()
    stats = measure(yaml.safe_load(args.spec.read_text(encoding="utf-8")))
    print(f"declared properties: {stats.properties}")
    print(f"object schemas: {stats.object_schemas}")
    print(f"object schemas with no properties (maps excepted): {len(stats.empty)}")
    if args.list:
        for where in stats.empty:
            print(f"  {where}")
    print(f"free-form maps (values of any JSON type, counted as described): {len(stats.free_form_maps)}")
    if args.list:
        for where in stats.free_form_maps:
            print(f"  {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
