"""Project variables updated in place, project and dataset settings edited through get_raw() and saved."""

import os

import dataikuapi

client = dataikuapi.DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])
project = client.get_project("SALES")

variables = project.get_variables()
variables["standard"]["run_date"] = "2024-01-31"
variables["local"]["debug"] = True
project.set_variables(variables)
again = project.get_variables()
assert again["standard"]["run_date"] == "2024-01-31" and again["local"]["debug"] is True

settings = project.get_settings()
settings.get_raw()["settings"]["flowBuildSettings"] = settings.get_raw()["settings"].get("flowBuildSettings", {})
settings.get_raw()["description"] = "Sales data"
settings.save()
assert project.get_settings().get_raw()["description"] == "Sales data"

dataset = project.get_dataset("customers_copy")
ds_settings = dataset.get_settings()
ds_settings.get_raw()["description"] = "A copy"
ds_settings.get_raw()["params"]["path"] = "/SALES/copy"
ds_settings.save()
raw = dataset.get_settings().get_raw()
print(raw["params"]["connection"], raw["params"]["path"])
assert raw["params"]["path"] == "/SALES/copy" and raw["description"] == "A copy"

metadata = project.get_metadata()
metadata["tags"] = ["sales", "daily"]
project.set_metadata(metadata)
assert project.get_metadata()["tags"] == ["sales", "daily"]
print("OK")
