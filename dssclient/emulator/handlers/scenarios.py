"""Scenarios: settings and script, runs through the manual trigger, and what runs left."""

from __future__ import annotations

import copy
import datetime
from typing import Any

from dssclient._json import is_object

from ..automation.access import READ, RUN_SCENARIOS, WRITE, project_for, require_code_rights
from ..automation.scenarios import (
    CUSTOM_PYTHON,
    LIGHT_FIELDS,
    STEP_BASED,
    Scenario,
    ScenariosModel,
    check_scenario_type,
    code_of,
    find_run,
    fire_manual_trigger,
    run_details,
    save_settings,
)
from ..automation.scenarios import create_scenario as create
from ..context import BinaryReply, RequestContext
from ..errors import bad_request, not_found
from ..state import Project
from ._common import refuse_rename
from ._registry import handles

# How long abortScenario waits for the run to stop, so that a read right after sees it aborted.
ABORT_GRACE_SECONDS = 5.0


def _scenario_for(ctx: RequestContext, *needed: str) -> tuple[Project, Scenario]:
    project = project_for(ctx, ctx.path["projectKey"], *needed)
    return project, ctx.services.state.extension(ScenariosModel).get(project.key, ctx.path["scenarioId"])


@handles("listScenarios")
def list_scenarios(ctx: RequestContext) -> list[dict[str, Any]]:
    state = ctx.services.state
    with state.lock:
        project = project_for(ctx, ctx.path["projectKey"], READ, RUN_SCENARIOS)
        now = state.clock()
        return [scenario.summary(now) for scenario in state.extension(ScenariosModel).of(project.key).values()]


@handles("createScenario")
def create_scenario(ctx: RequestContext) -> dict[str, Any]:
    check_scenario_type(ctx.body_fields)
    state = ctx.services.state
    with state.lock:
        project = project_for(ctx, ctx.path["projectKey"], WRITE)
        if ctx.body_fields.get("type") == CUSTOM_PYTHON or code_of(ctx.body_fields):
            require_code_rights(ctx.user, "write the code of a scenario")
        scenario = create(state.extension(ScenariosModel), project, ctx.body, ctx.user.login, state.clock())
        return copy.deepcopy(scenario.settings)


