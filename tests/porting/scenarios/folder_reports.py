"""Upload a CI run's reports into a managed folder and read them back, as published CI/CD scripts do."""

import os
import tempfile

import dataikuapi

client = dataikuapi.DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])
project = client.get_project("SALES")

folder_id = [f["id"] for f in project.list_managed_folders() if f["name"] == "reports"][0]
folder = project.get_managed_folder(folder_id)

with tempfile.TemporaryDirectory() as local:
    os.makedirs(os.path.join(local, "junit"))
    with open(os.path.join(local, "junit", "results.xml"), "w") as out:
        out.write("<testsuite tests='3' failures='0'/>")
    with open(os.path.join(local, "summary.txt"), "w") as out:
        out.write("3 passed")
    folder.upload_folder("/run-42", local)

with open(__file__, "rb") as fd:
    uploaded = folder.put_file("/run-42/script.py", fd)
print("uploaded", uploaded["path"], uploaded["size"])

paths = sorted(item["path"] for item in folder.list_contents()["items"])
print(paths)
assert paths == ["/previous.txt", "/run-42/junit/results.xml", "/run-42/script.py", "/run-42/summary.txt"], paths

with folder.get_file("/run-42/summary.txt") as fd:
    assert fd.raw.read() == b"3 passed"  # the official docs read fd.raw

folder.delete_file("/previous.txt")
assert [i["path"] for i in folder.list_contents()["items"] if i["path"] == "/previous.txt"] == []
print("OK")
