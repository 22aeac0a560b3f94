"""Scenarios: their settings and triggers, running them, and their runs."""

from __future__ import annotations

import datetime
import time
import warnings
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, Literal, cast, overload

from dssclient_generated.api import scenario_testing, scenarios

from dssclient._json import is_array, is_object
from dssclient._polling import PollingSchedule, check_wait_timeout
from dssclient._times import datetime_from_ms
from dssclient.dss.utils import DSSDictListItem, DSSRawSettings
from dssclient.errors import DataikuException, ScenarioRunFailedError

from .._requester import json_body
from .._stream import AsyncDSSStream
from ._waiting import check_progress, wait_until
from .discussion import AsyncDSSObjectDiscussions
from .job import read_text

if TYPE_CHECKING:
    from typing_extensions import TypeVar

    from dssclient.payloads import (
        Acknowledgement,
        ScenarioReporter,
        ScenarioRun,
        ScenarioRunDetails,
        ScenarioRunError,
        ScenarioSettings,
        ScenarioStep,
        ScenarioStepRun,
        ScenarioSummary,
        ScenarioTrigger,
        ScenarioTriggerParams,
        TestingStatus,
        TriggerFire,
    )

    from ..dssclient import AsyncDSSClient

    #: The settings class of a scenario's handle: known when the handle comes from
    #: ``create_scenario(..., "step_based")``, the base class otherwise. A default (PEP 696) for
    #: type checkers only, so that the runtime needs no typing_extensions.
    ScenarioSettingsT = TypeVar(
        "ScenarioSettingsT", bound="AsyncDSSScenarioSettings", default="AsyncDSSScenarioSettings", covariant=True
    )
else:
    from typing import TypeVar

    ScenarioSettingsT = TypeVar("ScenarioSettingsT", covariant=True)


class AsyncDSSScenarioListItem(DSSDictListItem["ScenarioSummary"]):
    """A scenario as listed by :meth:`DSSProject.list_scenarios` (a dict, with properties over it).

    As in the official client, ``id`` is the scenario's *name*; its identifier is ``item["id"]``
    (and :meth:`to_scenario` uses it).
    """

    client: AsyncDSSClient

    def to_scenario(self) -> AsyncDSSScenario:
        """A handle on this scenario; makes no call."""
        return AsyncDSSScenario(self.client, self["projectKey"], self["id"])

    @property
    def id(self) -> str:
        """The scenario's id."""
        name: str = self["name"]
        return name

    @property
    def running(self) -> bool:
        """Whether the scenario is running."""
        return bool(self["running"])

    @property
    def start_time(self) -> datetime.datetime | None:
        """When its current or last run started, if DSS says."""
        return datetime_from_ms(self.get("start"))

    @property
    def tags(self) -> list[str]:
        """The scenario's tags."""
        tags: list[str] = self.get("tags") or []
        return tags


