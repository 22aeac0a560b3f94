"""Conformance scenarios of the flow's rules: one producing recipe per dataset, datasets on
existing connections; code env selection at the instance, project and recipe levels; SQL recipes
run on the SQLite database of their connection, and recipes of engines the emulator lacks.
"""

from __future__ import annotations

from typing import Any

from tests.conformance.framework import scenario

SQL = {"sql_connections": {"warehouse": None}}
COPY_SCRIPT = """
from dataiku import recipe

source = recipe.get_inputs_as_datasets()[0]
target = recipe.get_outputs_as_datasets()[0]
target.write_schema(source.read_schema())
with target.get_writer() as writer:
    for row in source.iter_tuples():
        writer.write_tuple(row)
"""


def _project(admin: Any, key: str) -> Any:
    project = admin.create_project(key, key, "admin")
    orders = project.create_dataset(
        "orders", "Filesystem", params={"connection": "filesystem_managed", "path": f"{key}/orders"}, formatType="csv"
    )
    orders.set_schema({"columns": [{"name": "id", "type": "bigint"}, {"name": "amount", "type": "double"}]})
    return project


def _refusal(api: Any, attempt: Any) -> str:
    try:
        attempt()
    except api.DataikuException as error:
        return str(error)
    raise AssertionError("not refused")


def _names(project: Any) -> Any:
    return sorted(d.name for d in project.list_datasets()), sorted(r.name for r in project.list_recipes())


def _first_failure(job: Any) -> str:
    activities = job.get_status()["baseStatus"]["activities"]
    return next(str(a["firstFailure"]["message"]) for a in activities.values() if a.get("firstFailure"))


