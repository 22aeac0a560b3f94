"""The official client is our conformance oracle.

Each scenario below is ordinary automation code, written once against the
dataikuapi API. It runs twice, on two identical emulators in strict mode
(unknown query parameters and malformed bodies refused, answers validated):
once with the official ``dataikuapi.DSSClient``, once with
``dssclient.DSSClient``. Then:

1. the official client met no refusal it did not ask for: the spec accepts
   every request real DSS accepts from it (a spec gap fails here);
2. both runs observed the same results: a script ports by changing its import;
3. both clients sent equivalent requests (same operations, same query and
   body once DSS's equivalences are applied: booleans case-insensitive, null
   same as absent, an explicit default same as none).
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import Any

import pytest

import tests.conformance
from tests.conformance.framework import (
    EMULATOR_SETTINGS,
    OFFICIAL,
    OURS,
    SCENARIOS,
    Scenario,
    comparable,
    counting_clock,
    equivalent_requests,
    run_with,
)

# Every scenarios_*.py module of this package registers its scenarios when imported.
for _module in pkgutil.iter_modules(tests.conformance.__path__):
    if _module.name.startswith("scenarios_"):
        importlib.import_module(f"tests.conformance.{_module.name}")


# Both clients warn alike when a scenario uses a method DSS deprecates (get_definition, ...).
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize("scenario_", SCENARIOS, ids=repr)
def test_official_client_conforms_and_dssclient_matches_it(scenario_: Scenario, dss_emulator_factory: Any) -> None:
    # Each emulator gets its own clock from the same start, so that timestamps stored in the
    # objects both clients read back and save are equal in the two runs.
    settings = {**EMULATOR_SETTINGS, **dict(scenario_.emulator)}
    official_emulator = dss_emulator_factory(**settings, clock=counting_clock())
    our_emulator = dss_emulator_factory(**settings, clock=counting_clock())
    assert official_emulator.config.strict and our_emulator.config.strict

    official_result = run_with(OFFICIAL, scenario_, official_emulator)
    refused = {(e.operation_id, e.status) for e in official_emulator.request_log if e.status >= 400}
    unexpected = refused - scenario_.expected_refusals
    details = [f"{e.method} {e.path} {e.query} -> {e.status}" for e in official_emulator.request_log if e.status >= 400]
    assert not unexpected, "the emulator refused what the official client sent:\n" + "\n".join(details)

    our_result = run_with(OURS, scenario_, our_emulator)
    assert comparable(our_result) == comparable(official_result)
    without = scenario_.our_extra_reads
    assert equivalent_requests(our_emulator, without) == equivalent_requests(official_emulator, without)
