"""Scripts written for dataikuapi, run with ``import dssclient as dataikuapi``: their everyday idioms, end to end.

Listed datasets, recipes and scenarios are dicts there (``d["name"]``), as users are; the deprecated
``get_definition_and_payload()`` answers a ``DSSRecipeDefinitionAndPayload``; ``except
dataikuapi.utils.DataikuException`` catches DSS's refusals.
"""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest

import dssclient as dataikuapi
from dssclient import AsyncDSSClient
from dssclient.aio.dss.dataset import AsyncDSSDatasetListItem
from dssclient.aio.dss.project import AsyncDSSProject
from dssclient.aio.dss.recipe import (
    AsyncDSSRecipeDefinitionAndPayload,
    AsyncDSSRecipeListItem,
    AsyncDSSRecipeSettings,
    AsyncEmbedDatasetRecipeSettings,
    AsyncSortRecipeSettings,
    AsyncStackRecipeSettings,
    AsyncSyncRecipeSettings,
    AsyncUpsertRecipeCreator,
    AsyncUpsertRecipeSettings,
    AsyncWindowRecipeSettings,
)
from dssclient.aio.dss.scenario import AsyncDSSScenarioListItem
from dssclient.dss.utils import DSSInfoMessage
from tests.conftest import sent_bodies
from tests.e2e.aio.automation_helpers import DOUBLE_SCRIPT, python_recipe, upload_csv

pytestmark = pytest.mark.anyio  # unasync: remove

FS_PARAMS = {"connection": "filesystem_managed", "path": "P/orders"}


@pytest.fixture
async def project(client: AsyncDSSClient) -> AsyncDSSProject:
    project = await client.create_project("P", "Project", "admin")
    await upload_csv(project)
    await project.create_dataset("orders", "Filesystem", params=FS_PARAMS, formatType="csv")
    return project


async def test_listed_datasets_are_the_listing_dicts(client: AsyncDSSClient, project: AsyncDSSProject) -> None:
    items = await project.list_datasets()
    assert [d["name"] for d in items] == ["customers", "orders"]
    assert [d["type"] for d in items] == ["UploadedFiles", "Filesystem"]
    orders = items[1]
    assert isinstance(orders, dict) and isinstance(orders, AsyncDSSDatasetListItem)
    assert orders["params"]["connection"] == orders.get("params", {}).get("connection") == "filesystem_managed"
    assert "schema" in orders and sorted(orders.keys()) == sorted(dict(orders))
    # The items are exactly what DSS listed: equal to the raw answer, and written back as JSON unchanged.
    raw = await client.perform_json("GET", "/projects/{projectKey}/datasets/", path_params={"projectKey": "P"})
    assert items == raw
    assert json.loads(json.dumps(items)) == raw
    # The typed properties read the same dict.
    assert (orders.name, orders.id, orders.type) == ("orders", "orders", "Filesystem")
    assert orders.connection == orders["params"]["connection"]
    assert orders.get_raw() is orders
    orders["tags"] = ["gold"]
    assert orders.tags == ["gold"]
    assert (await orders.to_dataset().get_settings()).get_raw()["name"] == "orders"
    # A deep copy is a copy of the data, of the same class, on the same client.
    twin = copy.deepcopy(orders)
    assert type(twin) is AsyncDSSDatasetListItem and twin == orders and twin.client is client
    twin["params"]["connection"] = "elsewhere"
    assert orders["params"]["connection"] == "filesystem_managed"
    # It prints as the dict it is, as the official item does ("Raw: %s" % item in published scripts).
    assert repr(orders) == repr(dict(orders)) and str(orders) == str(dict(orders))


async def test_listed_connections_print_as_dicts_without_their_secrets(client: AsyncDSSClient) -> None:
    await client.create_connection(
        "warehouse",
        "PostgreSQL",
        params={"host": "db", "user": "etl", "password": "hunter2", "extra": {"token": "t0k"}},
    )
    listed = await client.list_connections()
    printed = repr(listed["warehouse"])
    assert printed.startswith("{") and "'host': 'db'" in printed and "'user': 'etl'" in printed
    assert "hunter2" not in printed and "t0k" not in printed and "**redacted**" in printed
    # The data itself is untouched: only its printed form hides the secrets.
    assert listed["warehouse"]["params"].get("password") != "**redacted**"


