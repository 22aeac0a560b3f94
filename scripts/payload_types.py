"""Write dssclient/payloads.py, the TypedDicts of the spec's payloads, from the bundled spec.

Called by scripts/generate.py after bundling (the module is committed and drift-checked with the
rest). One small generator of our own rather than a template of openapi-python-client: that
generator builds attrs models, and its internal model of a schema drops what TypedDicts need
(nullability kept apart from optionality, open enums, keys that are not identifiers); reading the
bundle directly takes a hundred lines and depends on no generator internals.

What the spec says, and what the module makes of it:

* a component schema with properties → a TypedDict of that name; an inline object with properties
  → a TypedDict named after its owner (``<Owner><Property>``, ``<Owner>Item`` for array items);
  the inline object answered by an operation → ``<OperationId>Response`` (``...ResponseItem`` for
  the items of an answered array);
* a key not in ``required`` → ``NotRequired``; ``type: [..., 'null']`` and ``oneOf``/``anyOf``
  with ``type: 'null'`` → ``... | None``; ``oneOf``/``anyOf`` → a union;
* ``additionalProperties: {schema}`` without properties → ``dict[str, T]``; an object without
  properties (free-form) → ``dict[str, Any]``; arrays → ``list[T]``;
* an enum in a schema that an answer reaches → ``Literal[...] | str``: DSS adds values in new
  versions, and a closed Literal would make correct code fail the checkers on a newer DSS; an enum
  only ever sent (request bodies) → ``Literal[...]``, as the emulator refuses other values too;
* every TypedDict is open (PEP 728 ``extra_items=Any``): DSS payloads carry keys the spec does not
  list, and settings are sent back whole. Keys that are not identifiers, or are keywords, use the
  functional form.
"""

from __future__ import annotations

import json
import keyword
import re
from typing import Any

HEADER = '''"""TypedDicts of the DSS public API's payloads, generated from the spec: do not edit.

Written by scripts/generate.py (scripts/payload_types.py) from spec/dss-public-api.yaml.

The payloads themselves stay the plain dicts DSS sent: these types exist for type checkers and
IDEs. The handles import this module under ``if TYPE_CHECKING:`` only, so it costs nothing at run
time; it imports fine at run time too (for annotations evaluated at run time), with
typing_extensions when installed and without it otherwise (the TypedDicts are then plain
``typing`` TypedDicts, closed to no one at run time anyway).

Every TypedDict is open to keys the spec does not list (PEP 728 ``extra_items=Any``): pyright
reads an undeclared key as ``Any``; mypy does not implement PEP 728 yet and refuses an
undeclared key: reach one with ``payload.get("key")`` (``object``) or through
``cast("dict[str, Any]", payload)["key"]``.
"""

# ruff: noqa: E501

from typing import TYPE_CHECKING, Any, Literal, NotRequired, TypeAlias

if TYPE_CHECKING:
    from typing_extensions import TypedDict
else:
    try:
        from typing_extensions import TypedDict
    except ImportError:  # plain typing takes no PEP 728 keyword: plain dict classes then, as good at run time
        class _Open(dict):
            def __init_subclass__(cls, **pep728):
                super().__init_subclass__()

        def TypedDict(typename, fields, /, **pep728):  # noqa: N802
            return type(typename, (_Open,), {"__annotations__": dict(fields)})

        TypedDict.__mro_entries__ = lambda bases: (_Open,)

'''

_OBJECT_MARKERS = ("properties", "patternProperties")


class PayloadTypesError(Exception):
    """The spec has a schema the generator cannot turn into a type."""


def _pascal(text: str) -> str:
    parts = re.split(r"[^0-9A-Za-z]+", text)
    return "".join(part[:1].upper() + part[1:] for part in parts if part)


def _properties(schema: dict[str, Any]) -> dict[str, Any]:
    props = dict(schema.get("properties") or {})
    # `^name$` patterns are properties under another form (FutureState.result).
    for pattern, sub in (schema.get("patternProperties") or {}).items():
        exact = re.fullmatch(r"\^([A-Za-z_][A-Za-z0-9_]*)\$", pattern)
        if exact is None:
            raise PayloadTypesError(f"patternProperties {pattern!r} is not an exact key")
        props.setdefault(exact.group(1), sub)
    return props


def _comment(text: str | None, indent: str) -> list[str]:
    if not text:
        return []
    lines = " ".join(text.split())
    return [f"{indent}# {chunk}" for chunk in _wrap(lines, 110 - len(indent))]


