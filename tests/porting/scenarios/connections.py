"""Connections: the listing is a dict keyed by name, each entry a dict; definitions edited and saved."""

import os

import dataikuapi

client = dataikuapi.DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])

connections = client.list_connections()
for name, connection in sorted(connections.items()):
    print(name, connection["type"])
assert connections["filesystem_managed"]["type"] == "Filesystem"

created = client.create_connection("archive", type="Filesystem", params={"root": "/data/archive"})
definition = created.get_definition()
definition["allowWrite"] = False
created.set_definition(definition)
assert client.get_connection("archive").get_definition()["allowWrite"] is False
assert client.list_connections()["archive"]["params"]["root"] == "/data/archive"
created.delete()
assert "archive" not in client.list_connections()
print("OK")
