"""Recipes built with less common builders: multi-output (split) and visual types the emulator does not run."""

from __future__ import annotations

from typing import Any

import pytest

from dssclient import AsyncDSSClient, NotFoundError
from dssclient.aio.dss.project import AsyncDSSProject
from dssclient.aio.dss.recipe import AsyncSplitRecipeCreator
from tests.conftest import sent_bodies
from tests.e2e.aio.automation_helpers import upload_csv

pytestmark = pytest.mark.anyio  # unasync: remove

COLUMNS = ["id", "name", "country", "amount"]


@pytest.fixture
async def project(client: AsyncDSSClient) -> AsyncDSSProject:
    project = await client.create_project("P", "Project", "admin")
    await upload_csv(project)
    return project


async def _columns(project: AsyncDSSProject, name: str) -> list[str]:
    return [c["name"] for c in (await project.get_dataset(name).get_schema())["columns"]]


async def test_split_creates_new_outputs_and_writes_into_existing_ones(
    project: AsyncDSSProject, dss_emulator: Any
) -> None:
    await project.create_dataset("rest", "Inline")
    builder = project.new_recipe("split", "dispatch")
    assert isinstance(builder, AsyncSplitRecipeCreator)
    builder.with_input("customers").with_new_output("big", "filesystem_managed", format_option_id="CSV_EXCEL_GZIP")
    recipe = await builder.with_new_output("small", "filesystem_managed").with_output("rest").create()
    assert recipe.name == "dispatch"
    settings = await recipe.get_settings()
    assert [i["ref"] for i in settings.get_recipe_outputs()["main"]["items"]] == ["big", "small", "rest"]
    assert await _columns(project, "big") == COLUMNS
    assert (await project.get_dataset("small").get_settings()).get_raw()["managed"] is True
    sent = sent_bodies(dss_emulator, "createRecipe")[-1]["creationSettings"]["outputDatasetsCreationSettingsByRole"]
    assert list(sent["main"]) == ["big", "small"]
    assert sent["main"]["big"]["specificSettings"]["formatOptionId"] == "CSV_EXCEL_GZIP"


async def test_split_overwrite_and_unknown_arguments(project: AsyncDSSProject) -> None:
    stale = await project.create_dataset("big", "Filesystem", params={"connection": "filesystem_managed", "path": "o"})
    await stale.set_schema({"columns": [{"name": "old", "type": "string"}]})
    builder = project.new_recipe("split").with_input("customers")
    with pytest.raises(TypeError):
        builder.with_new_output("x", "filesystem_managed", colour="red")
    await builder.with_new_output("big", "filesystem_managed", overwrite=True).create()
    assert await _columns(project, "big") == COLUMNS


async def test_a_refused_recipe_leaves_no_output_behind(project: AsyncDSSProject) -> None:
    builder = project.new_recipe("split").with_input("customers").with_new_output("new_one", "filesystem_managed")
    with pytest.raises(NotFoundError):
        await builder.with_existing_output("missing").create()
    assert [d.name for d in await project.list_datasets()] == ["customers"]
    assert await project.list_recipes() == []


@pytest.mark.parametrize("recipe_type", ["sort", "distinct", "sampling", "window"])
async def test_visual_recipes_not_run_start_with_their_input_columns(
    project: AsyncDSSProject, recipe_type: str
) -> None:
    builder = project.new_recipe(recipe_type).with_input("customers")
    recipe = await builder.with_new_output("out", "filesystem_managed").create()
    assert recipe.name == f"{recipe_type}_customers"
    assert await _columns(project, "out") == COLUMNS


async def test_a_stack_starts_with_the_union_of_its_inputs_columns(project: AsyncDSSProject) -> None:
    other = await project.create_dataset("other", "Inline")
    await other.set_schema({"columns": [{"name": "id", "type": "bigint"}, {"name": "extra", "type": "string"}]})
    builder = project.new_recipe("vstack").with_input("customers").with_input("other")
    await builder.with_new_output("stacked", "filesystem_managed").create()
    assert await _columns(project, "stacked") == [*COLUMNS, "extra"]


async def test_a_pivot_output_starts_empty(project: AsyncDSSProject) -> None:
    await project.new_recipe("pivot").with_input("customers").with_new_output("pivoted", "filesystem_managed").create()
    assert await _columns(project, "pivoted") == []