async def test_dataset_and_recipe_settings_have_tags_and_descriptions(project: AsyncDSSProject) -> None:
    settings = await project.get_dataset("customers").get_settings()
    settings.tags.append("gold")
    settings.short_description = "One row per customer"
    settings.description = "From the CRM"
    settings.custom_fields = {"owner": "sales"}
    await settings.save()
    again = await project.get_dataset("customers").get_settings()
    assert (again.tags, again.short_description, again.description, again.custom_fields) == (
        ["gold"],
        "One row per customer",
        "From the CRM",
        {"owner": "sales"},
    )
    assert [d["tags"] for d in await project.list_datasets() if d["name"] == "customers"] == [["gold"]]
    recipe = (
        await project.new_recipe("sync", "copy")
        .with_input("customers")
        .with_new_output("tagged", "filesystem_managed")
        .create()
    )
    recipe_settings = await recipe.get_settings()
    recipe_settings.tags = ["nightly"]
    recipe_settings.short_description = "Copies customers"
    await recipe_settings.save()
    again_recipe = await recipe.get_settings()
    assert (again_recipe.tags, again_recipe.short_description) == (["nightly"], "Copies customers")


async def test_listed_recipes_scenarios_and_users_index_like_dicts(
    client: AsyncDSSClient, project: AsyncDSSProject
) -> None:
    await (
        project.new_recipe("sync", "copy")
        .with_input("customers")
        .with_new_output("copy_out", "filesystem_managed")
        .create()
    )
    await project.create_scenario("Refresh", "step_based")
    recipes = await project.list_recipes()
    assert all(isinstance(r, dict) and isinstance(r, AsyncDSSRecipeListItem) for r in recipes)
    assert [(r["name"], r["type"]) for r in recipes] == [("copy", "sync")]
    assert recipes[0]["inputs"]["main"]["items"][0]["ref"] == "customers"
    recipes[0]["name"] = "renamed locally"
    assert recipes[0].name == "renamed locally"  # one dict under the properties
    scenarios = await project.list_scenarios()
    assert all(isinstance(s, dict) and isinstance(s, AsyncDSSScenarioListItem) for s in scenarios)
    assert [s["name"] for s in scenarios] == ["Refresh"]
    assert scenarios[0].to_scenario().id == scenarios[0]["id"]
    assert json.loads(json.dumps(scenarios)) == [dict(s) for s in scenarios]
    assert "admin" in [u["login"] for u in await client.list_users()]


async def test_get_definition_and_payload_answers_the_official_class(project: AsyncDSSProject) -> None:
    copy_recipe = (
        await project.new_recipe("sync", "copy")
        .with_input("customers")
        .with_new_output("out", "filesystem_managed")
        .create()
    )
    with pytest.warns(DeprecationWarning):
        definition = await copy_recipe.get_definition_and_payload()
    # Whatever the recipe's type: the official client gives this class, not the settings class of the type.
    assert type(definition) is AsyncDSSRecipeDefinitionAndPayload
    assert isinstance(definition, AsyncDSSRecipeSettings) and not isinstance(definition, AsyncSyncRecipeSettings)
    assert definition.get_raw()["type"] == "sync"
    assert definition.get_recipe_inputs()["main"]["items"][0]["ref"] == "customers"
    code = await python_recipe(project, "customers", "doubled", DOUBLE_SCRIPT, "double")
    with pytest.warns(DeprecationWarning):
        code_definition = await code.get_definition_and_payload()
    assert type(code_definition) is AsyncDSSRecipeDefinitionAndPayload
    assert code_definition.get_payload() == DOUBLE_SCRIPT


async def test_visual_recipes_get_the_official_settings_class_of_their_type(project: AsyncDSSProject) -> None:
    sort = (
        await project.new_recipe("sort")
        .with_input("customers")
        .with_new_output("sorted", "filesystem_managed")
        .create()
    )
    settings = await sort.get_settings()
    assert type(settings) is AsyncSortRecipeSettings
    settings.clear_sorting_keys()
    settings.add_sorting_key("amount", ascending=False)
    settings.add_sorting_key(None)  # ignored, as by the official client
    settings.row_number_column_enabled = True
    await settings.save()
    again = await sort.get_settings()
    assert isinstance(again, AsyncSortRecipeSettings)
    assert again.get_json_payload()["orders"] == [{"column": "amount", "desc": True}]
    assert (again.row_number_column_enabled, again.rank_column_enabled) == (True, False)
    window = (
        await project.new_recipe("window")
        .with_input("customers")
        .with_new_output("windowed", "filesystem_managed")
        .create()
    )
    assert type(await window.get_settings()) is AsyncWindowRecipeSettings