class AsyncDSSScenario(Generic[ScenarioSettingsT]):
    """A handle on a scenario. Get one with :meth:`DSSProject.get_scenario`; creating it calls nothing.

    Typed by its settings class: ``DSSScenario[StepBasedScenarioSettings]`` from
    ``create_scenario(name, "step_based")``, so that ``get_settings().raw_steps`` needs no cast.
    """

    def __init__(self, client: AsyncDSSClient, project_key: str, id: str) -> None:  # noqa: A002
        self.client = client
        self.project_key = project_key
        self.id = id

    def __repr__(self) -> str:
        return f"{type(self).__name__}(project_key={self.project_key!r}, id={self.id!r})"

    async def abort(self) -> Acknowledgement:
        """Stop the scenario's current run; nothing happens when it is not running. (operation ``abortScenario``)"""
        answer: Acknowledgement = await self.client._requester.json(
            scenarios.abort_scenario.request_kwargs, self.project_key, self.id
        )
        return answer

    async def run(self, params: dict[str, Any] | None = None) -> AsyncDSSTriggerFire:
        """Fire the scenario's manual trigger with these parameters; returns the fire, not a run.

        The fire starts a run (find it with :meth:`DSSTriggerFire.wait_for_scenario_run`), or is
        cancelled when the scenario is already running. (operation ``runScenario``)
        """
        fire: TriggerFire = await self.client._requester.json(
            scenarios.run_scenario.request_kwargs,
            self.project_key,
            self.id,
            body=json_body(params if params is not None else {}),
        )
        return AsyncDSSTriggerFire(self, fire)

    @overload
    async def run_and_wait(
        self,
        params: dict[str, Any] | None = None,
        no_fail: Literal[False] = False,
        timeout: float | None = None,
        progress: bool = False,
        progress_callback: Callable[[dict[str, Any]], None] | None = None,
        polling: PollingSchedule | None = None,
    ) -> AsyncDSSScenarioRun: ...

    @overload
    async def run_and_wait(
        self,
        params: dict[str, Any] | None = None,
        *,
        no_fail: bool,
        timeout: float | None = None,
        progress: bool = False,
        progress_callback: Callable[[dict[str, Any]], None] | None = None,
        polling: PollingSchedule | None = None,
    ) -> AsyncDSSScenarioRun | None: ...

    @overload
    async def run_and_wait(
        self,
        params: dict[str, Any] | None,
        no_fail: bool,
        timeout: float | None = None,
        progress: bool = False,
        progress_callback: Callable[[dict[str, Any]], None] | None = None,
        polling: PollingSchedule | None = None,
    ) -> AsyncDSSScenarioRun | None: ...

    async def run_and_wait(
        self,
        params: dict[str, Any] | None = None,
        no_fail: bool = False,
        timeout: float | None = None,
        progress: bool = False,
        progress_callback: Callable[[dict[str, Any]], None] | None = None,
        polling: PollingSchedule | None = None,
    ) -> AsyncDSSScenarioRun | None:
        """Run the scenario and wait until the run is over; returns the run.

        Raises :class:`~dssclient.ScenarioRunFailedError` when the run ends otherwise than
        SUCCESS or the fire is cancelled, unless ``no_fail`` (a cancelled fire then returns
        None: only with ``no_fail=True`` can the answer be None).

        :param timeout: seconds the whole wait takes at most, reads included; past it,
            :class:`~dssclient.WaitTimeoutError` (the run goes on).
        :param progress: show the run's progress (a live line, or a tqdm bar when installed).
        :param progress_callback: called with the run's dict at each read, instead.
        :param polling: how often to read (default: the client's ``future_polling``).
        """
        seconds = check_wait_timeout(timeout)
        check_progress(progress, progress_callback)
        deadline = None if seconds is None else time.monotonic() + seconds
        fire = await self.run(params)
        run = await fire.wait_for_scenario_run(no_fail=no_fail, timeout=_left(deadline), polling=polling)
        if run is None:
            return None
        return await AsyncDSSScenarioRunWaiter(run, fire).wait(
            no_fail=no_fail,
            timeout=_left(deadline),
            progress=progress,
            progress_callback=progress_callback,
            polling=polling,
        )

    async def get_last_runs(self, limit: int = 10, only_finished_runs: bool = False) -> list[AsyncDSSScenarioRun]:
        """The scenario's last runs, newest first. (operation ``getScenarioLastRuns``)"""
        runs: list[ScenarioRun] = await self.client._requester.json(
            scenarios.get_scenario_last_runs.request_kwargs,
            self.project_key,
            self.id,
            limit=limit,
            only_finished_runs=only_finished_runs,
        )
        return [AsyncDSSScenarioRun(self.client, run) for run in runs]

    async def get_runs_by_date(
        self, from_date: datetime.date | str, to_date: datetime.date | str | None = None
    ) -> list[AsyncDSSScenarioRun]:
        """The runs that started from ``from_date`` (included) to ``to_date`` (excluded; today by default).

        (operation ``getScenarioRunsByDate``)
        """

        def as_date(day: datetime.date | str) -> str:
            return day.strftime("%Y-%m-%d") if isinstance(day, datetime.date) else day

        runs: list[ScenarioRun] = await self.client._requester.json(
            scenarios.get_scenario_runs_by_date.request_kwargs,
            self.project_key,
            self.id,
            from_date=as_date(from_date),
            to_date=as_date(to_date if to_date is not None else datetime.datetime.now()),
        )
        return [AsyncDSSScenarioRun(self.client, run) for run in runs]

    async def get_last_finished_run(self) -> AsyncDSSScenarioRun:
        """The last run that is over, whatever its outcome; ValueError when none is."""
        finished = [run for run in await self.get_last_runs() if not run.running]
        if not finished:
            raise ValueError("No scenario run completed")
        return finished[0]

    async def get_last_successful_run(self) -> AsyncDSSScenarioRun:
        """The last finished run, as the official client gives it (it does not look at the outcome)."""
        runs = await self.get_last_runs(only_finished_runs=True)
        if not runs:
            raise ValueError("No scenario run completed successfully")
        return runs[0]

    async def get_current_run(self) -> AsyncDSSScenarioRun | None:
        """The run in progress, or None."""
        runs = await self.get_last_runs(1)
        if not runs or "result" in runs[0].run:
            return None
        return runs[0]

    async def get_run(self, run_id: str) -> AsyncDSSScenarioRun:
        """A run of the scenario. (operation ``getScenarioRun``)"""
        details: ScenarioRunDetails = await self.client._requester.json(
            scenarios.get_scenario_run.request_kwargs, self.project_key, self.id, run_id
        )
        return AsyncDSSScenarioRun(self.client, details["scenarioRun"])

    async def get_status(self) -> AsyncDSSScenarioStatus:
        """Whether the scenario is running, and when it runs next. (operation ``getScenarioStatus``)"""
        data: ScenarioSummary = await self.client._requester.json(
            scenarios.get_scenario_status.request_kwargs, self.project_key, self.id
        )
        return AsyncDSSScenarioStatus(self, data)

    async def get_settings(self) -> ScenarioSettingsT:
        """The scenario's settings: steps and triggers, or a Python script.

        A :class:`StepBasedScenarioSettings` or a :class:`PythonScriptBasedScenarioSettings`, by
        the scenario's type (which never changes). (operations ``getScenario``, ``getScenarioPayload``)
        """
        data: ScenarioSettings = await self.client._requester.json(
            scenarios.get_scenario.request_kwargs, self.project_key, self.id
        )
        if data.get("type") == "step_based":
            return cast("ScenarioSettingsT", AsyncStepBasedScenarioSettings(self.client, self, data))
        payload = await self.client._requester.json(
            scenarios.get_scenario_payload.request_kwargs, self.project_key, self.id
        )
        script = payload.get("script", "") or ""
        return cast("ScenarioSettingsT", AsyncPythonScriptBasedScenarioSettings(self.client, self, data, script))

    async def get_average_duration(self, limit: int = 3) -> float | None:
        """The mean duration in seconds of the last ``limit`` finished runs; None when there are fewer."""
        runs = await self.get_last_runs(limit=limit, only_finished_runs=True)
        if len(runs) < limit:
            return None
        return float(sum(run.get_duration() for run in runs)) / len(runs)

    async def delete(self) -> Acknowledgement:
        """Delete the scenario and its runs. (operation ``deleteScenario``)"""
        answer: Acknowledgement = await self.client._requester.json(
            scenarios.delete_scenario.request_kwargs, self.project_key, self.id
        )
        return answer

    async def get_trigger_fire(self, trigger_id: str, trigger_run_id: str) -> AsyncDSSTriggerFire:
        """A fire of one of the scenario's triggers. (operation ``getScenarioTriggerFire``)"""
        fire: TriggerFire = await self.client._requester.json(
            scenarios.get_scenario_trigger_fire.request_kwargs,
            self.project_key,
            self.id,
            trigger_id,
            trigger_run_id=trigger_run_id,
        )
        return AsyncDSSTriggerFire(self, fire)

    @overload
    async def get_definition(self, with_status: Literal[True] = True) -> ScenarioSummary: ...

    @overload
    async def get_definition(self, with_status: Literal[False]) -> ScenarioSettings: ...

    @overload
    async def get_definition(self, with_status: bool) -> ScenarioSummary | ScenarioSettings: ...

    async def get_definition(self, with_status: bool = True) -> ScenarioSummary | ScenarioSettings:
        """Deprecated, as in DSS: the light settings with the run status, or the whole settings.

        Use :meth:`get_status` or :meth:`get_settings`. (operations ``getScenarioStatus``, ``getScenario``)
        """
        warnings.warn("DSSScenario.get_definition is deprecated: use get_settings", DeprecationWarning, 2)
        if with_status:
            light: ScenarioSummary = await self.client._requester.json(
                scenarios.get_scenario_status.request_kwargs, self.project_key, self.id
            )
            return light
        definition: ScenarioSettings = await self.client._requester.json(
            scenarios.get_scenario.request_kwargs, self.project_key, self.id
        )
        return definition

    async def set_definition(self, definition: Mapping[str, Any], with_status: bool = True) -> Acknowledgement:
        """Deprecated, as in DSS: save what :meth:`get_definition` returned (with the same ``with_status``).

        With ``with_status``, only ``active``, ``description``, ``shortDesc``, ``tags`` and
        ``checklists`` change. (operations ``saveScenarioStatus``, ``saveScenario``)
        """
        warnings.warn("DSSScenario.set_definition is deprecated: use get_settings", DeprecationWarning, 2)
        if with_status:
            light: Acknowledgement = await self.client._requester.json(
                scenarios.save_scenario_status.request_kwargs, self.project_key, self.id, body=json_body(definition)
            )
            return light
        answer: Acknowledgement = await self.client._requester.json(
            scenarios.save_scenario.request_kwargs, self.project_key, self.id, body=json_body(definition)
        )
        return answer

    async def get_payload(self, extension: str = "py") -> str:
        """Deprecated, as in DSS: the script of a Python scenario; use :meth:`get_settings`.

        (operation ``getScenarioPayload``)
        """
        payload = await self.client._requester.json(
            scenarios.get_scenario_payload.request_kwargs, self.project_key, self.id
        )
        script: str = payload.get("script", "") or ""
        return script

    async def set_payload(self, script: str, extension: str = "py") -> Acknowledgement:
        """Deprecated, as in DSS: set the script of a Python scenario. (operation ``saveScenarioPayload``)"""
        answer: Acknowledgement = await self.client._requester.json(
            scenarios.save_scenario_payload.request_kwargs,
            self.project_key,
            self.id,
            body=json_body({"script": script, "extension": extension}),
        )
        return answer

    # -- discussions (issue 18) --

    def get_object_discussions(self) -> AsyncDSSObjectDiscussions:
        """The discussions about the scenario; calls nothing."""
        return AsyncDSSObjectDiscussions(self.client, self.project_key, "SCENARIO", self.id)


