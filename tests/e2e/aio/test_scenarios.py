"""Scenarios: settings round trips, run -> trigger fire -> run, waits (bounded), runs, logs, aborts, end to end."""

from __future__ import annotations

import datetime
import time
from typing import Any

import pytest

from dssclient import (
    AsyncDSSClient,
    BadRequestError,
    ConflictError,
    NotFoundError,
    PermissionDeniedError,
    ScenarioRunFailedError,
    WaitTimeoutError,
)
from dssclient._concurrency import async_sleep
from dssclient.aio.dss.project import AsyncDSSProject
from dssclient.aio.dss.scenario import (
    AsyncDSSScenario,
    AsyncDSSScenarioListItem,
    AsyncDSSScenarioRun,
    AsyncDSSScenarioRunWaiter,
    AsyncDSSScenarioStatus,
    AsyncDSSTriggerFire,
    AsyncPythonScriptBasedScenarioSettings,
    AsyncStepBasedScenarioSettings,
    DSSScenarioRunDetails,
    DSSStepRunDetails,
)
from tests.conftest import FAST_POLLING, admin_key, sent_bodies
from tests.e2e.aio.automation_helpers import DOUBLE_SCRIPT, python_recipe, rows_of, upload_csv

pytestmark = pytest.mark.anyio  # unasync: remove

SLEEPING = "import time\ntime.sleep(60)\n"


def build_step(item: str, step_id: str = "build", job_type: str = "RECURSIVE_FORCED_BUILD") -> dict[str, Any]:
    return {
        "id": step_id,
        "type": "build_flowitem",
        "name": f"Build {item}",
        "params": {"builds": [{"type": "DATASET", "itemId": item}], "jobType": job_type},
    }


@pytest.fixture
async def project(client: AsyncDSSClient) -> AsyncDSSProject:
    project = await client.create_project("P", "Project", "admin")
    await upload_csv(project)
    await python_recipe(project, "customers", "doubled", DOUBLE_SCRIPT, "double")
    return project


async def step_scenario(project: AsyncDSSProject, *steps: dict[str, Any], name: str = "Refresh") -> AsyncDSSScenario:
    scenario = await project.create_scenario(name, "step_based")
    settings = await scenario.get_settings()
    assert isinstance(settings, AsyncStepBasedScenarioSettings)
    settings.raw_steps.extend(steps)
    await settings.save()
    return scenario