def _wrap(text: str, width: int) -> list[str]:
    out: list[str] = []
    line = ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        out.append(line)
    return out


class _Generator:
    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
        self.classes: dict[str, list[str]] = {}  # name → source lines
        self.aliases: dict[str, tuple[str, set[str]]] = {}  # name → (type, names it uses)
        self.open_schemas = self._answered_components()

    # Which component schemas an answer reaches: their enums are open.
    def _answered_components(self) -> set[str]:
        reached: set[str] = set()
        pending: list[Any] = []
        for item in self.document.get("paths", {}).values():
            for operation in item.values():
                if isinstance(operation, dict):
                    for response in (operation.get("responses") or {}).values():
                        pending.append(response)
        while pending:
            node = pending.pop()
            if isinstance(node, dict):
                ref = node.get("$ref")
                if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
                    name = ref.rsplit("/", 1)[1]
                    if name not in reached:
                        reached.add(name)
                        pending.append(self.schemas[name])
                pending.extend(node.values())
            elif isinstance(node, list):
                pending.extend(node)
        return reached

    def type_of(self, schema: Any, name: str, open_enums: bool, uses: set[str]) -> str:
        """The annotation of ``schema``; ``name`` names the TypedDict an inline object becomes."""
        if schema is True or schema == {}:
            return "Any"
        if not isinstance(schema, dict):
            raise PayloadTypesError(f"{name}: not a schema: {schema!r}")
        if "$ref" in schema:
            target = schema["$ref"].rsplit("/", 1)[1]
            if target not in self.schemas:
                raise PayloadTypesError(f"{name}: unknown $ref {schema['$ref']}")
            uses.add(target)
            kinds = self.schemas[target].get("type")
            # A nullable component's TypedDict is its object part; the use site adds None.
            return f"{target} | None" if isinstance(kinds, list) and "null" in kinds else target
        for combiner in ("oneOf", "anyOf"):
            if combiner in schema:
                members = [
                    self.type_of(sub, f"{name}{index}" if index else name, open_enums, uses)
                    for index, sub in enumerate(schema[combiner])
                ]
                return _union(members)
        if "allOf" in schema:
            if len(schema["allOf"]) != 1:
                raise PayloadTypesError(f"{name}: allOf of several schemas is not supported")
            return self.type_of(schema["allOf"][0], name, open_enums, uses)
        declared = schema.get("type")
        kinds = declared if isinstance(declared, list) else [declared] if declared else []
        if not kinds:
            kinds = ["object"] if any(k in schema for k in _OBJECT_MARKERS) else []
        if not kinds:
            return "Any"
        return _union([self._single(kind, schema, name, open_enums, uses) for kind in kinds])

    def _single(self, kind: str, schema: dict[str, Any], name: str, open_enums: bool, uses: set[str]) -> str:
        if kind == "null":
            return "None"
        if kind == "string" or kind == "integer" or kind == "number" or kind == "boolean":
            base = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}[kind]
            values = [v for v in schema.get("enum") or [] if v is not None]
            if values:
                literal = "Literal[" + ", ".join(json.dumps(v) for v in values) + "]"
                return f"{literal} | {base}" if open_enums else literal
            return base
        if kind == "array":
            items = schema.get("items")
            if items is None:
                return "list[Any]"
            return f"list[{self.type_of(items, name + 'Item', open_enums, uses)}]"
        if kind == "object":
            if _properties(schema):
                self.typed_dict(name, schema, open_enums)
                uses.add(name)
                return name
            extra = schema.get("additionalProperties", True)
            if isinstance(extra, dict) and extra:
                return f"dict[str, {self.type_of(extra, name + 'Value', open_enums, uses)}]"
            return "dict[str, Any]"
        raise PayloadTypesError(f"{name}: unknown type {kind!r}")

    def typed_dict(self, name: str, schema: dict[str, Any], open_enums: bool) -> None:
        if name in self.classes:
            return
        if name.endswith("Request") and name not in self.schemas:
            raise PayloadTypesError(f"{name}: an inline type's name must not end with Request")
        self.classes[name] = []  # reserved: a recursive reference stops here
        required = set(schema.get("required") or [])
        fields: list[tuple[str, str, str | None]] = []
        for key, sub in _properties(schema).items():
            annotation = self.type_of(sub, name + _pascal(key), open_enums, set())
            annotation = _runtime(annotation)
            if key not in required:
                annotation = f"NotRequired[{annotation}]"
            description = sub.get("description") if isinstance(sub, dict) else None
            fields.append((key, annotation, description))
        doc = _wrap(" ".join((schema.get("description") or name).split()).replace("\\", "\\\\"), 108)
        plain = [field for field in fields if field[0].isidentifier() and not keyword.iskeyword(field[0])]
        odd = [field for field in fields if field not in plain]
        lines = []
        base = "TypedDict"
        if odd:
            # Keys that are not identifiers (or are keywords) need the functional form, which mypy
            # cannot combine with extra_items: they go in a base that the open class extends.
            base = f"_{name}Keys"
            lines.append(f"{base} = TypedDict(")
            lines.append(f"    {json.dumps(base)},")
            lines.append("    {")
            for key, annotation, description in odd:
                lines += _comment(description, "        ")
                lines.append(f"        {json.dumps(key)}: {annotation},")
            lines.append("    },")
            lines.append(")")
            lines.append("")
            lines.append("")
        lines.append(f"class {name}({base}, extra_items=Any):")
        if len(doc) == 1:
            lines.append(f'    """{doc[0]}"""')
        else:
            lines += [f'    """{doc[0]}', *(f"    {line}" for line in doc[1:]), '    """']
        for key, annotation, description in plain:
            lines += _comment(description, "    ")
            lines.append(f"    {key}: {annotation}")
        self.classes[name] = lines

    def run(self) -> str:
        for name, schema in self.schemas.items():
            open_enums = name in self.open_schemas
            uses: set[str] = set()
            annotation = self.type_of(schema, name, open_enums, uses)
            if name in _split_union(annotation):
                if set(_split_union(annotation)) - {name, "None"}:
                    raise PayloadTypesError(f"{name}: an object that may be something else than null")
            else:
                self.aliases[name] = (annotation, uses)
        for item in self.document.get("paths", {}).values():
            for operation in item.values():
                if not isinstance(operation, dict) or "operationId" not in operation:
                    continue
                for status, response in (operation.get("responses") or {}).items():
                    if not str(status).startswith("2"):
                        continue
                    schema = (response.get("content") or {}).get("application/json", {}).get("schema")
                    if schema is None or "$ref" in schema:
                        continue
                    self.type_of(schema, _pascal(operation["operationId"]) + "Response", True, set())
        out = [HEADER]
        for name in sorted(self.classes):
            out.append("\n".join(self.classes[name]) + "\n\n")
        # Aliases are evaluated at run time: each after the aliases it uses.
        done: set[str] = set()

        def emit(alias: str) -> None:
            if alias in done:
                return
            done.add(alias)
            annotation, uses = self.aliases[alias]
            for used in sorted(uses):
                if used in self.aliases:
                    emit(used)
            description = self.schemas[alias].get("description") if alias in self.schemas else None
            out.append("\n".join([*_comment(description, ""), f"{alias}: TypeAlias = {annotation}"]) + "\n\n")

        for alias in sorted(self.aliases):
            emit(alias)
        names = sorted([*self.classes, *self.aliases])
        out.append("__all__ = [\n" + "".join(f'    "{n}",\n' for n in names) + "]\n")
        return "".join(out)


