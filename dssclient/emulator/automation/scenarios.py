"""Scenarios: their settings, the fires of their triggers, and their runs, executed step by step.

Running a scenario fires its ``manual`` trigger; the fire starts a run at once, unless the
scenario is already running, in which case the fire is cancelled. A run is a long task
(listed among the running scenarios) that executes the steps in order:

* ``build_flowitem``: a job building ``params.builds`` (``itemId``, ``partitionsSpec``) with
  ``params.jobType``; the step ends as the job does;
* ``custom_python``: ``params.script``, run with the ``dataiku`` shim (``dataiku.scenario``);
* ``compute_metrics``: the metrics of ``params.computes``;
* ``check_dataset``: the checks of ``params.checks`` (ERROR fails the step, WARNING warns).

A step runs when the run's outcome so far is one of its ``runConditionStatuses`` (SUCCESS and
WARNING by default), always with ``runConditionType: RUN_ALWAYS``, never when ``DISABLED``.
A ``custom_python`` scenario runs its script (its payload) as one step. The run's outcome is
the worst of its steps': SUCCESS, WARNING, FAILED, or ABORTED when it was aborted.
"""

from __future__ import annotations

import copy
import datetime
import re
import shutil
import tempfile
import traceback
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from dssclient._json import array_or_empty, is_array, is_mapping, is_object, object_or_empty

from ..errors import UNAUTHORIZED, DSSError, bad_request, conflict, not_found
from ..futures import Future, TaskAborted, TaskControl
from ..state import DSSState, Project, user_tag
from . import metrics
from .access import WRITE, rights
from .jobs import DONE, PythonSession, format_time, start_job, wait_for_job
from .python import PythonFailed, PythonTimedOut
from .store import data_store, schema_columns
from .usercode import run_user_code

STEP_BASED, CUSTOM_PYTHON = "step_based", "custom_python"
SUCCESS, WARNING, FAILED, ABORTED = "SUCCESS", "WARNING", "FAILED", "ABORTED"
_SEVERITY = [SUCCESS, WARNING, FAILED, ABORTED]
_HISTORY = 100
# What the light settings (getScenarioStatus, saveScenarioStatus) carry and may change.
LIGHT_FIELDS = ("active", "description", "shortDesc", "tags", "checklists", "markedAsTest")
MANUAL_TRIGGER = {"id": "manual", "type": "manual", "name": "Manual trigger"}
STEP_FAILED = "com.dataiku.dip.scenario.StepFailedException"
PYTHON_FAILED = "com.dataiku.dip.exceptions.ExternalProcessFailedException"


@dataclass
class ScenarioRun:
    run_id: str
    fire: dict[str, Any]
    scenario: dict[str, Any]
    start: int
    run_as: str
    end: int = 0
    outcome: str | None = None
    step_runs: list[dict[str, Any]] = field(default_factory=list[dict[str, Any]])
    log: list[tuple[str | None, str]] = field(default_factory=list[tuple[str | None, str]])
    future: Future | None = None

    def to_json(self) -> dict[str, Any]:
        answer: dict[str, Any] = {
            "runId": self.run_id,
            "scenario": copy.deepcopy(self.scenario),
            "start": self.start,
            "end": self.end,
            "trigger": {
                "trigger": copy.deepcopy(self.fire["trigger"]),
                "runId": self.fire["runId"],
                "params": copy.deepcopy(object_or_empty(self.fire.get("params"))),
            },
            "runAsUser": self.run_as,
        }
        if self.outcome is not None:
            answer["result"] = {"outcome": self.outcome, "type": "SCENARIO_DONE", "start": self.start, "end": self.end}
        return answer

    @property
    def running(self) -> bool:
        return self.outcome is None


