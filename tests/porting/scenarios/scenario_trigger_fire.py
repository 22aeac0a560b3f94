"""Run a scenario through its trigger fire and poll the run, as the developer guide shows; toggle scenarios."""

import os
import time

import dataikuapi

client = dataikuapi.DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])
project = client.get_project("SALES")
scenario = project.get_scenario("NIGHTLY")

trigger_fire = scenario.run()
scenario_run = trigger_fire.wait_for_scenario_run()
while True:
    scenario_run.refresh()
    if not scenario_run.running:
        break
    time.sleep(0.1)
print("outcome", scenario_run.outcome)
assert scenario_run.outcome == "SUCCESS"

previously_active = []
for item in project.list_scenarios(as_type="objects"):
    settings = item.get_settings()
    if settings.active:
        previously_active.append(item.id)
        settings.active = False
        settings.save()
assert previously_active == ["NIGHTLY"], previously_active
assert [s.get_settings().active for s in project.list_scenarios(as_type="objects")] == [False]
print("OK")
