# Derived from tests/e2e/aio/test_scenarios.py by scripts/unasync.py: do not edit.
"""Scenarios: settings round trips, run -> trigger fire -> run, waits (bounded), runs, logs, aborts, end to end."""

from __future__ import annotations

import datetime
import time
from typing import Any

import pytest

from dssclient import (
    BadRequestError,
    ConflictError,
    DSSClient,
    NotFoundError,
    PermissionDeniedError,
    ScenarioRunFailedError,
    WaitTimeoutError,
)
from dssclient._concurrency import sleep
from dssclient.dss.project import DSSProject
from dssclient.dss.scenario import (
    DSSScenario,
    DSSScenarioListItem,
    DSSScenarioRun,
    DSSScenarioRunDetails,
    DSSScenarioRunWaiter,
    DSSScenarioStatus,
    DSSStepRunDetails,
    DSSTriggerFire,
    PythonScriptBasedScenarioSettings,
    StepBasedScenarioSettings,
)
from tests.conftest import FAST_POLLING, admin_key, sent_bodies
from tests.e2e.sync.automation_helpers import DOUBLE_SCRIPT, python_recipe, rows_of, upload_csv

SLEEPING = "import time\ntime.sleep(60)\n"


def build_step(item: str, step_id: str = "build", job_type: str = "RECURSIVE_FORCED_BUILD") -> dict[str, Any]:
    return {
        "id": step_id,
        "type": "build_flowitem",
        "name": f"Build {item}",
        "params": {"builds": [{"type": "DATASET", "itemId": item}], "jobType": job_type},
    }


@pytest.fixture
def project(client: DSSClient) -> DSSProject:
    project = client.create_project("P", "Project", "admin")
    upload_csv(project)
    python_recipe(project, "customers", "doubled", DOUBLE_SCRIPT, "double")
    return project


def step_scenario(project: DSSProject, *steps: dict[str, Any], name: str = "Refresh") -> DSSScenario:
    scenario = project.create_scenario(name, "step_based")
    settings = scenario.get_settings()
    assert isinstance(settings, StepBasedScenarioSettings)
    settings.raw_steps.extend(steps)
    settings.save()
    return scenario


