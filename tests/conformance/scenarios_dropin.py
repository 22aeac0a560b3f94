"""Conformance scenario of scripts ported with ``import dssclient as dataikuapi``: the everyday idioms.

The same code runs with the official module and with ours (``api.name``): list items indexed as
dicts, the classes answers are made of (by name), and ``except <module>.utils.DataikuException``.
"""

from __future__ import annotations

import importlib
import io
import json
import warnings
from typing import Any

from tests.conformance.framework import scenario

CSV = b"id,name,country,amount\n1,ann,FR,10\n2,bob,US,20\n"


@scenario(("getDatasetSettings", 404))
def dropin_idioms(admin: Any, reader: Any, api: Any) -> Any:
    module = importlib.import_module(api.name)  # dataikuapi, or dssclient
    seen: dict[str, Any] = {}
    project = admin.create_project("P", "P", "admin")
    customers = project.create_upload_dataset("customers")
    customers.uploaded_add_file(io.BytesIO(CSV), "customers.csv")
    customers.autodetect_settings(infer_storage_types=True).save()
    project.create_dataset("orders", "Filesystem", params={"connection": "filesystem_managed", "path": "P/o"})
    items = project.list_datasets()
    seen["names"] = [d["name"] for d in items]
    seen["types"] = [d["type"] for d in items]
    seen["connections"] = [d.get("params", {}).get("connection") for d in items]
    seen["dicts"] = [
        (type(d).__name__, isinstance(d, dict), sorted(d) == sorted(json.loads(json.dumps(d)))) for d in items
    ]
    seen["is_the_module_class"] = all(isinstance(d, module.dss.dataset.DSSDatasetListItem) for d in items)
    project.new_recipe("sync", "copy").with_input("customers").with_new_output(
        "copy_out", "filesystem_managed"
    ).create()
    sort = project.new_recipe("sort").with_input("customers").with_new_output("sorted", "filesystem_managed").create()
    seen["recipes"] = [(r["name"], r["type"], type(r).__name__, isinstance(r, dict)) for r in project.list_recipes()]
    seen["sort_settings"] = type(sort.get_settings()).__name__
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        definition = project.get_recipe("copy").get_definition_and_payload()
    seen["definition"] = (type(definition).__name__, definition.get_recipe_inputs()["main"]["items"][0]["ref"])
    seen["definition_is_settings"] = isinstance(definition, module.dss.recipe.DSSRecipeSettings)
    scenario_ = project.create_scenario("Refresh", "step_based")
    seen["scenarios"] = [(s["name"], s["id"] == scenario_.id, isinstance(s, dict)) for s in project.list_scenarios()]
    seen["users"] = sorted(u["login"] for u in admin.list_users())
    try:
        project.get_dataset("missing").get_settings()
    except module.utils.DataikuException as error:
        seen["caught"] = str(error).startswith("com.dataiku")  # the official "errorType: message"
    return seen
