# Derived from tests/e2e/aio/test_recipes.py by scripts/unasync.py: do not edit.
"""Recipes: builders, settings round trips, payload helpers, status, schema updates, running, end to end."""

from __future__ import annotations

import json
from typing import Any

import pytest

from dssclient import (
    BadRequestError,
    ConflictError,
    DSSClient,
    InvalidIdentifierError,
    NotFoundError,
    PermissionDeniedError,
)
from dssclient.dss.project import DSSProject
from dssclient.dss.recipe import (
    CodeRecipeCreator,
    CodeRecipeSettings,
    DSSRecipe,
    DSSRecipeCreator,
    DSSRecipeListItem,
    DSSRecipeSettings,
    DSSRecipeStatus,
    GroupingRecipeCreator,
    GroupingRecipeSettings,
    JoinRecipeCreator,
    JoinRecipeSettings,
    PrepareRecipeCreator,
    PrepareRecipeSettings,
    PythonRecipeCreator,
    RequiredSchemaUpdates,
    SingleOutputRecipeCreator,
    SortRecipeCreator,
    StackRecipeCreator,
    SyncRecipeCreator,
    SyncRecipeSettings,
    TopNRecipeCreator,
    VirtualInputsSingleOutputRecipeCreator,
)
from tests.conftest import FAST_POLLING, admin_key, sent_bodies
from tests.e2e.sync.automation_helpers import COUNTRIES, DOUBLE_SCRIPT, ROWS, python_recipe, rows_of, upload_csv

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
def project(client: DSSClient) -> DSSProject:
    project = client.create_project("P", "Project", "admin")
    upload_csv(project)
    return project


# -- builders ------------------------------------------------------------------------------------


def test_new_recipe_gives_the_builder_of_each_type(project: DSSProject) -> None:
    expected = {
        "sync": SyncRecipeCreator,
        "grouping": GroupingRecipeCreator,
        "join": JoinRecipeCreator,
        "prepare": PrepareRecipeCreator,
        "shaker": PrepareRecipeCreator,
        "python": CodeRecipeCreator,
        "r": CodeRecipeCreator,
        "sort": SortRecipeCreator,
        "vstack": StackRecipeCreator,
        "topn": TopNRecipeCreator,
    }
    for recipe_type, builder_class in expected.items():
        assert type(project.new_recipe(recipe_type)) is builder_class, recipe_type
    # The official hierarchy: a sort has one output, a stack virtual inputs, a top N neither helper.
    assert isinstance(project.new_recipe("sort"), SingleOutputRecipeCreator)
    assert isinstance(project.new_recipe("vstack"), VirtualInputsSingleOutputRecipeCreator)
    topn = project.new_recipe("topn")
    assert isinstance(topn, DSSRecipeCreator) and not isinstance(topn, SingleOutputRecipeCreator)
    with pytest.raises(ValueError, match="Unknown recipe type"):
        project.new_recipe("nope")
    with pytest.raises(InvalidIdentifierError):
        project.new_recipe("sync", "..")
    customers = project.get_dataset("customers")
    assert type(customers.new_code_recipe("python")) is PythonRecipeCreator
    assert customers.new_recipe("sync").recipe_proto["inputs"] == {"main": {"items": [{"ref": "customers"}]}}


def test_a_sync_recipe_creates_its_output_with_the_input_schema(project: DSSProject, dss_emulator: Any) -> None:
    builder = (
        project.new_recipe("sync", "copy").with_input("customers").with_new_output("copy_out", "filesystem_managed")
    )
    recipe = builder.create()
    assert isinstance(recipe, DSSRecipe) and (recipe.name, recipe.id) == ("copy", "copy")
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
    output = project.get_dataset("copy_out").get_settings()
    assert output.get_raw()["managed"] is True
    assert output.schema_columns == (project.get_dataset("customers").get_schema())["columns"]
    assert recipe.type == "sync"


