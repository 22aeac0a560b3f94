"""An instance overview: projects listed as dicts, summaries, who we are, the client's module paths in annotations."""

import os

import dataikuapi


def project_names(client: dataikuapi.dssclient.DSSClient) -> dict:
    return {p["projectKey"]: p["name"] for p in client.list_projects()}


client = dataikuapi.DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])
names = project_names(client)
print(sorted(names.items()))
assert names == {"SALES": "SALES", "HR": "HR"}

project = client.get_project("SALES")
assert isinstance(project, dataikuapi.dss.project.DSSProject)
assert project.get_summary()["projectKey"] == "SALES"
assert client.get_auth_info()["authIdentifier"] == "admin"
assert client.get_instance_info().node_type == "DESIGN"
assert sorted(client.list_project_keys()) == ["HR", "SALES"]
print("OK")
