"""Build a dataset with a job and wait for it; list the project's jobs as dicts."""

import os

import dataikuapi

client = dataikuapi.DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])
project = client.get_project("SALES")

job = project.new_job("NON_RECURSIVE_FORCED_BUILD").with_output("customers_copy").start_and_wait()
state = job.get_status()["baseStatus"]["state"]
print("job", state)
assert state == "DONE"

jobs = project.list_jobs()
assert [j["state"] for j in jobs] == ["DONE"]
assert jobs[0]["def"]["id"] == job.id
assert [o["targetDataset"] for o in jobs[0]["def"]["outputs"]] == ["customers_copy"]
assert "customers_copy" in job.get_log()

# The same through a definition and start_job, waited with the job waiter.
definition = {"type": "NON_RECURSIVE_FORCED_BUILD", "outputs": [{"id": "customers_copy", "type": "DATASET"}]}
second = project.start_job(definition)
dataikuapi.dss.job.DSSJobWaiter(second).wait()
assert second.get_status()["baseStatus"]["state"] == "DONE"
assert len(project.list_jobs()) == 2
print("OK")