def test_a_recipe_without_a_name_gets_one(project: DSSProject) -> None:
    first = project.new_recipe("sync").with_input("customers").with_new_output("a", "filesystem_managed").create()
    second = project.new_recipe("sync").with_input("customers").with_new_output("b", "filesystem_managed").create()
    code = project.new_recipe("python").with_input("customers").with_new_output_dataset("c", "filesystem_managed")
    third = code.create()
    assert (first.name, second.name, third.name) == ("sync_customers", "sync_customers_2", "compute_c")


def test_creation_refusals(project: DSSProject, reader_client: DSSClient) -> None:
    with pytest.raises(NotFoundError, match="missing"):
        project.new_recipe("sync").with_input("missing").with_new_output("x", "filesystem_managed").create()
    with pytest.raises(NotFoundError, match="nope"):
        project.new_recipe("sync").with_input("customers").with_existing_output("nope").create()
    with pytest.raises(ConflictError):
        (project.new_recipe("sync").with_input("customers").with_new_output("customers", "filesystem_managed").create())
    (
        project.new_recipe("sync", "copy")
        .with_input("customers")
        .with_new_output("copy_out", "filesystem_managed")
        .create()
    )
    with pytest.raises(ConflictError):
        project.new_recipe("sync", "copy").with_input("customers").with_existing_output("copy_out").create()
    with pytest.raises(ConflictError, match="share the flow"):
        project.new_recipe("sync", "customers").with_input("copy_out").with_existing_output("copy_out").create()
    with pytest.raises(BadRequestError, match="type"):
        project.create_recipe({"type": "made_up", "name": "x"}, {})
    with pytest.raises(BadRequestError, match="name"):
        project.create_recipe({"type": "sync", "name": "a b", "inputs": {}, "outputs": {}}, {})
    with pytest.raises(ValueError, match="already has an output"):
        project.new_recipe("sync").with_existing_output("a").with_new_output("b", "c")
    theirs = reader_client.get_project("P")
    with pytest.raises(PermissionDeniedError):
        theirs.new_recipe("sync").with_input("customers").with_existing_output("copy_out").create()
    assert [r.name for r in project.list_recipes()] == ["copy"]


def test_raw_mode_stores_the_prototype_as_given(project: DSSProject) -> None:
    builder = project.new_recipe("sync", "raw").with_input("nothing_yet").with_output("nor_this")
    builder.set_raw_mode()
    recipe = builder.create()
    settings = recipe.get_settings()
    assert settings.get_flat_input_refs() == ["nothing_yet"] and settings.get_flat_output_refs() == ["nor_this"]
    status = recipe.get_status()
    assert status.get_status_severity() == "ERROR"
    assert {m["code"] for m in status.get_status_messages()} == {
        "ERR_RECIPE_INPUT_MISSING",
        "ERR_RECIPE_OUTPUT_MISSING",
    }


def test_overwrite_replaces_an_existing_output_when_the_recipe_is_created(project: DSSProject) -> None:
    stale = project.create_dataset("out", "Filesystem", params={"connection": "filesystem_managed", "path": "o"})
    stale.set_schema({"columns": [{"name": "old", "type": "string"}]})
    builder = (
        project.new_recipe("sync").with_input("customers").with_new_output("out", "filesystem_managed", overwrite=True)
    )
    assert [c["name"] for c in (stale.get_schema())["columns"]] == ["old"]  # nothing happens before create()
    builder.create()
    assert [c["name"] for c in (stale.get_schema())["columns"]] == ["id", "name", "country", "amount"]