def until_running(run: DSSScenarioRun, step_type: str) -> None:
    """Wait (at most 10 s) until the run has started a step of that type."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        details = run.get_details()
        if any(step["step"]["type"] == step_type for step in details.steps):
            return
        sleep(0.02)
    raise AssertionError(f"the run never started a {step_type} step")


# -- creation and settings --------------------------------------------------------------------------


def test_create_makes_the_identifier_from_the_name(project: DSSProject, dss_emulator: Any) -> None:
    scenario = project.create_scenario("Daily refresh (v2)", "step_based")
    assert isinstance(scenario, DSSScenario) and scenario.id == "DAILYREFRESHV2"
    assert sent_bodies(dss_emulator, "createScenario") == [
        {"params": {}, "type": "step_based", "name": "Daily refresh (v2)"}
    ]
    again = project.create_scenario("Daily refresh v2!", "step_based")
    assert again.id == "DAILYREFRESHV2_2"
    definition: dict[str, Any] = {"params": {}, "id": "MINE"}
    chosen = project.create_scenario("Whatever", "custom_python", definition=definition)
    assert chosen.id == "MINE" and definition["name"] == "Whatever" and definition["type"] == "custom_python"
    with pytest.raises(ConflictError):
        project.create_scenario("Again", "step_based", definition={"id": "MINE"})
    with pytest.raises(BadRequestError, match="type"):
        project.create_scenario("Bad", "sql_based")


def test_step_based_settings_round_trip(project: DSSProject) -> None:
    scenario = project.create_scenario("Refresh", "step_based")
    settings = scenario.get_settings()
    assert isinstance(settings, StepBasedScenarioSettings)
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
    settings.save()
    saved = scenario.get_settings()
    assert saved.active is True and saved.run_as == "admin"
    assert saved.raw_steps[0]["id"] == "build_flowitem_0"
    assert [t["params"]["frequency"] for t in saved.raw_triggers] == ["Minutely", "Hourly", "Weekly", "Monthly"]
    assert all(t["id"] for t in saved.raw_triggers)
    assert saved.raw_triggers[2]["params"]["daysOfWeek"] == ["Monday", "Friday"]
    assert saved.raw_triggers[3]["params"]["monthlyRunOn"] == "LAST_WEEK"
    assert saved.raw_triggers[3]["params"]["startingFrom"][5:10] == "01-03"
    assert saved.raw_reporters[0]["params"]["recipients"] == "ops@example.com ✓"
    assert saved.get_raw()["unknown"] == {"kept": [1, "é"]}
    status = scenario.get_status()
    assert isinstance(status, DSSScenarioStatus)
    assert status.running is False
    assert status.next_run is not None and status.next_run > datetime.datetime.now(datetime.UTC)
    saved.active = False
    saved.save()
    assert (scenario.get_status()).next_run is None


def test_python_scenario_settings_keep_the_script(project: DSSProject, dss_emulator: Any) -> None:
    scenario = project.create_scenario("Py", "custom_python")
    settings = scenario.get_settings()
    assert isinstance(settings, PythonScriptBasedScenarioSettings)
    assert settings.code == ""
    settings.code = "print('héllo')\n"
    settings.save()
    assert sent_bodies(dss_emulator, "saveScenarioPayload") == [{"script": "print('héllo')\n"}]
    assert (scenario.get_settings()).code == "print('héllo')\n"
    assert scenario.get_payload() == "print('héllo')\n"
    scenario.set_payload("print(2)\n")
    assert (scenario.get_settings()).code == "print(2)\n"
    step_based = project.create_scenario("Steps", "step_based")
    with pytest.raises(BadRequestError, match="step-based"):
        step_based.set_payload("x")


def test_settings_are_raw_settings_whose_data_is_the_dict_saved(project: DSSProject, dss_emulator: Any) -> None:
    """``data`` (the official client's name) and ``get_raw()`` are one dict: replacing it replaces what is saved."""
    from dssclient.dss.utils import DSSRawSettings

    scenario = project.create_scenario("Raw", "step_based")
    settings = scenario.get_settings()
    assert isinstance(settings, DSSRawSettings)
    assert settings.data is settings.get_raw()
    settings.data = {**settings.get_raw(), "shortDesc": "replaced whole"}
    assert settings.get_raw()["shortDesc"] == "replaced whole"
    settings.save()
    assert sent_bodies(dss_emulator, "saveScenario")[-1]["shortDesc"] == "replaced whole"
    assert (scenario.get_settings()).get_raw()["shortDesc"] == "replaced whole"


def test_settings_refusals(project: DSSProject) -> None:
    scenario = project.create_scenario("Refresh", "step_based")
    settings = scenario.get_settings()
    settings.get_raw()["id"] = "OTHER"
    with pytest.raises(BadRequestError, match="cannot rename"):
        settings.save()
    settings.get_raw()["id"] = scenario.id
    settings.get_raw()["type"] = "custom_python"
    with pytest.raises(BadRequestError, match="type"):
        settings.save()
    with pytest.raises(NotFoundError):
        project.get_scenario("NOPE").get_settings()


# -- runs ----------------------------------------------------------------------------------------------


def test_run_fires_the_manual_trigger_and_the_run_builds(project: DSSProject, dss_emulator: Any) -> None:
    scenario = step_scenario(project, build_step("doubled"))
    fire = scenario.run({"reason": "test"})
    assert isinstance(fire, DSSTriggerFire)
    assert sent_bodies(dss_emulator, "runScenario") == [{"reason": "test"}]
    assert fire.trigger_id == "manual" and fire.get_raw()["cancelled"] is False
    assert fire.is_cancelled() is False and fire.is_cancelled(refresh=True) is False
    run = fire.wait_for_scenario_run(timeout=30)
    assert isinstance(run, DSSScenarioRun)
    done = DSSScenarioRunWaiter(run, fire).wait(timeout=30)
    assert done.outcome == "SUCCESS" and not done.running
    assert done.trigger["type"] == "manual"
    assert done.get_info()["trigger"]["params"] == {"reason": "test"}
    assert done.end_time >= done.start_time and done.duration >= 0
    details = done.get_details()
    assert isinstance(details, DSSScenarioRunDetails)
    step = details.last_step
    assert isinstance(step, DSSStepRunDetails)
    assert (step.outcome, step["step"]["id"], len(step.job_ids)) == ("SUCCESS", "build", 1)
    assert details.first_error_details is None
    job = project.get_job(step.job_ids[0])
    assert (job.get_status())["baseStatus"]["state"] == "DONE"
    assert rows_of(project.get_dataset("doubled")) == [["ann", 20.0], ["bob", 40.0], ["cid", 11.0], ["dan", None]]
    log = done.get_log()
    assert "Step Build doubled (build_flowitem) started" in log and "ended: SUCCESS" in log
    assert "Step Build doubled" in done.get_log(step_id="build")
    assert "Scenario run" not in done.get_log(step_id="build")


def test_run_and_wait_and_the_runs_read_back(project: DSSProject) -> None:
    scenario = step_scenario(project, build_step("doubled"))
    first = scenario.run_and_wait(timeout=30)
    second = scenario.run_and_wait(timeout=30)
    assert first is not None and second is not None
    runs = scenario.get_last_runs()
    assert [r.id for r in runs] == [second.id, first.id]
    assert [r.id for r in scenario.get_last_runs(limit=1)] == [second.id]
    assert (scenario.get_last_finished_run()).id == second.id
    assert (scenario.get_last_successful_run()).id == second.id
    assert scenario.get_current_run() is None
    assert (scenario.get_run(first.id)).outcome == "SUCCESS"
    today = datetime.date.today()
    in_range = scenario.get_runs_by_date(today, today + datetime.timedelta(days=1))
    assert [r.id for r in in_range] == [second.id, first.id]
    assert scenario.get_runs_by_date("2000-01-01", "2000-01-02") == []
    assert (scenario.get_average_duration(limit=2)) is not None
    assert scenario.get_average_duration(limit=5) is None
    again = scenario.get_trigger_fire("manual", first.get_info()["trigger"]["runId"])
    assert (again.get_scenario_run()) is not None
    with pytest.raises(NotFoundError):
        scenario.get_run("nope")
    with pytest.raises(NotFoundError):
        scenario.get_trigger_fire("manual", "nope")
    with pytest.raises(BadRequestError):
        scenario.get_runs_by_date("yesterday")


def test_a_failing_recipe_fails_the_step_and_the_run(project: DSSProject) -> None:
    settings = project.get_recipe("double").get_settings()
    settings.set_payload("raise ValueError('the source is broken')\n")
    settings.save()
    scenario = step_scenario(
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
        scenario.run_and_wait(timeout=30)
    failed = caught.value
    assert str(failed).startswith("Scenario run returned status FAILED; step Build doubled failed: ")
    assert failed.outcome == "FAILED" and (failed.step_id, failed.step_name) == ("build", "Build doubled")
    assert failed.error_type == "com.dataiku.dip.scenario.StepFailedException"
    assert failed.error_message is not None and "<class 'ValueError'>: the source is broken" in failed.error_message
    run = scenario.run_and_wait(no_fail=True, timeout=30)
    assert run is not None and run.outcome == "FAILED"
    details = run.get_details()
    assert [(s["step"]["id"], s.outcome) for s in details.steps] == [("build", "FAILED"), ("always", "SUCCESS")]
    error = details.first_error_details
    assert error is not None and "the source is broken" in error["message"]
    item = details.steps[0]["additionalReportItems"][0]
    assert item["type"] == "JOB_EXECUTED" and item["outcome"] == "FAILED"
    assert "the source is broken" in item["thrown"]["message"]
    log = run.get_log()
    assert "the source is broken" in log and "Step after skipped" in log
    with pytest.raises(ScenarioRunFailedError) as again:
        run.wait_for_completion()
    assert again.value.step_name == "Build doubled" and "the source is broken" in str(again.value)
    run.wait_for_completion(no_fail=True)


def test_a_python_scenario_builds_and_sees_its_parameters(project: DSSProject) -> None:
    scenario = project.create_scenario("Py", "custom_python")
    settings = scenario.get_settings()
    assert isinstance(settings, PythonScriptBasedScenarioSettings)
    settings.code = (
        "from dataiku.scenario import Scenario\nimport dataiku\n"
        "s = Scenario()\nprint('params', s.get_trigger_params())\n"
        "result = s.build_dataset('doubled', build_mode='NON_RECURSIVE_FORCED_BUILD')\n"
        "print('built', result.outcome)\n"
        "s.set_scenario_variables(done='yes')\nprint('vars', s.get_all_variables()['done'])\n"
        "print('rows', len(list(dataiku.Dataset('doubled').iter_tuples())))\n"
    )
    settings.save()
    run = scenario.run_and_wait({"day": "monday"}, timeout=30)
    assert run is not None and run.outcome == "SUCCESS"
    log = run.get_log()
    assert "params {'day': 'monday'}" in log and "built SUCCESS" in log and "vars yes" in log and "rows 4" in log
    details = run.get_details()
    assert len(details.last_step.job_ids) == 1


def test_a_python_scenario_that_raises_fails(project: DSSProject) -> None:
    scenario = project.create_scenario("Py", "custom_python")
    settings = scenario.get_settings()
    assert isinstance(settings, PythonScriptBasedScenarioSettings)
    settings.code = "import dataiku\ndataiku.Dataset('customers').get_writer()\n"
    settings.save()
    run = scenario.run_and_wait(no_fail=True, timeout=30)
    assert run is not None and run.outcome == "FAILED"
    error = (run.get_details()).first_error_details
    assert error is not None and "cannot be written" in error["message"]


def test_a_python_step_that_raises_names_its_exception_in_the_error(project: DSSProject) -> None:
    scenario = project.create_scenario("Py", "custom_python")
    settings = scenario.get_settings()
    assert isinstance(settings, PythonScriptBasedScenarioSettings)
    settings.code = "print('starting')\nraise ValueError('boom')\n"
    settings.save()
    with pytest.raises(ScenarioRunFailedError) as caught:
        scenario.run_and_wait(timeout=30)
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
    fire = scenario.run()
    run = fire.wait_for_scenario_run(timeout=30)
    assert run is not None
    with pytest.raises(ScenarioRunFailedError, match="<class 'ValueError'>: boom") as waited:
        DSSScenarioRunWaiter(run, fire).wait(timeout=30)
    assert waited.value.step_name == "Python script"
    with pytest.raises(ScenarioRunFailedError, match="<class 'ValueError'>: boom"):
        run.wait_for_completion(timeout=30)


def test_a_failed_run_whose_details_cannot_be_read_still_says_its_outcome(
    project: DSSProject, client: DSSClient
) -> None:
    scenario = project.create_scenario("Py", "custom_python")
    settings = scenario.get_settings()
    assert isinstance(settings, PythonScriptBasedScenarioSettings)
    settings.code = "raise ValueError('boom')\n"
    settings.save()
    run = scenario.run_and_wait(no_fail=True, timeout=30)
    assert run is not None and run.outcome == "FAILED"
    # A run dict whose scenario does not exist: the details read fails, the failure still shows.
    orphan = DSSScenarioRun(client, {**run.get_info(), "scenario": {"projectKey": "P", "id": "gone"}})
    with pytest.raises(ScenarioRunFailedError) as caught:
        orphan.wait_for_completion()
    assert str(caught.value) == "Scenario run returned status FAILED"
    assert caught.value.step_name is None and caught.value.error_type is None and caught.value.error_details is None


def test_every_run_wait_shows_progress_and_refuses_two_displays(
    project: DSSProject, dss_emulator: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    scenario = step_scenario(project, build_step("doubled"))
    run = scenario.run_and_wait(timeout=30, progress=True)
    assert f"run {run.id}: SUCCESS" in capsys.readouterr().err
    seen: list[dict[str, Any]] = []
    second = scenario.run_and_wait(timeout=30, progress_callback=seen.append)
    assert seen and seen[-1]["runId"] == second.id and seen[-1]["result"]["outcome"] == "SUCCESS"
    fires = len([e for e in dss_emulator.request_log if e.operation_id == "runScenario"])
    with pytest.raises(ValueError, match="not both"):
        scenario.run_and_wait(progress=True, progress_callback=print)
    with pytest.raises(ValueError, match="timeout"):
        scenario.run_and_wait(timeout=-1)
    assert len([e for e in dss_emulator.request_log if e.operation_id == "runScenario"]) == fires  # nothing fired
    fire = scenario.run()
    started = fire.wait_for_scenario_run(timeout=30, progress=True)
    assert started is not None and f"Scenario {scenario.id}: run {started.id} started" in capsys.readouterr().err
    started.wait_for_completion(timeout=30, progress=True)
    assert f"run {started.id}: SUCCESS" in capsys.readouterr().err
    third = DSSScenarioRunWaiter(started, fire).wait(timeout=30, progress=True)
    assert third.outcome == "SUCCESS" and f"run {started.id}: SUCCESS" in capsys.readouterr().err


def test_abort_stops_a_running_scenario_and_its_job(project: DSSProject, client: DSSClient) -> None:
    python_recipe(project, "customers", "slow_out", SLEEPING, "slow")
    scenario = step_scenario(project, build_step("slow_out", job_type="NON_RECURSIVE_FORCED_BUILD"))
    fire = scenario.run()
    run = fire.wait_for_scenario_run(timeout=30)
    assert run is not None and run.running
    until_running(run, "build_flowitem")
    current = scenario.get_current_run()
    assert current is not None and current.id == run.id
    status = scenario.get_status()
    assert status.running is True and status.get_raw()["start"] > 0
    items = project.list_scenarios()
    assert [(i.id, i.running) for i in items] == [("Refresh", True)]
    assert items[0].start_time is not None
    running_scenarios = client.list_running_scenarios()
    assert [s["payload"]["scenarioId"] for s in running_scenarios] == [scenario.id]
    cancelled = scenario.run()
    assert cancelled.is_cancelled() is True
    with pytest.raises(ScenarioRunFailedError, match="cancelled"):
        cancelled.wait_for_scenario_run(timeout=30)
    assert cancelled.wait_for_scenario_run(no_fail=True, timeout=30) is None
    started = time.monotonic()
    scenario.abort()
    run.wait_for_completion(no_fail=True, timeout=30)
    assert run.outcome == "ABORTED" and time.monotonic() - started < 10
    job_id = (run.get_details()).steps[0].job_ids[0]
    assert (project.get_job(job_id).get_status())["baseStatus"]["state"] == "ABORTED"
    assert (scenario.abort())["aborted"] is False
    assert client.list_running_scenarios() == []


def test_waiting_for_a_run_is_bounded(project: DSSProject) -> None:
    scenario = project.create_scenario("Slow", "custom_python")
    settings = scenario.get_settings()
    assert isinstance(settings, PythonScriptBasedScenarioSettings)
    settings.code = SLEEPING
    settings.save()
    started = time.monotonic()
    with pytest.raises(WaitTimeoutError):
        scenario.run_and_wait(timeout=0.5)
    assert time.monotonic() - started < 5
    run = scenario.get_current_run()
    assert run is not None
    with pytest.raises(WaitTimeoutError):
        run.wait_for_completion(timeout=0.2)
    scenario.abort()
    run.wait_for_completion(no_fail=True, timeout=30)
    assert run.outcome == "ABORTED"


def test_listing_and_deleting(project: DSSProject) -> None:
    a = project.create_scenario("First one", "step_based")
    project.create_scenario("Second", "custom_python")
    items = project.list_scenarios()
    assert all(isinstance(i, DSSScenarioListItem) for i in items)
    # As in the official client, a list item's id is the scenario's name.
    assert [(i.id, i["id"], i.running, i.tags) for i in items] == [
        ("First one", "FIRSTONE", False, []),
        ("Second", "SECOND", False, []),
    ]
    assert items[0].to_scenario().id == "FIRSTONE" and items[0].start_time is None
    assert [s.id for s in project.list_scenarios(as_type="objects")] == ["FIRSTONE", "SECOND"]
    with pytest.raises(ValueError):
        project.list_scenarios(as_type="listitem")  # type: ignore[arg-type]
    a.delete()
    assert [s.id for s in project.list_scenarios(as_type="objects")] == ["SECOND"]
    with pytest.raises(NotFoundError):
        a.delete()


def test_scenario_rights(project: DSSProject, reader_client: DSSClient) -> None:
    step_scenario(project, build_step("doubled"))
    theirs = reader_client.get_project("P")
    with pytest.raises(PermissionDeniedError):
        theirs.list_scenarios()
    permissions = project.get_permissions()
    permissions["permissions"] = [{"group": "readers", "runScenarios": True}]
    project.set_permissions(permissions)
    run = theirs.get_scenario("REFRESH").run_and_wait(timeout=30)
    assert run is not None and run.outcome == "SUCCESS"
    assert [s["id"] for s in theirs.list_scenarios()] == ["REFRESH"]
    with pytest.raises(PermissionDeniedError):
        theirs.create_scenario("Mine", "step_based")
    with pytest.raises(PermissionDeniedError):
        theirs.list_recipes()
    permissions["permissions"] = [{"group": "readers", "readProjectContent": True}]
    project.set_permissions(permissions)
    with pytest.raises(PermissionDeniedError):
        theirs.get_scenario("REFRESH").run()
    assert len(theirs.get_scenario("REFRESH").get_last_runs()) == 1


def test_unsupported_steps_fail_with_a_clear_error(project: DSSProject) -> None:
    scenario = step_scenario(project, {"id": "sql", "type": "exec_sql", "params": {"sql": "select 1"}})
    run = scenario.run_and_wait(no_fail=True, timeout=30)
    assert run is not None and run.outcome == "FAILED"
    error = (run.get_details()).first_error_details
    assert error is not None and "does not run exec_sql steps" in error["message"]


def test_checks_steps_warn_or_fail(project: DSSProject) -> None:
    customers = project.get_dataset("customers")
    settings = customers.get_settings()
    settings.get_raw()["metricsChecks"] = {
        "checks": [
            {"type": "numericRange", "meta": {"name": "few"}, "metricId": "records:COUNT_RECORDS", "softMaximum": 2}
        ]
    }
    settings.save()
    scenario = step_scenario(
        project,
        {
            "id": "metrics",
            "type": "compute_metrics",
            "params": {"computes": [{"type": "DATASET", "itemId": "customers"}]},
        },
        {"id": "checks", "type": "check_dataset", "params": {"checks": [{"type": "DATASET", "itemId": "customers"}]}},
    )
    with pytest.raises(ScenarioRunFailedError, match="WARNING"):
        scenario.run_and_wait(timeout=30)
    run = scenario.get_last_finished_run()
    assert run.outcome == "WARNING"
    assert "Check few on customers: WARNING" in run.get_log(step_id="checks")


def test_deleting_a_project_stops_its_runs(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory()
    with DSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        project = client.create_project("GONE", "Gone", "admin")
        scenario = project.create_scenario("Slow", "custom_python")
        settings = scenario.get_settings()
        assert isinstance(settings, PythonScriptBasedScenarioSettings)
        settings.code = SLEEPING
        settings.save()
        (scenario.run()).wait_for_scenario_run(timeout=30)
        project.delete()
        deadline = time.monotonic() + 10
        while client.list_running_scenarios() and time.monotonic() < deadline:
            sleep(0.05)
        assert client.list_running_scenarios() == []


def test_deprecated_definitions_light_and_whole(project: DSSProject) -> None:
    scenario = project.create_scenario("Refresh", "step_based")
    with pytest.warns(DeprecationWarning):
        light = scenario.get_definition()
    assert light["id"] == "REFRESH" and light["running"] is False and light["active"] is False
    light["active"] = True
    light["description"] = "Light ✓"
    light["name"] = "ignored"
    with pytest.warns(DeprecationWarning):
        scenario.set_definition(light)
    settings = scenario.get_settings()
    assert settings.active is True and settings.get_raw()["description"] == "Light ✓"
    assert settings.get_raw()["name"] == "Refresh"
    with pytest.warns(DeprecationWarning):
        whole = scenario.get_definition(with_status=False)
    whole["params"]["steps"] = [build_step("doubled")]
    with pytest.warns(DeprecationWarning):
        scenario.set_definition(whole, with_status=False)
    assert [s["id"] for s in (scenario.get_settings()).get_raw()["params"]["steps"]] == ["build"]
