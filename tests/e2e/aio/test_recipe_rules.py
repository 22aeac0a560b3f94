"""The rules of a project's flow: one producing recipe per dataset, datasets on existing
connections only; code env selection; SQL recipes run on SQLite, other engines refused."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from dssclient import AsyncDSSClient, BadRequestError, JobFailedError
from dssclient.aio.dss.project import AsyncDSSProject
from dssclient.aio.dss.recipe import AsyncCodeRecipeSettings, AsyncSingleOutputRecipeCreator
from tests.conftest import FAST_POLLING, admin_key
from tests.e2e.aio.automation_helpers import ROWS, python_recipe, rows_of, upload_csv

pytestmark = pytest.mark.anyio  # unasync: remove

WAREHOUSE = "warehouse"
COPY_SCRIPT = """
from dataiku import recipe

source = recipe.get_inputs_as_datasets()[0]
target = recipe.get_outputs_as_datasets()[0]
target.write_schema(source.read_schema())
with target.get_writer() as writer:
    for row in source.iter_tuples():
        writer.write_tuple(row)
"""


@pytest.fixture
async def client(dss_emulator_factory: Any) -> AsyncIterator[AsyncDSSClient]:
    emulator = dss_emulator_factory(sql_connections={WAREHOUSE: None})
    async with AsyncDSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as dss:
        yield dss


@pytest.fixture
async def project(client: AsyncDSSClient) -> AsyncDSSProject:
    project = await client.create_project("P", "Project", "admin")
    await upload_csv(project)
    return project


async def _names(project: AsyncDSSProject) -> tuple[list[str], list[str]]:
    datasets = sorted(d.name for d in await project.list_datasets())
    return datasets, sorted(r.name for r in await project.list_recipes())


# -- one producing recipe per dataset ------------------------------------------------------------


async def test_a_second_recipe_writing_a_produced_dataset_is_refused(project: AsyncDSSProject) -> None:
    await (
        project.new_recipe("sync", "first")
        .with_input("customers")
        .with_new_output("out", "filesystem_managed")
        .create()
    )
    with pytest.raises(BadRequestError, match="already the output of recipe first"):
        await project.new_recipe("sync", "second").with_input("customers").with_existing_output("out").create()
    # A split creating one new output and writing the produced one: refused, nothing created.
    split = project.new_recipe("split", "dispatch").with_input("customers")
    with pytest.raises(BadRequestError, match="already the output of recipe first"):
        await split.with_new_output("fresh", "filesystem_managed").with_existing_output("out").create()
    code = project.new_recipe("python", "code").with_input("customers").with_output("out")
    with pytest.raises(BadRequestError, match="already the output"):
        await code.with_script("pass").create()
    assert await _names(project) == (["customers", "out"], ["first"])


async def test_saving_a_recipe_that_writes_a_produced_dataset_is_refused(project: AsyncDSSProject) -> None:
    await (
        project.new_recipe("sync", "first").with_input("customers").with_new_output("a", "filesystem_managed").create()
    )
    second = await (
        project.new_recipe("sync", "second").with_input("customers").with_new_output("b", "filesystem_managed").create()
    )
    settings = await second.get_settings()
    settings.get_recipe_outputs()["main"]["items"].append({"ref": "a", "appendMode": False})
    with pytest.raises(BadRequestError, match="already the output of recipe first"):
        await settings.save()
    assert (await second.get_settings()).get_flat_output_refs() == ["b"]
    # Saving a recipe with its own outputs (unchanged) is fine.
    again = await second.get_settings()
    again.get_recipe_raw_definition()["description"] = "kept"
    await again.save()
    assert (await second.get_settings()).get_recipe_raw_definition()["description"] == "kept"


# -- datasets on existing connections only -------------------------------------------------------


async def test_a_dataset_on_an_unknown_connection_is_refused(project: AsyncDSSProject, client: AsyncDSSClient) -> None:
    with pytest.raises(BadRequestError, match="connection 'nowhere' does not exist"):
        await project.create_dataset("d", "Filesystem", params={"connection": "nowhere", "path": "d"})
    with pytest.raises(BadRequestError, match="connection 'nowhere' does not exist"):
        await project.new_managed_dataset("m").with_store_into("nowhere").create()
    builder = project.new_recipe("sync", "copy").with_input("customers")
    with pytest.raises(BadRequestError, match="connection 'nowhere' does not exist"):
        await builder.with_new_output("out", "nowhere").create()
    code = project.new_recipe("python", "code").with_input("customers")
    with pytest.raises(BadRequestError, match="connection 'nowhere' does not exist"):
        await code.with_new_output_dataset("code_out", "nowhere").create()
    assert await _names(project) == (["customers"], [])
    # Connections created since, and the SQL connections of the configuration, are known.
    await client.create_connection("nowhere", "Filesystem", params={"root": "/tmp"})
    await project.create_dataset("d", "Filesystem", params={"connection": "nowhere", "path": "d"})
    await project.create_dataset("t", "PostgreSQL", params={"connection": WAREHOUSE, "table": "t"})
    assert (await _names(project))[0] == ["customers", "d", "t"]


async def test_a_new_output_on_an_sql_connection_is_a_table(project: AsyncDSSProject) -> None:
    builder = project.new_recipe("sync", "copy").with_input("customers")
    await builder.with_new_output("copied", WAREHOUSE).create()
    raw = (await project.get_dataset("copied").get_settings()).get_raw()
    assert raw["type"] == "PostgreSQL" and raw["managed"] is True
    assert raw["params"] == {"connection": WAREHOUSE, "mode": "table", "table": "${projectKey}_copied"}


# -- code env selection ----------------------------------------------------------------------------


async def test_code_env_defaults_and_helpers(project: AsyncDSSProject, client: AsyncDSSClient) -> None:
    settings = await project.get_settings()
    assert settings.get_raw()["settings"]["codeEnvs"]["python"]["mode"] == "INHERIT"
    general = await client.get_general_settings()
    assert general.get_raw()["codeEnvs"] == {"defaultPythonEnv": "", "defaultREnv": ""}
    recipe = await python_recipe(project, "customers", "copy", COPY_SCRIPT, "copier")
    recipe_settings = await recipe.get_settings()
    assert isinstance(recipe_settings, AsyncCodeRecipeSettings)
    assert recipe_settings.get_code_env_settings() == {"envMode": "INHERIT"}
    recipe_settings.set_code_env(code_env="py_missing")
    await recipe_settings.save()
    assert (await recipe.get_settings()).get_code_env_settings() == {"envMode": "EXPLICIT_ENV", "envName": "py_missing"}
    settings.set_python_code_env("py_project")
    await settings.save()
    assert (await project.get_settings()).get_raw()["settings"]["codeEnvs"]["python"] == {
        "mode": "EXPLICIT_ENV",
        "useBuiltinEnv": False,
        "envName": "py_project",
    }


async def _job_failure(project: AsyncDSSProject, dataset: str) -> str:
    with pytest.raises(JobFailedError) as caught:
        await project.get_dataset(dataset).build(timeout=30)
    assert caught.value.first_failure is not None
    return str(caught.value.first_failure["message"])


async def test_a_missing_code_env_fails_the_run_at_each_level(project: AsyncDSSProject, client: AsyncDSSClient) -> None:
    recipe = await python_recipe(project, "customers", "copy", COPY_SCRIPT, "copier")
    # The recipe names a missing env.
    settings = await recipe.get_settings()
    settings.set_code_env(code_env="py_missing")
    await settings.save()
    assert "Code env py_missing (PYTHON) does not exist" in await _job_failure(project, "copy")
    # The recipe inherits; the project names a missing env.
    settings = await recipe.get_settings()
    settings.set_code_env(inherit=True)
    await settings.save()
    project_settings = await project.get_settings()
    project_settings.set_python_code_env("py_project")
    await project_settings.save()
    assert "Code env py_project (PYTHON) does not exist" in await _job_failure(project, "copy")
    # The project inherits; the instance's default is missing.
    project_settings = await project.get_settings()
    project_settings.get_raw()["settings"]["codeEnvs"]["python"] = {"mode": "INHERIT"}
    await project_settings.save()
    general = await client.get_general_settings()
    general.get_raw()["codeEnvs"]["defaultPythonEnv"] = "py_instance"
    await general.save()
    assert "Code env py_instance (PYTHON) does not exist" in await _job_failure(project, "copy")
    # Once the env exists, the recipe runs in it.
    await client.create_code_env("PYTHON", "py_instance", "DESIGN_MANAGED")
    job = await project.get_dataset("copy").build(timeout=30)
    assert "Code env: py_instance (PYTHON)" in await job.get_log()
    assert await rows_of(project.get_dataset("copy")) == ROWS
    # The built-in env, whatever the levels above say.
    settings = await recipe.get_settings()
    settings.set_code_env(use_builtin=True)
    await settings.save()
    assert "Code env: built-in (PYTHON)" in await (await project.get_dataset("copy").build(timeout=30)).get_log()


async def test_older_and_invalid_project_selections(project: AsyncDSSProject, client: AsyncDSSClient) -> None:
    await python_recipe(project, "customers", "copy", COPY_SCRIPT, "copier")
    await client.create_code_env("PYTHON", "py_old", "DESIGN_MANAGED")
    settings = await project.get_settings()
    # Settings from before modes: useBuiltinEnv false names an env.
    settings.get_raw()["settings"]["codeEnvs"]["python"] = {"useBuiltinEnv": False, "envName": "py_old"}
    await settings.save()
    assert "Code env: py_old (PYTHON)" in await (await project.get_dataset("copy").build(timeout=30)).get_log()
    settings.get_raw()["settings"]["codeEnvs"]["python"] = {"mode": "SOMETIMES"}
    await settings.save()
    assert "Unknown code env mode 'SOMETIMES' in project P" in await _job_failure(project, "copy")
    settings.get_raw()["settings"]["codeEnvs"]["python"] = {"mode": "EXPLICIT_ENV"}
    await settings.save()
    assert "names no env" in await _job_failure(project, "copy")


# -- SQL recipes and the recipe types the emulator does not run ------------------------------------


async def _sql(client: AsyncDSSClient, statement: str) -> list[list[Any]]:
    query = await client.sql_query(statement, connection=WAREHOUSE, post_queries=["COMMIT"])
    rows = [row async for row in query.iter_rows()]
    await query.verify()
    return rows


@pytest.fixture
async def sql_project(client: AsyncDSSClient) -> AsyncDSSProject:
    await _sql(client, "CREATE TABLE orders (id INTEGER, country TEXT, amount REAL)")
    await _sql(client, "INSERT INTO orders VALUES (1, 'FR', 10.0), (2, 'US', 20.5), (3, 'FR', 5.0)")
    project = await client.create_project("SHOP", "Shop", "admin")
    await project.create_dataset("orders", "PostgreSQL", params={"connection": WAREHOUSE, "table": "orders"})
    return project


async def test_an_sql_query_recipe_writes_its_result_and_schema(
    sql_project: AsyncDSSProject, client: AsyncDSSClient
) -> None:
    builder = sql_project.new_recipe("sql_query")
    assert isinstance(builder, AsyncSingleOutputRecipeCreator)
    recipe = await builder.with_input("orders").with_new_output("by_country", WAREHOUSE).create()
    assert recipe.name == "compute_by_country"
    assert (await recipe.get_status()).get_selected_engine_details()["type"] == "SQL"
    settings = await recipe.get_settings()
    settings.set_payload(
        "SELECT country, SUM(amount) AS total FROM orders WHERE amount > ${threshold} GROUP BY country ORDER BY country"
    )
    await settings.save()
    await sql_project.set_variables({"standard": {"threshold": 1}, "local": {}})
    await sql_project.get_dataset("by_country").build(timeout=30)
    schema = await sql_project.get_dataset("by_country").get_schema()
    assert [(c["name"], c["type"]) for c in schema["columns"]] == [("country", "string"), ("total", "double")]
    assert await rows_of(sql_project.get_dataset("by_country")) == [["FR", 15.0], ["US", 20.5]]
    # The output, on the SQL connection, is a table there too.
    assert await _sql(client, 'SELECT * FROM "SHOP_by_country" ORDER BY country') == [["FR", 15.0], ["US", 20.5]]
    # A result into a dataset of files.
    files = sql_project.new_recipe("sql_query", "to_files").with_input("orders")
    to_files = await files.with_new_output("orders_files", "filesystem_managed").create()
    files_settings = await to_files.get_settings()
    files_settings.set_payload("SELECT id FROM orders ORDER BY id DESC;")
    await files_settings.save()
    await sql_project.get_dataset("orders_files").build(timeout=30)
    assert await rows_of(sql_project.get_dataset("orders_files")) == [[3], [2], [1]]


async def test_a_dataset_on_an_sql_connection_reads_its_table(sql_project: AsyncDSSProject) -> None:
    orders = sql_project.get_dataset("orders")
    await orders.set_schema(
        {
            "columns": [
                {"name": "id", "type": "bigint"},
                {"name": "country", "type": "string"},
                {"name": "amount", "type": "double"},
            ]
        }
    )
    assert await rows_of(orders) == [[1, "FR", 10.0], [2, "US", 20.5], [3, "FR", 5.0]]
    assert await rows_of(orders, columns=["amount"]) == [[10.0], [20.5], [5.0]]
    # Visual recipes read it too.
    await (
        sql_project.new_recipe("sync", "copy")
        .with_input("orders")
        .with_new_output("files", "filesystem_managed")
        .create()
    )
    await sql_project.get_dataset("files").build(timeout=30)
    assert await rows_of(sql_project.get_dataset("files")) == [[1, "FR", 10.0], [2, "US", 20.5], [3, "FR", 5.0]]
    # A table that does not exist: no rows.
    missing = await sql_project.create_dataset("missing", "PostgreSQL", params={"connection": WAREHOUSE, "table": "t"})
    assert await rows_of(missing) == []
    # Cleared in the emulator: no rows, whatever the table holds.
    await orders.clear()
    assert await rows_of(orders) == []


async def test_the_schema_of_an_sql_query_output_is_computed_by_running_the_query(
    sql_project: AsyncDSSProject, client: AsyncDSSClient
) -> None:
    builder = sql_project.new_recipe("sql_query", "q").with_input("orders")
    recipe = await builder.with_new_output("out", WAREHOUSE).create()
    settings = await recipe.get_settings()
    settings.set_payload("SELECT id, amount * 2 AS doubled FROM orders;")
    await settings.save()
    updates = await recipe.compute_schema_updates()
    assert updates.any_action_required()
    await updates.apply()
    schema = await sql_project.get_dataset("out").get_schema()
    assert [(c["name"], c["type"]) for c in schema["columns"]] == [("id", "bigint"), ("doubled", "double")]
    assert not (await recipe.compute_schema_updates()).any_action_required()
    assert await rows_of(sql_project.get_dataset("out")) == []  # nothing was run into the output
    settings.set_payload("DELETE FROM orders")
    await settings.save()
    with pytest.raises(BadRequestError, match="must be a SELECT"):
        await recipe.compute_schema_updates()
    assert await _sql(client, "SELECT COUNT(*) FROM orders") == [[3]]


async def test_failing_sql_recipes_fail_their_job_with_the_database_error(
    sql_project: AsyncDSSProject, client: AsyncDSSClient
) -> None:
    recipe = await sql_project.new_recipe("sql_query").with_input("orders").with_new_output("out", WAREHOUSE).create()
    settings = await recipe.get_settings()
    settings.set_payload("SELECT missing_column FROM orders")
    await settings.save()
    assert "no such column: missing_column" in await _job_failure(sql_project, "out")
    settings.set_payload("DELETE FROM orders")
    await settings.save()
    assert "must be a SELECT" in await _job_failure(sql_project, "out")
    assert await _sql(client, "SELECT COUNT(*) FROM orders") == [[3]]  # the DELETE was rolled back
    await sql_project.create_dataset("local", "Inline")
    copy = sql_project.new_recipe("sql_query", "from_files").with_input("local")
    await copy.with_new_output("from_files_out", WAREHOUSE).create()
    assert "not on an SQL connection" in await _job_failure(sql_project, "from_files_out")


async def test_an_sql_script_recipe_runs_its_script(sql_project: AsyncDSSProject, client: AsyncDSSClient) -> None:
    builder = sql_project.new_recipe("sql_script", "script").with_input("orders")
    builder.with_new_output_dataset("big", WAREHOUSE)
    builder.with_script(
        'DROP TABLE IF EXISTS "${projectKey}_big";\n'
        'CREATE TABLE "${projectKey}_big" AS SELECT id, amount FROM orders WHERE amount > 6;\n'
    )
    recipe = await builder.create()
    script_settings = await recipe.get_settings()
    assert script_settings.get_payload().startswith("DROP TABLE")
    assert isinstance(script_settings, AsyncCodeRecipeSettings)
    with pytest.raises(ValueError, match="code env"):
        script_settings.get_code_env_settings()  # SQL has no code env
    await sql_project.get_dataset("big").build(timeout=30)
    assert await rows_of(sql_project.get_dataset("big")) == [[1, 10.0], [2, 20.5]]
    schema = await sql_project.get_dataset("big").get_schema()
    assert [(c["name"], c["type"]) for c in schema["columns"]] == [("id", "bigint"), ("amount", "double")]
    # A script that leaves no table for its output fails its job; the output keeps its rows.
    settings = await recipe.get_settings()
    assert isinstance(settings, AsyncCodeRecipeSettings)
    settings.set_code('DROP TABLE "SHOP_big";')
    await settings.save()
    assert "Table SHOP_big of output big does not exist after the script" in await _job_failure(sql_project, "big")
    assert await rows_of(sql_project.get_dataset("big")) == [[1, 10.0], [2, 20.5]]
    assert await _sql(client, "SELECT COUNT(*) FROM orders") == [[3]]


@pytest.mark.parametrize(
    ("recipe_type", "engine"),
    [("hive", "Hive"), ("impala", "Impala"), ("spark_sql_query", "Spark"), ("pyspark", "Spark"), ("r", "R")],
)
async def test_recipes_of_other_engines_are_stored_but_do_not_run(
    project: AsyncDSSProject, recipe_type: str, engine: str
) -> None:
    proto = {
        "type": recipe_type,
        "name": f"{recipe_type}_recipe",
        "inputs": {"main": {"items": [{"ref": "customers"}]}},
    }
    proto["outputs"] = {"main": {"items": [{"ref": f"{recipe_type}_out"}]}}
    settings = {
        "script": f"-- {recipe_type} code",
        "createOutputDataset": True,
        "outputDatasetSettings": {"connectionId": "filesystem_managed"},
    }
    recipe = await project.create_recipe(proto, settings)
    listed = {r.name: r.type for r in await project.list_recipes()}
    assert listed == {f"{recipe_type}_recipe": recipe_type}
    recipe_settings = await recipe.get_settings()
    assert recipe_settings.get_payload() == f"-- {recipe_type} code"
    recipe_settings.set_payload(f"-- {recipe_type} code, edited")
    recipe_settings.get_recipe_params()["custom"] = {"kept": [1, None]}
    await recipe_settings.save()
    again = await recipe.get_settings()
    assert again.get_payload() == f"-- {recipe_type} code, edited"
    assert again.get_recipe_params()["custom"] == {"kept": [1, None]}
    message = await _job_failure(project, f"{recipe_type}_out")
    assert f"the emulator has no {engine} engine" in message
    status = await recipe.get_status()
    assert status.get_selected_engine_details()["label"] in (engine, f"Local {engine} process")
    assert "does not run" in str(status.get_status_messages())