@dataclass
class Scenario:
    settings: dict[str, Any]
    script: str = ""
    runs: list[ScenarioRun] = field(default_factory=list[ScenarioRun])
    fires: dict[str, dict[str, Any]] = field(default_factory=dict[str, dict[str, Any]])

    @property
    def id(self) -> str:
        return str(self.settings["id"])

    def current_run(self) -> ScenarioRun | None:
        return next((run for run in reversed(self.runs) if run.running), None)

    def summary(self, now: int) -> dict[str, Any]:
        current = self.current_run()
        answer: dict[str, Any] = {
            "id": self.id,
            "name": str(self.settings.get("name") or self.id),
            "projectKey": self.settings.get("projectKey"),
            "type": self.settings.get("type"),
            "active": self.settings.get("active") is True,
            "running": current is not None,
            "start": current.start if current is not None else 0,
            "tags": [t for t in array_or_empty(self.settings.get("tags")) if isinstance(t, str)],
        }
        for key in LIGHT_FIELDS:
            if key not in answer and self.settings.get(key) is not None:
                answer[key] = copy.deepcopy(self.settings[key])
        next_run = next_run_time(self.settings, now)
        if next_run is not None:
            answer["nextRun"] = next_run
        return answer

    def effective_run_as(self) -> str:
        for value in (
            self.settings.get("runAsUser"),
            object_or_empty(self.settings.get("versionTag")).get("lastModifiedBy", {}).get("login"),
            object_or_empty(self.settings.get("creationTag")).get("lastModifiedBy", {}).get("login"),
        ):
            if isinstance(value, str) and value:
                return value
        return "admin"


class ScenariosModel:
    """Every project's scenarios. Hold the state lock."""

    def __init__(self, state: DSSState) -> None:
        self.state = state
        self._scenarios: dict[str, dict[str, Scenario]] = {}
        self._counter = 0

    def of(self, project_key: str) -> dict[str, Scenario]:
        return self._scenarios.setdefault(project_key, {})

    def get(self, project_key: str, scenario_id: str) -> Scenario:
        scenario = self.of(project_key).get(scenario_id)
        if scenario is None:
            raise not_found(f"Scenario does not exist: {project_key}.{scenario_id}")
        return scenario

    def next_id(self) -> str:
        self._counter += 1
        return str(self._counter)

    def forget_project(self, project_key: str) -> None:
        for scenario in self._scenarios.pop(project_key, {}).values():
            for run in scenario.runs:
                if run.future is not None:
                    run.future.request_abort()


# -- settings ------------------------------------------------------------------------------------


def identifier_from(name: str) -> str:
    """The identifier DSS makes from a scenario's name: its letters and digits, upper-cased."""
    return re.sub(r"[^A-Za-z0-9]", "", name).upper() or "SCENARIO"


def create_scenario(model: ScenariosModel, project: Project, body: Mapping[str, Any], login: str, now: int) -> Scenario:
    settings = copy.deepcopy(dict(body))
    for key in [key for key, value in settings.items() if value is None]:
        del settings[key]
    existing = model.of(project.key)
    given = settings.get("id")
    if given is not None:
        if given in existing:
            raise conflict(f"Scenario {project.key}.{given} already exists")
        scenario_id = str(given)
    else:
        base = identifier_from(str(settings["name"]))
        scenario_id, suffix = base, 1
        while scenario_id in existing:
            suffix += 1
            scenario_id = f"{base}_{suffix}"
    settings["id"] = scenario_id
    settings["projectKey"] = project.key
    settings.setdefault("active", False)
    settings.setdefault("params", {})
    if settings["type"] == STEP_BASED and is_object(settings["params"]):
        settings["params"].setdefault("steps", [])
    settings.setdefault("triggers", [])
    settings.setdefault("reporters", [])
    settings.setdefault("tags", [])
    settings["versionTag"] = user_tag(login, now)
    settings["creationTag"] = user_tag(login, now)
    scenario = Scenario(settings)
    _name_parts(scenario)
    existing[scenario_id] = scenario
    return scenario


def save_settings(scenario: Scenario, body: Mapping[str, Any], login: str, now: int) -> None:
    settings = copy.deepcopy(dict(body))
    version = int(object_or_empty(scenario.settings.get("versionTag")).get("versionNumber", 0)) + 1
    settings["versionTag"] = user_tag(login, now, version)
    scenario.settings = settings
    _name_parts(scenario)


