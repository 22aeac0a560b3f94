# Derived from tests/e2e/aio/test_recipe_variants.py by scripts/unasync.py: do not edit.
"""Recipes built with less common builders: multi-output (split) and visual types the emulator does not run."""

from __future__ import annotations

from typing import Any

import pytest

from dssclient import DSSClient, NotFoundError
from dssclient.dss.project import DSSProject
from dssclient.dss.recipe import SplitRecipeCreator
from tests.conftest import sent_bodies
from tests.e2e.sync.automation_helpers import upload_csv

COLUMNS = ["id", "name", "country", "amount"]


@pytest.fixture
def project(client: DSSClient) -> DSSProject:
    project = client.create_project("P", "Project", "admin")
    upload_csv(project)
    return project


def _columns(project: DSSProject, name: str) -> list[str]:
    return [c["name"] for c in (project.get_dataset(name).get_schema())["columns"]]


def test_split_creates_new_outputs_and_writes_into_existing_ones(project: DSSProject, dss_emulator: Any) -> None:
    project.create_dataset("rest", "Inline")
    builder = project.new_recipe("split", "dispatch")
    assert isinstance(builder, SplitRecipeCreator)
    builder.with_input("customers").with_new_output("big", "filesystem_managed", format_option_id="CSV_EXCEL_GZIP")
    recipe = builder.with_new_output("small", "filesystem_managed").with_output("rest").create()
    assert recipe.name == "dispatch"
    settings = recipe.get_settings()
    assert [i["ref"] for i in settings.get_recipe_outputs()["main"]["items"]] == ["big", "small", "rest"]
    assert _columns(project, "big") == COLUMNS
    assert (project.get_dataset("small").get_settings()).get_raw()["managed"] is True
    sent = sent_bodies(dss_emulator, "createRecipe")[-1]["creationSettings"]["outputDatasetsCreationSettingsByRole"]
    assert list(sent["main"]) == ["big", "small"]
    assert sent["main"]["big"]["specificSettings"]["formatOptionId"] == "CSV_EXCEL_GZIP"


def test_split_overwrite_and_unknown_arguments(project: DSSProject) -> None:
    stale = project.create_dataset("big", "Filesystem", params={"connection": "filesystem_managed", "path": "o"})
    stale.set_schema({"columns": [{"name": "old", "type": "string"}]})
    builder = project.new_recipe("split").with_input("customers")
    with pytest.raises(TypeError):
        builder.with_new_output("x", "filesystem_managed", colour="red")
    builder.with_new_output("big", "filesystem_managed", overwrite=True).create()
    assert _columns(project, "big") == COLUMNS


def test_a_refused_recipe_leaves_no_output_behind(project: DSSProject) -> None:
    builder = project.new_recipe("split").with_input("customers").with_new_output("new_one", "filesystem_managed")
    with pytest.raises(NotFoundError):
        builder.with_existing_output("missing").create()
    assert [d.name for d in project.list_datasets()] == ["customers"]
    assert project.list_recipes() == []


@pytest.mark.parametrize("recipe_type", ["sort", "distinct", "sampling", "window"])
def test_visual_recipes_not_run_start_with_their_input_columns(project: DSSProject, recipe_type: str) -> None:
    builder = project.new_recipe(recipe_type).with_input("customers")
    recipe = builder.with_new_output("out", "filesystem_managed").create()
    assert recipe.name == f"{recipe_type}_customers"
    assert _columns(project, "out") == COLUMNS


def test_a_stack_starts_with_the_union_of_its_inputs_columns(project: DSSProject) -> None:
    other = project.create_dataset("other", "Inline")
    other.set_schema({"columns": [{"name": "id", "type": "bigint"}, {"name": "extra", "type": "string"}]})
    builder = project.new_recipe("vstack").with_input("customers").with_input("other")
    builder.with_new_output("stacked", "filesystem_managed").create()
    assert _columns(project, "stacked") == [*COLUMNS, "extra"]


def test_a_pivot_output_starts_empty(project: DSSProject) -> None:
    project.new_recipe("pivot").with_input("customers").with_new_output("pivoted", "filesystem_managed").create()
    assert _columns(project, "pivoted") == []