async def until_running(run: AsyncDSSScenarioRun, step_type: str) -> None:
    """Wait (at most 10 s) until the run has started a step of that type."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        details = await run.get_details()
        if any(step["step"]["type"] == step_type for step in details.steps):
            return
        await async_sleep(0.02)
    raise AssertionError(f"the run never started a {step_type} step")


# -- creation and settings --------------------------------------------------------------------------


async def test_create_makes_the_identifier_from_the_name(project: AsyncDSSProject, dss_emulator: Any) -> None:
    scenario = await project.create_scenario("Daily refresh (v2)", "step_based")
    assert isinstance(scenario, AsyncDSSScenario) and scenario.id == "DAILYREFRESHV2"
    assert sent_bodies(dss_emulator, "createScenario") == [
        {"params": {}, "type": "step_based", "name": "Daily refresh (v2)"}
    ]
    again = await project.create_scenario("Daily refresh v2!", "step_based")
    assert again.id == "DAILYREFRESHV2_2"
    definition: dict[str, Any] = {"params": {}, "id": "MINE"}
    chosen = await project.create_scenario("Whatever", "custom_python", definition=definition)
    assert chosen.id == "MINE" and definition["name"] == "Whatever" and definition["type"] == "custom_python"
    with pytest.raises(ConflictError):
        await project.create_scenario("Again", "step_based", definition={"id": "MINE"})
    with pytest.raises(BadRequestError, match="type"):
        await project.create_scenario("Bad", "sql_based")


async def test_step_based_settings_round_trip(project: AsyncDSSProject) -> None:
    scenario = await project.create_scenario("Refresh", "step_based")
    settings = await scenario.get_settings()
    assert isinstance(settings, AsyncStepBasedScenarioSettings)
    assert settings.active is False and settings.run_as is None and settings.effective_run_as == "admin"
    settings.raw_steps.append(build_step("doubled", step_id=""))
    settings.add_periodic_trigger(every_minutes=15)
    settings.add_hourly_trigger(minute_of_hour=30, starting_hour=1)
    settings.add_daily_trigger(hour=4, days=["Monday", "Friday"])
    settings.add_monthly_trigger(day=3, run_on="LAST_WEEK")
    settings.active = True
    settings.run_as = "admin"
    settings.raw_reporters.append({"type": "email", "params": {"recipients": "ops@example.com ✓"}})
    settings.get_raw()["unknown"] = {"kept": [1, "é"]}
    await settings.save()
    saved = await scenario.get_settings()
    assert saved.active is True and saved.run_as == "admin"
    assert saved.raw_steps[0]["id"] == "build_flowitem_0"
    assert [t["params"]["frequency"] for t in saved.raw_triggers] == ["Minutely", "Hourly", "Weekly", "Monthly"]
    assert all(t["id"] for t in saved.raw_triggers)
    assert saved.raw_triggers[2]["params"]["daysOfWeek"] == ["Monday", "Friday"]
    assert saved.raw_triggers[3]["params"]["monthlyRunOn"] == "LAST_WEEK"
    assert saved.raw_triggers[3]["params"]["startingFrom"][5:10] == "01-03"
    assert saved.raw_reporters[0]["params"]["recipients"] == "ops@example.com ✓"
    assert saved.get_raw()["unknown"] == {"kept": [1, "é"]}
    status = await scenario.get_status()
    assert isinstance(status, AsyncDSSScenarioStatus)
    assert status.running is False
    assert status.next_run is not None and status.next_run > datetime.datetime.now(datetime.UTC)
    saved.active = False
    await saved.save()
    assert (await scenario.get_status()).next_run is None


async def test_python_scenario_settings_keep_the_script(project: AsyncDSSProject, dss_emulator: Any) -> None:
    scenario = await project.create_scenario("Py", "custom_python")
    settings = await scenario.get_settings()
    assert isinstance(settings, AsyncPythonScriptBasedScenarioSettings)
    assert settings.code == ""
    settings.code = "print('héllo')\n"
    await settings.save()
    assert sent_bodies(dss_emulator, "saveScenarioPayload") == [{"script": "print('héllo')\n"}]
    assert (await scenario.get_settings()).code == "print('héllo')\n"
    assert await scenario.get_payload() == "print('héllo')\n"
    await scenario.set_payload("print(2)\n")
    assert (await scenario.get_settings()).code == "print(2)\n"
    step_based = await project.create_scenario("Steps", "step_based")
    with pytest.raises(BadRequestError, match="step-based"):
        await step_based.set_payload("x")


async def test_settings_are_raw_settings_whose_data_is_the_dict_saved(
    project: AsyncDSSProject, dss_emulator: Any
) -> None:
    """``data`` (the official client's name) and ``get_raw()`` are one dict: replacing it replaces what is saved."""
    from dssclient.dss.utils import DSSRawSettings

    scenario = await project.create_scenario("Raw", "step_based")
    settings = await scenario.get_settings()
    assert isinstance(settings, DSSRawSettings)
    assert settings.data is settings.get_raw()
    settings.data = {**settings.get_raw(), "shortDesc": "replaced whole"}
    assert settings.get_raw()["shortDesc"] == "replaced whole"
    await settings.save()
    assert sent_bodies(dss_emulator, "saveScenario")[-1]["shortDesc"] == "replaced whole"
    assert (await scenario.get_settings()).get_raw()["shortDesc"] == "replaced whole"


async def test_settings_refusals(project: AsyncDSSProject) -> None:
    scenario = await project.create_scenario("Refresh", "step_based")
    settings = await scenario.get_settings()
    settings.get_raw()["id"] = "OTHER"
    with pytest.raises(BadRequestError, match="cannot rename"):
        await settings.save()
    settings.get_raw()["id"] = scenario.id
    settings.get_raw()["type"] = "custom_python"
    with pytest.raises(BadRequestError, match="type"):
        await settings.save()
    with pytest.raises(NotFoundError):
        await project.get_scenario("NOPE").get_settings()


# -- runs ----------------------------------------------------------------------------------------------


async def test_run_fires_the_manual_trigger_and_the_run_builds(project: AsyncDSSProject, dss_emulator: Any) -> None:
    scenario = await step_scenario(project, build_step("doubled"))
    fire = await scenario.run({"reason": "test"})
    assert isinstance(fire, AsyncDSSTriggerFire)
    assert sent_bodies(dss_emulator, "runScenario") == [{"reason": "test"}]
    assert fire.trigger_id == "manual" and fire.get_raw()["cancelled"] is False
    assert await fire.is_cancelled() is False and await fire.is_cancelled(refresh=True) is False
    run = await fire.wait_for_scenario_run(timeout=30)
    assert isinstance(run, AsyncDSSScenarioRun)
    done = await AsyncDSSScenarioRunWaiter(run, fire).wait(timeout=30)
    assert done.outcome == "SUCCESS" and not done.running
    assert done.trigger["type"] == "manual"
    assert done.get_info()["trigger"]["params"] == {"reason": "test"}
    assert done.end_time >= done.start_time and done.duration >= 0
    details = await done.get_details()
    assert isinstance(details, DSSScenarioRunDetails)
    step = details.last_step
    assert isinstance(step, DSSStepRunDetails)
    assert (step.outcome, step["step"]["id"], len(step.job_ids)) == ("SUCCESS", "build", 1)
    assert details.first_error_details is None
    job = project.get_job(step.job_ids[0])
    assert (await job.get_status())["baseStatus"]["state"] == "DONE"
    assert await rows_of(project.get_dataset("doubled")) == [["ann", 20.0], ["bob", 40.0], ["cid", 11.0], ["dan", None]]
    log = await done.get_log()
    assert "Step Build doubled (build_flowitem) started" in log and "ended: SUCCESS" in log
    assert "Step Build doubled" in await done.get_log(step_id="build")
    assert "Scenario run" not in await done.get_log(step_id="build")


async def test_run_and_wait_and_the_runs_read_back(project: AsyncDSSProject) -> None:
    scenario = await step_scenario(project, build_step("doubled"))
    first = await scenario.run_and_wait(timeout=30)
    second = await scenario.run_and_wait(timeout=30)
    assert first is not None and second is not None
    runs = await scenario.get_last_runs()
    assert [r.id for r in runs] == [second.id, first.id]
    assert [r.id for r in await scenario.get_last_runs(limit=1)] == [second.id]
    assert (await scenario.get_last_finished_run()).id == second.id
    assert (await scenario.get_last_successful_run()).id == second.id
    assert await scenario.get_current_run() is None
    assert (await scenario.get_run(first.id)).outcome == "SUCCESS"
    today = datetime.date.today()
    in_range = await scenario.get_runs_by_date(today, today + datetime.timedelta(days=1))
    assert [r.id for r in in_range] == [second.id, first.id]
    assert await scenario.get_runs_by_date("2000-01-01", "2000-01-02") == []
    assert (await scenario.get_average_duration(limit=2)) is not None
    assert await scenario.get_average_duration(limit=5) is None
    again = await scenario.get_trigger_fire("manual", first.get_info()["trigger"]["runId"])
    assert (await again.get_scenario_run()) is not None
    with pytest.raises(NotFoundError):
        await scenario.get_run("nope")
    with pytest.raises(NotFoundError):
        await scenario.get_trigger_fire("manual", "nope")
    with pytest.raises(BadRequestError):
        await scenario.get_runs_by_date("yesterday")


async def test_a_failing_recipe_fails_the_step_and_the_run(project: AsyncDSSProject) -> None:
    settings = await project.get_recipe("double").get_settings()
    settings.set_payload("raise ValueError('the source is broken')\n")
    await settings.save()
    scenario = await step_scenario(
        project,
        build_step("doubled"),
        {
            "id": "after",
            "type": "compute_metrics",
            "params": {"computes": [{"type": "DATASET", "itemId": "customers"}]},
        },
        {
            "id": "always",
            "type": "compute_metrics",
            "runConditionType": "RUN_ALWAYS",
            "params": {"computes": [{"type": "DATASET", "itemId": "customers"}]},
        },
    )
    with pytest.raises(ScenarioRunFailedError) as caught:
        await scenario.run_and_wait(timeout=30)
    failed = caught.value
    assert str(failed).startswith("Scenario run returned status FAILED; step Build doubled failed: ")
    assert failed.outcome == "FAILED" and (failed.step_id, failed.step_name) == ("build", "Build doubled")
    assert failed.error_type == "com.dataiku.dip.scenario.StepFailedException"
    assert failed.error_message is not None and "<class 'ValueError'>: the source is broken" in failed.error_message
    run = await scenario.run_and_wait(no_fail=True, timeout=30)
    assert run is not None and run.outcome == "FAILED"
    details = await run.get_details()
    assert [(s["step"]["id"], s.outcome) for s in details.steps] == [("build", "FAILED"), ("always", "SUCCESS")]
    error = details.first_error_details
    assert error is not None and "the source is broken" in error["message"]
    item = details.steps[0]["additionalReportItems"][0]
    assert item["type"] == "JOB_EXECUTED" and item["outcome"] == "FAILED"
    assert "the source is broken" in item["thrown"]["message"]
    log = await run.get_log()
    assert "the source is broken" in log and "Step after skipped" in log
    with pytest.raises(ScenarioRunFailedError) as again:
        await run.wait_for_completion()
    assert again.value.step_name == "Build doubled" and "the source is broken" in str(again.value)
    await run.wait_for_completion(no_fail=True)


async def test_a_python_scenario_builds_and_sees_its_parameters(project: AsyncDSSProject) -> None:
    scenario = await project.create_scenario("Py", "custom_python")
    settings = await scenario.get_settings()
    assert isinstance(settings, AsyncPythonScriptBasedScenarioSettings)
    settings.code = (
        "from dataiku.scenario import Scenario\nimport dataiku\n"
        "s = Scenario()\nprint('params', s.get_trigger_params())\n"
        "result = s.build_dataset('doubled', build_mode='NON_RECURSIVE_FORCED_BUILD')\n"
        "print('built', result.outcome)\n"
        "s.set_scenario_variables(done='yes')\nprint('vars', s.get_all_variables()['done'])\n"
        "print('rows', len(list(dataiku.Dataset('doubled').iter_tuples())))\n"
    )
    await settings.save()
    run = await scenario.run_and_wait({"day": "monday"}, timeout=30)
    assert run is not None and run.outcome == "SUCCESS"
    log = await run.get_log()
    assert "params {'day': 'monday'}" in log and "built SUCCESS" in log and "vars yes" in log and "rows 4" in log
    details = await run.get_details()
    assert len(details.last_step.job_ids) == 1


async def test_a_python_scenario_that_raises_fails(project: AsyncDSSProject) -> None:
    scenario = await project.create_scenario("Py", "custom_python")
    settings = await scenario.get_settings()
    assert isinstance(settings, AsyncPythonScriptBasedScenarioSettings)
    settings.code = "import dataiku\ndataiku.Dataset('customers').get_writer()\n"
    await settings.save()
    run = await scenario.run_and_wait(no_fail=True, timeout=30)
    assert run is not None and run.outcome == "FAILED"
    error = (await run.get_details()).first_error_details
    assert error is not None and "cannot be written" in error["message"]


async def test_a_python_step_that_raises_names_its_exception_in_the_error(project: AsyncDSSProject) -> None:
    scenario = await project.create_scenario("Py", "custom_python")
    settings = await scenario.get_settings()
    assert isinstance(settings, AsyncPythonScriptBasedScenarioSettings)
    settings.code = "print('starting')\nraise ValueError('boom')\n"
    await settings.save()
    with pytest.raises(ScenarioRunFailedError) as caught:
        await scenario.run_and_wait(timeout=30)
    error = caught.value
    assert (error.outcome, error.step_id, error.step_name) == ("FAILED", "custom_python", "Python script")
    assert error.error_type == "com.dataiku.dip.exceptions.ExternalProcessFailedException"
    assert error.error_message == "Error in Python process: At line 2: <class 'ValueError'>: boom"
    assert str(error) == (
        "Scenario run returned status FAILED; step Python script failed: "
        "com.dataiku.dip.exceptions.ExternalProcessFailedException: "
        "Error in Python process: At line 2: <class 'ValueError'>: boom"
    )
    assert error.error_details is not None and error.error_details["message"] == error.error_message
    assert error.run is not None and error.run["result"]["outcome"] == "FAILED"
    # The run's own wait and the waiter through its fire say the same.
    fire = await scenario.run()
    run = await fire.wait_for_scenario_run(timeout=30)
    assert run is not None
    with pytest.raises(ScenarioRunFailedError, match="<class 'ValueError'>: boom") as waited:
        await AsyncDSSScenarioRunWaiter(run, fire).wait(timeout=30)
    assert waited.value.step_name == "Python script"
    with pytest.raises(ScenarioRunFailedError, match="<class 'ValueError'>: boom"):
        await run.wait_for_completion(timeout=30)


async def test_a_failed_run_whose_details_cannot_be_read_still_says_its_outcome(
    project: AsyncDSSProject, client: AsyncDSSClient
) -> None:
    scenario = await project.create_scenario("Py", "custom_python")
    settings = await scenario.get_settings()
    assert isinstance(settings, AsyncPythonScriptBasedScenarioSettings)
    settings.code = "raise ValueError('boom')\n"
    await settings.save()
    run = await scenario.run_and_wait(no_fail=True, timeout=30)
    assert run is not None and run.outcome == "FAILED"
    # A run dict whose scenario does not exist: the details read fails, the failure still shows.
    orphan = AsyncDSSScenarioRun(client, {**run.get_info(), "scenario": {"projectKey": "P", "id": "gone"}})
    with pytest.raises(ScenarioRunFailedError) as caught:
        await orphan.wait_for_completion()
    assert str(caught.value) == "Scenario run returned status FAILED"
    assert caught.value.step_name is None and caught.value.error_type is None and caught.value.error_details is None


async def test_every_run_wait_shows_progress_and_refuses_two_displays(
    project: AsyncDSSProject, dss_emulator: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    scenario = await step_scenario(project, build_step("doubled"))
    run = await scenario.run_and_wait(timeout=30, progress=True)
    assert f"run {run.id}: SUCCESS" in capsys.readouterr().err
    seen: list[dict[str, Any]] = []
    second = await scenario.run_and_wait(timeout=30, progress_callback=seen.append)
    assert seen and seen[-1]["runId"] == second.id and seen[-1]["result"]["outcome"] == "SUCCESS"
    fires = len([e for e in dss_emulator.request_log if e.operation_id == "runScenario"])
    with pytest.raises(ValueError, match="not both"):
        await scenario.run_and_wait(progress=True, progress_callback=print)
    with pytest.raises(ValueError, match="timeout"):
        await scenario.run_and_wait(timeout=-1)
    assert len([e for e in dss_emulator.request_log if e.operation_id == "runScenario"]) == fires  # nothing fired
    fire = await scenario.run()
    started = await fire.wait_for_scenario_run(timeout=30, progress=True)
    assert started is not None and f"Scenario {scenario.id}: run {started.id} started" in capsys.readouterr().err
    await started.wait_for_completion(timeout=30, progress=True)
    assert f"run {started.id}: SUCCESS" in capsys.readouterr().err
    third = await AsyncDSSScenarioRunWaiter(started, fire).wait(timeout=30, progress=True)
    assert third.outcome == "SUCCESS" and f"run {started.id}: SUCCESS" in capsys.readouterr().err


async def test_abort_stops_a_running_scenario_and_its_job(project: AsyncDSSProject, client: AsyncDSSClient) -> None:
    await python_recipe(project, "customers", "slow_out", SLEEPING, "slow")
    scenario = await step_scenario(project, build_step("slow_out", job_type="NON_RECURSIVE_FORCED_BUILD"))
    fire = await scenario.run()
    run = await fire.wait_for_scenario_run(timeout=30)
    assert run is not None and run.running
    await until_running(run, "build_flowitem")
    current = await scenario.get_current_run()
    assert current is not None and current.id == run.id
    status = await scenario.get_status()
    assert status.running is True and status.get_raw()["start"] > 0
    items = await project.list_scenarios()
    assert [(i.id, i.running) for i in items] == [("Refresh", True)]
    assert items[0].start_time is not None
    running_scenarios = await client.list_running_scenarios()
    assert [s["payload"]["scenarioId"] for s in running_scenarios] == [scenario.id]
    cancelled = await scenario.run()
    assert await cancelled.is_cancelled() is True
    with pytest.raises(ScenarioRunFailedError, match="cancelled"):
        await cancelled.wait_for_scenario_run(timeout=30)
    assert await cancelled.wait_for_scenario_run(no_fail=True, timeout=30) is None
    started = time.monotonic()
    await scenario.abort()
    await run.wait_for_completion(no_fail=True, timeout=30)
    assert run.outcome == "ABORTED" and time.monotonic() - started < 10
    job_id = (await run.get_details()).steps[0].job_ids[0]
    assert (await project.get_job(job_id).get_status())["baseStatus"]["state"] == "ABORTED"
    assert (await scenario.abort())["aborted"] is False
    assert await client.list_running_scenarios() == []


async def test_waiting_for_a_run_is_bounded(project: AsyncDSSProject) -> None:
    scenario = await project.create_scenario("Slow", "custom_python")
    settings = await scenario.get_settings()
    assert isinstance(settings, AsyncPythonScriptBasedScenarioSettings)
    settings.code = SLEEPING
    await settings.save()
    started = time.monotonic()
    with pytest.raises(WaitTimeoutError):
        await scenario.run_and_wait(timeout=0.5)
    assert time.monotonic() - started < 5
    run = await scenario.get_current_run()
    assert run is not None
    with pytest.raises(WaitTimeoutError):
        await run.wait_for_completion(timeout=0.2)
    await scenario.abort()
    await run.wait_for_completion(no_fail=True, timeout=30)
    assert run.outcome == "ABORTED"


async def test_listing_and_deleting(project: AsyncDSSProject) -> None:
    a = await project.create_scenario("First one", "step_based")
    await project.create_scenario("Second", "custom_python")
    items = await project.list_scenarios()
    assert all(isinstance(i, AsyncDSSScenarioListItem) for i in items)
    # As in the official client, a list item's id is the scenario's name.
    assert [(i.id, i["id"], i.running, i.tags) for i in items] == [
        ("First one", "FIRSTONE", False, []),
        ("Second", "SECOND", False, []),
    ]
    assert items[0].to_scenario().id == "FIRSTONE" and items[0].start_time is None
    assert [s.id for s in await project.list_scenarios(as_type="objects")] == ["FIRSTONE", "SECOND"]
    with pytest.raises(ValueError):
        await project.list_scenarios(as_type="listitem")  # type: ignore[arg-type]
    await a.delete()
    assert [s.id for s in await project.list_scenarios(as_type="objects")] == ["SECOND"]
    with pytest.raises(NotFoundError):
        await a.delete()


async def test_scenario_rights(project: AsyncDSSProject, reader_client: AsyncDSSClient) -> None:
    await step_scenario(project, build_step("doubled"))
    theirs = reader_client.get_project("P")
    with pytest.raises(PermissionDeniedError):
        await theirs.list_scenarios()
    permissions = await project.get_permissions()
    permissions["permissions"] = [{"group": "readers", "runScenarios": True}]
    await project.set_permissions(permissions)
    run = await theirs.get_scenario("REFRESH").run_and_wait(timeout=30)
    assert run is not None and run.outcome == "SUCCESS"
    assert [s["id"] for s in await theirs.list_scenarios()] == ["REFRESH"]
    with pytest.raises(PermissionDeniedError):
        await theirs.create_scenario("Mine", "step_based")
    with pytest.raises(PermissionDeniedError):
        await theirs.list_recipes()
    permissions["permissions"] = [{"group": "readers", "readProjectContent": True}]
    await project.set_permissions(permissions)
    with pytest.raises(PermissionDeniedError):
        await theirs.get_scenario("REFRESH").run()
    assert len(await theirs.get_scenario("REFRESH").get_last_runs()) == 1


async def test_unsupported_steps_fail_with_a_clear_error(project: AsyncDSSProject) -> None:
    scenario = await step_scenario(project, {"id": "sql", "type": "exec_sql", "params": {"sql": "select 1"}})
    run = await scenario.run_and_wait(no_fail=True, timeout=30)
    assert run is not None and run.outcome == "FAILED"
    error = (await run.get_details()).first_error_details
    assert error is not None and "does not run exec_sql steps" in error["message"]


async def test_checks_steps_warn_or_fail(project: AsyncDSSProject) -> None:
    customers = project.get_dataset("customers")
    settings = await customers.get_settings()
    settings.get_raw()["metricsChecks"] = {
        "checks": [
            {"type": "numericRange", "meta": {"name": "few"}, "metricId": "records:COUNT_RECORDS", "softMaximum": 2}
        ]
    }
    await settings.save()
    scenario = await step_scenario(
        project,
        {
            "id": "metrics",
            "type": "compute_metrics",
            "params": {"computes": [{"type": "DATASET", "itemId": "customers"}]},
        },
        {"id": "checks", "type": "check_dataset", "params": {"checks": [{"type": "DATASET", "itemId": "customers"}]}},
    )
    with pytest.raises(ScenarioRunFailedError, match="WARNING"):
        await scenario.run_and_wait(timeout=30)
    run = await scenario.get_last_finished_run()
    assert run.outcome == "WARNING"
    assert "Check few on customers: WARNING" in await run.get_log(step_id="checks")


async def test_deleting_a_project_stops_its_runs(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory()
    async with AsyncDSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        project = await client.create_project("GONE", "Gone", "admin")
        scenario = await project.create_scenario("Slow", "custom_python")
        settings = await scenario.get_settings()
        assert isinstance(settings, AsyncPythonScriptBasedScenarioSettings)
        settings.code = SLEEPING
        await settings.save()
        await (await scenario.run()).wait_for_scenario_run(timeout=30)
        await project.delete()
        deadline = time.monotonic() + 10
        while await client.list_running_scenarios() and time.monotonic() < deadline:
            await async_sleep(0.05)
        assert await client.list_running_scenarios() == []


async def test_deprecated_definitions_light_and_whole(project: AsyncDSSProject) -> None:
    scenario = await project.create_scenario("Refresh", "step_based")
    with pytest.warns(DeprecationWarning):
        light = await scenario.get_definition()
    assert light["id"] == "REFRESH" and light["running"] is False and light["active"] is False
    light["active"] = True
    light["description"] = "Light ✓"
    light["name"] = "ignored"
    with pytest.warns(DeprecationWarning):
        await scenario.set_definition(light)
    settings = await scenario.get_settings()
    assert settings.active is True and settings.get_raw()["description"] == "Light ✓"
    assert settings.get_raw()["name"] == "Refresh"
    with pytest.warns(DeprecationWarning):
        whole = await scenario.get_definition(with_status=False)
    whole["params"]["steps"] = [build_step("doubled")]
    with pytest.warns(DeprecationWarning):
        await scenario.set_definition(whole, with_status=False)
    assert [s["id"] for s in (await scenario.get_settings()).get_raw()["params"]["steps"]] == ["build"]