def test_grouping_builder_and_helpers(project: DSSProject, dss_emulator: Any) -> None:
    builder = project.new_recipe("grouping").with_input("customers").with_new_output("by_country", "filesystem_managed")
    recipe = builder.with_group_key("country").create()
    assert sent_bodies(dss_emulator, "createRecipe")[-1]["creationSettings"]["groupKey"] == "country"
    settings = recipe.get_settings()
    assert isinstance(settings, GroupingRecipeSettings)
    assert settings.obj_payload["keys"] == [{"column": "country"}]
    amount = settings.set_column_aggregations("amount", avg=True, min=True)
    amount["first"] = True
    assert settings.get_or_create_column_settings("amount") is amount
    settings.set_global_count_enabled(False)
    settings.save()
    updates = recipe.compute_schema_updates()
    assert isinstance(updates, RequiredSchemaUpdates) and updates.any_action_required()
    assert [(c["name"], c["type"]) for c in updates.data["computables"][0]["newSchema"]["columns"]] == [
        ("country", "string"),
        ("amount_min", "double"),
        ("amount_avg", "double"),
        ("amount_first", "double"),
    ]
    updates.drop_and_recreate = False
    updates.apply()
    assert sent_bodies(dss_emulator, "updateRecipeOutputSchema")[-1]["dropAndRecreate"] is False
    assert not (recipe.compute_schema_updates()).any_action_required()
    recipe.run(timeout=30)
    assert sorted(rows_of(project.get_dataset("by_country")), key=repr) == [
        ["DE", None, None, None],
        ["FR", 5.5, 7.75, 10.0],
        ["US", 20.0, 20.0, 20.0],
    ]
    settings = recipe.get_settings()
    settings.clear_grouping_keys()
    settings.set_global_count_enabled(True)
    settings.save()
    (recipe.compute_schema_updates()).apply()
    recipe.run(timeout=30)
    assert rows_of(project.get_dataset("by_country")) == [[5.5, 11.833333333333334, 10.0, 4]]


def test_join_builder_makes_inputs_from_virtual_inputs(project: DSSProject, dss_emulator: Any) -> None:
    upload_csv(project, "countries", COUNTRIES)
    builder = project.new_recipe("join", "enrich").with_input("customers").with_input("countries")
    recipe = builder.with_new_output("enriched", "filesystem_managed").create()
    assert sent_bodies(dss_emulator, "createRecipe")[-1]["creationSettings"]["virtualInputs"] == [
        "customers",
        "countries",
    ]
    assert sent_bodies(dss_emulator, "createRecipe")[-1]["recipePrototype"]["inputs"] == {}
    settings = recipe.get_settings()
    assert isinstance(settings, JoinRecipeSettings)
    assert settings.get_flat_input_refs() == ["customers", "countries"]
    assert [v["index"] for v in settings.raw_virtual_inputs] == [0, 1]
    recipe.run(timeout=30)
    assert rows_of(project.get_dataset("enriched"), columns=["name", "label"]) == [
        ["ann", "France"],
        ["bob", "United States"],
        ["cid", "France"],
        ["dan", ""],
    ]
    settings.raw_joins.clear()
    join = settings.add_join("INNER", 0, 1)
    settings.add_condition_to_join(join, "EQ", "country", "country")
    settings.raw_virtual_inputs[1]["prefix"] = "c_"
    settings.save()
    (recipe.compute_schema_updates()).apply()
    recipe.run(timeout=30)
    assert rows_of(project.get_dataset("enriched"), columns=["name", "c_label"]) == [
        ["ann", "France"],
        ["bob", "United States"],
        ["cid", "France"],
    ]


def test_prepare_steps_run(project: DSSProject) -> None:
    recipe = (
        project.new_recipe("prepare", "clean")
        .with_input("customers")
        .with_new_output("clean", "filesystem_managed")
        .create()
    )
    assert recipe.type == "shaker"
    settings = recipe.get_settings()
    assert isinstance(settings, PrepareRecipeSettings) and settings.raw_steps == []
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
    settings.save()
    (recipe.compute_schema_updates()).apply()
    recipe.run(timeout=30)
    assert rows_of(project.get_dataset("clean")) == [["ANN", 10.0], ["CID", 5.5]]
    settings = recipe.get_settings()
    settings.add_processor_step("Unheard", {})
    settings.save()
    status = recipe.get_status()
    assert status.get_status_severity() == "ERROR" and "Unheard" in status.get_status_messages()[0]["message"]
    with pytest.raises(BadRequestError):
        recipe.compute_schema_updates()
    job = recipe.run(no_fail=True, timeout=30)
    assert (job.get_status())["baseStatus"]["state"] == "FAILED"
    assert "Unheard" in job.get_log()