def _left(deadline: float | None) -> float | None:
    if deadline is None:
        return None
    # A wait whose time is up still makes its first read; a tiny bound lets it raise right after.
    return max(deadline - time.monotonic(), 1e-3)


def _run_progress_state(run: ScenarioRun | Mapping[str, Any]) -> dict[str, Any]:
    scenario = run.get("scenario") or {}
    outcome = (run.get("result") or {}).get("outcome") or "RUNNING"
    name = f"Scenario {scenario.get('id', '')} run {run.get('runId', '')}: {outcome}"
    return {"jobDisplayName": name, "progress": {"states": []}}


async def run_failure(run: AsyncDSSScenarioRun) -> ScenarioRunFailedError:
    """The error of a run that is over without success, naming its first failing step.

    The step comes from the run's details (one more read, ``getScenarioRun``): the first step
    whose result carries a ``thrown`` error, else the first failed job it ran. When that read
    fails, the error says the outcome only: the run's failure is what the caller must see.
    """
    outcome = (run.run.get("result") or {}).get("outcome", "UNKNOWN")
    message = f"Scenario run returned status {outcome}"
    run_dict = _plain(run.run)
    try:
        # Read defensively, as plain JSON: the failure must be reported whatever the details hold.
        details = _plain(await run._read())
    except DataikuException:
        return ScenarioRunFailedError(message, outcome, run_dict)
    steps = details.get("stepRuns")
    for step in steps if is_array(steps) else []:
        if not is_object(step):
            continue
        result = step.get("result")
        thrown = result.get("thrown") if is_object(result) else None
        if not is_object(thrown):
            items = step.get("additionalReportItems")
            failed = [
                item
                for item in (items if is_array(items) else [])
                if is_object(item) and item.get("outcome") == "FAILED"
            ]
            thrown = next((item["thrown"] for item in failed if is_object(item.get("thrown"))), None)
        if is_object(thrown):
            definition = step.get("step")
            return ScenarioRunFailedError(
                message,
                outcome,
                run_dict,
                step=definition if is_object(definition) else None,
                error_details=thrown,
            )
    return ScenarioRunFailedError(message, outcome, run_dict)


