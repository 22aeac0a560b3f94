"""Code envs: listed as dicts, created, packages set through the settings and installed."""

import os

import dataikuapi

client = dataikuapi.DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])

code_env = client.create_code_env("PYTHON", "py_tools", "DESIGN_MANAGED")
settings = code_env.get_settings()
settings.settings["specPackageList"] = "tabulate\nnameparser"
settings.save()
result = code_env.update_packages()
print("update", sorted(result) if isinstance(result, dict) else result)

envs = [(e["envLang"], e["envName"]) for e in client.list_code_envs()]
print(envs)
assert ("PYTHON", "py_tools") in envs
assert "tabulate" in client.get_code_env("PYTHON", "py_tools").get_settings().settings["specPackageList"]
code_env.delete()
assert ("PYTHON", "py_tools") not in [(e["envLang"], e["envName"]) for e in client.list_code_envs()]
print("OK")