def test_code_recipes_keep_their_code_and_environment(project: DSSProject, dss_emulator: Any) -> None:
    builder = project.get_dataset("customers").new_code_recipe("python", DOUBLE_SCRIPT, "double")
    chained = builder.with_new_output_dataset("doubled", "filesystem_managed")
    assert chained is builder
    assert sent_bodies(dss_emulator, "createManagedDataset") == []  # recorded, created by create()
    recipe = builder.create()
    assert sent_bodies(dss_emulator, "createManagedDataset")[-1] == {
        "name": "doubled",
        "creationSettings": {"specificSettings": {}, "connectionId": "filesystem_managed"},
    }
    assert sent_bodies(dss_emulator, "createRecipe")[-1]["creationSettings"] == {
        "partitioningOptionId": "copy:dataset:customers",
        "script": DOUBLE_SCRIPT,
    }
    settings = recipe.get_settings()
    assert isinstance(settings, CodeRecipeSettings)
    assert settings.get_code() == DOUBLE_SCRIPT
    assert settings.get_code_env_settings() == {"envMode": "INHERIT"}
    settings.set_code_env(code_env="py311")
    settings.set_code("print('changed')\n")
    settings.save()
    again = recipe.get_settings()
    assert again.get_code_env_settings() == {"envMode": "EXPLICIT_ENV", "envName": "py311"}
    assert again.str_payload == "print('changed')\n"
    again.set_code_env(use_builtin=True)
    assert again.get_code_env_settings() == {"envMode": "USE_BUILTIN_MODE"}
    with pytest.raises(ValueError):
        again.set_code_env()
    with pytest.raises(BadRequestError, match="cannot be computed"):
        recipe.compute_schema_updates()


def test_settings_round_trip_keeps_unknown_fields_unicode_and_inputs(project: DSSProject) -> None:
    recipe = (
        project.new_recipe("sync", "copy")
        .with_input("customers")
        .with_new_output("copy_out", "filesystem_managed")
        .create()
    )
    settings = recipe.get_settings()
    assert isinstance(settings, SyncRecipeSettings)
    raw = settings.get_raw()
    raw["unknownField"] = {"nested": [1, "é ✓"]}
    settings.description = "Copie des clients ✓"
    settings.short_description = "copy"
    settings.tags = ["daily", "ü"]
    settings.custom_fields = {"team": "data"}
    settings.add_input("main", "copy_out")
    settings.replace_output("copy_out", "copy_out")
    settings.save()
    saved = recipe.get_settings()
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
    assert (recipe.get_metadata())["tags"] == ["daily", "ü"]


def test_settings_round_trip_keeps_nulls(dss_emulator_factory: Any) -> None:
    emulator = dss_emulator_factory(drop_nulls=False)
    with DSSClient(emulator.url, admin_key(emulator), future_polling=FAST_POLLING) as client:
        project = client.create_project("P", "P", "admin")
        upload_csv(project)
        recipe = (
            project.new_recipe("sync", "copy")
            .with_input("customers")
            .with_new_output("out", "filesystem_managed")
            .create()
        )
        settings = recipe.get_settings()
        settings.get_raw()["maybe"] = None
        settings.save()
        assert (recipe.get_settings()).get_raw()["maybe"] is None


def test_json_payload_helpers(project: DSSProject) -> None:
    recipe = (
        project.new_recipe("grouping", "g")
        .with_input("customers")
        .with_new_output("g_out", "filesystem_managed")
        .create()
    )
    settings = recipe.get_settings()
    assert isinstance(settings, DSSRecipeSettings)
    payload = settings.get_json_payload()
    payload["custom"] = "kept"
    settings.save()
    again = recipe.get_settings()
    assert json.loads(again.get_payload() or "")["custom"] == "kept"
    again.set_json_payload({"keys": [], "values": [], "globalCount": True})
    again.save()
    assert (recipe.get_settings()).obj_payload == {"keys": [], "values": [], "globalCount": True}
    again.set_payload('{"keys": [{"column": "id"}]}')
    assert again.obj_payload == {"keys": [{"column": "id"}]}