async def test_upsert_and_embedding_settings_helpers(project: AsyncDSSProject, dss_emulator: Any) -> None:
    builder = project.new_recipe("upsert")
    assert type(builder) is AsyncUpsertRecipeCreator
    upsert = (
        await builder.with_upsert_key("id")
        .with_input("customers")
        .with_new_output("merged", "filesystem_managed")
        .create()
    )
    assert sent_bodies(dss_emulator, "createRecipe")[-1]["creationSettings"]["upsertKey"] == "id"
    settings = await upsert.get_settings()
    assert type(settings) is AsyncUpsertRecipeSettings
    settings.clear_upsert_keys()
    settings.add_upsert_key("id")
    settings.add_computed_column({"mode": "GREL", "name": "twice", "type": "double", "expr": "amount * 2"})
    await settings.save()
    payload = (await upsert.get_settings()).get_json_payload()
    assert payload["keys"] == [{"column": "id"}]
    assert payload["computedColumns"][-1]["name"] == "twice"
    embed = await project.create_recipe(
        {"type": "nlp_llm_rag_embedding", "name": "embed", "inputs": {"main": {"items": [{"ref": "customers"}]}}},
        {"rawCreation": True},
    )
    embedding = await embed.get_settings()
    assert type(embedding) is AsyncEmbedDatasetRecipeSettings
    assert (embedding.embedding_column, embedding.max_records) == (None, None)
    embedding.embedding_column = "name"
    embedding.max_records = 100
    await embedding.save()
    again = await embed.get_settings()
    assert isinstance(again, AsyncEmbedDatasetRecipeSettings)
    assert (again.embedding_column, again.max_records) == ("name", 100)


async def test_stack_settings_map_the_columns_of_each_input(project: AsyncDSSProject) -> None:
    other = await project.create_dataset("other", "Inline")
    await other.set_schema({"columns": [{"name": "id", "type": "bigint"}, {"name": "extra", "type": "string"}]})
    builder = project.new_recipe("vstack").with_input("customers").with_input("other")
    stack = await builder.with_new_output("stacked", "filesystem_managed").create()
    settings = await stack.get_settings()
    assert type(settings) is AsyncStackRecipeSettings
    if not settings.raw_virtual_inputs:  # the emulator leaves them out of a new stack's payload; DSS has one per input
        settings.raw_virtual_inputs.extend([{"index": 0}, {"index": 1}])
    with pytest.raises(ValueError, match="no input 2"):
        settings.set_custom_remapping_mode({"id": {0: "id", 2: "id"}})
    with pytest.raises(ValueError, match="no input -1"):
        settings.add_origin_column("origin", {-1: "last"})
    assert settings.columns_selection_mode != "REMAP" and "columnsMatch" not in settings.raw_virtual_inputs[0]
    settings.set_custom_remapping_mode({"id": {0: "id", 1: "id"}, "what": {1: "extra"}})
    settings.add_origin_column("origin", {1: "the other one"})
    await settings.save()
    again = await stack.get_settings()
    assert isinstance(again, AsyncStackRecipeSettings) and again.columns_selection_mode == "REMAP"
    assert [i["columnsMatch"] for i in again.raw_virtual_inputs] == [["id", ""], ["id", "extra"]]
    assert again.raw_virtual_inputs[1]["originLabel"] == "the other one"
    assert again.get_json_payload()["originColumnName"] == "origin"
    again.set_from_dataset_input_schema_mode("other")
    again.remove_origin_column()
    assert (again.columns_selection_mode, again.get_json_payload()["addOriginColumn"]) == ("FROM_DATASET", False)


async def test_status_messages_as_objects(project: AsyncDSSProject) -> None:
    recipe = await python_recipe(project, "customers", "out", "def broken(:\n", "broken")
    status = await recipe.get_status()
    as_dicts = status.get_status_messages()
    as_objects = status.get_status_messages(as_objects=True)
    assert [type(m) for m in as_objects] == [DSSInfoMessage] * len(as_dicts) and as_objects
    assert [(m.code, m.severity) for m in as_objects] == [(m["code"], m["severity"]) for m in as_dicts]
    assert as_objects[0].code == "ERR_RECIPE_CODE_SYNTAX"


async def test_official_exception_path_catches_dss_refusals(project: AsyncDSSProject) -> None:
    caught: Any = None
    try:
        await project.get_dataset("missing").get_settings()
    except dataikuapi.utils.DataikuException as error:
        caught = error
    assert isinstance(caught, dataikuapi.NotFoundError)
    assert dataikuapi.utils.DataikuException is dataikuapi.DataikuException
    assert dataikuapi.dss.dataset.DSSDatasetListItem.__name__ == "DSSDatasetListItem"
