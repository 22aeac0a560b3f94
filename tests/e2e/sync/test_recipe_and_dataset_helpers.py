# Derived from tests/e2e/aio/test_recipe_and_dataset_helpers.py by scripts/unasync.py: do not edit.
"""Helpers of recipe builders and settings, and of dataset settings (issue 18): a join's unmatched output,
extract-failed-rows recipes, functional Python recipes, feature groups and data stewards. End to end."""

from __future__ import annotations

import datetime
import json
from typing import Any

import pytest

from dssclient import DataikuException, DSSClient
from dssclient.dss.project import DSSProject
from dssclient.dss.recipe import (
    ExtractFailedRowsRecipeCreator,
    PythonRecipeCreator,
    SplitRecipeSettings,
)
from tests.conftest import sent_bodies
from tests.e2e.sync.automation_helpers import COUNTRIES, upload_csv


@pytest.fixture
def project(client: DSSClient) -> DSSProject:
    project = client.create_project("P", "Project", "admin")
    upload_csv(project)
    upload_csv(project, "countries", COUNTRIES)
    return project


def test_a_join_writes_its_unmatched_rows_where_told(project: DSSProject, dss_emulator: Any) -> None:
    join = project.new_recipe("join", "enrich").with_input("customers").with_input("countries")
    recipe = join.with_new_output("enriched", "filesystem_managed").create()
    project.create_dataset("unmatched", "Filesystem", {"connection": "filesystem_managed", "path": "u"})
    settings = recipe.get_settings()
    settings.raw_joins.clear()
    settings.add_join("LEFT")
    with pytest.raises(ValueError, match="side"):
        settings.set_unmatched_output("unmatched", side="middle")
    with pytest.raises(DataikuException, match="left side with join type LEFT"):
        settings.set_unmatched_output("unmatched", side="left")
    settings.set_unmatched_output("unmatched", append_mode=True)
    settings.save()
    outputs: Any = (recipe.get_settings()).get_recipe_outputs()
    assert outputs["unmatchedRight"] == {"items": [{"ref": "unmatched", "appendMode": True}]}
    assert sent_bodies(dss_emulator, "saveRecipe")[-1]["recipe"]["outputs"]["unmatchedRight"]["items"][0]["ref"] == (
        "unmatched"
    )
    settings = recipe.get_settings()
    settings.add_join("INNER")
    with pytest.raises(DataikuException, match="single join"):
        settings.set_unmatched_output("unmatched")


def test_extract_failed_rows_recipes_write_into_an_existing_dataset(project: DSSProject) -> None:
    project.create_dataset("failed", "Filesystem", {"connection": "filesystem_managed", "path": "f"})
    builder = project.new_recipe("extract_failed_rows", "failures")
    assert isinstance(builder, ExtractFailedRowsRecipeCreator)
    recipe = builder.with_input("customers").with_output("failed").create()
    settings = recipe.get_settings()
    assert (settings.type, settings.get_flat_output_refs()) == ("extract_failed_rows", ["failed"])
    with pytest.raises(ValueError, match="already has an output"):
        builder.with_output("other")


def test_functional_python_recipes_call_a_function_of_a_module(project: DSSProject) -> None:
    # As in the official client, a dataset's new_code_recipe gives the Python builder (new_recipe a code one).
    builder = project.get_dataset("customers").new_code_recipe("python", recipe_name="functional")
    assert isinstance(builder, PythonRecipeCreator)
    builder.with_new_output_dataset("scored", "filesystem_managed")
    recipe = builder.with_function_name("scoring.models", "score", threshold=0.5, label="it's").create()
    code = (recipe.get_settings()).get_code()
    assert code is not None
    compile(code, "recipe.py", "exec")  # valid Python, quotes in the arguments included
    assert "from scoring.models import score" in code
    params = json.dumps({"threshold": 0.5, "label": "it's"})
    assert f"params = json.loads({params!r})" in code
    custom = project.get_dataset("customers").new_code_recipe("python")
    custom.with_function(json.dumps, custom_template="# {module_name}.{fname}({params_json})\n", indent=2)
    assert custom.script == '# json.dumps({"indent": 2})\n'

    def local() -> None: ...

    local.__module__ = "__main__"
    with pytest.raises(ValueError, match="module"):
        project.get_dataset("customers").new_code_recipe("python").with_function(local)


def test_feature_group_and_data_steward_round_trip(project: DSSProject) -> None:
    dataset = project.get_dataset("customers")
    settings = dataset.get_settings()
    assert settings.is_feature_group() is False
    assert settings.data_steward == "admin"  # its creator, until one is set
    settings.set_feature_group(True)
    settings.data_steward = "reader"
    settings.save()
    again = dataset.get_settings()
    assert again.is_feature_group() is True
    assert again.data_steward == "reader"
    assert again.get_raw()["featureGroup"] is True


def _split_recipe(project: DSSProject) -> Any:
    builder = project.new_recipe("split", "splitter").with_input("customers")
    builder.with_new_output("first", "filesystem_managed").with_new_output("second", "filesystem_managed")
    return builder.create()