def test_list_get_rename_metadata_delete(project: DSSProject, reader_client: DSSClient) -> None:
    (project.new_recipe("sync", "a").with_input("customers").with_new_output("a_out", "filesystem_managed").create())
    python_recipe(project, "customers", "b_out", DOUBLE_SCRIPT, "b")
    items = project.list_recipes()
    assert all(isinstance(item, DSSRecipeListItem) for item in items)
    assert [(i.name, i.id, i.type, i["projectKey"]) for i in items] == [
        ("a", "a", "sync", "P"),
        ("b", "b", "python", "P"),
    ]
    assert items[1]["outputs"]["main"]["items"][0]["ref"] == "b_out"
    assert items[0].tags == []
    handles = project.list_recipes(as_type="objects")
    assert [h.recipe_name for h in handles] == ["a", "b"]
    assert items[0].to_recipe().recipe_name == "a"
    recipe = project.get_recipe("a")
    recipe.rename("a2")
    assert recipe.name == "a2"
    assert [r.name for r in project.list_recipes()] == ["a2", "b"]
    with pytest.raises(ConflictError):
        recipe.rename("b")
    with pytest.raises(ValueError):
        recipe.rename("a2")
    metadata = recipe.get_metadata()
    metadata["description"] = "renamed"
    recipe.set_metadata(metadata)
    assert (recipe.get_metadata())["description"] == "renamed"
    with pytest.raises(PermissionDeniedError):
        reader_client.get_project("P").get_recipe("a2").get_settings()
    recipe.delete()
    assert [r.name for r in project.list_recipes()] == ["b"]
    assert project.get_dataset("a_out").exists()
    with pytest.raises(NotFoundError):
        recipe.get_settings()
    with pytest.raises(NotFoundError):
        recipe.delete()


def test_status_of_a_python_recipe_reports_syntax_errors(project: DSSProject) -> None:
    recipe = python_recipe(project, "customers", "out", "def broken(:\n", "broken")
    status = recipe.get_status()
    assert isinstance(status, DSSRecipeStatus)
    assert status.get_status_severity() == "ERROR"
    assert status.get_status_messages()[0]["code"] == "ERR_RECIPE_CODE_SYNTAX"
    assert status.get_selected_engine_details()["type"] == "USER_CODE"
    assert len(status.get_engines_details()) == 1
    fine = python_recipe(project, "customers", "out2", DOUBLE_SCRIPT, "fine")
    assert (fine.get_status()).get_status_severity() is None


def test_run_builds_the_first_output_and_reads_the_flow(project: DSSProject, dss_emulator: Any) -> None:
    recipe = python_recipe(project, "customers", "doubled", DOUBLE_SCRIPT)
    job = recipe.run(timeout=30)
    assert (job.get_status())["baseStatus"]["state"] == "DONE"
    assert rows_of(project.get_dataset("doubled")) == [["ann", 20.0], ["bob", 40.0], ["cid", 11.0], ["dan", None]]
    assert sent_bodies(dss_emulator, "startJob")[-1]["outputs"] == [
        {"type": "DATASET", "id": "doubled", "projectKey": None, "partition": None}
    ]
    started = recipe.run(wait=False)
    assert started.wait(timeout=30) == "DONE"
    orphan = project.create_recipe(
        {"type": "sync", "name": "orphan", "inputs": {}, "outputs": {}}, {"rawCreation": True}
    )
    with pytest.raises(ValueError, match="no outputs"):
        orphan.run()


def test_deprecated_definition_and_payload(project: DSSProject) -> None:
    recipe = (
        project.new_recipe("sync", "copy").with_input("customers").with_new_output("out", "filesystem_managed").create()
    )
    with pytest.warns(DeprecationWarning):
        definition = recipe.get_definition_and_payload()
    definition.get_raw()["description"] = "old style"
    with pytest.warns(DeprecationWarning):
        recipe.set_definition_and_payload(definition)
    assert (recipe.get_settings()).description == "old style"


def test_input_rows_reach_the_output_unchanged_by_a_sync(project: DSSProject) -> None:
    recipe = project.new_recipe("sync").with_input("customers").with_new_output("copy", "filesystem_managed").create()
    recipe.run(timeout=30)
    assert rows_of(project.get_dataset("copy")) == ROWS