@handles("getScenario")
def get_scenario(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        return copy.deepcopy(_scenario_for(ctx, READ, RUN_SCENARIOS)[1].settings)


@handles("saveScenario")
def save_scenario(ctx: RequestContext) -> dict[str, Any]:
    refuse_rename("scenario", "id", ctx.path["scenarioId"], ctx.body_fields)
    refuse_rename("scenario", "projectKey", ctx.path["projectKey"], ctx.body_fields)
    state = ctx.services.state
    with state.lock:
        _, scenario = _scenario_for(ctx, WRITE)
        if ctx.body_fields.get("type") not in (None, scenario.settings.get("type")):
            raise bad_request("A scenario's type cannot change")
        body = dict(ctx.body)
        body.setdefault("id", scenario.id)
        body.setdefault("projectKey", ctx.path["projectKey"])
        body.setdefault("type", scenario.settings.get("type"))
        # Saving the code a scenario already has is not writing code; adding or changing it is.
        if code_of(body) != code_of(scenario.settings):
            require_code_rights(ctx.user, "write the code of a scenario")
        save_settings(scenario, body, ctx.user.login, state.clock())
    return {}


@handles("deleteScenario")
def delete_scenario(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        project, scenario = _scenario_for(ctx, WRITE)
        del state.extension(ScenariosModel).of(project.key)[scenario.id]
        current = scenario.current_run()
    if current is not None and current.future is not None:
        current.future.request_abort()
        current.future.wait(ABORT_GRACE_SECONDS)
    return {"msg": f"Deleted scenario {project.key}.{scenario.id}"}


@handles("getScenarioPayload")
def get_scenario_payload(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        _, scenario = _scenario_for(ctx, READ, RUN_SCENARIOS)
        return {"script": scenario.script, "extension": "py"}


@handles("saveScenarioPayload")
def save_scenario_payload(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        _, scenario = _scenario_for(ctx, WRITE)
        if scenario.settings.get("type") == STEP_BASED:
            raise bad_request(f"Scenario {scenario.id} is step-based: it has no script")
        require_code_rights(ctx.user, "write the script of a scenario")
        scenario.script = str(ctx.body_fields.get("script") or "")
    return {}


@handles("getScenarioStatus")
def get_scenario_status(ctx: RequestContext) -> dict[str, Any]:
    state = ctx.services.state
    with state.lock:
        return _scenario_for(ctx, READ, RUN_SCENARIOS)[1].summary(state.clock())


@handles("saveScenarioStatus")
def save_scenario_status(ctx: RequestContext) -> dict[str, Any]:
    refuse_rename("scenario", "id", ctx.path["scenarioId"], ctx.body_fields)
    state = ctx.services.state
    with state.lock:
        _, scenario = _scenario_for(ctx, WRITE)
        changed = {key: ctx.body_fields[key] for key in LIGHT_FIELDS if key in ctx.body_fields}
        if "active" in changed and not isinstance(changed["active"], bool):
            raise bad_request("active is true or false")
        save_settings(scenario, {**scenario.settings, **copy.deepcopy(changed)}, ctx.user.login, state.clock())
    return {}


@handles("runScenario")
def run_scenario(ctx: RequestContext) -> dict[str, Any]:
    params = ctx.body if is_object(ctx.body) else {}
    with ctx.services.state.lock:
        project, scenario = _scenario_for(ctx, RUN_SCENARIOS)
        return fire_manual_trigger(ctx.services, project, scenario, params, ctx.user.login)


@handles("abortScenario")
def abort_scenario(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        project, scenario = _scenario_for(ctx, RUN_SCENARIOS)
        current = scenario.current_run()
    if current is not None and current.future is not None:
        current.future.request_abort()
        current.future.wait(ABORT_GRACE_SECONDS)
    return {"msg": f"Aborted scenario {project.key}.{scenario.id}", "aborted": current is not None}


@handles("getScenarioLastRuns")
def get_scenario_last_runs(ctx: RequestContext) -> list[dict[str, Any]]:
    with ctx.services.state.lock:
        _, scenario = _scenario_for(ctx, READ, RUN_SCENARIOS)
        runs = [run for run in reversed(scenario.runs) if not (ctx.query["onlyFinishedRuns"] and run.running)]
        return [run.to_json() for run in runs[: ctx.query["limit"]]]


@handles("getScenarioRunsByDate")
def get_scenario_runs_by_date(ctx: RequestContext) -> list[dict[str, Any]]:
    start, end = _day(ctx.query["fromDate"]), _day(ctx.query["toDate"])
    with ctx.services.state.lock:
        _, scenario = _scenario_for(ctx, READ, RUN_SCENARIOS)
        return [run.to_json() for run in reversed(scenario.runs) if start <= run.start < end]


def _day(text: str) -> int:
    try:
        day = datetime.datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=datetime.UTC)
    except ValueError:
        raise bad_request(f"Invalid date {text!r}: expected YYYY-MM-DD") from None
    return int(day.timestamp() * 1000)


@handles("getScenarioRunForTrigger")
def get_scenario_run_for_trigger(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        _, scenario = _scenario_for(ctx, READ, RUN_SCENARIOS)
        fire = scenario.fires.get(ctx.query["triggerRunId"])
        if fire is None or fire["trigger"]["id"] != ctx.query["triggerId"]:
            raise not_found(f"No fire {ctx.query['triggerRunId']} of trigger {ctx.query['triggerId']} of {scenario.id}")
        for run in scenario.runs:
            if run.fire is fire:
                return {"scenarioRun": run.to_json()}
        return {}


@handles("getScenarioTriggerFire")
def get_scenario_trigger_fire(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        _, scenario = _scenario_for(ctx, READ, RUN_SCENARIOS)
        fire = scenario.fires.get(ctx.query["triggerRunId"])
        if fire is None or fire["trigger"]["id"] != ctx.path["triggerId"]:
            raise not_found(f"No fire {ctx.query['triggerRunId']} of trigger {ctx.path['triggerId']} of {scenario.id}")
        return copy.deepcopy(fire)


@handles("getScenarioRun")
def get_scenario_run(ctx: RequestContext) -> dict[str, Any]:
    with ctx.services.state.lock:
        _, scenario = _scenario_for(ctx, READ, RUN_SCENARIOS)
        return run_details(find_run(scenario, ctx.path["runId"]))


@handles("getScenarioRunLog")
def get_scenario_run_log(ctx: RequestContext) -> BinaryReply:
    step = ctx.query.get("stepId")
    with ctx.services.state.lock:
        _, scenario = _scenario_for(ctx, READ, RUN_SCENARIOS)
        run = find_run(scenario, ctx.path["runId"])
        text = "".join(line + "\n" for key, line in run.log if step is None or key == step).encode("utf-8")
    return BinaryReply("text/plain", len(text), lambda: iter([text]))
