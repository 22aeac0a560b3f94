"""Add a build step to a scenario through its raw settings, run it and wait, read its runs."""

import os

import dataikuapi

client = dataikuapi.DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])
project = client.get_project("SALES")

ids = [s["id"] for s in project.list_scenarios()]
assert ids == ["NIGHTLY"], ids
scenario = project.get_scenario("NIGHTLY")
settings = scenario.get_settings()
settings.raw_steps.append(
    {
        "id": "build",
        "type": "build_flowitem",
        "name": "Build the copy",
        "params": {"builds": [{"type": "DATASET", "itemId": "customers_copy"}], "jobType": "RECURSIVE_FORCED_BUILD"},
    }
)
settings.save()

run = scenario.run_and_wait()
print("outcome", run.outcome)
assert run.outcome == "SUCCESS"
details = run.get_details()
assert details["scenarioRun"]["result"]["outcome"] == "SUCCESS"
assert [r.outcome for r in scenario.get_last_runs()] == ["SUCCESS"]
assert scenario.get_last_finished_run().id == run.id
rows = list(project.get_dataset("customers_copy").iter_rows())
print(len(rows), "rows built")
assert len(rows) == 3
print("OK")
