"""Recipes: builders, settings round trips, payload helpers, status, schema updates, running, end to end."""

from __future__ import annotations

import json
from typing import Any

import pytest

from dssclient import (
    AsyncDSSClient,
    BadRequestError,
    ConflictError,
    InvalidIdentifierError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.aio.dss.project import AsyncDSSProject
from dssclient.aio.dss.recipe import (
    AsyncCodeRecipeCreator,
    AsyncCodeRecipeSettings,
    AsyncDSSRecipe,
    AsyncDSSRecipeCreator,
    AsyncDSSRecipeListItem,
    AsyncDSSRecipeSettings,
    AsyncGroupingRecipeCreator,
    AsyncGroupingRecipeSettings,
    AsyncJoinRecipeCreator,
    AsyncJoinRecipeSettings,
    AsyncPrepareRecipeCreator,
    AsyncPrepareRecipeSettings,
    AsyncPythonRecipeCreator,
    AsyncRequiredSchemaUpdates,
    AsyncSingleOutputRecipeCreator,
    AsyncSortRecipeCreator,
    AsyncStackRecipeCreator,
    AsyncSyncRecipeCreator,
    AsyncSyncRecipeSettings,
    AsyncTopNRecipeCreator,
    AsyncVirtualInputsSingleOutputRecipeCreator,
    DSSRecipeStatus,
)
from tests.conftest import FAST_POLLING, admin_key, sent_bodies
from tests.e2e.aio.automation_helpers import COUNTRIES, DOUBLE_SCRIPT, ROWS, python_recipe, rows_of, upload_csv

pytestmark = pytest.mark.anyio  # unasync: remove

NEW_OUTPUT_SETTINGS = {
    "createOutputDataset": True,
    "outputDatasetSettings": {
        "connectionId": "filesystem_managed",
        "typeOptionId": None,
        "specificSettings": {"formatOptionId": None, "overrideSQLSchema": None},
        "partitioningOptionId": None,
    },
    "createOutputFolder": None,
    "outputFolderSettings": None,
}


@pytest.fixture
async def project(client: AsyncDSSClient) -> AsyncDSSProject:
    project = await client.create_project("P", "Project", "admin")
    await upload_csv(project)
    return project


# -- builders ------------------------------------------------------------------------------------


async def test_new_recipe_gives_the_builder_of_each_type(project: AsyncDSSProject) -> None:
    expected = {
        "sync": AsyncSyncRecipeCreator,
        "grouping": AsyncGroupingRecipeCreator,
        "join": AsyncJoinRecipeCreator,
        "prepare": AsyncPrepareRecipeCreator,
        "shaker": AsyncPrepareRecipeCreator,
        "python": AsyncCodeRecipeCreator,
        "r": AsyncCodeRecipeCreator,
        "sort": AsyncSortRecipeCreator,
        "vstack": AsyncStackRecipeCreator,
        "topn": AsyncTopNRecipeCreator,
    }
    for recipe_type, builder_class in expected.items():
        assert type(project.new_recipe(recipe_type)) is builder_class, recipe_type
    # The official hierarchy: a sort has one output, a stack virtual inputs, a top N neither helper.
    assert isinstance(project.new_recipe("sort"), AsyncSingleOutputRecipeCreator)
    assert isinstance(project.new_recipe("vstack"), AsyncVirtualInputsSingleOutputRecipeCreator)
    topn = project.new_recipe("topn")
    assert isinstance(topn, AsyncDSSRecipeCreator) and not isinstance(topn, AsyncSingleOutputRecipeCreator)
    with pytest.raises(ValueError, match="Unknown recipe type"):
        project.new_recipe("nope")
    with pytest.raises(InvalidIdentifierError):
        project.new_recipe("sync", "..")
    customers = project.get_dataset("customers")
    assert type(customers.new_code_recipe("python")) is AsyncPythonRecipeCreator
    assert customers.new_recipe("sync").recipe_proto["inputs"] == {"main": {"items": [{"ref": "customers"}]}}


async def test_a_sync_recipe_creates_its_output_with_the_input_schema(
    project: AsyncDSSProject, dss_emulator: Any
) -> None:
    builder = (
        project.new_recipe("sync", "copy").with_input("customers").with_new_output("copy_out", "filesystem_managed")
    )
    recipe = await builder.create()
    assert isinstance(recipe, AsyncDSSRecipe) and (recipe.name, recipe.id) == ("copy", "copy")
    assert sent_bodies(dss_emulator, "createRecipe") == [
        {
            "recipePrototype": {
                "inputs": {"main": {"items": [{"ref": "customers"}]}},
                "outputs": {"main": {"items": [{"ref": "copy_out", "appendMode": False}]}},
                "type": "sync",
                "name": "copy",
                "projectKey": "P",
            },
            "creationSettings": NEW_OUTPUT_SETTINGS,
        }
    ]
    output = await project.get_dataset("copy_out").get_settings()
    assert output.get_raw()["managed"] is True
    assert output.schema_columns == (await project.get_dataset("customers").get_schema())["columns"]
    assert await recipe.type == "sync"


async def test_a_recipe_without_a_name_gets_one(project: AsyncDSSProject) -> None:
    first = await project.new_recipe("sync").with_input("customers").with_new_output("a", "filesystem_managed").create()
    second = (
        await project.new_recipe("sync").with_input("customers").with_new_output("b", "filesystem_managed").create()
    )
    code = project.new_recipe("python").with_input("customers").with_new_output_dataset("c", "filesystem_managed")
    third = await code.create()
    assert (first.name, second.name, third.name) == ("sync_customers", "sync_customers_2", "compute_c")


async def test_creation_refusals(project: AsyncDSSProject, reader_client: AsyncDSSClient) -> None:
    with pytest.raises(NotFoundError, match="missing"):
        await project.new_recipe("sync").with_input("missing").with_new_output("x", "filesystem_managed").create()
    with pytest.raises(NotFoundError, match="nope"):
        await project.new_recipe("sync").with_input("customers").with_existing_output("nope").create()
    with pytest.raises(ConflictError):
        await (
            project.new_recipe("sync")
            .with_input("customers")
            .with_new_output("customers", "filesystem_managed")
            .create()
        )
    await (
        project.new_recipe("sync", "copy")
        .with_input("customers")
        .with_new_output("copy_out", "filesystem_managed")
        .create()
    )
    with pytest.raises(ConflictError):
        await project.new_recipe("sync", "copy").with_input("customers").with_existing_output("copy_out").create()
    with pytest.raises(ConflictError, match="share the flow"):
        await project.new_recipe("sync", "customers").with_input("copy_out").with_existing_output("copy_out").create()
    with pytest.raises(BadRequestError, match="type"):
        await project.create_recipe({"type": "made_up", "name": "x"}, {})
    with pytest.raises(BadRequestError, match="name"):
        await project.create_recipe({"type": "sync", "name": "a b", "inputs": {}, "outputs": {}}, {})
    with pytest.raises(ValueError, match="already has an output"):
        project.new_recipe("sync").with_existing_output("a").with_new_output("b", "c")
    theirs = reader_client.get_project("P")
    with pytest.raises(PermissionDeniedError):
        await theirs.new_recipe("sync").with_input("customers").with_existing_output("copy_out").create()
    assert [r.name for r in await project.list_recipes()] == ["copy"]


async def test_raw_mode_stores_the_prototype_as_given(project: AsyncDSSProject) -> None:
    builder = project.new_recipe("sync", "raw").with_input("nothing_yet").with_output("nor_this")
    builder.set_raw_mode()
    recipe = await builder.create()
    settings = await recipe.get_settings()
    assert settings.get_flat_input_refs() == ["nothing_yet"] and settings.get_flat_output_refs() == ["nor_this"]
    status = await recipe.get_status()
    assert status.get_status_severity() == "ERROR"
    assert {m["code"] for m in status.get_status_messages()} == {
        "ERR_RECIPE_INPUT_MISSING",
        "ERR_RECIPE_OUTPUT_MISSING",
    }


async def test_overwrite_replaces_an_existing_output_when_the_recipe_is_created(project: AsyncDSSProject) -> None:
    stale = await project.create_dataset("out", "Filesystem", params={"connection": "filesystem_managed", "path": "o"})
    await stale.set_schema({"columns": [{"name": "old", "type": "string"}]})
    builder = (
        project.new_recipe("sync").with_input("customers").with_new_output("out", "filesystem_managed", overwrite=True)
    )
    assert [c["name"] for c in (await stale.get_schema())["columns"]] == ["old"]  # nothing happens before create()
    await builder.create()
    assert [c["name"] for c in (await stale.get_schema())["columns"]] == ["id", "name", "country", "amount"]


async def test_grouping_builder_and_helpers(project: AsyncDSSProject, dss_emulator: Any) -> None:
    builder = project.new_recipe("grouping").with_input("customers").with_new_output("by_country", "filesystem_managed")
    recipe = await builder.with_group_key("country").create()
    assert sent_bodies(dss_emulator, "createRecipe")[-1]["creationSettings"]["groupKey"] == "country"
    settings = await recipe.get_settings()
    assert isinstance(settings, AsyncGroupingRecipeSettings)
    assert settings.obj_payload["keys"] == [{"column": "country"}]
    amount = settings.set_column_aggregations("amount", avg=True, min=True)
    amount["first"] = True
    assert settings.get_or_create_column_settings("amount") is amount
    settings.set_global_count_enabled(False)
    await settings.save()
    updates = await recipe.compute_schema_updates()
    assert isinstance(updates, AsyncRequiredSchemaUpdates) and updates.any_action_required()
    assert [(c["name"], c["type"]) for c in updates.data["computables"][0]["newSchema"]["columns"]] == [
        ("country", "string"),
        ("amount_min", "double"),
        ("amount_avg", "double"),
        ("amount_first", "double"),
    ]
    updates.drop_and_recreate = False
    await updates.apply()
    assert sent_bodies(dss_emulator, "updateRecipeOutputSchema")[-1]["dropAndRecreate"] is False
    assert not (await recipe.compute_schema_updates()).any_action_required()
    await recipe.run(timeout=30)
    assert sorted(await rows_of(project.get_dataset("by_country")), key=repr) == [
        ["DE", None, None, None],
        ["FR", 5.5, 7.75, 10.0],
        ["US", 20.0, 20.0, 20.0],
    ]
    settings = await recipe.get_settings()
    settings.clear_grouping_keys()
    settings.set_global_count_enabled(True)
    await settings.save()
    await (await recipe.compute_schema_updates()).apply()
    await recipe.run(timeout=30)
    assert await rows_of(project.get_dataset("by_country")) == [[5.5, 11.833333333333334, 10.0, 4]]


async def test_join_builder_makes_inputs_from_virtual_inputs(project: AsyncDSSProject, dss_emulator: Any) -> None:
    await upload_csv(project, "countries", COUNTRIES)
    builder = project.new_recipe("join", "enrich").with_input("customers").with_input("countries")
    recipe = await builder.with_new_output("enriched", "filesystem_managed").create()
    assert sent_bodies(dss_emulator, "createRecipe")[-1]["creationSettings"]["virtualInputs"] == [
        "customers",
        "countries",
    ]
    assert sent_bodies(dss_emulator, "createRecipe")[-1]["recipePrototype"]["inputs"] == {}
    settings = await recipe.get_settings()
    assert isinstance(settings, AsyncJoinRecipeSettings)
    assert settings.get_flat_input_refs() == ["customers", "countries"]
    assert [v["index"] for v in settings.raw_virtual_inputs] == [0, 1]
    await recipe.run(timeout=30)
    assert await rows_of(project.get_dataset("enriched"), columns=["name", "label"]) == [
        ["ann", "France"],
        ["bob", "United States"],
        ["cid", "France"],
        ["dan", ""],
    ]
    settings.raw_joins.clear()
    join = settings.add_join("INNER", 0, 1)
    settings.add_condition_to_join(join, "EQ", "country", "country")
    settings.raw_virtual_inputs[1]["prefix"] = "c_"
    await settings.save()
    await (await recipe.compute_schema_updates()).apply()
    await recipe.run(timeout=30)
    assert await rows_of(project.get_dataset("enriched"), columns=["name", "c_label"]) == [
        ["ann", "France"],
        ["bob", "United States"],
        ["cid", "France"],
    ]


async def test_prepare_steps_run(project: AsyncDSSProject) -> None:
    recipe = (
        await project.new_recipe("prepare", "clean")
        .with_input("customers")
        .with_new_output("clean", "filesystem_managed")
        .create()
    )
    assert await recipe.type == "shaker"
    settings = await recipe.get_settings()
    assert isinstance(settings, AsyncPrepareRecipeSettings) and settings.raw_steps == []
    settings.add_processor_step(
        "FilterOnValue", {"appliesTo": "SINGLE_COLUMN", "columns": ["country"], "values": ["FR"], "action": "KEEP_ROW"}
    )
    settings.add_processor_step(
        "StringTransformer", {"appliesTo": "SINGLE_COLUMN", "columns": ["name"], "mode": "TO_UPPER"}
    )
    settings.add_processor_step(
        "ColumnsSelector", {"appliesTo": "COLUMNS", "columns": ["name", "amount"], "keep": True}
    )
    settings.raw_steps.append(
        {"metaType": "PROCESSOR", "type": "ColumnRenamer", "disabled": True, "params": {"renamings": []}}
    )
    await settings.save()
    await (await recipe.compute_schema_updates()).apply()
    await recipe.run(timeout=30)
    assert await rows_of(project.get_dataset("clean")) == [["ANN", 10.0], ["CID", 5.5]]
    settings = await recipe.get_settings()
    settings.add_processor_step("Unheard", {})
    await settings.save()
    status = await recipe.get_status()
    assert status.get_status_severity() == "ERROR" and "Unheard" in status.get_status_messages()[0]["message"]
    with pytest.raises(BadRequestError):
        await recipe.compute_schema_updates()
    job = await recipe.run(no_fail=True, timeout=30)
    assert (await job.get_status())["baseStatus"]["state"] == "FAILED"
    assert "Unheard" in await job.get_log()


async def test_code_recipes_keep_their_code_and_environment(project: AsyncDSSProject, dss_emulator: Any) -> None:
    builder = project.get_dataset("customers").new_code_recipe("python", DOUBLE_SCRIPT, "double")
    chained = builder.with_new_output_dataset("doubled", "filesystem_managed")
    assert chained is builder
    assert sent_bodies(dss_emulator, "createManagedDataset") == []  # recorded, created by create()
    recipe = await builder.create()
    assert sent_bodies(dss_emulator, "createManagedDataset")[-1] == {
        "name": "doubled",
        "creationSettings": {"specificSettings": {}, "connectionId": "filesystem_managed"},
    }
    assert sent_bodies(dss_emulator, "createRecipe")[-1]["creationSettings"] == {
        "partitioningOptionId": "copy:dataset:customers",
        "script": DOUBLE_SCRIPT,
    }
    settings = await recipe.get_settings()
    assert isinstance(settings, AsyncCodeRecipeSettings)
    assert settings.get_code() == DOUBLE_SCRIPT
    assert settings.get_code_env_settings() == {"envMode": "INHERIT"}
    settings.set_code_env(code_env="py311")
    settings.set_code("print('changed')\n")
    await settings.save()
    again = await recipe.get_settings()
    assert again.get_code_env_settings() == {"envMode": "EXPLICIT_ENV", "envName": "py311"}
    assert again.str_payload == "print('changed')\n"
    again.set_code_env(use_builtin=True)
    assert again.get_code_env_settings() == {"envMode": "USE_BUILTIN_MODE"}
    with pytest.raises(ValueError):
        again.set_code_env()
    with pytest.raises(BadRequestError, match="cannot be computed"):
        await recipe.compute_schema_updates()


async def test_settings_round_trip_keeps_unknown_fields_unicode_and_inputs(project: AsyncDSSProject) -> None:
    recipe = (
        await project.new_recipe("sync", "copy")
        .with_input("customers")
        .with_new_output("copy_out", "filesystem_managed")
        .create()
    )
    settings = await recipe.get_settings()
    assert isinstance(settings, AsyncSyncRecipeSettings)
    raw = settings.get_raw()
    raw["unknownField"] = {"nested": [1, "é ✓"]}
    settings.description = "Copie des clients ✓"
    settings.short_description = "copy"
    settings.tags = ["daily", "ü"]
    settings.custom_fields = {"team": "data"}
    settings.add_input("main", "copy_out")
    settings.replace_output("copy_out", "copy_out")
    await settings.save()
    saved = await recipe.get_settings()
    assert saved.get_raw()["unknownField"] == {"nested": [1, "é ✓"]}
    assert (saved.description, saved.short_description, saved.tags, saved.custom_fields) == (
        "Copie des clients ✓",
        "copy",
        ["daily", "ü"],
        {"team": "data"},
    )
    assert saved.get_flat_input_refs() == ["customers", "copy_out"]
    assert saved.has_input("copy_out") and saved.has_output("copy_out") and not saved.has_output("customers")
    assert saved.get_recipe_inputs()["main"]["items"][1] == {"ref": "copy_out", "deps": []}
    assert saved.type == "sync" and saved.raw_params == saved.get_recipe_params()
    assert (await recipe.get_metadata())["tags"] == ["daily", "ü"]


async def test_settings_round_trip_keeps_nulls(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(drop_nulls=False)
    async with AsyncDSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        project = await client.create_project("P", "P", "admin")
        await upload_csv(project)
        recipe = (
            await project.new_recipe("sync", "copy")
            .with_input("customers")
            .with_new_output("out", "filesystem_managed")
            .create()
        )
        settings = await recipe.get_settings()
        settings.get_raw()["maybe"] = None
        await settings.save()
        assert (await recipe.get_settings()).get_raw()["maybe"] is None


async def test_json_payload_helpers(project: AsyncDSSProject) -> None:
    recipe = (
        await project.new_recipe("grouping", "g")
        .with_input("customers")
        .with_new_output("g_out", "filesystem_managed")
        .create()
    )
    settings = await recipe.get_settings()
    assert isinstance(settings, AsyncDSSRecipeSettings)
    payload = settings.get_json_payload()
    payload["custom"] = "kept"
    await settings.save()
    again = await recipe.get_settings()
    assert json.loads(again.get_payload() or "")["custom"] == "kept"
    again.set_json_payload({"keys": [], "values": [], "globalCount": True})
    await again.save()
    assert (await recipe.get_settings()).obj_payload == {"keys": [], "values": [], "globalCount": True}
    again.set_payload('{"keys": [{"column": "id"}]}')
    assert again.obj_payload == {"keys": [{"column": "id"}]}


async def test_list_get_rename_metadata_delete(project: AsyncDSSProject, reader_client: AsyncDSSClient) -> None:
    await (
        project.new_recipe("sync", "a").with_input("customers").with_new_output("a_out", "filesystem_managed").create()
    )
    await python_recipe(project, "customers", "b_out", DOUBLE_SCRIPT, "b")
    items = await project.list_recipes()
    assert all(isinstance(item, AsyncDSSRecipeListItem) for item in items)
    assert [(i.name, i.id, i.type, i["projectKey"]) for i in items] == [
        ("a", "a", "sync", "P"),
        ("b", "b", "python", "P"),
    ]
    assert items[1]["outputs"]["main"]["items"][0]["ref"] == "b_out"
    assert items[0].tags == []
    handles = await project.list_recipes(as_type="objects")
    assert [h.recipe_name for h in handles] == ["a", "b"]
    assert items[0].to_recipe().recipe_name == "a"
    recipe = project.get_recipe("a")
    await recipe.rename("a2")
    assert recipe.name == "a2"
    assert [r.name for r in await project.list_recipes()] == ["a2", "b"]
    with pytest.raises(ConflictError):
        await recipe.rename("b")
    with pytest.raises(ValueError):
        await recipe.rename("a2")
    metadata = await recipe.get_metadata()
    metadata["description"] = "renamed"
    await recipe.set_metadata(metadata)
    assert (await recipe.get_metadata())["description"] == "renamed"
    with pytest.raises(PermissionDeniedError):
        await reader_client.get_project("P").get_recipe("a2").get_settings()
    await recipe.delete()
    assert [r.name for r in await project.list_recipes()] == ["b"]
    assert await project.get_dataset("a_out").exists()
    with pytest.raises(NotFoundError):
        await recipe.get_settings()
    with pytest.raises(NotFoundError):
        await recipe.delete()


async def test_status_of_a_python_recipe_reports_syntax_errors(project: AsyncDSSProject) -> None:
    recipe = await python_recipe(project, "customers", "out", "def broken(:\n", "broken")
    status = await recipe.get_status()
    assert isinstance(status, DSSRecipeStatus)
    assert status.get_status_severity() == "ERROR"
    assert status.get_status_messages()[0]["code"] == "ERR_RECIPE_CODE_SYNTAX"
    assert status.get_selected_engine_details()["type"] == "USER_CODE"
    assert len(status.get_engines_details()) == 1
    fine = await python_recipe(project, "customers", "out2", DOUBLE_SCRIPT, "fine")
    assert (await fine.get_status()).get_status_severity() is None


async def test_run_builds_the_first_output_and_reads_the_flow(project: AsyncDSSProject, dss_emulator: Any) -> None:
    recipe = await python_recipe(project, "customers", "doubled", DOUBLE_SCRIPT)
    job = await recipe.run(timeout=30)
    assert (await job.get_status())["baseStatus"]["state"] == "DONE"
    assert await rows_of(project.get_dataset("doubled")) == [["ann", 20.0], ["bob", 40.0], ["cid", 11.0], ["dan", None]]
    assert sent_bodies(dss_emulator, "startJob")[-1]["outputs"] == [
        {"type": "DATASET", "id": "doubled", "projectKey": None, "partition": None}
    ]
    started = await recipe.run(wait=False)
    assert await started.wait(timeout=30) == "DONE"
    orphan = await project.create_recipe(
        {"type": "sync", "name": "orphan", "inputs": {}, "outputs": {}}, {"rawCreation": True}
    )
    with pytest.raises(ValueError, match="no outputs"):
        await orphan.run()


async def test_deprecated_definition_and_payload(project: AsyncDSSProject) -> None:
    recipe = (
        await project.new_recipe("sync", "copy")
        .with_input("customers")
        .with_new_output("out", "filesystem_managed")
        .create()
    )
    with pytest.warns(DeprecationWarning):
        definition = await recipe.get_definition_and_payload()
    definition.get_raw()["description"] = "old style"
    with pytest.warns(DeprecationWarning):
        await recipe.set_definition_and_payload(definition)
    assert (await recipe.get_settings()).description == "old style"


async def test_input_rows_reach_the_output_unchanged_by_a_sync(project: AsyncDSSProject) -> None:
    recipe = (
        await project.new_recipe("sync").with_input("customers").with_new_output("copy", "filesystem_managed").create()
    )
    await recipe.run(timeout=30)
    assert await rows_of(project.get_dataset("copy")) == ROWS
