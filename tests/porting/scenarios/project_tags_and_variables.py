"""Tag a project and merge variables into it, as the developer guide's project setup scripts do."""

import os

import dataikuapi

client = dataikuapi.DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])
project = client.get_project("TAGGED")

tags = project.get_tags()
print(sorted(tags.keys()))
tags.setdefault("tags", {})["production"] = {"color": "#ff0000"}
project.set_tags(tags)
assert "production" in project.get_tags()["tags"]

# update_variables merges, set_variables replaces.
project.set_variables({"standard": {"a": 1}, "local": {}})
project.update_variables({"b": 2})
project.update_variables({"c": 3}, type="local")
variables = project.get_variables()
print(variables["standard"], variables["local"])
assert variables["standard"] == {"a": 1, "b": 2}, variables
assert variables["local"] == {"c": 3}, variables
print("OK")