def test_split_settings_set_each_mode(project: DSSProject) -> None:
    recipe = _split_recipe(project)
    settings = recipe.get_settings()
    assert isinstance(settings, SplitRecipeSettings)
    settings.set_json_payload({})
    with pytest.raises(DataikuException, match="not set"):
        settings.split_mode  # noqa: B018
    to_first, to_second = {"mode": "dataset", "value": "first"}, {"mode": "index", "value": 1}
    settings.set_split_on_single_column_values(
        "country", [{"output": to_first, "value": "FR"}, {"output": {"mode": "drop"}, "value": "US"}], 1
    )
    payload = settings.get_json_payload()
    assert (settings.split_mode, payload["column"], payload["defaultOutputIndex"]) == ("VALUES", "country", 1)
    assert payload["valueSplits"] == [{"outputIndex": 0, "value": "FR"}, {"outputIndex": -1, "value": "US"}]
    with pytest.raises(DataikuException, match="not found"):
        settings.set_split_on_single_column_values("nothing", [])

    settings.set_split_on_random_ratio([{"output": to_first, "share": 30}], seed=7, default_output="second")
    assert settings.get_json_payload()["randomSplits"] == [{"outputIndex": 0, "share": 30}]
    assert (settings.get_json_payload()["seed"], settings.get_json_payload()["defaultOutputIndex"]) == (7, 1)
    settings.set_split_on_random_columns(["country"], [{"output": to_second, "share": 50}])
    assert settings.split_mode == "RANDOM_COLUMNS"
    assert settings.get_json_payload()["randomColumnsSplits"] == [{"outputIndex": 1, "share": 50}]
    assert settings.get_json_payload()["defaultOutputIndex"] == -1
    a_filter: dict[str, Any] = {"enabled": True, "uiData": {"mode": "&&", "conditions": []}}
    settings.set_split_on_filters([{"output": to_first, "filter": a_filter}])
    assert settings.get_json_payload()["filterSplits"] == [{"outputIndex": 0, "filter": a_filter}]
    settings.set_split_on_centiles([{"column": "amount", "desc": False}], [{"output": to_first, "share": 10}])
    assert settings.split_mode == "CENTILE"
    assert settings.get_json_payload()["centileOrders"] == [{"column": "amount", "desc": False}]

    settings.set_split_on_single_column_ranges(
        "amount", "num", [{"output": to_first, "min": 0, "max": 10, "include_max": False}]
    )
    conditions = settings.get_json_payload()["rangeSplits"][0]["filter"]["uiData"]["conditions"]
    assert conditions == [
        {"input": "amount", "operator": ">= [number]", "num": 0},
        {"input": "amount", "operator": "<  [number]", "num": 10},
    ]
    settings.set_split_on_single_column_ranges(
        "when",
        "datetime",
        [{"output": to_second, "min": "2024-01-02 10:30", "max": datetime.date(2024, 2, 1), "include_min": False}],
    )
    assert settings.get_json_payload()["rangeSetTime"] is True
    conditions = settings.get_json_payload()["rangeSplits"][0]["filter"]["uiData"]["conditions"]
    assert conditions == [
        {"input": "when", "operator": ">  [date]", "date": "2024-01-02", "time": "10:30"},
        {"input": "when", "operator": "<= [date]", "date": "2024-02-01", "time": "00:00"},
    ]
    with pytest.raises(DataikuException, match="min and a max"):
        settings.set_split_on_single_column_ranges("when", "date", [{"output": to_first, "min": "2024-01-01"}])
    with pytest.raises(ValueError, match="not found in available outputs"):
        settings.set_split_on_random_ratio([{"output": {"mode": "dataset", "value": "elsewhere"}, "share": 1}])
    with pytest.raises(ValueError, match="smaller than 2 outputs"):
        settings.set_split_on_random_ratio([{"output": {"mode": "index", "value": 2}, "share": 1}])
    with pytest.raises(ValueError, match="Unknown mode"):
        settings.set_split_on_random_ratio([{"output": {"mode": "somewhere"}, "share": 1}])

    settings.set_split_on_random_ratio([{"output": to_first, "share": 30}])
    settings.save()
    saved = recipe.get_settings()
    assert isinstance(saved, SplitRecipeSettings)
    assert (saved.split_mode, saved.get_json_payload()["randomSplits"]) == ("RANDOM", [{"outputIndex": 0, "share": 30}])


def test_split_on_a_boolean_column_completes_both_values(project: DSSProject) -> None:
    customers = project.get_dataset("customers")
    schema = customers.get_schema()
    customers.set_schema({"columns": [*schema["columns"], {"name": "vip", "type": "boolean"}]})
    settings = (_split_recipe(project)).get_settings()
    assert isinstance(settings, SplitRecipeSettings)
    settings.set_split_on_single_column_values("vip", [{"output": {"mode": "index", "value": 1}, "value": False}])
    assert settings.get_json_payload()["valueSplits"] == [
        {"outputIndex": -1, "value": "true"},
        {"outputIndex": 1, "value": "false"},
    ]
    with pytest.raises(DataikuException, match="duplicates"):
        settings.set_split_on_single_column_values(
            "vip", [{"output": {"mode": "drop"}, "value": True}, {"output": {"mode": "drop"}, "value": "true"}]
        )
    with pytest.raises(ValueError, match="boolean"):
        settings.set_split_on_single_column_values("vip", [{"output": {"mode": "drop"}, "value": "maybe"}])
