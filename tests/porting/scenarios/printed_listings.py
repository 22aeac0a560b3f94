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
print(printed.splitlines()[0])
assert "'type': 'Filesystem'" in printed, printed
assert printed == pprint.pformat({name: dict(item) for name, item in client.list_connections().items()})
print("OK")
