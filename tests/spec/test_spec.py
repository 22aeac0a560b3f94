"""The spec is a product: valid OpenAPI, documented, consistent, and in sync with its generated layer."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from openapi_spec_validator import validate

ROOT = Path(__file__).resolve().parents[2]
SPEC_PATH = ROOT / "spec" / "dss-public-api.yaml"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text(encoding="utf-8"))


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method], item


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def test_spec_is_valid_openapi(spec: dict[str, Any]) -> None:
    validate(spec)


def test_every_operation_is_named_tagged_and_documented(spec: dict[str, Any]) -> None:
    declared_tags = {tag["name"] for tag in spec["tags"]}
    seen_ids: set[str] = set()
    problems = []
    for path, method, operation, _ in operations(spec):
        where = f"{method.upper()} {path}"
        operation_id = operation.get("operationId", "")
        if not re.fullmatch(r"[a-z][a-zA-Z]+", operation_id):
            problems.append(f"{where}: operationId {operation_id!r} is not camelCase")
        if operation_id in seen_ids:
            problems.append(f"{where}: duplicate operationId {operation_id}")
        seen_ids.add(operation_id)
        for field in ("summary", "description"):
            if not operation.get(field):
                problems.append(f"{where}: no {field}")
        if len(operation.get("tags", [])) != 1 or operation["tags"][0] not in declared_tags:
            problems.append(f"{where}: needs exactly one declared tag")
    assert not problems, "\n".join(problems)


def test_every_operation_documents_success_and_errors(spec: dict[str, Any]) -> None:
    problems = []
    for path, method, operation, _ in operations(spec):
        statuses = set(operation["responses"])
        where = f"{method.upper()} {path}"
        if not any(s.startswith("2") for s in statuses):
            problems.append(f"{where}: no success response")
        if "default" not in statuses or "401" not in statuses:
            problems.append(f"{where}: needs 401 and default (DSSError) responses")
        if operation.get("x-dss-admin-only") and "403" not in statuses:
            problems.append(f"{where}: admin-only but no 403 response")
        if operation.get("x-dss-long-task"):
            success = next(r for s, r in operation["responses"].items() if s.startswith("2"))
            schema = success["content"]["application/json"]["schema"]
            if schema.get("$ref") != "#/components/schemas/FutureState" and not _typed_future_state(spec, schema):
                problems.append(f"{where}: a long task must answer a FutureState")
    assert not problems, "\n".join(problems)


def _typed_future_state(spec: dict[str, Any], schema: dict[str, Any]) -> bool:
    """A ``...FutureState`` component that declares every property of FutureState (its ``result`` typed)."""
    ref = str(schema.get("$ref", ""))
    if not ref.endswith("FutureState"):
        return False
    declared = set(resolve(spec, schema).get("properties", {}))
    return set(spec["components"]["schemas"]["FutureState"]["properties"]) <= declared


def test_path_parameters_match_the_templates(spec: dict[str, Any]) -> None:
    problems = []
    for path, method, operation, item in operations(spec):
        declared = {
            resolve(spec, p)["name"]
            for p in item.get("parameters", []) + operation.get("parameters", [])
            if resolve(spec, p)["in"] == "path"
        }
        in_template = set(re.findall(r"{(\w+)}", path))
        if declared != in_template:
            problems.append(f"{method.upper()} {path}: template has {in_template}, parameters {declared}")
    assert not problems, "\n".join(problems)


def test_multi_segment_path_parameters_are_named_marked_and_last(spec: dict[str, Any]) -> None:
    """A path parameter spans several URL segments exactly when its name ends in "Path" (the
    generated builders choose the encoding by name), it carries x-dss-multi-segment (what the
    emulator and other generators read), and it ends its template."""
    problems = []
    seen = 0
    for path, method, operation, item in operations(spec):
        last = path.rstrip("/").rsplit("/", 1)[-1]
        for raw in item.get("parameters", []) + operation.get("parameters", []):
            parameter = resolve(spec, raw)
            if parameter["in"] != "path":
                continue
            by_name = parameter["name"].endswith("Path")
            marked = parameter.get("x-dss-multi-segment") is True
            at_end = last == "{" + parameter["name"] + "}"
            seen += by_name
            if by_name != marked or (marked and not at_end):
                where = f"{method.upper()} {path}: path parameter {parameter['name']!r}"
                problems.append(f"{where}: name ends in Path={by_name}, x-dss-multi-segment={marked}, last={at_end}")
    assert not problems, "\n".join(problems)
    assert seen, "no multi-segment parameter left: drop this rule or the template's path_segments"


def test_every_parameter_is_described(spec: dict[str, Any]) -> None:
    problems = []
    for path, method, operation, item in operations(spec):
        for parameter in item.get("parameters", []) + operation.get("parameters", []):
            parameter = resolve(spec, parameter)
            if not parameter.get("description") or "schema" not in parameter:
                problems.append(f"{method.upper()} {path}: parameter {parameter['name']} lacks description or schema")
    assert not problems, "\n".join(problems)


def walk_schemas(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        if "type" in node or "properties" in node:
            yield where, node
        for key, value in node.items():
            yield from walk_schemas(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from walk_schemas(value, f"{where}[{index}]")


def multipart_forms(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """The schema of every multipart/form-data request body, resolved."""
    for path, method, operation, _ in operations(spec):
        content = operation.get("requestBody", {}).get("content", {})
        if "multipart/form-data" in content:
            yield f"{method.upper()} {path}", content["multipart/form-data"]["schema"]


def test_component_schemas_are_documented_and_open(spec: dict[str, Any]) -> None:
    """DSS returns more than anyone documents: every object must accept unknown properties
    (multipart forms excepted: a form declares its parts, see the next test).

    A map (``additionalProperties`` a schema: a flow graph's nodes by name) accepts any key
    too, its values being of that (open) schema.
    """
    forms = {form["$ref"].rsplit("/", 1)[-1] for _, form in multipart_forms(spec) if isinstance(form.get("$ref"), str)}
    problems = []
    for name, schema in spec["components"]["schemas"].items():
        for where, node in walk_schemas(schema, name):
            types = node.get("type")
            types = types if isinstance(types, list) else [types]
            if name in forms and where == name:
                continue
            extra = node.get("additionalProperties")
            if "object" in types and extra is not True and not isinstance(extra, dict):
                problems.append(f"{where}: object without additionalProperties: true (or a schema of map values)")
        for prop_name, prop in schema.get("properties", {}).items():
            if "$ref" not in prop and not prop.get("description"):
                problems.append(f"{name}.{prop_name}: no description")
        if not schema.get("description"):
            problems.append(f"{name}: no description")
    assert not problems, "\n".join(problems)


def references(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for value in node.values():
            yield from references(value)
    elif isinstance(node, list):
        for value in node:
            yield from references(value)


def test_every_component_is_used(spec: dict[str, Any]) -> None:
    used = set(references(spec))
    unused = [
        f"{kind}/{name}"
        for kind in ("schemas", "parameters", "responses")
        for name in spec["components"][kind]
        if f"#/components/{kind}/{name}" not in used
    ]
    assert not unused, f"unused components: {unused}"


def test_every_json_success_answer_has_an_example_that_fits_its_schema(spec: dict[str, Any]) -> None:
    """Other languages' generators and readers of the reference see what an answer looks like."""
    from jsonschema import Draft202012Validator
    from referencing import Registry
    from referencing.jsonschema import DRAFT202012

    registry: Registry[Any] = Registry().with_resource("urn:spec", DRAFT202012.create_resource(spec))
    problems = []
    for path, method, operation, _ in operations(spec):
        for status, response in operation["responses"].items():
            media = resolve(spec, response).get("content", {}).get("application/json")
            if not status.startswith("2") or media is None:
                continue
            where = f"{method.upper()} {path} {status}"
            if "example" not in media:
                problems.append(f"{where}: no example")
                continue
            schema = json.loads(json.dumps(media["schema"]).replace('"#/components', '"urn:spec#/components'))
            for error in Draft202012Validator(schema, registry=registry).iter_errors(media["example"]):
                problems.append(f"{where}: example does not fit its schema: {error.message}")
    assert not problems, "\n".join(problems)


def schema_objects(node: Any, where: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if isinstance(node, dict):
        if isinstance(node.get("properties"), dict):
            yield where, node["properties"]
        for key, value in node.items():
            yield from schema_objects(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from schema_objects(value, f"{where}[{index}]")


def test_no_property_names_that_break_other_generators(spec: dict[str, Any]) -> None:
    """Names that collide once a generator derives its own identifiers from them.

    openapi-generator's Go client gives an optional property ``x`` a method ``HasX()``, so
    a sibling property ``hasX`` (a field ``HasX``) stops the client from compiling unless the
    field is renamed: ``x-go-name`` on ``hasX`` (oapi-codegen, go-swagger) and an entry of
    ``info.x-dss-generator-name-mappings`` (openapi-generator's ``--name-mappings``) to a name
    that is not a property of the same object. Two properties differing only by case collide
    in case-insensitive languages.
    """
    mappings = spec["info"].get("x-dss-generator-name-mappings", {})
    problems = []
    for where, properties in schema_objects(spec, "#"):
        names = set(properties)
        for name in names:
            if name.startswith("has") and name[3:4].isupper() and name[3].lower() + name[4:] in names:
                go_name = properties[name].get("x-go-name", "")
                mapped = mappings.get(name, "")
                renamed = (
                    go_name
                    and go_name != "Has" + name[3:]
                    and mapped
                    and mapped not in names
                    and mapped[0].upper() + mapped[1:] == go_name
                )
                if not renamed:
                    problems.append(f"{where}: {name!r} next to {name[3].lower() + name[4:]!r}")
        lowered = [name.lower() for name in names]
        if len(set(lowered)) != len(lowered):
            problems.append(f"{where}: property names differing only by case: {sorted(names)}")
    assert not problems, "\n".join(problems)


def response_schemas(spec: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    for path, method, operation, _ in operations(spec):
        for status, response in operation["responses"].items():
            for media_type, media in resolve(spec, response).get("content", {}).items():
                if "schema" in media:
                    yield f"{method.upper()} {path} {status} {media_type}", media["schema"]


def closed_enums(spec: dict[str, Any], node: Any, where: str, seen: set[str]) -> Iterator[str]:
    """Every ``enum`` reachable from ``node``, following references (each component once)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            if ref not in seen:
                seen.add(ref)
                yield from closed_enums(spec, resolve(spec, node), ref, seen)
            return
        if "enum" in node:
            yield f"{where}: enum {node['enum']}"
        for key, value in node.items():
            if key not in ("example", "examples", "default", "x-extensible-enum"):
                yield from closed_enums(spec, value, f"{where}/{key}", seen)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from closed_enums(spec, value, f"{where}[{index}]", seen)


def test_answers_have_no_closed_enum(spec: dict[str, Any]) -> None:
    """A newer DSS adds values to its enumerations: generated Go and Java clients reject an
    answer whose value is not in a closed ``enum``, so answers list theirs in
    ``x-extensible-enum`` on a plain string."""
    seen: set[str] = set()
    problems = [
        problem for where, schema in response_schemas(spec) for problem in closed_enums(spec, schema, where, seen)
    ]
    assert not problems, "\n".join(problems)
    extensible = [node for _, node in walk_schemas(spec["components"], "#") if "x-extensible-enum" in node]
    assert extensible, "no x-extensible-enum left: drop this rule's second half"
    for node in extensible:
        assert node.get("type") in ("string", ["string", "null"]) and node["x-extensible-enum"], node


def test_closed_enum_detection_sees_through_references() -> None:
    tiny: dict[str, Any] = {
        "components": {"schemas": {"S": {"type": "object", "properties": {"k": {"type": "string", "enum": ["A"]}}}}}
    }
    found = list(closed_enums(tiny, {"$ref": "#/components/schemas/S"}, "answer", set()))
    assert found == ["#/components/schemas/S/properties/k: enum ['A']"]


def test_no_schema_is_named_after_an_operation_plus_request(spec: dict[str, Any]) -> None:
    """typescript-fetch names each operation's parameter type ``<OperationId>Request``."""
    operation_ids = {operation["operationId"].lower() for _, _, operation, _ in operations(spec)}
    clashes = [
        name
        for name in spec["components"]["schemas"]
        if name.endswith("Request") and name.removesuffix("Request").lower() in operation_ids
    ]
    assert not clashes, clashes


def test_multipart_forms_declare_no_additional_properties(spec: dict[str, Any]) -> None:
    forms = list(multipart_forms(spec))
    assert forms
    problems = [where for where, form in forms if "additionalProperties" in resolve(spec, form)]
    assert not problems, problems


def test_future_result_is_a_declared_property(spec: dict[str, Any]) -> None:
    future = spec["components"]["schemas"]["FutureState"]
    assert "result" in future["properties"] and "hasResult" in future["properties"]
    assert "patternProperties" not in future
    assert future["properties"]["hasResult"]["x-go-name"] == "ResultReady"
    assert spec["info"]["x-dss-generator-name-mappings"]["hasResult"] == "resultReady"


def test_generated_layer_and_emulator_copy_match_the_spec() -> None:
    """CI fails on drift: generated/ must be what the pinned generator makes of the spec."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate.py"), "--check"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
