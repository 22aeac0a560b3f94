"""List a project's datasets the way published scripts do: items indexed as dicts, and their properties."""

import os

import dataikuapi

client = dataikuapi.DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])
project = client.get_project("SALES")

names = []
for d in project.list_datasets():
    names.append(d["name"])
    print(d["name"], d["type"], d["projectKey"])
assert sorted(names) == ["customers", "customers_copy"], names

by_name = {d["name"]: d for d in project.list_datasets()}
assert by_name["customers"]["type"] == "UploadedFiles"
assert [c["name"] for c in by_name["customers"]["schema"]["columns"]] == ["id", "name", "country", "amount"]

# The list items' properties, as the official client documents them.
item = [d for d in project.list_datasets() if d.name == "customers_copy"][0]
assert item.type == "Filesystem"
assert item.connection == "filesystem_managed"
print("OK")