def _plain(payload: Mapping[str, Any]) -> dict[str, Any]:
    """The same dict, for what takes a plain dict (errors, progress callbacks)."""
    return cast("dict[str, Any]", payload)


class AsyncDSSScenarioStatus:
    """Whether a scenario is running and when it runs next (:meth:`DSSScenario.get_status`)."""

    def __init__(self, scenario: AsyncDSSScenario, data: ScenarioSummary) -> None:
        self.scenario = scenario
        self.data = data

    def __repr__(self) -> str:
        return f"{type(self).__name__}(running={self.data.get('running')!r})"

    def get_raw(self) -> ScenarioSummary:
        """The status as DSS sent it."""
        return self.data

    @property
    def running(self) -> bool:
        """Whether the scenario is running."""
        return bool(self.data["running"])

    @property
    def next_run(self) -> datetime.datetime | None:
        """When an active time-based trigger runs the scenario next, if one does."""
        return datetime_from_ms(self.data.get("nextRun"))


class AsyncDSSScenarioSettings(DSSRawSettings["ScenarioSettings"]):
    """A scenario's settings (``get_raw()`` is the dict itself): edit them, then :meth:`save`."""

    def __init__(self, client: AsyncDSSClient, scenario: AsyncDSSScenario, data: ScenarioSettings) -> None:
        super().__init__(data)
        self.client = client
        self.scenario = scenario

    @property
    def data(self) -> ScenarioSettings:
        """The settings' dict, as the official client names it (the same as :meth:`get_raw`)."""
        return self.settings

    @data.setter
    def data(self, data: ScenarioSettings) -> None:
        self.settings = data

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.data.get('id')!r}, type={self.data.get('type')!r})"

    @property
    def active(self) -> bool:
        """Whether the scenario's triggers are active (settable)."""
        return bool(self.data["active"])

    @active.setter
    def active(self, active: bool) -> None:
        self.data["active"] = active

    @property
    def run_as(self) -> str | None:
        """The user the scenario runs as, or None for its last author (settable)."""
        run_as: str | None = self.data.get("runAsUser")
        return run_as

    @run_as.setter
    def run_as(self, run_as: str | None) -> None:
        self.data["runAsUser"] = run_as

    @property
    def effective_run_as(self) -> str | None:
        """Who the scenario runs as: ``run_as``, or the last user who changed it."""
        if "runAsUser" in self.data:
            run_as: str | None = self.data["runAsUser"]
            return run_as
        for tag in ("versionTag", "creationTag"):
            if tag in self.data:
                login: str = self._untyped[tag]["lastModifiedBy"]["login"]
                return login
        return None

    @property
    def raw_triggers(self) -> list[ScenarioTrigger]:
        """The automatic triggers, a list edited in place (``active`` says whether each runs)."""
        triggers: list[ScenarioTrigger] = self._untyped.setdefault("triggers", [])
        return triggers

    @property
    def raw_reporters(self) -> list[ScenarioReporter]:
        """The reporters, a list edited in place."""
        reporters: list[ScenarioReporter] = self._untyped.setdefault("reporters", [])
        return reporters

    def add_periodic_trigger(self, every_minutes: int = 5) -> None:
        """Add a trigger firing every ``every_minutes`` minutes."""
        self.raw_triggers.append(
            {"active": True, "type": "temporal", "params": {"frequency": "Minutely", "repeatFrequency": every_minutes}}
        )

    def add_hourly_trigger(
        self,
        minute_of_hour: int = 0,
        year: int | None = None,
        month: int | None = None,
        day: int | None = None,
        starting_hour: int = 0,
        repeat_every: int = 1,
        timezone: str = "SERVER",
    ) -> None:
        """Add a trigger firing every ``repeat_every`` hours at ``minute_of_hour``."""
        params: ScenarioTriggerParams = {
            "frequency": "Hourly",
            "hour": starting_hour,
            "minute": minute_of_hour,
            "startingFrom": _starting_date(year, month, day),
            "repeatFrequency": repeat_every,
            "timezone": timezone,
        }
        self.raw_triggers.append({"active": True, "type": "temporal", "params": params})

    def add_daily_trigger(
        self,
        hour: int = 2,
        minute: int = 0,
        days: list[str] | None = None,
        year: int | None = None,
        month: int | None = None,
        day: int | None = None,
        repeat_every: int = 1,
        timezone: str = "SERVER",
    ) -> None:
        """Every ``repeat_every`` days, or on ``days`` of the week (``Monday``, ...) every ``repeat_every`` weeks."""
        params: ScenarioTriggerParams = {
            "frequency": "Daily" if days is None else "Weekly",
            "hour": hour,
            "minute": minute,
            "startingFrom": _starting_date(year, month, day),
            "repeatFrequency": repeat_every,
            "timezone": timezone,
        }
        if days is not None:
            params["daysOfWeek"] = days
        self.raw_triggers.append({"active": True, "type": "temporal", "params": params})

    def add_monthly_trigger(
        self,
        day: int = 1,
        hour: int = 2,
        minute: int = 0,
        year: int | None = None,
        month: int | None = None,
        run_on: str = "ON_THE_DAY",
        repeat_every: int = 1,
        timezone: str = "SERVER",
    ) -> None:
        """Add a trigger firing every ``repeat_every`` months, on ``day`` at ``hour:minute``."""
        params: ScenarioTriggerParams = {
            "frequency": "Monthly",
            "startingFrom": _starting_date(year, month, day, default_is_today=False),
            "hour": hour,
            "minute": minute,
            "monthlyRunOn": run_on,
            "repeatFrequency": repeat_every,
            "timezone": timezone,
        }
        self.raw_triggers.append({"active": True, "type": "temporal", "params": params})

    async def save(self) -> None:
        """Send the settings back to DSS, whole. (operation ``saveScenario``)"""
        await self.client._requester.json(
            scenarios.save_scenario.request_kwargs,
            self.scenario.project_key,
            self.scenario.id,
            body=json_body(self.settings),
        )