@scenario(("createRecipe", 400), ("saveRecipe", 400), ("createDataset", 400), ("createManagedDataset", 400), **SQL)
def one_producer_per_dataset_and_known_connections(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = _project(admin, "RULES")
    project.new_recipe("sync", "first").with_input("orders").with_new_output("out", "filesystem_managed").create()
    seen["second"] = _refusal(
        api, lambda: project.new_recipe("sync", "second").with_input("orders").with_existing_output("out").create()
    )
    split = project.new_recipe("split", "dispatch").with_input("orders").with_new_output("fresh", "filesystem_managed")
    seen["split"] = _refusal(api, lambda: split.with_existing_output("out").create())
    other = (
        project.new_recipe("sync", "other").with_input("orders").with_new_output("other_out", "filesystem_managed")
    ).create()
    settings = other.get_settings()
    settings.get_recipe_outputs()["main"]["items"].append({"ref": "out", "appendMode": False})
    seen["save"] = _refusal(api, settings.save)
    seen["outputs_after"] = other.get_settings().get_flat_output_refs()
    seen["dataset"] = _refusal(
        api,
        lambda: project.create_dataset("d", "Filesystem", params={"connection": "nowhere", "path": "d"}),
    )
    seen["managed"] = _refusal(api, lambda: project.new_managed_dataset("m").with_store_into("nowhere").create())
    seen["output"] = _refusal(
        api, lambda: project.new_recipe("sync", "copy").with_input("orders").with_new_output("o", "nowhere").create()
    )
    seen["names"] = _names(project)
    # A new output on an SQL connection is a table of that connection.
    project.new_recipe("sync", "to_table").with_input("orders").with_new_output("table_out", "warehouse").create()
    raw = project.get_dataset("table_out").get_settings().get_raw()
    seen["table"] = (raw["type"], raw["params"])
    return seen


@scenario()
def code_env_selection_at_each_level(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    project = _project(admin, "ENVS")
    settings = project.get_settings()
    seen["project_default"] = settings.get_raw()["settings"]["codeEnvs"]
    seen["instance_default"] = admin.get_general_settings().get_raw()["codeEnvs"]
    builder = project.new_recipe("python", "copier").with_input("orders").with_script(COPY_SCRIPT)
    builder.with_new_output_dataset("copy", "filesystem_managed")
    recipe = builder.create()
    recipe_settings = recipe.get_settings()
    seen["recipe_default"] = recipe_settings.get_code_env_settings()
    recipe_settings.set_code_env(code_env="py_missing")
    recipe_settings.save()
    seen["explicit"] = _first_failure(recipe.run(no_fail=True))
    recipe_settings = recipe.get_settings()
    recipe_settings.set_code_env(inherit=True)
    recipe_settings.save()
    settings = project.get_settings()
    settings.set_python_code_env("py_project")
    settings.save()
    seen["project"] = _first_failure(recipe.run(no_fail=True))
    seen["project_settings"] = project.get_settings().get_raw()["settings"]["codeEnvs"]["python"]
    settings = project.get_settings()
    settings.get_raw()["settings"]["codeEnvs"]["python"] = {"mode": "INHERIT"}
    settings.save()
    general = admin.get_general_settings()
    general.get_raw()["codeEnvs"]["defaultPythonEnv"] = "py_instance"
    general.save()
    seen["instance"] = _first_failure(recipe.run(no_fail=True))
    admin.create_code_env("PYTHON", "py_instance", "DESIGN_MANAGED")
    seen["state"] = recipe.run(no_fail=True).get_status()["baseStatus"]["state"]
    recipe_settings = recipe.get_settings()
    recipe_settings.set_code_env(use_builtin=True)
    recipe_settings.save()
    seen["builtin"] = recipe.get_settings().get_code_env_settings()
    return seen


@scenario(**SQL)
def sql_recipes_and_engines_the_emulator_lacks(admin: Any, reader: Any, api: Any) -> Any:
    seen: dict[str, Any] = {}
    for statement in (
        "CREATE TABLE sales (id INTEGER, country TEXT, amount REAL)",
        "INSERT INTO sales VALUES (1, 'FR', 10.0), (2, 'US', 20.5), (3, 'FR', 5.0)",
    ):
        admin.sql_query(statement, connection="warehouse", post_queries=["COMMIT"]).verify()
    project = _project(admin, "SHOP")
    sales = project.create_dataset("sales", "PostgreSQL", params={"connection": "warehouse", "table": "sales"})
    sales.set_schema({"columns": [{"name": "id", "type": "bigint"}, {"name": "amount", "type": "double"}]})
    seen["table_rows"] = list(sales.iter_rows())
    query = project.new_recipe("sql_query").with_input("sales").with_new_output("by_country", "warehouse").create()
    seen["query_name"] = query.name
    settings = query.get_settings()
    settings.set_payload("SELECT country, SUM(amount) AS total FROM sales GROUP BY country ORDER BY country")
    settings.save()
    updates = query.compute_schema_updates()
    seen["updates_required"] = updates.any_action_required()
    updates.apply()
    seen["updated_schema"] = project.get_dataset("by_country").get_schema()["columns"]
    query.run()
    seen["query_schema"] = [(c["name"], c["type"]) for c in project.get_dataset("by_country").get_schema()["columns"]]
    seen["query_rows"] = list(project.get_dataset("by_country").iter_rows())
    builder = project.new_recipe("sql_script", "script").with_input("sales")
    builder.with_new_output_dataset("big", "warehouse")
    builder.with_script('CREATE TABLE "${projectKey}_big" AS SELECT id, amount FROM sales WHERE amount > 6;')
    script = builder.create()
    seen["script_payload"] = script.get_settings().get_payload()
    script.run()
    seen["script_rows"] = list(project.get_dataset("big").iter_rows())
    for recipe_type in ("hive", "impala", "spark_sql_query", "pyspark", "r"):
        proto = {
            "type": recipe_type,
            "name": f"{recipe_type}_recipe",
            "inputs": {"main": {"items": [{"ref": "orders"}]}},
            "outputs": {"main": {"items": [{"ref": f"{recipe_type}_out"}]}},
        }
        creation = {
            "script": f"-- {recipe_type}",
            "createOutputDataset": True,
            "outputDatasetSettings": {"connectionId": "filesystem_managed"},
        }
        recipe = project.create_recipe(proto, creation)
        recipe_settings = recipe.get_settings()
        recipe_settings.set_payload(f"-- {recipe_type}, edited")
        recipe_settings.save()
        seen[recipe_type] = (recipe.get_settings().get_payload(), _first_failure(recipe.run(no_fail=True)))
    seen["recipes"] = sorted((r.name, r.type) for r in project.list_recipes())
    return seen