_BUILTIN_NAMES = {"Any", "Literal", "None", "str", "int", "float", "bool", "list", "dict"}


def _runtime(annotation: str) -> str:
    """``annotation``, quoted if it names a generated type: annotations are evaluated at import
    (so that ``NotRequired`` reaches ``__optional_keys__``), and types refer to each other in any order."""
    unquoted = re.sub(r'"[^"]*"', "", annotation)
    if set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", unquoted)) <= _BUILTIN_NAMES:
        return annotation
    return "'" + annotation + "'" if '"' in annotation else '"' + annotation + '"'


def _union(members: list[str]) -> str:
    seen: list[str] = []
    for member in members:
        for part in _split_union(member):
            if part not in seen:
                seen.append(part)
    if "Any" in seen:
        return "Any"
    if "None" in seen:  # None last, as people write it
        seen.remove("None")
        seen.append("None")
    return " | ".join(seen)


def _split_union(annotation: str) -> list[str]:
    parts: list[str] = []
    depth = 0
    current = ""
    for char in annotation:
        if char == "[":
            depth += 1
        elif char == "]":
            depth -= 1
        if char == "|" and depth == 0:
            parts.append(current.strip())
            current = ""
        else:
            current += char
    parts.append(current.strip())
    return parts


def payloads_module(document: dict[str, Any]) -> str:
    """The source of dssclient/payloads.py for the bundled ``document`` (before formatting)."""
    return _Generator(document).run()
