"""A ratchet on how precisely the spec describes its payloads (scripts/spec_stats.py).

Raise the constants when the spec gains precision; never lower them to let a change through.
Before issue 16: 915 declared properties, 134 of 355 object schemas without properties.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
# The figures of the bundle as last enriched. 1881 before the merge of main, 1866 after: inline
# copies of one object (a deployment's or an infrastructure's basic info, a plugin preset, a metric
# value...) became references to main's shared components, so each property counts once; a cluster's
# plugin `data` became a free-form map (its handle returns a plain dict).
MIN_DECLARED_PROPERTIES = 1866
MAX_OBJECTS_WITHOUT_PROPERTIES = 1  # Acknowledgement: DSS documents nothing of it


@pytest.fixture(scope="module")
def spec_stats() -> ModuleType:
    spec = importlib.util.spec_from_file_location("spec_stats", ROOT / "scripts" / "spec_stats.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["spec_stats"] = module
    spec.loader.exec_module(module)
    return module


def test_the_spec_declares_at_least_the_ratcheted_properties(spec_stats: ModuleType) -> None:
    stats = spec_stats.measure(yaml.safe_load(spec_stats.SPEC.read_text(encoding="utf-8")))
    assert stats.properties >= MIN_DECLARED_PROPERTIES, (
        f"{stats.properties} declared properties, fewer than the ratchet's {MIN_DECLARED_PROPERTIES}"
    )
    assert len(stats.empty) <= MAX_OBJECTS_WITHOUT_PROPERTIES, (
        f"{len(stats.empty)} object schemas declare no property (at most {MAX_OBJECTS_WITHOUT_PROPERTIES}): "
        + ", ".join(stats.empty)
    )


def test_the_measure_counts_what_its_documentation_says(spec_stats: ModuleType) -> None:
    tiny: dict[str, Any] = {
        "paths": {
            "/x": {
                "post": {
                    "requestBody": {"content": {"application/json": {"schema": {"type": "object"}}}},
                    "responses": {
                        "200": {
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {
                                            "a": {"type": "string"},
                                            "b": {"$ref": "#/components/schemas/S"},
                                        },
                                    }
                                }
                            }
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "S": {
                    "type": ["object", "null"],
                    "properties": {
                        "open": {"type": "object", "additionalProperties": True},
                        "map": {"type": "object", "additionalProperties": {"type": "string"}},
                        "free": {"type": "object", "additionalProperties": {}},
                        "list": {"type": "array", "items": {"type": "object", "properties": {"c": {}}}},
                    },
                }
            }
        },
    }
    stats = spec_stats.measure(tiny)
    # S (4) + its list items (1) + the inline answer (2); the $ref is not a schema of its own.
    assert stats.properties == 7
    assert stats.object_schemas == 7
    assert sorted(stats.empty) == ["POST /x body application/json", "S.open"]
    assert stats.free_form_maps == ["S.free"]