def _starting_date(year: int | None, month: int | None, day: int | None, default_is_today: bool = True) -> str:
    """The first day a trigger runs, as DSS writes it (``2024-05-01T00:00:00.000+0200``), in local time."""
    today = datetime.datetime.now().astimezone()
    if not isinstance(day, int) or not 1 <= day <= 31:
        day = today.day if default_is_today else 1
    if not isinstance(month, int) or not 1 <= month <= 12:
        month = today.month if default_is_today else 1
    if not isinstance(year, int):
        year = today.year
    start = today.replace(year=year, month=month, day=day, hour=0, minute=0, second=0, microsecond=0)
    return start.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + start.strftime("%z")


class AsyncStepBasedScenarioSettings(AsyncDSSScenarioSettings):
    """The settings of a step-based scenario: ``raw_steps`` (each ``id``, ``name``, ``type``, ``params``)."""

    @property
    def raw_steps(self) -> list[ScenarioStep]:
        """The steps, a list edited in place."""
        params = self._untyped.get("params")
        if not is_object(params):
            new: dict[str, Any] = {}
            params = self._untyped["params"] = new
        steps: list[ScenarioStep] = params.setdefault("steps", [])
        return steps


class AsyncPythonScriptBasedScenarioSettings(AsyncDSSScenarioSettings):
    """The settings of a Python scenario, and its script (``code``)."""

    def __init__(self, client: AsyncDSSClient, scenario: AsyncDSSScenario, data: ScenarioSettings, script: str) -> None:
        super().__init__(client, scenario, data)
        self.script = script

    @property
    def code(self) -> str:
        """The scenario's Python script (settable)."""
        return self.script

    @code.setter
    def code(self, script: str) -> None:
        self.script = script

    async def save(self) -> None:
        """Send the settings, then the script, back to DSS. (operations ``saveScenario``, ``saveScenarioPayload``)"""
        await super().save()
        await self.client._requester.json(
            scenarios.save_scenario_payload.request_kwargs,
            self.scenario.project_key,
            self.scenario.id,
            body=json_body({"script": self.script}),
        )


