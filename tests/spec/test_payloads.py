"""dssclient/payloads.py: the spec's payloads as TypedDicts, for type checkers only.

Its drift from the spec is checked with the rest by `scripts/generate.py --check` (test_spec.py).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from payload_types import PayloadTypesError, payloads_module  # noqa: E402

sys.path.pop(0)


def run_python(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout


def test_import_dssclient_and_using_handles_never_loads_the_payload_types() -> None:
    code = (
        "import sys, dssclient;"
        "from dssclient import DSSClient, AsyncDSSClient;"
        "import dssclient.dss.project, dssclient.dss.dataset, dssclient.aio.dss.project, dssclient.aio.dss.dataset;"
        "DSSClient('http://dss.test', 'k').get_project('P').get_dataset('d');"
        "print('dssclient.payloads' in sys.modules, 'typing_extensions' in sys.modules)"
    )
    assert run_python(code).split()[0] == "False"


def test_the_payload_types_import_at_run_time_with_their_optional_keys() -> None:
    from dssclient import payloads

    assert payloads.FutureState.__optional_keys__ >= {"result", "hasResult", "alive"}
    assert "name" in payloads.Dataset.__required_keys__
    assert "description" in payloads.Dataset.__optional_keys__
    # A key that is a Python keyword is declared through the functional form, in a base.
    assert "def" in payloads.JobListItem.__optional_keys__
    # Payloads stay plain dicts: a TypedDict builds a dict.
    assert type(payloads.SchemaColumn(name="id", type="bigint")) is dict


def test_the_payload_types_import_without_typing_extensions() -> None:
    code = (
        "import sys; sys.modules['typing_extensions'] = None;"
        "from dssclient import payloads;"
        "print(sorted(payloads.Dataset.__annotations__)[:2], issubclass(payloads.JobListItem, dict))"
    )
    assert run_python(code).strip() == "['creationTag', 'customFields'] True"


def test_every_component_schema_has_its_type() -> None:
    from dssclient import payloads

    spec = yaml.safe_load((ROOT / "spec" / "dss-public-api.yaml").read_text(encoding="utf-8"))
    missing = [name for name in spec["components"]["schemas"] if name not in payloads.__all__]
    assert not missing


def document(schemas: dict[str, Any], answer: dict[str, Any] | None = None) -> dict[str, Any]:
    responses = {"200": {"content": {"application/json": {"schema": answer or {"$ref": "#/components/schemas/Out"}}}}}
    return {
        "paths": {"/x": {"get": {"operationId": "getThing", "responses": responses}}},
        "components": {"schemas": schemas},
    }


def test_schemas_become_open_typeddicts_keyed_as_dss_keys_them() -> None:
    source = payloads_module(
        document(
            {
                "Out": {
                    "type": "object",
                    "required": ["projectKey"],
                    "properties": {
                        "projectKey": {"type": "string"},
                        "label": {"type": ["string", "null"]},
                        "state": {"type": "string", "enum": ["A", "B"]},
                        "tags": {"type": "array", "items": {"type": "string"}},
                        "byName": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/In"}},
                        "free": {"type": "object", "additionalProperties": True},
                        "either": {"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "null"}]},
                        "nested": {"type": "object", "properties": {"class": {"type": "boolean"}}},
                    },
                },
                "In": {"type": "object", "properties": {"mode": {"type": "string", "enum": ["X", "Y"]}}},
                "SentOnly": {"type": "object", "properties": {"mode": {"type": "string", "enum": ["X", "Y"]}}},
            }
        )
    )
    assert "class Out(TypedDict, extra_items=Any):" in source
    assert "    projectKey: str\n" in source
    assert "    label: NotRequired[str | None]\n" in source
    # Enums of answers are open (DSS adds values); enums only ever sent are closed.
    assert '    state: NotRequired[Literal["A", "B"] | str]\n' in source
    answered_in = 'class In(TypedDict, extra_items=Any):\n    """In"""\n    mode: NotRequired[Literal["X", "Y"] | str]'
    assert answered_in in source
    assert '    mode: NotRequired[Literal["X", "Y"]]\n' in source
    assert "    tags: NotRequired[list[str]]\n" in source
    assert '    byName: NotRequired["dict[str, In]"]\n' in source
    assert "    free: NotRequired[dict[str, Any]]\n" in source
    assert "    either: NotRequired[str | int | None]\n" in source
    assert '    nested: NotRequired["OutNested"]\n' in source
    assert '_OutNestedKeys = TypedDict(\n    "_OutNestedKeys",\n    {\n        "class": NotRequired[bool],' in source
    assert "class OutNested(_OutNestedKeys, extra_items=Any):" in source


def test_an_inline_answer_is_named_after_its_operation() -> None:
    answer = {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}}}}
    source = payloads_module(document({"Out": {"type": "object"}}, answer))
    assert "class GetThingResponseItem(TypedDict, extra_items=Any):" in source
    assert "Out: TypeAlias = dict[str, Any]" in source


def test_a_schema_the_generator_cannot_type_is_refused() -> None:
    with pytest.raises(PayloadTypesError, match="allOf"):
        payloads_module(document({"Out": {"allOf": [{"type": "object"}, {"type": "object"}]}}))
