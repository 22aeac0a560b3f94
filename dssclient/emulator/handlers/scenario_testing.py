"""Test scenarios: a project's testing status, and JUnit XML reports of the runs of test scenarios."""

from __future__ import annotations

from collections import Counter
from typing import Any
from xml.sax.saxutils import quoteattr

from ..automation.access import READ, RUN_SCENARIOS, project_for
from ..automation.scenarios import ScenarioRun, ScenariosModel, find_run
from ..context import BinaryReply, RequestContext
from ..errors import bad_request, not_found
from ._registry import handles

XML_MEDIA_TYPE = "application/xml"


@handles("getTestingStatus")
def get_testing_status(ctx: RequestContext) -> dict[str, Any]:
    if ctx.query.get("bundleId") is not None:
        # Which bundle was active during each run is not tracked: refused rather than ignored.
        raise bad_request("The emulator does not know which bundle was active during a run: omit bundleId")
    state = ctx.services.state
    with state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ, RUN_SCENARIOS)
        outcomes: Counter[str] = Counter()
        for scenario in state.extension(ScenariosModel).of(project.key).values():
            if scenario.settings.get("markedAsTest") is not True:
                continue
            finished = [run for run in scenario.runs if run.outcome is not None]
            if finished:
                outcomes[str(finished[-1].outcome)] += 1
        return {"nbTotalRanScenarios": sum(outcomes.values()), "nbScenariosPerOutcome": dict(outcomes)}


def _test_run(ctx: RequestContext) -> ScenarioRun:
    state = ctx.services.state
    project = project_for(ctx, ctx.path["projectKey"], READ, RUN_SCENARIOS)
    scenario = state.extension(ScenariosModel).get(project.key, ctx.path["scenarioId"])
    run = find_run(scenario, ctx.path["runId"])
    if run.scenario.get("markedAsTest") is not True:
        raise bad_request(f"Scenario {scenario.id} was not a test scenario when run {run.run_id} was performed")
    return run


def _field(step_run: dict[str, Any], key: str) -> dict[str, Any]:
    found: dict[str, Any] = step_run.get(key) or {}
    return found


def _testcase(step_run: dict[str, Any]) -> str:
    step: dict[str, Any] = step_run.get("step") or {}
    result: dict[str, Any] = step_run.get("result") or {}
    outcome = str(result.get("outcome") or "RUNNING")
    seconds = max(int(step_run.get("end") or 0) - int(step_run.get("start") or 0), 0) / 1000
    body = ""
    if outcome in ("FAILED", "ABORTED"):
        thrown: dict[str, Any] = result.get("thrown") or {}
        message = str(thrown.get("message") or outcome)
        body = f"<failure message={quoteattr(message)} type={quoteattr(str(thrown.get('clazz') or outcome))}/>"
    name = quoteattr(str(step.get("name") or step.get("id")))
    return f'<testcase name={name} classname={quoteattr(str(step.get("id")))} time="{seconds}">{body}</testcase>'


def _report(run: ScenarioRun, step_runs: list[dict[str, Any]]) -> BinaryReply:
    failures = sum(1 for s in step_runs if _field(s, "result").get("outcome") in ("FAILED", "ABORTED"))
    name = quoteattr(str(run.scenario.get("name") or run.scenario.get("id")))
    cases = "".join(_testcase(step_run) for step_run in step_runs)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<testsuites><testsuite name={name} tests="{len(step_runs)}" failures="{failures}">{cases}</testsuite>'
        "</testsuites>"
    ).encode()
    return BinaryReply(media_type=XML_MEDIA_TYPE, length=len(content), chunks=lambda: iter([content]))


@handles("getScenarioRunReport")
def get_scenario_run_report(ctx: RequestContext) -> BinaryReply:
    with ctx.services.state.lock:
        run = _test_run(ctx)
        return _report(run, list(run.step_runs))


@handles("getStepRunReport")
def get_step_run_report(ctx: RequestContext) -> BinaryReply:
    with ctx.services.state.lock:
        run = _test_run(ctx)
        step_runs = [s for s in run.step_runs if _field(s, "step").get("id") == ctx.query["stepId"]]
        if not step_runs:
            raise not_found(f"Step {ctx.query['stepId']} did not run in run {run.run_id}")
        return _report(run, step_runs)
