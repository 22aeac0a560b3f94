"""Organise a flow into zones: create one, move a dataset into it, list zones and their items."""

import os

import dataikuapi

client = dataikuapi.DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])
project = client.get_project("ZONED")
flow = project.get_flow()

zone = flow.create_zone("Ingestion", color="#2ab1ac")
dataset = project.get_dataset("customers")
zone.add_item(dataset)

names = sorted(z.name for z in flow.list_zones())
print(names)
assert "Ingestion" in names, names
assert flow.get_zone_of_object(dataset).id == zone.id
print([item.name for item in zone.items])

settings = zone.get_settings()
settings.name = "Raw data"
settings.save()
assert flow.get_zone(zone.id).name == "Raw data"

zone.delete()
assert flow.get_zone_of_object(dataset).id == flow.get_default_zone().id
print("OK")
