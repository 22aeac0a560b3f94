"""Push a helper module into a project's library, read it back, rename and remove it."""

import os

import dataikuapi

client = dataikuapi.DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])
library = client.get_project("LIBS").get_library()

python = library.get_folder("/python")
module = python.add_file("helpers.py")
module.write("def double(x):\n    return 2 * x\n")
print(library.get_file("/python/helpers.py").read())
assert "def double" in library.get_file("/python/helpers.py").read()

print(sorted(item.name for item in python.list()))
module.rename("tools.py")
assert library.get_file("/python/tools.py").read().startswith("def double")
library.get_file("/python/tools.py").delete()
assert "tools.py" not in [item.name for item in library.get_folder("/python").list()]
print("OK")