class AsyncDSSScenarioRun:
    """A run of a scenario: ``get_info()`` is its dict; ``result`` is in it once the run is over."""

    def __init__(self, client: AsyncDSSClient, run: ScenarioRun) -> None:
        self.client = client
        self.run = run

    def __repr__(self) -> str:
        outcome = (self.run.get("result") or {}).get("outcome")
        return f"{type(self).__name__}(id={self.run.get('runId')!r}, outcome={outcome!r})"

    @property
    def id(self) -> str:
        """The run's id."""
        run_id: str = self.run["runId"]
        return run_id

    @property
    def running(self) -> bool:
        """Whether the run is still going (it has no result yet)."""
        return "result" not in self.run

    @property
    def outcome(self) -> str:
        """SUCCESS, WARNING, FAILED or ABORTED; ValueError while the run goes on."""
        if "result" not in self.run:
            raise ValueError("outcome not available for this scenario run. Maybe still running?")
        outcome: str = self.run["result"]["outcome"]
        return outcome

    @property
    def trigger(self) -> ScenarioTrigger:
        """The trigger that started the run."""
        return self.run["trigger"]["trigger"]

    def get_info(self) -> ScenarioRun:
        """The run as DSS sent it."""
        return self.run

    def get_start_time(self) -> datetime.datetime:
        """When the run started."""
        start = datetime_from_ms(self.run["start"])
        if start is None:
            raise ValueError("Scenario run has no start time")
        return start

    start_time = property(get_start_time)

    def get_end_time(self) -> datetime.datetime:
        """When the run ended; ``ValueError`` while it runs."""
        end = datetime_from_ms(self.run.get("end"))
        if end is None:
            raise ValueError("Scenario run has not completed")
        return end

    end_time = property(get_end_time)

    def get_duration(self) -> float:
        """Seconds the run took, or has taken so far."""
        end = datetime_from_ms(self.run.get("end")) or datetime.datetime.now(datetime.UTC)
        return (end - self.get_start_time()).total_seconds()

    duration = property(get_duration)

    async def _read(self) -> ScenarioRunDetails:
        details: ScenarioRunDetails = await self.client._requester.json(
            scenarios.get_scenario_run.request_kwargs,
            self.run["scenario"]["projectKey"],
            self.run["scenario"]["id"],
            self.run["runId"],
        )
        return details

    async def refresh(self) -> None:
        """Read the run again (its outcome, once it is over). (operation ``getScenarioRun``)"""
        details = await self._read()
        if "scenarioRun" in details:
            self.run = details["scenarioRun"]

    async def wait_for_completion(
        self,
        no_fail: bool = False,
        timeout: float | None = None,
        progress_callback: Callable[[dict[str, Any]], None] | None = None,
        progress: bool = False,
        polling: PollingSchedule | None = None,
    ) -> None:
        """Wait until the run is over; raises :class:`~dssclient.ScenarioRunFailedError` if it did not succeed.

        :param timeout: seconds at most, reads included (:class:`~dssclient.WaitTimeoutError` past them).
        :param progress_callback: called with the run's dict at each read.
        :param progress: show the run's progress instead (a live line, or a tqdm bar when installed).
        :param polling: how often to read (default: the client's ``future_polling``).
        """
        check_wait_timeout(timeout)
        check_progress(progress, progress_callback)
        in_hand = not self.running

        async def read() -> dict[str, Any]:
            # A run already over is not read again; its state is still shown once.
            nonlocal in_hand
            if in_hand:
                in_hand = False
            else:
                await self.refresh()
            return cast("dict[str, Any]", self.run)

        await wait_until(
            read,
            lambda run: "result" in run,
            what=f"scenario run {self.run.get('runId')}",
            polling=polling or self.client.future_polling,
            timeout=timeout,
            progress_callback=progress_callback,
            progress=progress,
            progress_state=_run_progress_state,
        )
        if self.outcome != "SUCCESS" and not no_fail:
            raise await run_failure(self)

    async def get_details(self) -> DSSScenarioRunDetails:
        """The run and the runs of its steps (outcomes, errors, jobs). (operation ``getScenarioRun``)"""
        details = DSSScenarioRunDetails(cast("dict[str, Any]", await self._read()))
        if "stepRuns" in details:
            details["stepRuns"] = [DSSStepRunDetails(step) for step in details["stepRuns"]]
        return details

    async def get_log(self, step_id: str | None = None) -> str:
        """The run's log, or that of one step. (operation ``getScenarioRunLog``)"""
        from dssclient_generated.types import UNSET

        stream = await self.client._requester.stream(
            scenarios.get_scenario_run_log.request_kwargs,
            self.run["scenario"]["projectKey"],
            self.run["scenario"]["id"],
            self.run["runId"],
            step_id=step_id if step_id is not None else UNSET,
        )
        return await read_text(stream)

    # -- test reports (issue 18) --

    def _check_test(self) -> None:
        scenario = self.run["scenario"]
        if not scenario.get("markedAsTest"):
            raise DataikuException(
                f"When run {self.run['runId']} was performed, scenario {scenario['id']} was not marked as a test "
                "scenario. Reports are only available for test scenarios."
            )

    async def get_report(self) -> AsyncDSSStream:
        """The run's JUnit XML report, as a stream (close it); test scenarios only.

        (operation ``getScenarioRunReport``)
        """
        self._check_test()
        return await self.client._requester.stream(
            scenario_testing.get_scenario_run_report.request_kwargs,
            self.run["scenario"]["projectKey"],
            self.run["scenario"]["id"],
            self.run["runId"],
        )

    async def get_step_run_report(self, step_id: str) -> AsyncDSSStream:
        """One step's JUnit XML report, as a stream (close it); test scenarios only. (operation ``getStepRunReport``)"""
        self._check_test()
        return await self.client._requester.stream(
            scenario_testing.get_step_run_report.request_kwargs,
            self.run["scenario"]["projectKey"],
            self.run["scenario"]["id"],
            self.run["runId"],
            step_id=step_id,
        )


