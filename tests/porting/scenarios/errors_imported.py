"""The other published form: `from dataikuapi.utils import DataikuException`, `from dataikuapi import DSSClient`."""

import os

from dataikuapi import DSSClient
from dataikuapi.utils import DataikuException

client = DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])
dataset = client.get_project("SALES").get_dataset("nope")
try:
    dataset.get_settings()
    raise SystemExit("a missing dataset has settings")
except DataikuException as error:
    print("refused:", str(error).split(":")[0])
assert not dataset.exists()
print("OK")
