# Derived from tests/e2e/aio/test_jobs.py by scripts/unasync.py: do not edit.
"""Jobs: builders, starting, waiting (bounded), status and logs, failures, aborts, build types, end to end."""

from __future__ import annotations

import datetime
import io
import time
from typing import Any

import pytest

from dssclient import (
    BadRequestError,
    DSSClient,
    JobFailedError,
    NotFoundError,
    PermissionDeniedError,
    WaitTimeoutError,
)
from dssclient._concurrency import sleep
from dssclient.dss.job import DSSJob, DSSJobListItem, DSSJobWaiter, JobDefinitionBuilder
from dssclient.dss.project import DSSProject
from dssclient.emulator.automation.store import data_store, write_rows
from tests.conftest import FAST_POLLING, admin_key, sent_bodies
from tests.e2e.sync.automation_helpers import DOUBLE_SCRIPT, python_recipe, rows_of, upload_csv

SLOW = "import time\ntime.sleep(60)\n"


@pytest.fixture
def project(client: DSSClient) -> DSSProject:
    project = client.create_project("P", "Project", "admin")
    upload_csv(project)
    return project


def running(job: DSSJob) -> None:
    """Wait (at most 10 s) until a job's activity has started."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        status = job.get_status()
        if any(a["state"] == "RUNNING" for a in status["baseStatus"]["activities"].values()):
            return
        sleep(0.02)
    raise AssertionError("the job never started its activity")


def test_the_builder_sends_the_official_definition(project: DSSProject, dss_emulator: Any) -> None:
    python_recipe(project, "customers", "doubled", DOUBLE_SCRIPT)
    builder = project.new_job("RECURSIVE_BUILD")
    assert isinstance(builder, JobDefinitionBuilder)
    builder.with_type("RECURSIVE_FORCED_BUILD").with_refresh_metastore(True)
    builder.with_auto_update_schema_before_each_recipe_run(True).with_output("doubled", object_type="DATASET")
    assert builder.get_definition() == {
        "type": "RECURSIVE_FORCED_BUILD",
        "refreshHiveMetastore": True,
        "outputs": [{"type": "DATASET", "id": "doubled", "projectKey": None, "partition": None}],
        "autoUpdateSchemaBeforeEachRecipeRun": True,
    }
    job = builder.start_and_wait(timeout=30)
    assert isinstance(job, DSSJob) and job.project_key == "P" and job.id.startswith("Build_doubled")
    assert sent_bodies(dss_emulator, "startJob") == [builder.get_definition()]
    with pytest.warns(DeprecationWarning):
        assert isinstance(project.new_job_definition_builder(), JobDefinitionBuilder)


def test_a_job_runs_its_activity_and_reports_it(project: DSSProject) -> None:
    python_recipe(project, "customers", "doubled", DOUBLE_SCRIPT, "double")
    job = project.get_dataset("doubled").build(timeout=30)
    status = job.get_status()
    base = status["baseStatus"]
    assert base["state"] == "DONE"
    assert base["def"]["id"] == job.id and base["def"]["initiator"] == "admin"
    assert list(base["activities"]) == ["double_NP"]
    assert base["activities"]["double_NP"]["state"] == "DONE"
    assert status["globalState"]["total"] == 1 and status["globalState"]["done"] == 1
    assert base["jobStartTime"] <= base["jobEndTime"]
    log = job.get_log()
    assert "wrote the doubled amounts" in log and f"Job {job.id} ended: DONE" in log
    activity_log = job.get_log(activity="double_NP")
    assert "wrote the doubled amounts" in activity_log and "ended: DONE" not in activity_log
    assert rows_of(project.get_dataset("doubled")) == [["ann", 20.0], ["bob", 40.0], ["cid", 11.0], ["dan", None]]


def test_a_python_recipe_that_raises_names_its_exception_in_the_error(project: DSSProject) -> None:
    python_recipe(project, "customers", "doubled", "x = 1\nraise ValueError('boom')\n", "double")
    with pytest.raises(JobFailedError) as caught:
        project.get_dataset("doubled").build(timeout=30)
    error = caught.value
    assert (error.activity, error.recipe_name) == ("double_NP", "double")
    assert error.error_type == "com.dataiku.dip.exceptions.ExternalProcessFailedException"
    assert error.error_message is not None
    assert "Error in Python process: At line 2: <class 'ValueError'>: boom" in error.error_message
    assert str(error) == (
        "Job run did not finish. Status: FAILED; activity double_NP failed: "
        f"com.dataiku.dip.exceptions.ExternalProcessFailedException: {error.error_message}"
    )
    assert error.first_failure is not None and error.first_failure["message"] == error.error_message
    # Every way of waiting raises the same error.
    job = project.get_job(error.job_id)
    for wait in (job.wait, DSSJobWaiter(job).wait):
        with pytest.raises(JobFailedError) as again:
            wait()
        assert again.value.error_message == error.error_message
    with pytest.raises(JobFailedError, match="ValueError'>: boom"):
        project.start_job_and_wait(project.new_job().with_output("doubled").get_definition(), timeout=30)


def test_every_job_wait_is_bounded_and_shows_progress(project: DSSProject, capsys: pytest.CaptureFixture[str]) -> None:
    python_recipe(project, "customers", "doubled", DOUBLE_SCRIPT, "double")
    definition = project.new_job().with_output("doubled").get_definition()
    assert project.start_job_and_wait(definition, timeout=30, progress=True) == "DONE"
    assert "Job Build_doubled" in capsys.readouterr().err
    job = project.new_job().with_output("doubled").start_and_wait(timeout=30, progress=True)
    assert f"Job {job.id}" in capsys.readouterr().err
    seen: list[str] = []
    waited = DSSJobWaiter(job).wait(
        timeout=30, progress_callback=lambda status: seen.append(status["baseStatus"]["state"])
    )
    assert waited == "DONE" and seen == ["DONE"]
    project.get_dataset("doubled").build(timeout=30, progress=True)
    assert "Job Build_doubled" in capsys.readouterr().err
    python_recipe(project, "customers", "slow_out", SLOW, "slow")
    started = time.monotonic()
    with pytest.raises(WaitTimeoutError):
        project.start_job_and_wait(project.new_job().with_output("slow_out").get_definition(), timeout=0.5)
    assert time.monotonic() - started < 5
    with pytest.raises(ValueError, match="timeout"):
        project.new_job().with_output("slow_out").start_and_wait(timeout=0)
    for listed in project.list_jobs():
        listed.to_job().abort()


def test_a_failing_recipe_fails_its_job_with_the_error_in_the_log(project: DSSProject) -> None:
    python_recipe(
        project,
        "customers",
        "doubled",
        "import sys\nprint('about to fail', file=sys.stderr)\nraise KeyError('amount')\n",
    )
    with pytest.raises(JobFailedError) as caught:
        project.get_dataset("doubled").build(timeout=30)
    error = caught.value
    assert str(error).startswith("Job run did not finish. Status: FAILED; activity compute_doubled_NP failed: ")
    assert error.state == "FAILED" and error.job_id.startswith("Build_doubled")
    assert error.first_failure is not None and "<class 'KeyError'>: 'amount'" in error.first_failure["message"]
    job = project.get_job(error.job_id)
    log = job.get_log()
    assert "about to fail" in log and "KeyError: 'amount'" in log and "ended: FAILED" in log
    info = project.get_dataset("doubled").get_info()
    assert info.is_last_build_successful is False
    failed = project.get_dataset("doubled").build(no_fail=True, timeout=30)
    assert failed.wait(no_fail=True, timeout=30) == "FAILED"
    with pytest.raises(JobFailedError):
        DSSJobWaiter(failed).wait()
    assert DSSJobWaiter(failed).wait(no_fail=True) == "FAILED"


def test_a_failed_activity_leaves_its_output_as_it_was(project: DSSProject) -> None:
    recipe = python_recipe(project, "customers", "doubled", DOUBLE_SCRIPT)
    recipe.run(timeout=30)
    before = rows_of(project.get_dataset("doubled"))
    settings = recipe.get_settings()
    settings.set_payload(DOUBLE_SCRIPT + "\nraise RuntimeError('after writing')\n")
    settings.save()
    recipe.run(no_fail=True, timeout=30)
    assert rows_of(project.get_dataset("doubled")) == before


def test_a_job_that_runs_too_long_times_the_wait_out_and_goes_on(project: DSSProject) -> None:
    python_recipe(project, "customers", "slow_out", SLOW)
    job = project.get_dataset("slow_out").build(wait=False)
    started = time.monotonic()
    with pytest.raises(WaitTimeoutError) as caught:
        job.wait(timeout=0.3)
    assert time.monotonic() - started < 5
    assert isinstance(caught.value, TimeoutError) and caught.value.timeout == 0.3
    assert caught.value.state["baseStatus"]["state"] in ("NOT_STARTED", "RUNNING")
    assert [item.job_id for item in project.list_running_jobs()] == [job.id]
    job.abort()


def test_abort_stops_a_running_job_at_once(project: DSSProject, client: DSSClient) -> None:
    python_recipe(project, "customers", "slow_out", SLOW, "slow")
    job = project.new_job().with_output("slow_out").start()
    running(job)
    items = project.list_running_jobs()
    assert [(i.job_id, i["state"], i.project_key) for i in items] == [(job.id, "RUNNING", "P")]
    assert [j.id for j in project.list_running_jobs(as_type="objects")] == [job.id]
    assert [i.job_id for i in client.list_running_jobs()] == [job.id]
    assert [j.id for j in client.list_running_jobs(as_type="objects", all_users=False)] == [job.id]
    started = time.monotonic()
    answer = job.abort()
    assert answer["state"] == "ABORTED" and time.monotonic() - started < 5
    status = job.get_status()
    assert status["baseStatus"]["state"] == "ABORTED"
    assert status["baseStatus"]["activities"]["slow_NP"]["state"] == "ABORTED"
    assert project.list_running_jobs() == []
    with pytest.raises(JobFailedError, match="ABORTED"):
        job.wait(timeout=5)
    assert (job.abort())["state"] == "ABORTED"


def test_jobs_are_listed_newest_first(project: DSSProject) -> None:
    (
        project.new_recipe("sync", "copy")
        .with_input("customers")
        .with_new_output("copy_out", "filesystem_managed")
        .create()
    )
    first = project.get_dataset("copy_out").build(timeout=30)
    second = project.get_dataset("copy_out").build(timeout=30)
    items = project.list_jobs()
    assert all(isinstance(i, DSSJobListItem) for i in items)
    assert [i.job_id for i in items] == [second.id, first.id]
    item = items[0]
    assert item["state"] == "DONE" and item["def"]["type"] == "NON_RECURSIVE_FORCED_BUILD"
    assert item.start_time is not None and item.end_time is not None and item.start_time <= item.end_time
    assert item.to_job().id == second.id
    assert [j.id for j in project.list_jobs(as_type="objects")] == [second.id, first.id]


def test_building_a_source_dataset_has_nothing_to_do(project: DSSProject) -> None:
    job = project.get_dataset("customers").build(timeout=30)
    assert (job.get_status())["baseStatus"]["activities"] == {}
    assert "Nothing to build" in job.get_log()


def test_job_refusals(project: DSSProject, reader_client: DSSClient, client: DSSClient) -> None:
    with pytest.raises(NotFoundError):
        project.new_job().with_output("missing").start()
    with pytest.raises(BadRequestError, match="job type"):
        project.new_job("SOMETIMES").with_output("customers").start()
    with pytest.raises(BadRequestError, match="datasets and managed folders only"):
        project.new_job().with_output("m", object_type="SAVED_MODEL").start()
    with pytest.raises(NotFoundError, match="Managed folder does not exist"):
        project.new_job().with_output("f", object_type="MANAGED_FOLDER").start()
    with pytest.raises(BadRequestError, match="at least one output"):
        project.start_job({"type": "RECURSIVE_BUILD", "outputs": []})
    with pytest.raises(NotFoundError):
        project.get_job("nope").get_status()
    with pytest.raises(NotFoundError):
        project.get_job("nope").get_log()
    theirs = reader_client.get_project("P")
    with pytest.raises(PermissionDeniedError):
        theirs.get_dataset("customers").build()
    with pytest.raises(PermissionDeniedError):
        theirs.list_jobs()
    permissions = project.get_permissions()
    permissions["permissions"] = [{"group": "readers", "readProjectContent": True}]
    project.set_permissions(permissions)
    assert theirs.list_jobs() == []
    assert reader_client.list_running_jobs(all_users=False) == []
    with pytest.raises(PermissionDeniedError):
        theirs.get_dataset("customers").build()


def test_start_job_and_wait_returns_the_state(project: DSSProject) -> None:
    (
        project.new_recipe("sync", "copy")
        .with_input("customers")
        .with_new_output("copy_out", "filesystem_managed")
        .create()
    )
    state = project.start_job_and_wait({"type": "NON_RECURSIVE_FORCED_BUILD", "outputs": [{"id": "copy_out"}]})
    assert state == "DONE"


def test_waiting_shows_progress(project: DSSProject) -> None:
    (
        project.new_recipe("sync", "copy")
        .with_input("customers")
        .with_new_output("copy_out", "filesystem_managed")
        .create()
    )
    job = project.new_job().with_output("copy_out").start()
    seen: list[str] = []
    assert job.wait(timeout=30, progress_callback=lambda status: seen.append(status["baseStatus"]["state"])) == "DONE"
    assert seen[-1] == "DONE"
    with pytest.raises(ValueError):
        job.wait(progress=True, progress_callback=print)
    assert job.wait(timeout=30, progress=True) == "DONE"


# -- what a build rebuilds -----------------------------------------------------------------------


def flow(project: DSSProject) -> None:
    """customers -> (sync a) -> a_out -> (sync b) -> b_out"""
    (project.new_recipe("sync", "a").with_input("customers").with_new_output("a_out", "filesystem_managed").create())
    project.new_recipe("sync", "b").with_input("a_out").with_new_output("b_out", "filesystem_managed").create()


def activities(project: DSSProject, job_type: str) -> list[str]:
    job = project.new_job(job_type).with_output("b_out").start_and_wait(timeout=30)
    return list((job.get_status())["baseStatus"]["activities"])


def test_build_types_choose_what_runs(project: DSSProject) -> None:
    flow(project)
    assert activities(project, "NON_RECURSIVE_FORCED_BUILD") == ["b_NP"]
    assert activities(project, "RECURSIVE_MISSING_ONLY_BUILD") == ["a_NP"]
    # b read a_out before a_out was built: it is out of date, a is not.
    assert activities(project, "RECURSIVE_BUILD") == ["b_NP"]
    assert activities(project, "RECURSIVE_BUILD") == []
    assert activities(project, "RECURSIVE_FORCED_BUILD") == ["a_NP", "b_NP"]
    customers = project.get_dataset("customers")
    customers.uploaded_add_file(io.BytesIO(b"id,name,country,amount\n5,eve,US,1\n"), "more.csv")
    assert activities(project, "RECURSIVE_BUILD") == ["a_NP", "b_NP"]
    assert len(rows_of(project.get_dataset("b_out"))) == 5
    assert activities(project, "RECURSIVE_BUILD") == []
    recipe = project.get_recipe("b")
    settings = recipe.get_settings()
    settings.description = "changed"
    settings.save()
    assert activities(project, "RECURSIVE_BUILD") == ["b_NP"]


def test_partitioned_outputs_are_built_partition_by_partition(project: DSSProject, dss_emulator: Any) -> None:
    events = project.create_dataset("events", "Filesystem", params={"connection": "filesystem_managed", "path": "e"})
    settings = events.get_settings()
    settings.add_discrete_partitioning_dimension("country")
    settings.add_raw_schema_column({"name": "n", "type": "bigint"})
    settings.save()
    store = data_store(dss_emulator.pipeline.services)
    write_rows(store, "P", "events", ["n"], [["1"], ["2"]], dss_emulator.state.clock, partition="FR")
    write_rows(store, "P", "events", ["n"], [["3"]], dss_emulator.state.clock, partition="US")
    builder = project.new_recipe("sync", "copy_events").with_input("events")
    builder.with_new_output("events_copy", "filesystem_managed", partitioning_option_id="copy:dataset:events").create()
    copy = project.get_dataset("events_copy")
    with pytest.raises(BadRequestError, match="partitions"):
        copy.build()
    job = copy.build(partitions="FR", timeout=30)
    assert list((job.get_status())["baseStatus"]["activities"]) == ["copy_events_FR"]
    assert copy.list_partitions() == ["FR"]
    copy.build(partitions=["US", "FR"], timeout=30)
    assert sorted(copy.list_partitions()) == ["FR", "US"]
    assert rows_of(copy, partitions="US") == [[3]]
    assert sent_bodies(dss_emulator, "startJob")[-1]["outputs"][0]["partition"] == ["US", "FR"]


def test_appending_outputs_keep_their_rows(project: DSSProject) -> None:
    builder = project.new_recipe("sync", "append").with_input("customers")
    builder.with_new_output("log", "filesystem_managed", append=True).create()
    project.get_dataset("log").build(timeout=30)
    project.get_dataset("log").build(timeout=30)
    assert len(rows_of(project.get_dataset("log"))) == 8


def test_on_build_metrics_are_computed(project: DSSProject) -> None:
    (
        project.new_recipe("sync", "copy")
        .with_input("customers")
        .with_new_output("copy_out", "filesystem_managed")
        .create()
    )
    project.get_dataset("copy_out").build(timeout=30)
    metrics = project.get_dataset("copy_out").get_last_metric_values()
    assert metrics.get_global_value("basic:COUNT_COLUMNS") == 4
    assert "records:COUNT_RECORDS" not in metrics.get_all_ids()


REPORTING = ["BUILD_START_DATE", "BUILD_DURATION", "BUILD_SUCCESS", "WARNING_COUNT"]


def test_each_build_records_dss_reporting_metrics(project: DSSProject) -> None:
    (
        project.new_recipe("sync", "copy")
        .with_input("customers")
        .with_new_output("copy_out", "filesystem_managed")
        .create()
    )
    copy_out = project.get_dataset("copy_out")
    job = copy_out.build(timeout=30)
    metrics = copy_out.get_last_metric_values()
    ids = metrics.get_all_ids()
    assert [f"reporting:{kind}" in ids for kind in REPORTING] == [True] * 4
    assert not [i for i in ids if "END" in i]  # DSS records no build end date
    types = {kind: metrics.get_metric_by_id(f"reporting:{kind}")["metric"]["dataType"] for kind in REPORTING}
    assert types == {
        "BUILD_START_DATE": "DATE",
        "BUILD_DURATION": "BIGINT",
        "BUILD_SUCCESS": "BOOLEAN",
        "WARNING_COUNT": "BIGINT",
    }
    activity = (job.get_status())["baseStatus"]["activities"]["copy_NP"]
    started = datetime.datetime.fromisoformat(metrics.get_global_value("reporting:BUILD_START_DATE"))
    assert started == datetime.datetime.fromtimestamp(activity["startTime"] / 1000, tz=datetime.UTC)
    assert metrics.get_global_value("reporting:BUILD_DURATION") == activity["endTime"] - activity["startTime"]
    assert metrics.get_global_value("reporting:BUILD_SUCCESS") == "true"
    assert metrics.get_global_value("reporting:WARNING_COUNT") == 0
    # The records probe is on demand by default: a build does not count records.
    assert "records:COUNT_RECORDS" not in ids

    copy_out.build(timeout=30)
    history = copy_out.get_metric_history("reporting:BUILD_START_DATE")
    starts = [datetime.datetime.fromisoformat(v["value"]) for v in history["values"]]
    assert len(starts) == 2 and starts[0] <= starts[1]
    assert history["lastValue"]["value"] == history["values"][1]["value"]
    assert [v["value"] for v in (copy_out.get_metric_history("reporting:BUILD_SUCCESS"))["values"]] == [
        "true",
        "true",
    ]


def test_a_build_counts_records_when_the_probe_computes_on_build(project: DSSProject) -> None:
    (
        project.new_recipe("sync", "copy")
        .with_input("customers")
        .with_new_output("copy_out", "filesystem_managed")
        .create()
    )
    copy_out = project.get_dataset("copy_out")
    settings = copy_out.get_settings()
    (records,) = [p for p in settings.get_raw()["metrics"]["probes"] if p["type"] == "records"]
    records["computeOnBuildMode"] = "PARTITION"
    settings.save()
    copy_out.build(timeout=30)
    metrics = copy_out.get_last_metric_values()
    assert metrics.get_global_value("records:COUNT_RECORDS") == 4
    assert metrics.get_metric_by_id("records:COUNT_RECORDS")["lastValues"][0]["partition"] == "NP"
    # Disabled, the probe computes nothing, on build or not.
    settings = copy_out.get_settings()
    (records,) = [p for p in settings.get_raw()["metrics"]["probes"] if p["type"] == "records"]
    records["enabled"] = False
    settings.save()
    copy_out.build(timeout=30)
    assert len((copy_out.get_metric_history("records:COUNT_RECORDS"))["values"]) == 1
    assert len((copy_out.get_metric_history("reporting:BUILD_DURATION"))["values"]) == 2


def test_a_failed_build_and_its_warnings_are_recorded(project: DSSProject) -> None:
    recipe = python_recipe(project, "customers", "doubled", "print('writes nothing')\n")
    doubled = project.get_dataset("doubled")
    recipe.run(timeout=30)
    metrics = doubled.get_last_metric_values()
    # The output was not written: one warning in the activity's log.
    assert metrics.get_global_value("reporting:WARNING_COUNT") == 1
    assert metrics.get_global_value("reporting:BUILD_SUCCESS") == "true"
    settings = recipe.get_settings()
    settings.set_payload("raise RuntimeError('no')\n")
    settings.save()
    recipe.run(no_fail=True, timeout=30)
    metrics = doubled.get_last_metric_values()
    assert metrics.get_global_value("reporting:BUILD_SUCCESS") == "false"
    assert metrics.get_global_value("reporting:WARNING_COUNT") == 0
    history = doubled.get_metric_history("reporting:BUILD_SUCCESS")
    assert [v["value"] for v in history["values"]] == ["true", "false"]


def test_python_recipes_read_only_their_inputs_and_write_only_their_outputs(project: DSSProject) -> None:
    upload_csv(project, "other")
    sneaky = "import dataiku\nlist(dataiku.Dataset('other').iter_rows())\n"
    job = (python_recipe(project, "customers", "out", sneaky)).run(no_fail=True, timeout=30)
    assert "not an input of this recipe" in job.get_log()
    writer = "import dataiku\ndataiku.Dataset('other').get_writer()\n"
    job = (python_recipe(project, "customers", "out2", writer)).run(no_fail=True, timeout=30)
    assert "not an output of this recipe" in job.get_log()
    variables = project.get_variables()
    variables["standard"]["threshold"] = 3
    project.set_variables(variables)
    script = (
        "import dataiku\nfrom dataiku import recipe\nout = recipe.get_outputs_as_datasets()[0]\n"
        "out.write_schema([{'name': 'v', 'type': 'string'}])\n"
        "with out.get_writer() as w:\n    w.write_row_dict({'v': dataiku.get_custom_variables()['threshold']})\n"
        "print(recipe.get_input_names_for_role('main'), recipe.get_output_names_for_role('main'))\n"
    )
    job = (python_recipe(project, "customers", "vars_out", script)).run(timeout=30)
    assert rows_of(project.get_dataset("vars_out")) == [["3"]]
    assert "['customers'] ['vars_out']" in job.get_log()


def test_python_recipes_are_bounded_in_time(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(python_timeout_seconds=0.5)
    with DSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        project = client.create_project("P", "P", "admin")
        upload_csv(project)
        recipe = python_recipe(project, "customers", "out", SLOW)
        started = time.monotonic()
        with pytest.raises(JobFailedError) as caught:
            recipe.run(timeout=30)
        assert time.monotonic() - started < 10
        assert caught.value.first_failure is not None
        assert "more than 0.5 s" in caught.value.first_failure["message"]
