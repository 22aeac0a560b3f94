"""Users and groups administration: listings indexed as dicts, creation, settings edited through get_raw()."""

import os

import dataikuapi

client = dataikuapi.DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])

group = client.create_group("analysts", description="Analysts")
definition = group.get_definition()
definition["description"] = "The analysts"
group.set_definition(definition)
assert "analysts" in [g["name"] for g in client.list_groups()]

user = client.create_user("jane", "secret", display_name="Jane", groups=["analysts"])
logins = sorted(u["login"] for u in client.list_users())
print(logins)
assert "jane" in logins and "admin" in logins

settings = user.get_settings()
settings.get_raw()["displayName"] = "Jane Doe"
settings.get_raw()["groups"].append("readers")
settings.save()
raw = client.get_user("jane").get_settings().get_raw()
assert raw["displayName"] == "Jane Doe" and sorted(raw["groups"]) == ["analysts", "readers"]

for u in client.list_users():
    if u["login"] == "jane":
        print(u["displayName"], sorted(u["groups"]))

user.delete()
group.delete()
assert "jane" not in [u["login"] for u in client.list_users()]
print("OK")
