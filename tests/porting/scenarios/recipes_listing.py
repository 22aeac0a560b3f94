"""Recipes listed as dicts, and a Python recipe's code read and changed through its settings."""

import os

import dataikuapi

client = dataikuapi.DSSClient(os.environ["DKU_DSS_URL"], os.environ["DKU_API_KEY"])
project = client.get_project("SALES")

recipes = project.list_recipes()
for recipe in recipes:
    print(recipe["name"], recipe["type"])
assert [(r["name"], r["type"]) for r in recipes] == [("compute_customers_copy", "python")]

settings = project.get_recipe("compute_customers_copy").get_settings()
code = settings.get_code()
assert "get_writer" in code
settings.set_code(code + "\n# reviewed\n")
settings.save()
assert project.get_recipe("compute_customers_copy").get_settings().get_code().endswith("# reviewed\n")

payload = project.get_recipe("compute_customers_copy").get_definition_and_payload().get_payload()
assert payload.endswith("# reviewed\n")
print("OK")
