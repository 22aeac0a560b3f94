"""Helpers of recipe builders and settings, and of dataset settings (issue 18): a join's unmatched output,
extract-failed-rows recipes, functional Python recipes, feature groups and data stewards. End to end."""

from __future__ import annotations

import json
from typing import Any

import pytest

from dssclient import AsyncDSSClient, DataikuException
from dssclient.aio.dss.project import AsyncDSSProject
from dssclient.aio.dss.recipe import AsyncExtractFailedRowsRecipeCreator, AsyncPythonRecipeCreator
from tests.conftest import sent_bodies
from tests.e2e.aio.automation_helpers import COUNTRIES, upload_csv

pytestmark = pytest.mark.anyio  # unasync: remove


@pytest.fixture
async def project(client: AsyncDSSClient) -> AsyncDSSProject:
    project = await client.create_project("P", "Project", "admin")
    await upload_csv(project)
    await upload_csv(project, "countries", COUNTRIES)
    return project


async def test_a_join_writes_its_unmatched_rows_where_told(project: AsyncDSSProject, dss_emulator: Any) -> None:
    join = project.new_recipe("join", "enrich").with_input("customers").with_input("countries")
    recipe = await join.with_new_output("enriched", "filesystem_managed").create()
    await project.create_dataset("unmatched", "Filesystem", {"connection": "filesystem_managed", "path": "u"})
    settings = await recipe.get_settings()
    settings.raw_joins.clear()
    settings.add_join("LEFT")
    with pytest.raises(ValueError, match="side"):
        settings.set_unmatched_output("unmatched", side="middle")
    with pytest.raises(DataikuException, match="left side with join type LEFT"):
        settings.set_unmatched_output("unmatched", side="left")
    settings.set_unmatched_output("unmatched", append_mode=True)
    await settings.save()
    outputs = (await recipe.get_settings()).get_recipe_outputs()
    assert outputs["unmatchedRight"] == {"items": [{"ref": "unmatched", "appendMode": True}]}
    assert sent_bodies(dss_emulator, "saveRecipe")[-1]["recipe"]["outputs"]["unmatchedRight"]["items"][0]["ref"] == (
        "unmatched"
    )
    settings = await recipe.get_settings()
    settings.add_join("INNER")
    with pytest.raises(DataikuException, match="single join"):
        settings.set_unmatched_output("unmatched")


async def test_extract_failed_rows_recipes_write_into_an_existing_dataset(project: AsyncDSSProject) -> None:
    await project.create_dataset("failed", "Filesystem", {"connection": "filesystem_managed", "path": "f"})
    builder = project.new_recipe("extract_failed_rows", "failures")
    assert isinstance(builder, AsyncExtractFailedRowsRecipeCreator)
    recipe = await builder.with_input("customers").with_output("failed").create()
    settings = await recipe.get_settings()
    assert (settings.type, settings.get_flat_output_refs()) == ("extract_failed_rows", ["failed"])
    with pytest.raises(ValueError, match="already has an output"):
        builder.with_output("other")


async def test_functional_python_recipes_call_a_function_of_a_module(project: AsyncDSSProject) -> None:
    builder = project.new_recipe("python", "functional")
    assert isinstance(builder, AsyncPythonRecipeCreator)
    builder.with_input("customers").with_new_output_dataset("scored", "filesystem_managed")
    recipe = await builder.with_function_name("scoring.models", "score", threshold=0.5, label="it's").create()
    code = (await recipe.get_settings()).get_code()
    assert code is not None
    compile(code, "recipe.py", "exec")  # valid Python, quotes in the arguments included
    assert "from scoring.models import score" in code
    params = json.dumps({"threshold": 0.5, "label": "it's"})
    assert f"params = json.loads({params!r})" in code
    custom = project.new_recipe("python").with_input("customers")
    custom.with_function(json.dumps, custom_template="# {module_name}.{fname}({params_json})\n", indent=2)
    assert custom.script == '# json.dumps({"indent": 2})\n'

    def local() -> None: ...

    local.__module__ = "__main__"
    with pytest.raises(ValueError, match="module"):
        project.new_recipe("python").with_function(local)


async def test_feature_group_and_data_steward_round_trip(project: AsyncDSSProject) -> None:
    dataset = project.get_dataset("customers")
    settings = await dataset.get_settings()
    assert settings.is_feature_group() is False
    assert settings.data_steward == "admin"  # its creator, until one is set
    settings.set_feature_group(True)
    settings.data_steward = "reader"
    await settings.save()
    again = await dataset.get_settings()
    assert again.is_feature_group() is True
    assert again.data_steward == "reader"
    assert again.get_raw()["featureGroup"] is True
