"""Schemas read and set, rows read, metrics computed and read by id, tags set through the metadata."""

import os

import dataikuapi

client = dataikuapi.DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])
dataset = client.get_project("SALES").get_dataset("customers")

schema = dataset.get_schema()
print([(c["name"], c["type"]) for c in schema["columns"]])
assert [c["name"] for c in schema["columns"]] == ["id", "name", "country", "amount"]
schema["columns"][1]["comment"] = "The customer's first name"
dataset.set_schema(schema)
assert dataset.get_schema()["columns"][1]["comment"] == "The customer's first name"

rows = list(dataset.iter_rows())
print(rows)
assert [row[1] for row in rows] == ["ann", "bob", "cid"]

dataset.compute_metrics()
metrics = dataset.get_last_metric_values()
assert "records:COUNT_RECORDS" in metrics.get_all_ids()
count = metrics.get_metric_by_id("records:COUNT_RECORDS")["lastValues"][0]["value"]
print("records", count)
assert int(count) == 3

metadata = dataset.get_metadata()
metadata["tags"] = ["raw"]
dataset.set_metadata(metadata)
assert [d["tags"] for d in client.get_project("SALES").list_datasets()] == [["raw"]]
print("OK")