class DSSTestingStatus:
    """A project's testing status: how many test scenarios ran, by outcome.

    Get it with :meth:`DSSProject.get_testing_status`.
    """

    def __init__(self, raw: TestingStatus) -> None:
        self._raw = raw

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self._raw.get('nbTotalRanScenarios')} ran)"

    @property
    def nb_total_ran_scenarios(self) -> int:
        """How many test scenarios have a finished run."""
        return self._raw["nbTotalRanScenarios"]

    @property
    def nb_scenarios_per_outcome(self) -> dict[str, int]:
        """How many ended with each outcome (``SUCCESS``, ``WARNING``, ``FAILED``, ``ABORTED``)."""
        return self._raw["nbScenariosPerOutcome"]

    def get_raw(self) -> TestingStatus:
        """The status as DSS sent it."""
        return self._raw


class DSSScenarioRunDetails(dict[str, Any]):
    """A scenario run's details: ``scenarioRun``, and ``stepRuns`` (:class:`DSSStepRunDetails`)."""

    def get_raw(self) -> ScenarioRunDetails:
        """The details' dict (this very object), typed."""
        return cast("ScenarioRunDetails", self)

    @property
    def steps(self) -> list[DSSStepRunDetails]:
        """The details of each step's run."""
        steps: list[DSSStepRunDetails] = self["stepRuns"]
        return steps

    @property
    def last_step(self) -> DSSStepRunDetails:
        """The details of the last step's run."""
        return self.steps[-1]

    @property
    def first_error_details(self) -> ScenarioRunError | None:
        """The first error of a step (``clazz``, ``title``, ``message``, ...), when one failed."""
        for step in self.steps:
            error = step.first_error_details
            if error is not None:
                return error
        return None


class DSSStepRunDetails(dict[str, Any]):
    """The run of one step: ``result`` (its ``outcome``), and the jobs it ran (``additionalReportItems``)."""

    @property
    def outcome(self) -> str:
        """The step's outcome (``SUCCESS``, ``WARNING``, ``FAILED``, ...)."""
        outcome: str = self["result"]["outcome"]
        return outcome

    @property
    def job_ids(self) -> list[str]:
        """The ids of the jobs the step ran."""
        return [item["jobId"] for item in self["additionalReportItems"] if item["type"] == "JOB_EXECUTED"]

    def get_raw(self) -> ScenarioStepRun:
        """The step run's dict (this very object), typed."""
        return cast("ScenarioStepRun", self)

    @property
    def first_error_details(self) -> ScenarioRunError | None:
        """The error the step threw, or else the first one a job it ran threw, when one failed."""
        if self.outcome == "FAILED":
            result: dict[str, Any] = self.get("result") or {}
            thrown: ScenarioRunError | None = result.get("thrown")
            if thrown is not None:
                return thrown
        for item in self["additionalReportItems"]:
            if item.get("outcome") == "FAILED" and item.get("thrown") is not None:
                found: ScenarioRunError = item["thrown"]
                return found
        return None


