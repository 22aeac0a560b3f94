"""Listings printed as they come, as the documentation's examples do: list items read as the dicts they are."""

import os
import pprint

import dataikuapi

client = dataikuapi.DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])
project = client.get_project("SALES")

for dataset in project.list_datasets():
    raw = "Raw: %s" % dataset  # noqa: UP031 - as published
    print(raw[:40])
    assert raw.startswith("Raw: {") and "'name': 'customers'" in raw, raw

printed = pprint.pformat(client.list_connections())
print(printed.splitlines()[0][:20])
assert "'type': 'Filesystem'" in printed, printed

# pprint lays a listing out as the dicts it holds.
listing = project.list_datasets()
assert pprint.pformat(listing) == pprint.pformat([dict(item) for item in listing])
print("OK")
