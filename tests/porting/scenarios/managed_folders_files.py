"""A CI job uploads reports into a managed folder, lists it, reads one back and cleans up, as published scripts do."""

import io
import os

import dataikuapi

client = dataikuapi.DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])
project = client.get_project("REPORTS")

folder = project.create_managed_folder("ci_reports")
print("created", type(folder).__name__)

# Uploads: a binary file object, and another one under a sub-folder.
folder.put_file("summary.csv", io.BytesIO(b"metric,value\nrows,3\n"))
folder.put_file("runs/2026-12-06.txt", io.BytesIO(b"all green\n"))

paths = sorted(item["path"] for item in folder.list_contents()["items"])
print(paths)
assert paths == ["/runs/2026-12-06.txt", "/summary.csv"], paths
sizes = {item["path"]: item["size"] for item in folder.list_contents()["items"]}
assert sizes["/summary.csv"] == 20, sizes

# Reading back: the streamed response's content, and its raw file object.
with folder.get_file("summary.csv") as response:
    body = response.content
assert body == b"metric,value\nrows,3\n", body
response = folder.get_file("/runs/2026-12-06.txt")
print(response.raw.read().decode().strip())

# The folder listing of the project, as dicts.
listed = project.list_managed_folders()
names = [f["name"] for f in listed]
print(names)
assert names == ["ci_reports"], names
folder_id = [f["id"] for f in listed if f["name"] == "ci_reports"][0]
assert project.get_managed_folder(folder_id).get_definition()["name"] == "ci_reports"

# Deleting a file, then the folder.
folder.delete_file("runs/2026-12-06.txt")
assert [i["path"] for i in folder.list_contents()["items"]] == ["/summary.csv"]

# A path outside the folder is refused.
try:
    leaked = folder.get_file("../../etc/passwd").content
    raise SystemExit(f"a path outside the folder was served: {leaked[:20]!r}")
except dataikuapi.utils.DataikuException:
    print("refused")

folder.delete()
assert project.list_managed_folders() == []
print("OK")
