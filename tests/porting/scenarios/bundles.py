"""Export a bundle, find it in the listing (dicts), download its archive."""

import os
import sys
import zipfile

import dataikuapi

client = dataikuapi.DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])
project = client.get_project(sys.argv[1])
bundle_id = sys.argv[2]

project.export_bundle(bundle_id)
ids = [b["bundleId"] for b in project.list_exported_bundles()["bundles"]]
print(ids)
assert ids == [bundle_id]
project.download_exported_bundle_archive_to_file(bundle_id, bundle_id + ".zip")
assert zipfile.is_zipfile(bundle_id + ".zip")
print("OK")
