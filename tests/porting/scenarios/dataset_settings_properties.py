"""Dataset settings through their documented properties (tags, descriptions), and list items' properties."""

import os

import dataikuapi

client = dataikuapi.DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])
project = client.get_project("SALES")

settings = project.get_dataset("customers").get_settings()
print("Current tags are %s" % settings.tags)  # noqa: UP031 - as published
settings.tags = ["raw", "daily"]
settings.short_description = "Customers"
settings.description = "One row per customer\nfrom the CRM export"
settings.save()

again = project.get_dataset("customers").get_settings()
assert again.tags == ["raw", "daily"], again.tags
assert again.short_description == "Customers"
assert again.get_raw()["description"] == "One row per customer\nfrom the CRM export"

for dataset in project.list_datasets():
    print("Name: %s Type: %s Tags: %s" % (dataset.name, dataset.type, dataset.tags))  # noqa: UP031 - as published
assert [d.tags for d in project.list_datasets()] == [["raw", "daily"]]
print("OK")
