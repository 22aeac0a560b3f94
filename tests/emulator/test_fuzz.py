"""Spec-driven fuzzing of the emulator (schemathesis): every operation, valid and invalid requests.

For every answer: no server error (5xx, the 501 of an operation not emulated yet excepted),
nothing that violates the spec (status, content type, body), a DSS-style error body on every
4xx, and every schema-invalid request refused.

One of schemathesis's checks is left out: "positive data acceptance" expects every
schema-valid request to succeed, but DSS refuses some for reasons no schema states (a body
naming another object than its path, an owner who is not a user, a duplicate key).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
import yaml
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import allow_header_conformance, positive_data_acceptance, unsupported_method

from dssclient.emulator import Emulator, EmulatorConfig
from dssclient.emulator.models.managed_folders import ManagedFolders

SPEC = Path(__file__).resolve().parents[2] / "spec" / "dss-public-api.yaml"
KEY = "fuzz-admin-key"

schema = schemathesis.openapi.from_path(str(SPEC))
# A URL of a path that overlaps another (x-dss-ambiguous-with) reaches both: DSS's 405, like
# Spring's, allows the methods of every path the URL matches, not of one path item only, and a
# method of the other path is no 405 but that path's operation.
OVERLAPPING = {
    template for template, item in yaml.safe_load(SPEC.read_text())["paths"].items() if item.get("x-dss-ambiguous-with")
}


@pytest.fixture(scope="module")
def emulator() -> Iterator[Emulator]:
    with Emulator(EmulatorConfig(admin_api_key=KEY, build_seconds=0.01, scoring_libs_size=4096)) as started:
        # Something to find: a project with a dataset, under the keys the spec's examples use.
        started.state.create_project("SALES", "Sales", "admin")
        started.state.create_dataset(
            started.state.projects["SALES"], {"projectKey": "SALES", "name": "customers", "type": "Inline"}, "admin"
        )
        # A managed folder with a file, under the identifier of the spec's examples (issue 18).
        folders = started.state.extension(ManagedFolders)
        folder = folders.create(started.workdir, "SALES", {"name": "reports"}, "admin", 1_700_000_000_000)
        folders.folders["SALES"]["Xy7Pq2Rs"] = folders.folders["SALES"].pop(folder.id)
        folder.definition["id"] = "Xy7Pq2Rs"
        (folder.directory / "2024").mkdir()
        (folder.directory / "2024" / "report.csv").write_bytes(b"a,b\n1,2\n")
        yield started


def dss_error_body(response: Any) -> dict[str, Any]:
    body = json.loads(response.content)
    assert isinstance(body, dict) and {"errorType", "message", "detailedMessage"} <= set(body), body
    return body


@schema.parametrize()
# Three examples per operation (valid and invalid ones): with 600-odd operations the fuzzing was the
# suite's largest cost (ten examples: a third of it), and the README's test command has a ten-minute
# budget on two cores.
@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
def test_every_operation_answers_within_the_spec(case: Any, emulator: Emulator) -> None:
    # The API node's admin API has its own base path (issue 19).
    admin_api = case.operation.definition.raw.get("x-dss-api-node") == "admin"
    base_url = emulator.url + ("/admin/api" if admin_api else "/public/api")
    response = case.call(base_url=base_url, headers={"Authorization": f"Bearer {KEY}"})
    status = response.status_code
    if status == 501:
        assert dss_error_body(response)["errorType"] == "dssclient.emulator.NotImplemented"
        return
    assert status < 500, f"{case.method} {case.path}: {status} {response.content[:500]!r}"
    if 400 <= status < 500:
        dss_error_body(response)
    overlapping = [allow_header_conformance, unsupported_method] if case.path in OVERLAPPING else []
    excluded = [positive_data_acceptance, *overlapping]
    case.validate_response(response, excluded_checks=excluded)
