"""Conformance scenarios of project automation: the loop a user automates, upload to scenario run.

Each scenario is ordinary dataikuapi code; the official client runs it against the strict
emulator, then dssclient runs it and must observe the same results with equivalent requests.
Results hold what a script reads back (rows, states, outcomes, names), not timestamps.
"""

from __future__ import annotations

import datetime
import io
import sys
import time
from typing import Any

import pytest

from tests.conformance.framework import scenario

CSV = b"id,name,country,amount\n1,ann,FR,10\n2,bob,US,20\n3,cid,FR,5.5\n4,dan,DE,\n"
COUNTRIES = b"country,label\nFR,France\nUS,United States\n"

COPY_SCRIPT = """
import dataiku
from dataiku import recipe

source = recipe.get_inputs_as_datasets()[0]
target = recipe.get_outputs_as_datasets()[0]
target.write_schema([{"name": "name", "type": "string"}, {"name": "double_amount", "type": "double"}])
with target.get_writer() as writer:
    for row in source.iter_rows():
        amount = row["amount"]
        writer.write_row_array([row["name"].upper(), None if amount is None else amount * 2])
print("copied", dataiku.default_project_key())
"""


def uploaded(project: Any, name: str = "customers", content: bytes = CSV) -> Any:
    dataset = project.create_upload_dataset(name)
    dataset.uploaded_add_file(io.BytesIO(content), f"{name}.csv")
    dataset.autodetect_settings(infer_storage_types=True).save()
    return dataset


def wait_running(job: Any) -> None:
    """Until a job is running (its state read every 20 ms, at most 5 s)."""
    deadline = time.monotonic() + 5
    while job.get_status()["baseStatus"]["state"] not in ("RUNNING", "DONE", "FAILED") and time.monotonic() < deadline:
        time.sleep(0.02)


