"""The flow graph's nodes walked as dicts (orphans found), and instance variables updated."""

import os

import dataikuapi

client = dataikuapi.DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])
project = client.get_project("SALES")

graph = project.get_flow().get_graph()
orphans = sorted(name for name, node in graph.nodes.items() if not node["predecessors"] and not node["successors"])
print("orphans", orphans)
assert orphans == ["orphan"]

variables = client.get_global_variables()
variables["env"] = "test"
variables.save()
assert client.get_global_variables()["env"] == "test"
print("OK")
