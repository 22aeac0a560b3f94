"""Catch DSS's refusals as published scripts do: ``except dataikuapi.utils.DataikuException``."""

import os

import dataikuapi

client = dataikuapi.DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])

try:
    client.get_project("NO_SUCH_PROJECT").get_summary()
    raise SystemExit("a missing project was found")
except dataikuapi.utils.DataikuException as error:
    message = str(error)
    print("refused:", message.split(":")[0])
assert "NotFoundException" in message, message

try:
    client.create_project("SALES", "again", "admin")
    raise SystemExit("a project was created twice")
except dataikuapi.utils.DataikuException:
    print("duplicate refused")
print("OK")