def code_of(settings: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The code in scenario settings: (kind, script) of each custom Python step and trigger, in order."""
    found: list[tuple[str, str]] = []
    params = settings.get("params")
    steps = params.get("steps") if is_mapping(params) else None
    for kind, items in (("step", steps), ("trigger", settings.get("triggers"))):
        for item in items if is_array(items) else []:
            if is_mapping(item) and item.get("type") == CUSTOM_PYTHON:
                item_params = item.get("params")
                script = item_params.get("script") if is_mapping(item_params) else None
                found.append((kind, str(script or "")))
    return found


def _name_parts(scenario: Scenario) -> None:
    """Give triggers and steps without an identifier one, as DSS does when it saves them."""
    for index, trigger in enumerate(scenario.settings.get("triggers") or []):
        if is_object(trigger) and not trigger.get("id"):
            trigger["id"] = f"trigger_{index}"
    params = scenario.settings.get("params")
    steps = params.get("steps") if is_object(params) else None
    for index, step in enumerate(steps if is_array(steps) else []):
        if is_object(step) and not step.get("id"):
            step["id"] = f"{step.get('type') or 'step'}_{index}"


def next_run_time(settings: Mapping[str, Any], now: int) -> int | None:
    """When an active time-based trigger next runs an active scenario (minutely, hourly, daily; UTC)."""
    if settings.get("active") is not True:
        return None
    found: list[int] = []
    moment = datetime.datetime.fromtimestamp(now / 1000, tz=datetime.UTC)
    for trigger in array_or_empty(settings.get("triggers")):
        if not is_mapping(trigger) or trigger.get("active") is False or trigger.get("type") != "temporal":
            continue
        params = object_or_empty(trigger.get("params"))
        frequency = params.get("frequency")
        repeat = max(int(params.get("repeatFrequency") or 1), 1)
        minute = int(params.get("minute") or 0)
        hour = int(params.get("hour") or 0)
        if frequency == "Minutely":
            base = moment.replace(second=0, microsecond=0)
            candidate = base + datetime.timedelta(minutes=repeat - base.minute % repeat)
        elif frequency == "Hourly":
            candidate = moment.replace(minute=minute, second=0, microsecond=0)
            if candidate <= moment:
                candidate += datetime.timedelta(hours=repeat)
        elif frequency == "Daily":
            candidate = moment.replace(hour=hour, minute=minute, second=0, microsecond=0)
            if candidate <= moment:
                candidate += datetime.timedelta(days=repeat)
        else:
            continue
        found.append(int(candidate.timestamp() * 1000))
    return min(found) if found else None


# -- runs --------------------------------------------------------------------------------------


def fire_manual_trigger(
    services: Any, project: Project, scenario: Scenario, params: Mapping[str, Any], login: str
) -> dict[str, Any]:
    """Fire the manual trigger: a run starts, or the fire is cancelled when one is in progress. Hold the lock."""
    state: DSSState = services.state
    model = state.extension(ScenariosModel)
    now = state.clock()
    fire: dict[str, Any] = {
        "projectKey": project.key,
        "scenarioId": scenario.id,
        "trigger": dict(MANUAL_TRIGGER),
        "runId": model.next_id(),
        "cancelled": scenario.current_run() is not None,
        "params": copy.deepcopy(dict(params)),
        "timestamp": now,
        "triggerAuthCtx": {"login": login},
    }
    scenario.fires[fire["runId"]] = fire
    if fire["cancelled"]:
        return copy.deepcopy(fire)
    described = {
        "projectKey": project.key,
        "id": scenario.id,
        "name": str(scenario.settings.get("name") or scenario.id),
        "type": scenario.settings.get("type"),
        "markedAsTest": scenario.settings.get("markedAsTest") is True,
    }
    run = ScenarioRun(model.next_id(), fire, described, now, scenario.effective_run_as())
    scenario.runs.append(run)
    finished = [r for r in scenario.runs if not r.running]
    for old in finished[: max(len(finished) - _HISTORY, 0)]:
        scenario.runs.remove(old)
    runner = _ScenarioRunner(services, project.key, scenario, run)
    payload = {"projectKey": project.key, "scenarioId": scenario.id, "runId": run.run_id, "triggerRunId": fire["runId"]}
    run.future = services.futures.start(
        run.run_as, f"Scenario {project.key}.{scenario.id}", payload, runner.work, is_scenario=True
    )
    return copy.deepcopy(fire)


def run_details(run: ScenarioRun) -> dict[str, Any]:
    return {"scenarioRun": run.to_json(), "stepRuns": copy.deepcopy(run.step_runs)}


def find_run(scenario: Scenario, run_id: str) -> ScenarioRun:
    for run in scenario.runs:
        if run.run_id == run_id:
            return run
    raise not_found(f"Scenario run does not exist: {scenario.id} {run_id}")


class _StepFailed(Exception):
    def __init__(self, outcome: str, thrown: dict[str, Any]) -> None:
        super().__init__(thrown.get("message"))
        self.outcome = outcome
        self.thrown = thrown


class _ScenarioRunner:
    def __init__(self, services: Any, project_key: str, scenario: Scenario, run: ScenarioRun) -> None:
        self.services = services
        self.state: DSSState = services.state
        self.store = data_store(services)
        self.project_key = project_key
        self.scenario = scenario
        self.run = run
        self.scenario_variables: dict[str, Any] = {}

    def log(self, step: str | None, message: str, level: str = "INFO") -> None:
        with self.state.lock:
            line = f"[{format_time(self.state.clock())}] [{level}] [dku.scenario] - {message}"
            self.run.log.append((step, line))

    def work(self, control: TaskControl) -> dict[str, Any]:
        run = self.run
        with self.state.lock:
            settings = copy.deepcopy(self.scenario.settings)
            script = self.scenario.script
        self.log(None, f"Scenario {self.project_key}.{self.scenario.id} run {run.run_id} started, as {run.run_as}")
        outcome = SUCCESS
        try:
            if settings.get("type") == CUSTOM_PYTHON:
                steps = [
                    {
                        "id": "custom_python",
                        "name": "Python script",
                        "type": "custom_python",
                        "params": {"script": script},
                    }
                ]
            else:
                params = object_or_empty(settings.get("params"))
                steps = [s for s in array_or_empty(params.get("steps")) if is_object(s)]
            for step in steps:
                if not _should_run(step, outcome):
                    self.log(str(step.get("id")), f"Step {step.get('name') or step.get('id')} skipped")
                    continue
                control.check_abort()
                step_outcome = self._run_step(step, control)
                outcome = max(outcome, step_outcome, key=_SEVERITY.index)
                if step_outcome == ABORTED:
                    raise TaskAborted()
        except TaskAborted:
            outcome = ABORTED
        finally:
            with self.state.lock:
                run.outcome, run.end = outcome, self.state.clock()
            self.log(None, f"Scenario run {run.run_id} ended: {outcome}", "INFO" if outcome == SUCCESS else "ERROR")
        return {"outcome": outcome, "runId": run.run_id}

    def _run_step(self, step: dict[str, Any], control: TaskControl) -> str:
        step_id = str(step.get("id"))
        with self.state.lock:
            record: dict[str, Any] = {
                "runId": f"{self.run.run_id}_{step_id}",
                "step": {"id": step_id, "name": step.get("name") or step_id, "type": step.get("type")},
                "start": self.state.clock(),
                "end": 0,
                "additionalReportItems": [],
            }
            self.run.step_runs.append(record)
        self.log(step_id, f"Step {record['step']['name']} ({step.get('type')}) started")
        outcome, thrown = SUCCESS, None
        try:
            outcome = self._execute(step, record, control)
        except TaskAborted:
            outcome = ABORTED
        except _StepFailed as failure:
            outcome, thrown = failure.outcome, failure.thrown
        except DSSError as error:
            outcome, thrown = FAILED, {"clazz": error.error_type, "title": "Step failed", "message": error.message}
        except Exception as crash:  # an emulator bug: visible in the run rather than a silent hang
            outcome = FAILED
            thrown = {
                "clazz": "java.lang.RuntimeException",
                "title": "Emulator failure",
                "message": f"{type(crash).__name__}: {crash}",
                "stack": traceback.format_exc(),
            }
        with self.state.lock:
            record["end"] = self.state.clock()
            result: dict[str, Any] = {"outcome": outcome, "type": "STEP_DONE"}
            if thrown is not None:
                result["thrown"] = thrown
            record["result"] = result
        message = f"Step {record['step']['name']} ended: {outcome}"
        if thrown is not None:
            message += f": {thrown.get('message')}"
        self.log(step_id, message, "INFO" if outcome == SUCCESS else "ERROR")
        return outcome

    def _execute(self, step: dict[str, Any], record: dict[str, Any], control: TaskControl) -> str:
        kind = step.get("type")
        raw_params = step.get("params")
        params: dict[str, Any] = raw_params if is_object(raw_params) else {}
        if kind == "build_flowitem":
            return self._build(params, record, control)
        if kind == "custom_python":
            self._python(str(params.get("script") or ""), str(step.get("id")), control)
            return SUCCESS
        if kind == "compute_metrics":
            for item in _items(params.get("computes")):
                self._compute_metrics(item)
            return SUCCESS
        if kind == "check_dataset":
            return self._checks(_items(params.get("checks")), str(step.get("id")))
        raise _StepFailed(
            FAILED,
            {"clazz": STEP_FAILED, "title": "Unsupported step", "message": f"The emulator does not run {kind} steps"},
        )

    # -- steps ------------------------------------------------------------------------------

    def _build(self, params: Mapping[str, Any], record: dict[str, Any], control: TaskControl) -> str:
        outputs: list[dict[str, Any]] = []
        for item in _items(params.get("builds")):
            spec = item.get("partitionsSpec")
            outputs.append(
                {
                    "type": item.get("type") or "DATASET",
                    "id": item.get("itemId"),
                    "projectKey": item.get("projectKey"),
                    "partition": spec if spec else None,
                }
            )
        body: dict[str, Any] = {"type": params.get("jobType") or "RECURSIVE_BUILD", "outputs": outputs}
        return self._run_job(body, record, control)

    def _run_job(self, body: Mapping[str, Any], record: dict[str, Any] | None, control: TaskControl) -> str:
        with self.state.lock:
            project = self.state.projects.get(self.project_key)
            if project is None:
                raise _StepFailed(
                    FAILED, {"clazz": STEP_FAILED, "message": f"Project {self.project_key} no longer exists"}
                )
            job = start_job(self.services, project, body, self.run.run_as)
            # The step reports its job from the start, so that an aborted run still names it.
            item: dict[str, Any] = {"type": "JOB_EXECUTED", "jobId": job.id, "projectKey": job.project_key}
            if record is not None:
                record["additionalReportItems"].append(item)
        self.log(record["step"]["id"] if record else None, f"Started job {job.id}")
        try:
            wait_for_job(job, control)
        finally:
            with self.state.lock:
                failure = next((a.failure for a in job.activities.values() if a.failure is not None), None)
                item["outcome"] = SUCCESS if job.state == DONE else job.state
                if failure is not None:
                    item["thrown"] = copy.deepcopy(failure)
        if job.state == DONE:
            return SUCCESS
        if job.state == "ABORTED":
            return ABORTED
        message = f"Job {job.id} failed" + (f": {failure.get('message')}" if failure else "")
        raise _StepFailed(FAILED, {"clazz": STEP_FAILED, "title": "Job failed", "message": message})

    def _python(self, script: str, step_id: str, control: TaskControl) -> None:
        with self.state.lock:
            project = self.state.projects.get(self.project_key)
            if project is None:
                raise _StepFailed(
                    FAILED, {"clazz": STEP_FAILED, "message": f"Project {self.project_key} no longer exists"}
                )
        workdir = Path(tempfile.mkdtemp(prefix="scenario-", dir=self.store.root))
        session = PythonSession(self, self.project_key, workdir, login=self.run.run_as)
        session.scenario_variables = self.scenario_variables

        def build(request: dict[str, Any]) -> dict[str, Any]:
            body = {
                "type": request.get("jobType") or "RECURSIVE_BUILD",
                "outputs": [
                    {
                        "type": "DATASET",
                        "id": request.get("dataset"),
                        "projectKey": request.get("projectKey"),
                        "partition": request.get("partitions"),
                    }
                ],
            }
            record = next((r for r in self.run.step_runs if r["step"]["id"] == step_id), None)
            try:
                outcome = self._run_job(body, record, control)
            except _StepFailed as failure:
                if request.get("failFatal") is not False:
                    from .python import RequestRefused

                    raise RequestRefused(str(failure.thrown.get("message"))) from None
                outcome = FAILED
            items: list[Any] = record["additionalReportItems"] if record is not None else []
            return {"jobId": items[-1]["jobId"] if items else None, "outcome": outcome}

        session.extra["build"] = build
        context = {
            "mode": "scenario",
            "projectKey": self.project_key,
            "scenarioId": self.scenario.id,
            "runId": self.run.run_id,
            "triggerParams": copy.deepcopy(object_or_empty(self.run.fire.get("params"))),
        }
        try:
            run_user_code(
                self.services,
                self.run.run_as,
                self.project_key,
                script,
                context,
                session.handle,
                lambda line: self.log(step_id, line),
                control,
                workdir,
                f"run the Python code of scenario {self.scenario.id}",
            )
        except PythonFailed as failure:
            title = "Python script timed out" if isinstance(failure, PythonTimedOut) else "Python script failed"
            raise _StepFailed(FAILED, {"clazz": PYTHON_FAILED, "title": title, "message": str(failure)}) from None
        finally:
            shutil.rmtree(workdir, ignore_errors=True)

    def _dataset(self, item: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
        owner = str(item.get("projectKey") or self.project_key)
        name = str(item.get("itemId"))
        with self.state.lock:
            project = self.state.projects.get(owner)
            if owner != self.project_key:
                # Metrics and checks are recorded on the dataset: the run's user must be able to write there.
                user = self.state.identity_of(self.run.run_as)
                if project is None or user is None or WRITE not in rights(project, user):
                    message = f"{self.run.run_as} may not write the content of project {owner}"
                    raise _StepFailed(FAILED, {"clazz": UNAUTHORIZED, "title": "Forbidden", "message": message})
            dataset = project.datasets.get(name) if project is not None else None
            if dataset is None:
                raise _StepFailed(FAILED, {"clazz": STEP_FAILED, "message": f"Dataset {owner}.{name} does not exist"})
            return owner, copy.deepcopy(dataset.definition)

    def _compute_metrics(self, item: Mapping[str, Any]) -> None:
        owner, definition = self._dataset(item)
        probes = [p for p in metrics.probes_of(definition) if p.get("enabled") is not False]
        wanted = metrics.metric_definitions(probes, schema_columns(definition))
        recorded, read = metrics.partitions_for(definition, str(item.get("partitionsSpec") or ""), [])
        values = metrics.compute(self.store, owner, definition, wanted, read)
        with self.state.lock:
            self.state.extension(metrics.MetricsModel).record(
                owner, str(definition["name"]), recorded, values, self.state.clock()
            )

    def _checks(self, items: list[Mapping[str, Any]], step_id: str) -> str:
        outcome = SUCCESS
        for item in items:
            owner, definition = self._dataset(item)
            recorded, _ = metrics.partitions_for(definition, str(item.get("partitionsSpec") or ""), [])
            with self.state.lock:
                model = self.state.extension(metrics.MetricsModel)
                dataset_metrics = model.of(owner, str(definition["name"]))
                now = self.state.clock()
                for index, check in enumerate(metrics.checks_of(definition)):
                    points = dataset_metrics.history.get((recorded, str(check.get("metricId"))))
                    result, message = metrics.run_check(check, points[-1][1] if points else None)
                    name = metrics.check_name(check, index)
                    dataset_metrics.checks.setdefault(name, {})[recorded] = (now, result, message)
                    self.run.log.append((step_id, f"Check {name} on {definition['name']}: {result} ({message})"))
                    if result == "ERROR":
                        outcome = FAILED
                    elif result == "WARNING" and outcome == SUCCESS:
                        outcome = WARNING
        if outcome == FAILED:
            raise _StepFailed(
                FAILED, {"clazz": STEP_FAILED, "title": "Checks failed", "message": "A check of the dataset failed"}
            )
        return outcome


def _items(value: Any) -> list[Mapping[str, Any]]:
    return [item for item in value if is_mapping(item)] if is_array(value) else []


def _should_run(step: Mapping[str, Any], outcome: str) -> bool:
    condition = step.get("runConditionType") or "RUN_IF_STATUS_MATCH"
    if condition == "DISABLED":
        return False
    if condition == "RUN_ALWAYS":
        return True
    statuses = step.get("runConditionStatuses")
    if not is_array(statuses) or not statuses:
        statuses = [SUCCESS, WARNING]
    return outcome in statuses


def duplicate_scenarios(model: ScenariosModel, source: str, target: str) -> None:
    for scenario_id, scenario in model.of(source).items():
        settings = copy.deepcopy(scenario.settings)
        settings["projectKey"] = target
        model.of(target)[scenario_id] = Scenario(settings, scenario.script)


def check_scenario_type(body: Mapping[str, Any]) -> None:
    if body.get("type") not in (STEP_BASED, CUSTOM_PYTHON):
        raise bad_request(f"Unknown scenario type {body.get('type')!r} (step_based or custom_python)")