@scenario()
def upload_detect_and_read(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("P", "P", "admin")
    dataset = project.create_upload_dataset("customers")
    dataset.uploaded_add_file(io.BytesIO(CSV), "customers.csv")
    seen["files"] = [(f["name"], f["size"]) for f in dataset.uploaded_list_files()]
    strings = dataset.autodetect_settings()
    seen["detected_as_text"] = [c["type"] for c in strings.get_raw()["schema"]["columns"]]
    settings = dataset.autodetect_settings(infer_storage_types=True)
    seen["format"] = (settings.get_raw()["formatType"], settings.get_raw()["formatParams"]["separator"])
    settings.save()
    seen["schema"] = dataset.get_schema()["columns"]
    seen["rows"] = list(dataset.iter_rows())
    seen["some_columns"] = list(dataset.iter_rows(columns=["name", "id"]))
    info = dataset.get_info()
    seen["never_built"] = (info.is_last_build_successful, info.last_build_start_time)
    seen["cleared"] = sorted(dataset.clear())
    seen["files_after_clear"] = dataset.uploaded_list_files()
    seen["rows_after_clear"] = list(dataset.iter_rows())
    return seen


@scenario()
def visual_recipes_build(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("P", "P", "admin")
    uploaded(project)
    uploaded(project, "countries", COUNTRIES)
    sync = project.new_recipe("sync").with_input("customers").with_new_output("customers_copy", "filesystem_managed")
    sync_recipe = sync.create()
    seen["sync"] = (sync_recipe.name, sync_recipe.type, sync_recipe.get_settings().get_json_payload())
    grouping = project.new_recipe("grouping", "by_country")
    grouping.with_input("customers").with_new_output("customers_by_country", "filesystem_managed")
    recipe = grouping.with_group_key("country").create()
    settings = recipe.get_settings()
    settings.set_column_aggregations("amount", sum=True, max=True)
    settings.save()
    updates = recipe.compute_schema_updates()
    seen["updates"] = (updates.any_action_required(), [c["datasetName"] for c in updates.data["computables"]])
    updates.apply()
    seen["grouped_schema"] = [c["name"] for c in project.get_dataset("customers_by_country").get_schema()["columns"]]
    job = recipe.run()
    seen["job"] = job.get_status()["baseStatus"]["state"]
    seen["grouped"] = sorted(project.get_dataset("customers_by_country").iter_rows(), key=repr)
    join = project.new_recipe("join").with_input("customers").with_input("countries")
    joined = join.with_new_output("customers_joined", "filesystem_managed").create()
    seen["join_settings"] = [
        (j["type"], [c["column1"]["name"] for c in j["on"]]) for j in joined.get_settings().raw_joins
    ]
    joined.run()
    seen["joined"] = list(project.get_dataset("customers_joined").iter_rows(columns=["name", "label"]))
    prepare = project.new_recipe("prepare", "prepare_customers").with_input("customers")
    prepared = prepare.with_new_output("customers_prepared", "filesystem_managed").create()
    steps = prepared.get_settings()
    steps.add_processor_step("ColumnRenamer", {"renamings": [{"from": "name", "to": "first_name"}]})
    steps.add_processor_step("FillEmptyWithValue", {"appliesTo": "SINGLE_COLUMN", "column": "amount", "value": "0"})
    steps.save()
    prepared.compute_schema_updates().apply()
    prepared.run()
    seen["prepared"] = list(project.get_dataset("customers_prepared").iter_rows())
    sync_recipe.run()
    seen["copy_rows"] = list(project.get_dataset("customers_copy").iter_rows())
    seen["recipes"] = [(r.name, r.type) for r in project.list_recipes()]
    seen["objects"] = [r.name for r in project.list_recipes(as_type="objects")]
    status = recipe.get_status()
    seen["status"] = (status.get_status_severity(), status.get_selected_engine_details()["type"])
    metadata = recipe.get_metadata()
    metadata["tags"] = ["daily"]
    recipe.set_metadata(metadata)
    seen["tags"] = recipe.get_metadata()["tags"]
    seen["usages"] = sorted((u["objectId"], u["usageType"]) for u in project.get_dataset("customers").get_usages())
    graph = project.get_flow().get_graph()
    seen["order"] = [(n["ref"], n["type"]) for n in graph.get_items_in_traversal_order()]
    seen["sources"] = sorted(d.dataset_name for d in graph.get_source_datasets())
    seen["successors"] = [n["ref"] for n in graph.get_successor_recipes("customers")]
    seen["info"] = project.get_dataset("customers_by_country").get_info().is_last_build_successful
    sync_recipe.delete()
    seen["after_delete"] = [r.name for r in project.list_recipes()]
    return seen


@scenario()
def python_recipe_and_failures(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("P", "P", "admin")
    dataset = uploaded(project)
    builder = dataset.new_code_recipe("python", COPY_SCRIPT, "compute_doubled")
    builder.with_new_output_dataset("doubled", "filesystem_managed")
    recipe = builder.create()
    seen["code"] = recipe.get_settings().get_code() == COPY_SCRIPT
    seen["env"] = recipe.get_settings().get_code_env_settings()
    job = project.get_dataset("doubled").build()
    seen["state"] = job.get_status()["baseStatus"]["state"]
    seen["rows"] = list(project.get_dataset("doubled").iter_rows())
    seen["log_has_print"] = "copied P" in job.get_log()
    settings = recipe.get_settings()
    settings.set_code("raise ValueError('no amount for dan')\n")
    settings.save()
    failed = recipe.run(no_fail=True)
    status = failed.get_status()
    seen["failed"] = status["baseStatus"]["state"]
    seen["failure"] = [a["firstFailure"]["message"] for a in status["baseStatus"]["activities"].values()]
    seen["failure_in_log"] = "ValueError: no amount for dan" in failed.get_log()
    with pytest.raises(api.DataikuException) as caught:
        recipe.run()
    # The official text; dssclient goes on after it with the first failing step's error.
    seen["raised"] = str(caught.value).partition("; ")[0]
    seen["rows_kept"] = list(project.get_dataset("doubled").iter_rows())
    info = project.get_dataset("doubled").get_info()
    seen["last_build_failed"] = info.is_last_build_successful
    return seen


@scenario()
def jobs_list_and_abort(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("P", "P", "admin")
    dataset = uploaded(project)
    slow = dataset.new_code_recipe("python", "import time\ntime.sleep(60)\n", "compute_slow")
    slow.with_new_output_dataset("slow_out", "filesystem_managed")
    slow.create()
    builder = project.new_job("NON_RECURSIVE_FORCED_BUILD").with_output("slow_out")
    seen["definition"] = builder.get_definition()
    job = builder.start()
    wait_running(job)
    seen["running"] = [(j.job_id, j["state"]) for j in project.list_running_jobs()]
    seen["instance_running"] = [j.job_id for j in admin.list_running_jobs()]
    job.abort()
    seen["aborted"] = job.get_status()["baseStatus"]["state"]
    # DSSJobWaiter lives beside DSSJob, in either client.
    seen["waiter"] = sys.modules[type(job).__module__].DSSJobWaiter(job).wait(no_fail=True)
    seen["listed"] = [(j.job_id, j["state"]) for j in project.list_jobs()]
    seen["objects"] = [j.id for j in project.list_jobs(as_type="objects")]
    seen["running_after"] = project.list_running_jobs()
    seen["final"] = project.start_job_and_wait(
        {"type": "NON_RECURSIVE_FORCED_BUILD", "outputs": [{"id": "customers"}]}, no_fail=True
    )
    return seen


@scenario()
def metrics_and_checks(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("P", "P", "admin")
    dataset = uploaded(project)
    report = dataset.compute_metrics()
    seen["computed"] = sorted(c["metricId"] for c in report["computed"])
    metrics = dataset.get_last_metric_values()
    seen["records"] = metrics.get_global_value("records:COUNT_RECORDS")
    seen["columns"] = metrics.get_global_value("basic:COUNT_COLUMNS")
    seen["ids"] = sorted(metrics.get_all_ids())
    settings = dataset.get_settings()
    settings.get_raw()["metrics"] = {
        "probes": [
            {"type": "records", "enabled": True, "computeOnBuildMode": "NO", "configuration": {}},
            {
                "type": "col_stats",
                "enabled": True,
                "configuration": {"aggregates": [{"column": "amount", "aggregated": "MAX"}]},
            },
        ]
    }
    settings.get_raw()["metricsChecks"] = {
        "checks": [
            {
                "type": "numericRange",
                "meta": {"name": "enough rows"},
                "metricId": "records:COUNT_RECORDS",
                "minimum": 10,
                "minimumEnabled": True,
            },
            {
                "type": "numericRange",
                "meta": {"name": "amount below 100"},
                "metricId": "col_stats:MAX:amount",
                "maximum": 100,
                "maximumEnabled": True,
            },
        ]
    }
    settings.save()
    dataset.compute_metrics()
    seen["max"] = dataset.get_last_metric_values().get_global_value("col_stats:MAX:amount")
    dataset.compute_metrics(metric_ids=["col_stats:AVG:amount", "col_stats:COUNT_NULL:amount"])
    latest = dataset.get_last_metric_values()
    seen["avg"] = latest.get_global_value("col_stats:AVG:amount")
    seen["nulls"] = latest.get_global_value("col_stats:COUNT_NULL:amount")
    history = dataset.get_metric_history("records:COUNT_RECORDS")
    seen["history"] = [v["value"] for v in history["values"]]
    checks = dataset.run_checks()
    seen["checks"] = [(r["check"]["meta"]["name"], r["value"]["outcome"]) for r in checks["results"]]
    one = dataset.run_checks(checks=["amount below 100"])
    seen["one_check"] = [r["value"]["outcome"] for r in one["results"]]
    return seen


@scenario()
def metrics_recorded_by_builds(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("P", "P", "admin")
    uploaded(project)
    project.new_recipe("sync", "copy").with_input("customers").with_new_output("copy", "filesystem_managed").create()
    copied = project.get_dataset("copy")
    raw = copied.get_settings().get_raw()
    seen["probes"] = [(p["type"], p["enabled"], p["computeOnBuildMode"]) for p in raw["metrics"]["probes"]]
    seen["checks"] = raw["metricsChecks"]
    copied.build()
    metrics = copied.get_last_metric_values()
    seen["ids"] = sorted(metrics.get_all_ids())
    reporting = [m for m in seen["ids"] if m.startswith("reporting:")]
    seen["types"] = {m: metrics.get_metric_by_id(m)["metric"]["dataType"] for m in reporting}
    seen["success"] = metrics.get_metric_by_id("reporting:BUILD_SUCCESS")["lastValues"][0]["value"]
    seen["warnings"] = metrics.get_global_value("reporting:WARNING_COUNT")
    seen["started_iso"] = isinstance(
        datetime.datetime.fromisoformat(metrics.get_global_value("reporting:BUILD_START_DATE")), datetime.datetime
    )
    settings = copied.get_settings()
    for probe in settings.get_raw()["metrics"]["probes"]:
        if probe["type"] == "records":
            probe["computeOnBuildMode"] = "PARTITION"
    settings.save()
    copied.build()
    seen["records"] = copied.get_last_metric_values().get_metric_by_id("records:COUNT_RECORDS")["lastValues"][0][
        "value"
    ]
    seen["builds"] = [v["value"] for v in copied.get_metric_history("reporting:BUILD_SUCCESS")["values"]]
    return seen


# A run that fails raises ScenarioRunFailedError naming the failing step: dssclient reads the run's details.
@scenario(our_extra_reads=("getScenarioRun",))
def step_based_scenario(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("P", "P", "admin")
    dataset = uploaded(project)
    builder = dataset.new_code_recipe("python", COPY_SCRIPT, "compute_doubled")
    builder.with_new_output_dataset("doubled", "filesystem_managed")
    builder.create()
    scenario_ = project.create_scenario("Daily refresh", "step_based")
    seen["id"] = scenario_.id
    settings = scenario_.get_settings()
    settings.raw_steps.append(
        {
            "id": "build",
            "type": "build_flowitem",
            "name": "Build doubled",
            "params": {"builds": [{"type": "DATASET", "itemId": "doubled"}], "jobType": "RECURSIVE_FORCED_BUILD"},
        }
    )
    settings.raw_steps.append(
        {
            "id": "metrics",
            "type": "compute_metrics",
            "name": "Metrics",
            "params": {"computes": [{"type": "DATASET", "itemId": "doubled"}]},
        }
    )
    settings.add_periodic_trigger(every_minutes=10)
    settings.active = True
    settings.get_raw()["customField"] = {"kept": None}
    settings.save()
    again = scenario_.get_settings()
    seen["steps"] = [(s["id"], s["type"]) for s in again.raw_steps]
    seen["triggers"] = [
        (t["type"], t["params"]["frequency"], t["params"]["repeatFrequency"]) for t in again.raw_triggers
    ]
    seen["kept"] = again.get_raw()["customField"]
    seen["effective_run_as"] = again.effective_run_as
    run = scenario_.run_and_wait()
    seen["outcome"] = run.outcome
    details = run.get_details()
    seen["step_outcomes"] = [(s["step"]["id"], s.outcome, len(s.job_ids)) for s in details.steps]
    seen["last_step"] = details.last_step.outcome
    seen["log"] = "Build doubled" in run.get_log() and "Build doubled" in run.get_log(step_id="build")
    seen["rows"] = list(project.get_dataset("doubled").iter_rows())
    seen["metric"] = project.get_dataset("doubled").get_last_metric_values().get_global_value("records:COUNT_RECORDS")
    seen["last_runs"] = [r.outcome for r in scenario_.get_last_runs()]
    seen["last_finished"] = scenario_.get_last_finished_run().outcome
    seen["current"] = scenario_.get_current_run()
    seen["by_id"] = scenario_.get_run(run.id).outcome
    status = scenario_.get_status()
    seen["status"] = (status.running, status.get_raw()["active"], status.next_run is not None)
    seen["listed"] = [(s.id, s.running) for s in project.list_scenarios()]
    seen["objects"] = [s.id for s in project.list_scenarios(as_type="objects")]
    recipe_settings = project.get_recipe("compute_doubled").get_settings()
    recipe_settings.set_code("raise RuntimeError('broken source')\n")
    recipe_settings.save()
    failed = scenario_.run_and_wait(no_fail=True)
    seen["failed"] = failed.outcome
    failed_details = failed.get_details()
    seen["failed_steps"] = [s.outcome for s in failed_details.steps]
    seen["error"] = "broken source" in failed_details.first_error_details["message"]
    with pytest.raises(api.DataikuException) as caught:
        scenario_.run_and_wait()
    # The official text; dssclient goes on after it with the first failing step's error.
    seen["raised"] = str(caught.value).partition("; ")[0]
    scenario_.delete()
    seen["after_delete"] = project.list_scenarios()
    return seen


@scenario()
def python_scenario_fire_and_abort(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("P", "P", "admin")
    uploaded(project)
    scenario_ = project.create_scenario("Python steps", "custom_python", definition={"params": {"x": 1}})
    settings = scenario_.get_settings()
    seen["empty_code"] = settings.code
    settings.code = (
        "import time\nfrom dataiku.scenario import Scenario\n"
        "s = Scenario()\nprint('params', s.get_trigger_params())\ntime.sleep(60)\n"
    )
    settings.save()
    seen["code_saved"] = "time.sleep(60)" in scenario_.get_settings().code
    light = scenario_.get_definition()
    light["active"] = True
    light["shortDesc"] = "runs Python"
    scenario_.set_definition(light)
    seen["light"] = (scenario_.get_settings().active, scenario_.get_definition(with_status=False)["shortDesc"])
    fire = scenario_.run({"who": "api"})
    seen["fire"] = (fire.get_raw()["trigger"]["type"], fire.is_cancelled())
    run = fire.wait_for_scenario_run()
    seen["running"] = run.running
    second = scenario_.run()
    seen["second_cancelled"] = second.is_cancelled(refresh=True)
    with pytest.raises(api.DataikuException) as caught:
        second.wait_for_scenario_run()
    seen["cancelled_text"] = str(caught.value)
    seen["running_scenarios"] = [s["payload"]["scenarioId"] for s in admin.list_running_scenarios()]
    deadline = time.monotonic() + 10  # until the script has printed its parameters
    while "'who': 'api'" not in run.get_log() and time.monotonic() < deadline:
        time.sleep(0.02)
    scenario_.abort()
    run.wait_for_completion(no_fail=True)
    seen["outcome"] = run.outcome
    seen["log_has_params"] = "'who': 'api'" in run.get_log()
    same = scenario_.get_trigger_fire(fire.trigger_id, fire.run_id)
    seen["fire_again"] = (same.trigger_id, same.is_cancelled())
    return seen


@scenario(
    ("getProjectPermissions", 403),
    ("startJob", 403),
    ("createRecipe", 403),
    ("runScenario", 403),
    ("duplicateProject", 409),
)
def permissions_and_duplication(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("P", "P", "admin")
    uploaded(project)
    project.new_recipe("sync", "copy").with_input("customers").with_new_output(
        "customers_copy", "filesystem_managed"
    ).create()
    project.create_scenario("Refresh", "step_based")
    permissions = project.get_permissions()
    seen["initial"] = permissions
    permissions["permissions"].append({"group": "readers", "readProjectContent": True})
    project.set_permissions(permissions)
    seen["granted"] = project.get_permissions()["permissions"]
    mine = reader.get_project("P")
    seen["reader_recipes"] = [r.name for r in mine.list_recipes()]
    seen["reader_rows"] = len(list(mine.get_dataset("customers").iter_rows()))
    refusals = []
    for attempt in (
        lambda: mine.get_permissions(),
        lambda: mine.get_dataset("customers_copy").build(),
        lambda: mine.new_recipe("sync", "mine").with_input("customers").with_existing_output("customers_copy").create(),
        lambda: mine.get_scenario("REFRESH").run(),
    ):
        with pytest.raises(api.DataikuException) as caught:
            attempt()
        refusals.append(str(caught.value).split(":")[0])
    seen["refusals"] = refusals
    permissions["permissions"][0]["runScenarios"] = True
    project.set_permissions(permissions)
    seen["reader_run"] = mine.get_scenario("REFRESH").run_and_wait().outcome
    answer = project.duplicate("P_COPY", "P copy")
    seen["duplicated"] = answer
    copy = admin.get_project("P_COPY")
    seen["copy_datasets"] = sorted(d.name for d in copy.list_datasets())
    seen["copy_recipes"] = [r.name for r in copy.list_recipes()]
    seen["copy_scenarios"] = [s.id for s in copy.list_scenarios()]
    seen["copy_rows"] = len(list(copy.get_dataset("customers").iter_rows()))
    seen["copy_built"] = list(copy.get_dataset("customers_copy").iter_rows())
    with pytest.raises(api.DataikuException) as caught:
        project.duplicate("P_COPY", "again")
    seen["conflict"] = str(caught.value).split(":")[0]
    return seen


@scenario()
def automation_loop(admin: Any, reader: Any, api: Any) -> Any:
    """The loop of the issue: upload -> detect -> recipe -> build -> metrics -> checks -> scenario run."""
    project = admin.create_project("LOOP", "Loop", "admin")
    dataset = project.create_upload_dataset("sales")
    dataset.uploaded_add_file(io.BytesIO(CSV), "sales.csv")
    dataset.autodetect_settings(infer_storage_types=True).save()
    recipe = (
        project.new_recipe("grouping")
        .with_input("sales")
        .with_new_output("sales_by_country", "filesystem_managed")
        .with_group_key("country")
        .create()
    )
    project.get_dataset("sales_by_country").build()
    output = project.get_dataset("sales_by_country")
    output.compute_metrics()
    settings = output.get_settings()
    settings.get_raw()["metricsChecks"] = {
        "checks": [
            {
                "type": "numericRange",
                "meta": {"name": "three countries"},
                "metricId": "records:COUNT_RECORDS",
                "minimum": 3,
                "maximum": 3,
                "minimumEnabled": True,
                "maximumEnabled": True,
            }
        ]
    }
    settings.save()
    checks = output.run_checks()
    scenario_ = project.create_scenario("Rebuild", "step_based")
    scenario_settings = scenario_.get_settings()
    scenario_settings.raw_steps.append(
        {
            "type": "build_flowitem",
            "params": {
                "builds": [{"type": "DATASET", "itemId": "sales_by_country"}],
                "jobType": "RECURSIVE_FORCED_BUILD",
            },
        }
    )
    scenario_settings.raw_steps.append(
        {"type": "check_dataset", "params": {"checks": [{"type": "DATASET", "itemId": "sales_by_country"}]}}
    )
    scenario_settings.save()
    run = scenario_.run_and_wait()
    return {
        "recipe": recipe.name,
        "rows": sorted(output.iter_rows(), key=repr),
        "records": output.get_last_metric_values().get_global_value("records:COUNT_RECORDS"),
        "checks": [r["value"]["outcome"] for r in checks["results"]],
        "run": run.outcome,
        "steps": [s.outcome for s in run.get_details().steps],
        "last_build": output.get_info().is_last_build_successful,
    }


@scenario()
def dataset_copy_recipe_rename_and_runs_by_date(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = admin.create_project("P", "P", "admin")
    source = uploaded(project)
    target = project.new_managed_dataset("customers_copy").with_store_into("filesystem_managed").create()
    seen["copy"] = source.copy_to(target).wait_for_result() is not None
    seen["copied_rows"] = list(target.iter_rows())
    source.copy_to(target, write_mode="APPEND").wait_for_result()
    seen["appended"] = len(list(target.iter_rows()))

    builder = project.new_recipe("sync").with_input("customers").with_new_output("customers_sync", "filesystem_managed")
    builder.create()
    (recipe_item,) = project.list_recipes()
    project.get_recipe(recipe_item["name"]).rename("copy_customers")
    seen["recipes"] = [r["name"] for r in project.list_recipes()]
    seen["renamed_settings"] = project.get_recipe("copy_customers").get_settings().get_recipe_inputs()

    scenario_ = project.create_scenario("Nightly", "step_based")
    run = scenario_.run_and_wait()
    day = run.start_time.date()
    runs = scenario_.get_runs_by_date(day, day + datetime.timedelta(days=1))
    seen["runs_that_day"] = [(r.id == run.id, r.outcome) for r in runs]
    seen["runs_day_before"] = scenario_.get_runs_by_date(day - datetime.timedelta(days=1), day)
    return seen