class AsyncDSSScenarioRunWaiter:
    """Waits for a run a trigger fire started, as the official waiter does (through the fire)."""

    def __init__(self, scenario_run: AsyncDSSScenarioRun, trigger_fire: AsyncDSSTriggerFire) -> None:
        self.scenario_run = scenario_run
        self.trigger_fire = trigger_fire

    async def wait(
        self,
        no_fail: bool = False,
        timeout: float | None = None,
        progress: bool = False,
        progress_callback: Callable[[dict[str, Any]], None] | None = None,
        polling: PollingSchedule | None = None,
    ) -> AsyncDSSScenarioRun:
        """The run, once over; raises :class:`~dssclient.ScenarioRunFailedError` unless it succeeded or ``no_fail``.

        ``timeout``, ``progress``, ``progress_callback`` (called with the run's dict) and
        ``polling`` as in :meth:`DSSScenario.run_and_wait`.
        """
        check_wait_timeout(timeout)
        check_progress(progress, progress_callback)
        in_hand = bool(self.scenario_run.run.get("result"))

        async def read() -> AsyncDSSScenarioRun:
            # A run already over is not read again; its state is still shown once.
            nonlocal in_hand
            if in_hand:
                in_hand = False
                return self.scenario_run
            found = await self.trigger_fire.get_scenario_run()
            if found is not None:
                self.scenario_run = found
            return self.scenario_run

        await wait_until(
            read,
            lambda run: bool(run.run.get("result")),
            what=f"scenario run {self.scenario_run.run.get('runId')}",
            polling=polling or self.trigger_fire.client.future_polling,
            timeout=timeout,
            progress_callback=None if progress_callback is None else lambda run: progress_callback(_plain(run.run)),
            progress=progress,
            progress_state=lambda run: _run_progress_state(run.run),
        )
        outcome = (self.scenario_run.run.get("result") or {}).get("outcome", "UNKNOWN")
        if outcome == "SUCCESS" or no_fail:
            return self.scenario_run
        raise await run_failure(self.scenario_run)


class AsyncDSSTriggerFire:
    """A fire of a scenario's trigger (``run()`` answers one): it starts a run, or is cancelled."""

    def __init__(self, scenario: AsyncDSSScenario, trigger_fire: TriggerFire) -> None:
        self.client = scenario.client
        self.project_key = scenario.project_key
        self.scenario_id = scenario.id
        # A fire names the trigger that fired (the schema allows null, as in a trigger not saved yet).
        self.trigger_id: str = cast("str", trigger_fire["trigger"]["id"])
        self.run_id: str = trigger_fire["runId"]
        self.trigger_fire = trigger_fire

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(scenario_id={self.scenario_id!r}, trigger_id={self.trigger_id!r}, run_id={self.run_id!r})"

    def get_raw(self) -> TriggerFire:
        """The trigger fire as DSS sent it."""
        return self.trigger_fire

    async def wait_for_scenario_run(
        self,
        no_fail: bool = False,
        timeout: float | None = None,
        polling: PollingSchedule | None = None,
        progress: bool = False,
    ) -> AsyncDSSScenarioRun | None:
        """The run the fire started, once it exists (it may still be running).

        A cancelled fire raises :class:`~dssclient.ScenarioRunFailedError`, or returns None with
        ``no_fail``. As the official client does, the fire is read again every tenth poll.
        ``timeout`` bounds the wait (:class:`~dssclient.WaitTimeoutError`); ``progress`` shows it.
        """
        check_wait_timeout(timeout)
        counter = 0
        cancelled = False

        async def read() -> AsyncDSSScenarioRun | None:
            nonlocal counter, cancelled
            counter = (counter + 1) % 10
            if await self.is_cancelled(refresh=counter == 0):
                cancelled = True
                return None
            return await self.get_scenario_run()

        run: AsyncDSSScenarioRun | None = await wait_until(
            read,
            lambda found: found is not None or cancelled,
            what=f"the run of trigger fire {self.run_id}",
            polling=polling or self.client.future_polling,
            timeout=timeout,
            progress=progress,
            progress_state=lambda found: {
                "jobDisplayName": f"Scenario {self.scenario_id}: "
                + (f"run {found.id} started" if found is not None else f"waiting for the run of fire {self.run_id}")
            },
        )
        if cancelled:
            if no_fail:
                return None
            raise ScenarioRunFailedError("Scenario run has been cancelled")
        return run

    async def get_scenario_run(self) -> AsyncDSSScenarioRun | None:
        """The run the fire started, or None while it does not exist. (operation ``getScenarioRunForTrigger``)"""
        answer = await self.client._requester.json(
            scenarios.get_scenario_run_for_trigger.request_kwargs,
            self.project_key,
            self.scenario_id,
            trigger_id=self.trigger_id,
            trigger_run_id=self.run_id,
        )
        if "scenarioRun" not in answer:
            return None
        return AsyncDSSScenarioRun(self.client, answer["scenarioRun"])

    async def is_cancelled(self, refresh: bool = False) -> bool:
        """Whether the fire was cancelled; ``refresh`` reads it again. (operation ``getScenarioTriggerFire``)"""
        if refresh:
            self.trigger_fire = await self.client._requester.json(
                scenarios.get_scenario_trigger_fire.request_kwargs,
                self.project_key,
                self.scenario_id,
                self.trigger_id,
                trigger_run_id=self.run_id,
            )
        return bool(self.trigger_fire["cancelled"])
